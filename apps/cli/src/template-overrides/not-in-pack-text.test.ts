import { describe, expect, it } from "vitest";
import { notInPackText } from "./not-in-pack-text.js";

describe("notInPackText", () => {
  it("names the nations a document is for", () => {
    expect(notInPackText({ because: "nation", nations: ["wales"] })).toBe("for councils in Wales");
    expect(notInPackText({ because: "nation", nations: ["england", "wales"] })).toBe(
      "for councils in England and Wales",
    );
  });

  it("names the language a document is written in, and the setting that leaves it out", () => {
    expect(notInPackText({ because: "language", language: "cy" })).toBe(
      "in Welsh (cy), which output.languages does not include",
    );
    expect(notInPackText({ because: "language", language: "ga" })).toBe(
      'in "ga", which output.languages does not include',
    );
  });

  it('gives each `when` value with the pack\'s own, texts in quotes so that "true" and true differ', () => {
    expect(
      notInPackText({
        because: "when",
        unmet: [
          { path: "dataProtection.sharingAgreement", expected: "multi-party", actual: "per-partner" },
          { path: "dataSharing.hasInternalPartners", expected: "true", actual: true },
          { path: "totals.partners", expected: 0, actual: null },
        ],
      }),
    ).toBe(
      'when dataProtection.sharingAgreement is "multi-party", here "per-partner", and dataSharing.hasInternalPartners is "true", here true, and totals.partners is 0, here empty',
    );
  });

  it("says when a `when` path names no value of the pack's data (a typo, or a list or object)", () => {
    expect(notInPackText({ because: "when", unmet: [{ path: "council.mayor", expected: true }] })).toBe(
      "when council.mayor is true, which the pack's data does not have",
    );
  });

  it("says a repeated document has no item to be written for", () => {
    expect(notInPackText({ because: "no-items", items: "dataSharing.aggregatePartners" })).toBe(
      "one for each of dataSharing.aggregatePartners, and the pack has none",
    );
  });
});
