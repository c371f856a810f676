import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  findDirectIdentifier,
  findNameLikeRun,
  findNationalInsuranceNumber,
  findNhsNumber,
  findPostcode,
  hasNhsCheckDigit,
} from "./direct-identifier.js";

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
    ["DA123456A", "a first letter HMRC never issues"],
    ["QQ123456C", "the prefix used in examples"],
    ["AO123456A", "a second letter HMRC never issues"],
    ["AB 12 34 56 C", "spaces between the pairs"],
    ["ab-12-34-56-c", "hyphens, lower case"],
    ["AB.123456.C", "dots"],
  ])("finds the shape in %s (%s), which HMRC's rules alone would let through", (value) => {
    expect(findNationalInsuranceNumber(value)).toEqual({ start: 0, end: value.length });
  });

  it.each([
    ["AB123456E", "last letter after D"],
    ["AB12345C", "five digits"],
    ["A1123456C", "one letter"],
  ])("does not find one in %s (%s)", (value) => {
    expect(findNationalInsuranceNumber(value)).toBeUndefined();
  });
});

describe("findNhsNumber, however the number is separated", () => {
  it.each([
    ["943 476 5919", 0, 12],
    ["943-476-5919", 0, 12],
    ["943.476.5919", 0, 12],
    ["P-943-476-5919", 2, 14],
    ["NHS:943/476/5919", 4, 16],
    ["J-2025-943-476-5919", 7, 19],
  ])("finds %s", (value, start, end) => {
    expect(findNhsNumber(value)).toEqual({ start, end });
  });

  it.each(["AGR-2025-0007", "EV-2025-03-04-0001", "943-476-5918", "943-476-59190"])(
    "finds none in %s",
    (value) => {
      expect(findNhsNumber(value)).toBeUndefined();
    },
  );
});

describe("findPostcode", () => {
  it.each(["SW1A 1AA", "sw1a-1aa", "LS1 4AP", "ls14ap", "M1 1AE", "b33.8th", "CF10 1EP"])(
    "finds %s",
    (value) => {
      expect(findPostcode(value)).toEqual({ start: 0, end: value.length });
    },
  );

  it.each(["nbh-03", "castle-and-riverside", "ward-12", "NB2:0042", "AGR-2025-0007"])(
    "finds none in %s",
    (value) => {
      expect(findPostcode(value)).toBeUndefined();
    },
  );
});

describe("findNameLikeRun", () => {
  it.each([
    ["JohnSmith1982", 0, 9],
    ["SmithJ1982", 0, 6],
    ["P-1982Jane", 6, 10],
    ["JOHNSMITH1982", 0, 9],
  ])("finds the letters run into digits in %s", (value, start, end) => {
    expect(findNameLikeRun(value)).toEqual({ start, end });
  });

  it.each(["NBH2:0042", "AGR2025", "EV01", "P-000123", "ID-42", "ab12cd34"])(
    "allows a leading code of up to 4 capitals and 1 or 2 letters elsewhere: %s",
    (value) => {
      expect(findNameLikeRun(value)).toBeUndefined();
    },
  );
});

describe("findDirectIdentifier", () => {
  it("never checks a UUID", () => {
    expect(findDirectIdentifier("3f1c2a9e-8c1b-4b7e-9a55-0c2f5a1d7e10")).toBeUndefined();
    expect(findDirectIdentifier("p-abcdef12-beef-4ace-8bad-0c2f5a1d7e10")).toBeUndefined();
  });

  it.each([
    ["P-943-476-5919", "nhs-number"],
    ["QQ 12 34 56 C", "ni-number"],
    ["sw1a-1aa", "postcode"],
    ["JohnSmith1982", "name-like"],
  ] as const)("names the kind found in %s, without repeating it", (value, kind) => {
    const found = findDirectIdentifier(value);
    expect(found?.kind).toBe(kind);
    expect(found?.message).not.toContain(value);
  });
});

describe("findDirectIdentifier: a value that is not a string (from JavaScript)", () => {
  it.each([
    [undefined, "a value of type undefined"],
    [null, "null"],
    [9434765919, "a value of type number"],
    [["P-000123"], "a list"],
    [{ id: "P-000123" }, "an object"],
  ])("throws a TypeError that says so for %o, not a cryptic one", (value, shown) => {
    expect(() => findDirectIdentifier(value as unknown as string)).toThrow(
      new TypeError(
        `findDirectIdentifier needs text (a string), not ${shown}. Check each string field on its own.`,
      ),
    );
  });
});
