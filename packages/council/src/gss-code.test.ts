import { describe, expect, it } from "vitest";
import {
  councilConfigErrorMap,
  councilTypeLabels,
  councilTypeOf,
  COUNCIL_TYPES,
  GSS_COUNCIL_PREFIXES,
  gssCodeSchema,
} from "./index.js";

describe("councilTypeOf", () => {
  it.each([
    ["E06000023", "unitary"],
    ["E07000001", "district"],
    ["E08000025", "metropolitan-district"],
    ["E09000001", "london-borough"],
    ["E10999001", "county"],
    ["W06999001", "welsh-principal-council"],
    [" W06000011 ", "welsh-principal-council"],
  ])("%s is a %s council", (code, type) => {
    expect(councilTypeOf(code)).toBe(type);
  });

  it.each(["E05000001", "W05000001", "S12000033", "E0600002", "e06000023", "", "E06-000023"])(
    "%j is not the code of a council",
    (code) => {
      expect(councilTypeOf(code)).toBeUndefined();
    },
  );

  it("has a label for every council type, for running text", () => {
    expect(Object.keys(councilTypeLabels).sort()).toEqual([...COUNCIL_TYPES].sort());
    expect(councilTypeLabels.county).toBe("county council");
    expect(new Set(GSS_COUNCIL_PREFIXES.map((entry) => entry.councilType))).toEqual(new Set(COUNCIL_TYPES));
  });
});

describe("gssCodeSchema, for one answer", () => {
  it("accepts and trims a council's code", () => {
    expect(gssCodeSchema.parse(" E06999001 ")).toBe("E06999001");
  });

  it("explains a code that is not 9 characters", () => {
    const result = gssCodeSchema.safeParse("E0699");
    expect(result.error?.issues[0]?.message).toBe(
      '"E0699" is not a GSS code. The ONS GSS code of a council is 9 characters: a capital letter and 8 digits, such as E06000023.',
    );
  });

  it("names a prefix that is not a council's", () => {
    const result = gssCodeSchema.safeParse("E05000001");
    expect(result.error?.issues[0]?.message).toMatch(
      /^"E05000001" starts with E05, which is not the code of a council\./,
    );
  });

  it("explains a value that is not text, with the package's error map", () => {
    const result = gssCodeSchema.safeParse(6000023, { error: councilConfigErrorMap });
    expect(result.error?.issues[0]?.message).toBe(
      'Expected text, but found the number 6000023. If it is meant as text, put it in quotes: "6000023".',
    );
  });
});

describe("councilTypeOf: a value that is not text (from JavaScript)", () => {
  it("throws a TypeError that names the function, not a cryptic one", () => {
    expect(() => councilTypeOf(undefined as unknown as string)).toThrow(
      new TypeError("councilTypeOf needs text (a string), not undefined."),
    );
    expect(() => councilTypeOf(6 as unknown as string)).toThrow(
      /^councilTypeOf needs text \(a string\), not a number\.$/,
    );
  });
});
