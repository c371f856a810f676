import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  councilConfigErrorMap,
  httpsUrlSchema,
  isoDateSchema,
  roleContactSchema,
  textSchema,
  workEmailSchema,
} from "./index.js";
import { hasControlCharacter, MULTI_LINE_TEXTS } from "./test-helpers.js";

function messageOf(result: {
  success: boolean;
  error?: { issues: readonly { message: string }[] };
}): string | undefined {
  return result.error?.issues[0]?.message;
}

describe("the basic fields, for one answer", () => {
  it("trims text and refuses empty text", () => {
    expect(textSchema.parse("  Brackenford ")).toBe("Brackenford");
    expect(messageOf(textSchema.safeParse("   ", { error: councilConfigErrorMap }))).toBe(
      "This is empty: write some text (spaces alone do not count).",
    );
  });

  it.each([
    ["Castle\nRiverside", '"Castle\\nRiverside"', "the line break"],
    ["Castle\r\nRiverside", '"Castle\\r\\nRiverside"', "the line break"],
    ["Castle\u2028Riverside", '"Castle\u2028Riverside"', "the line break"],
    ["Castle\tRiverside", '"Castle\\tRiverside"', "the tab"],
    ["Castle\u0007", '"Castle\\u0007"', "the control character U+0007"],
    ["Castle\u007fRiverside", '"Castle\u007fRiverside"', "the control character U+007F"],
  ])("refuses text on more than one line or with a control character: %j", (text, shown, what) => {
    expect(messageOf(textSchema.safeParse(text, { error: councilConfigErrorMap }))).toBe(
      `${shown} must be on one line, without tabs or control characters: remove ${what}.`,
    );
  });

  it("trims line breaks and tabs around the text (a folded YAML scalar ends with one)", () => {
    expect(textSchema.parse("\tCastle and Riverside\n")).toBe("Castle and Riverside");
  });

  it.each(MULTI_LINE_TEXTS)("refuses the multi-line text %j", (text) => {
    expect(textSchema.safeParse(text).success).toBe(false);
  });

  it("refuses text with a control character inside, and accepts text without (property)", () => {
    const character = fc.oneof(
      fc.integer({ min: 0, max: 0x1f }).map((code) => String.fromCharCode(code)),
      fc.constantFrom("\u007f", "\u2028", "\u2029"),
    );
    fc.assert(
      fc.property(
        fc.string({ minLength: 1 }),
        character,
        fc.string({ minLength: 1 }),
        (before, control, after) => {
          fc.pre(before.trim() !== "" && after.trim() !== "");
          expect(textSchema.safeParse(`${before.trim()}${control}${after.trim()}`).success).toBe(false);
        },
      ),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", minLength: 1 }), (text) => {
        fc.pre(text.trim() !== "");
        expect(textSchema.safeParse(text).success).toBe(!hasControlCharacter(text.trim()));
      }),
      { numRuns: 500 },
    );
  });

  it.each(["lac.team@brackenford.example.gov.uk", " dpo@cwmteg.example.gov.uk "])(
    "accepts the work email %j",
    (email) => {
      expect(workEmailSchema.parse(email)).toBe(email.trim());
    },
  );

  it.each(["lac.team", "lac@", "@brackenford.example.gov.uk", "lac team@x.example"])(
    "refuses %j",
    (email) => {
      expect(messageOf(workEmailSchema.safeParse(email))).toBe(
        `${JSON.stringify(email)} is not an email address. Write a work email address, such as lac.team@council.example.gov.uk (a shared team or role mailbox is best).`,
      );
    },
  );

  it.each(["https://brackenford.example.gov.uk", "https://www.example.org/privacy?x=1"])(
    "accepts %j",
    (url) => {
      expect(httpsUrlSchema.parse(url)).toBe(url);
    },
  );

  it.each([
    "http://brackenford.example.gov.uk",
    "brackenford.example.gov.uk",
    "https://localhost",
    "ftp://x.example",
    "https://",
  ])("refuses %j, asking for https://", (url) => {
    expect(messageOf(httpsUrlSchema.safeParse(url))).toContain(
      "Write a full address that starts with https://",
    );
  });

  it.each(["2026-04-01", "2024-02-29", "2000-02-29"])("accepts the date %s", (date) => {
    expect(isoDateSchema.parse(date)).toBe(date);
  });

  it.each(["2026-02-29", "1900-02-29", "2026-04-31", "2026-13-01", "26-04-01", "2026-4-1", "1 April 2026"])(
    "refuses %j, which is not a real date written YYYY-MM-DD",
    (date) => {
      expect(messageOf(isoDateSchema.safeParse(date))).toContain(
        "is not a real calendar date written YYYY-MM-DD",
      );
    },
  );

  it("has no field for a person's name in a contact", () => {
    expect(Object.keys(roleContactSchema.shape)).toEqual(["role", "email"]);
    const result = roleContactSchema.safeParse(
      { role: "Data Protection Officer", email: "dpo@x.example", name: "Jane Smith" },
      { error: councilConfigErrorMap },
    );
    expect(messageOf(result)).toBe('Unknown key "name". Remove it, or correct its spelling.');
  });
});
