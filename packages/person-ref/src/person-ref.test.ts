import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isPersonRef, newPersonRef, parsePersonRef, personRefSchema, type PersonRef } from "./index.js";

describe("parsePersonRef", () => {
  it.each(["P-000123", "p-3f1c2a9e-8c1b-4b7e-9a55-0c2f5a1d7e10", "NBH2:0042", "ref_7", "123"])(
    "accepts the pseudonymous id %s",
    (value) => {
      const result = parsePersonRef(value);
      expect(result).toEqual({ ok: true, ref: value });
    },
  );

  it.each([
    ["Jane Smith", "invalid-characters"],
    ["Jane", "no-digit"],
    ["O'Brien", "invalid-characters"],
    ["jane.smith", "no-digit"],
    ["", "too-short"],
    ["P1", "too-short"],
    ["-P0001", "invalid-characters"],
    ["P".repeat(64) + "1", "too-long"],
  ])("refuses %j with %s", (value, code) => {
    const result = parsePersonRef(value);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe(code);
      expect(result.error.message).toContain("never a name");
    }
  });

  it("refuses values that are not strings", () => {
    for (const value of [undefined, null, 42, { id: "P-1" }]) {
      expect(parsePersonRef(value)).toMatchObject({ ok: false, error: { code: "not-a-string" } });
    }
  });

  it("never accepts a string made only of letters and spaces, such as a name", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z' ]{0,70}$/), (name) => {
        expect(isPersonRef(name)).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it("accepts exactly what it brands: a parsed reference parses again to itself", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (value) => {
        const result = parsePersonRef(value);
        if (result.ok) expect(parsePersonRef(result.ref)).toEqual(result);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("newPersonRef", () => {
  it("makes a valid random reference", () => {
    const a = newPersonRef();
    const b = newPersonRef();
    expect(isPersonRef(a)).toBe(true);
    expect(a).not.toBe(b);
  });

  it("uses the given UUID source", () => {
    expect(newPersonRef(() => "00000000-0000-4000-8000-000000000001")).toBe(
      "p-00000000-0000-4000-8000-000000000001",
    );
  });
});

describe("personRefSchema", () => {
  it("brands valid references and reports the rule that failed", () => {
    const ok = personRefSchema.safeParse("P-000123");
    expect(ok.success && (ok.data satisfies PersonRef)).toBe("P-000123");
    const bad = personRefSchema.safeParse("Jane Smith");
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.message).toMatch(/no spaces/);
  });
});

// @ts-expect-error a plain string is not a PersonRef
const _typeCheck: PersonRef = "Jane Smith";
