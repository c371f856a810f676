import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findNationalInsuranceNumber, findNhsNumber, hasNhsCheckDigit } from "./direct-identifier.js";

/** The NHS check digit for nine digits, or undefined when none is valid (11 − remainder = 10). */
function nhsCheckDigit(nine: readonly number[]): number | undefined {
  const sum = nine.reduce((total, digit, index) => total + digit * (10 - index), 0);
  const check = 11 - (sum % 11);
  if (check === 10) return undefined;
  return check === 11 ? 0 : check;
}

const nineDigits = fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 9, maxLength: 9 });

describe("hasNhsCheckDigit", () => {
  it.each(["9434765919", "4010232137", "0000000000"])("accepts %s, whose check digit is valid", (digits) => {
    expect(hasNhsCheckDigit(digits)).toBe(true);
  });

  it.each([
    ["9434765918", "a wrong check digit"],
    ["943476591", "nine digits"],
    ["94347659190", "eleven digits"],
    ["943476591X", "a letter"],
    // 6 × 2 = 12 → remainder 1 → 11 − 1 = 10: no check digit is valid for these nine digits.
    ["0000000060", "first nine digits whose check would be 10"],
    ["0000000069", "first nine digits whose check would be 10"],
  ])("refuses %s (%s)", (digits) => {
    expect(hasNhsCheckDigit(digits)).toBe(false);
  });

  it("accepts exactly one last digit for nine digits that have a check digit, and none otherwise", () => {
    fc.assert(
      fc.property(nineDigits, (nine) => {
        const passing = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].filter((last) =>
          hasNhsCheckDigit(`${nine.join("")}${last}`),
        );
        const check = nhsCheckDigit(nine);
        expect(passing).toEqual(check === undefined ? [] : [check]);
      }),
      { numRuns: 1000 },
    );
  });
});

describe("findNhsNumber", () => {
  it("finds a run of exactly 10 digits that passes the check, with its place", () => {
    expect(findNhsNumber("NHS:9434765919")).toEqual({ start: 4, end: 14 });
    expect(findNhsNumber("P-12.9434765919-x")).toEqual({ start: 5, end: 15 });
  });

  it("ignores runs of other lengths and 10-digit runs that fail the check", () => {
    expect(findNhsNumber("943476591")).toBeUndefined();
    expect(findNhsNumber("94347659190")).toBeUndefined();
    expect(findNhsNumber("19434765919")).toBeUndefined();
    expect(findNhsNumber("P-9434765918")).toBeUndefined();
    expect(findNhsNumber("P-000123")).toBeUndefined();
  });
});

describe("findNationalInsuranceNumber", () => {
  it.each([
    ["AB123456C", 0],
    ["ab123456c", 0],
    ["P-ce000001a", 2],
    ["X1ZY999999D", 2],
  ])("finds the National Insurance number shape in %s", (value, start) => {
    expect(findNationalInsuranceNumber(value)).toEqual({ start, end: start + 9 });
  });

  it.each([
    ["DA123456A", "first letter D"],
    ["FA123456A", "first letter F"],
    ["IA123456A", "first letter I"],
    ["QA123456A", "first letter Q"],
    ["UA123456A", "first letter U"],
    ["VA123456A", "first letter V"],
    ["AO123456A", "second letter O"],
    ["AD123456A", "second letter D"],
    ["AB123456E", "last letter after D"],
    ["AB12345C", "five digits"],
    ["A1123456C", "one letter"],
  ])("does not find one in %s (%s)", (value) => {
    expect(findNationalInsuranceNumber(value)).toBeUndefined();
  });
});
