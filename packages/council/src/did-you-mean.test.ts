import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { didYouMean, didYouMeanChoices, editDistance } from "./did-you-mean.js";

const TOP_LEVEL = [
  "council",
  "programme",
  "neighbourhoods",
  "team",
  "leadershipGroup",
  "partners",
  "dataProtection",
  "evaluation",
  "output",
];

describe("editDistance", () => {
  it.each([
    ["", "", 0],
    ["programe", "programme", 1],
    ["programme", "programme", 0],
    ["tema", "team", 1],
    ["kitten", "sitting", 3],
    ["", "abc", 3],
  ])("between %j and %j is %i", (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
  });

  it("is symmetric and zero only for equal strings (property)", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (a, b) => {
        expect(editDistance(a, b)).toBe(editDistance(b, a));
        expect(editDistance(a, b) === 0).toBe(a === b);
        expect(editDistance(a, b)).toBeLessThanOrEqual(Math.max(a.length, b.length));
      }),
      { numRuns: 500 },
    );
  });
});

describe("didYouMean", () => {
  it.each([
    ["programe", "programme"],
    ["neighborhoods", "neighbourhoods"],
    ["Council", "council"],
    ["leadership_group", "leadershipGroup"],
    ["data-protection", "dataProtection"],
    ["tema", "team"],
    ["partner", "partners"],
  ])("suggests %j for %j", (input, suggestion) => {
    expect(didYouMean(input, TOP_LEVEL)).toBe(suggestion);
  });

  it("does not compare very long input", () => {
    expect(didYouMean(`programme${"e".repeat(100)}`, TOP_LEVEL)).toBeUndefined();
    expect(didYouMean("x".repeat(100_000), TOP_LEVEL)).toBeUndefined();
  });

  it.each(["colour", "x", "", "budget"])("suggests nothing for %j", (input) => {
    expect(didYouMean(input, TOP_LEVEL)).toBeUndefined();
  });
});

describe("didYouMeanChoices", () => {
  const KINDS = [
    "council",
    "nhs-trust",
    "nhs-foundation-trust",
    "gp-practice",
    "police",
    "fire-and-rescue-authority",
  ];

  it.each([
    ["polise", ["police"]],
    ["gp", ["gp-practice"]],
    ["GP", ["gp-practice"]],
    ["gp practice", ["gp-practice"]],
    ["practise", ["gp-practice"]],
    ["nhs", ["nhs-trust", "nhs-foundation-trust"]],
    ["rescue", ["fire-and-rescue-authority"]],
  ])("suggests %j → %j", (input, suggestions) => {
    expect(didYouMeanChoices(input, KINDS)).toEqual(suggestions);
  });

  it.each(["surgery", "", "x".repeat(100_000)])("suggests nothing for %j", (input) => {
    expect(didYouMeanChoices(input, KINDS)).toEqual([]);
  });

  it("suggests nothing when more than three choices share the word", () => {
    expect(didYouMeanChoices("care", ["care-one", "care-two", "care-three", "care-four"])).toEqual([]);
  });
});
