import { describe, expect, it } from "vitest";
import {
  councilConfigErrorMap,
  httpsUrlSchema,
  isoDateSchema,
  roleContactSchema,
  textSchema,
  workEmailSchema,
} from "./index.js";

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
