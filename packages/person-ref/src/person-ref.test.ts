import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isPersonRef, newPersonRef, parsePersonRef, personRefSchema, type PersonRef } from "./index.js";

function refusal(value: unknown): { code: string; message: string } {
  const result = parsePersonRef(value);
  if (result.ok) throw new Error(`expected ${JSON.stringify(value)} to be refused`);
  return result.error;
}

/** Nine digits and their NHS check digit; undefined when no check digit is valid for them. */
function withNhsCheckDigit(nine: readonly number[]): string | undefined {
  const sum = nine.reduce((total, digit, index) => total + digit * (10 - index), 0);
  const check = 11 - (sum % 11);
  if (check === 10) return undefined;
  return `${nine.join("")}${check === 11 ? 0 : check}`;
}

describe("parsePersonRef", () => {
  it.each([
    "P-000123",
    "ID-42",
    "NB2:0042",
    "NBH2:0042",
    "123",
    "P-9434765918",
    "P-94347659190",
    "AB12345C",
    "p-3f1c2a9e-8c1b-4b7e-9a55-0c2f5a1d7e10",
    "3F1C2A9E-8C1B-4B7E-9A55-0C2F5A1D7E10",
    // UUIDs are always accepted, even where a part is letters only or there is no digit at all.
    "p-abcdef12-beef-4ace-8bad-0c2f5a1d7e10",
    "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee",
  ])("accepts the pseudonymous id %s", (value) => {
    expect(parsePersonRef(value)).toEqual({ ok: true, ref: value });
  });

  it.each([
    ["Jane Smith", "invalid-characters"],
    ["Jane", "no-digit"],
    ["O'Brien", "invalid-characters"],
    ["jane.smith", "no-digit"],
    ["", "too-short"],
    ["P1", "too-short"],
    ["-P0001", "invalid-characters"],
    ["P".repeat(64) + "1", "too-long"],
  ])("refuses %j with %s and says to use a pseudonymous id, never a name", (value, code) => {
    const error = refusal(value);
    expect(error.code).toBe(code);
    expect(error.message).toContain("never a name");
  });

  it("refuses values that are not strings", () => {
    for (const value of [undefined, null, 42, { id: "P-1" }]) {
      expect(parsePersonRef(value)).toMatchObject({ ok: false, error: { code: "not-a-string" } });
    }
  });

  describe("word-like: a part that is 3 or more letters only", () => {
    it.each([
      ["Jane.Smith.1985", 1, 3, 4],
      ["jane_smith_1", 1, 3, 4],
      ["Mohammed-Ali-2", 1, 3, 8],
      ["ref_7", 1, 2, 3],
      ["P-7-Ali", 3, 3, 3],
      ["LAC-N-0001", 1, 3, 3],
    ])("refuses %s (part %i of %i is %i letters)", (value, part, parts, letters) => {
      const error = refusal(value);
      expect(error.code).toBe("word-like");
      expect(error.message).toBe(
        `Part ${part} of ${parts} (parts are split at '.', '_', ':' and '-') is ${letters} letters with no digit, so it looks like a word or a name. ` +
          'Keep letters to codes of 1 or 2 (for example "P-000123" or "NB2:0042"), or use a UUID; never put a name or word in a reference.',
      );
    });

    it("does not repeat the value in the message", () => {
      expect(refusal("Mohammed-Ali-2").message).not.toMatch(/Mohammed|Ali/);
    });
  });

  describe("nhs-number: a run of exactly 10 digits that passes the NHS number check", () => {
    it("refuses a valid NHS number, saying where it is and how to fix it", () => {
      const error = refusal("NHS:9434765919");
      expect(error.code).toBe("nhs-number");
      expect(error.message).toBe(
        "The digits at characters 5 to 14 look like an NHS number (10 digits with a valid check digit, however they are separated): use a pseudonymous id, never a direct identifier. " +
          "If it is not an NHS number, use more or fewer than 10 digits: about 1 in 11 sets of 10 digits passes the check by chance.",
      );
      expect(error.message).not.toContain("9434765919");
    });

    it.each([
      "9434765919",
      "P-9434765919",
      "4010232137-A1",
      "943-476-5919",
      "P-943-476-5919",
      "943.476.5919",
    ])("refuses %s", (value) => {
      expect(refusal(value).code).toBe("nhs-number");
    });

    it("refuses any valid NHS number wherever it sits between other characters", () => {
      fc.assert(
        fc.property(
          fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 9, maxLength: 9 }),
          fc.constantFrom("", "P-", "ID.", "NB2:"),
          fc.constantFrom("", "-A1", "_7x"),
          (nine, before, after) => {
            const nhs = withNhsCheckDigit(nine);
            fc.pre(nhs !== undefined);
            expect(refusal(`${before}${nhs}${after}`).code).toBe("nhs-number");
          },
        ),
        { numRuns: 1000 },
      );
    });
  });

  describe("ni-number: the shape of a National Insurance number", () => {
    it("refuses a National Insurance number, saying where it is and how to fix it", () => {
      const error = refusal("AB123456C");
      expect(error.code).toBe("ni-number");
      expect(error.message).toBe(
        "The text at characters 1 to 9 looks like a National Insurance number (two letters, six digits, a letter A to D): use a pseudonymous id, never a direct identifier. " +
          'For example "P-000123", or a UUID from newPersonRef().',
      );
    });

    it.each(["ab123456c", "P-AB123456C", "ZY999999D-1", "x1.ce000001a", "QQ123456C", "DA-12-34-56-A"])(
      "refuses %s",
      (value) => {
        expect(refusal(value).code).toBe("ni-number");
      },
    );

    it("refuses any National Insurance number shape, in any case, inside a reference", () => {
      const first = fc.constantFrom(..."ABCEGHJKLMNOPRSTWXYZ");
      const second = fc.constantFrom(..."ABCEGHJKLMNPRSTWXYZ");
      const six = fc.stringMatching(/^[0-9]{6}$/);
      const suffix = fc.constantFrom(..."ABCD");
      fc.assert(
        fc.property(
          first,
          second,
          six,
          suffix,
          fc.boolean(),
          fc.stringMatching(/^(?:[0-9][0-9._:-]{0,4})?$/),
          fc.stringMatching(/^[0-9._:-]{0,5}$/),
          (a, b, digits, d, lower, before, after) => {
            const ni = `${a}${b}${digits}${d}`;
            const value = `${before}${lower ? ni.toLowerCase() : ni}${after}`;
            expect(refusal(value).code).toBe("ni-number");
          },
        ),
        { numRuns: 1000 },
      );
    });
  });

  it("never accepts a string made only of letters, spaces and apostrophes, such as a name", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z' ]{0,70}$/), (name) => {
        expect(isPersonRef(name)).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it("never accepts a name written with separators and a number, such as Jane.Smith.1985", () => {
    const word = fc.stringMatching(/^[A-Za-z]{3,12}$/);
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 3 }),
        fc.constantFrom(".", "_", ":", "-"),
        fc.nat(99_999),
        fc.boolean(),
        (words, separator, number, numberFirst) => {
          const parts = numberFirst ? [String(number), ...words] : [...words, String(number)];
          expect(refusal(parts.join(separator)).code).toBe("word-like");
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("accepts exactly what it brands: a parsed reference parses again to itself", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 80 }), fc.stringMatching(/^[A-Za-z0-9._:-]{0,70}$/)),
        (value) => {
          const result = parsePersonRef(value);
          if (result.ok) expect(parsePersonRef(result.ref)).toEqual(result);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("accepts any UUID, bare, after p- and in upper case", () => {
    fc.assert(
      fc.property(fc.uuid(), (uuid) => {
        for (const value of [uuid, `p-${uuid}`, uuid.toUpperCase()]) {
          expect(parsePersonRef(value)).toEqual({ ok: true, ref: value });
        }
      }),
      { numRuns: 1000 },
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

  it("makes a reference that parsePersonRef accepts from any UUID", () => {
    fc.assert(
      fc.property(fc.uuid(), (uuid) => {
        const ref = newPersonRef(() => uuid);
        expect(ref).toBe(`p-${uuid}`);
        expect(parsePersonRef(ref)).toEqual({ ok: true, ref });
      }),
      { numRuns: 1000 },
    );
  });

  it("throws when the UUID source returns something unusable, which is a programming error", () => {
    expect(() => newPersonRef(() => "Jane Smith")).toThrow(/unusable id/);
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

  it("carries the error code of the new rules", () => {
    const bad = personRefSchema.safeParse("NHS:9434765919");
    expect(bad.error?.issues[0]).toMatchObject({ code: "custom", params: { code: "nhs-number" } });
  });
});

// @ts-expect-error a plain string is not a PersonRef
const _typeCheck: PersonRef = "Jane Smith";
