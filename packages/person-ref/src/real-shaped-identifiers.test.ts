import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findDirectIdentifier } from "./direct-identifier.js";
import { parsePersonRef } from "./person-ref.js";
import { realShapedIdentifier } from "../test/real-shaped-identifiers.js";

describe("identifiers written in every style", () => {
  it("parsePersonRef refuses NHS numbers, NI numbers, postcodes and names with digits however they are written", () => {
    fc.assert(
      fc.property(realShapedIdentifier(), ({ value, kind }) => {
        const result = parsePersonRef(value);
        expect(result.ok, `${kind}: ${value}`).toBe(false);
      }),
      { numRuns: 3000 },
    );
  });

  it("findDirectIdentifier finds every one that person references can hold", () => {
    fc.assert(
      fc.property(realShapedIdentifier(), ({ value, kind }) => {
        if (!/^[A-Za-z0-9][A-Za-z0-9._:-]*$/.test(value)) return;
        expect(findDirectIdentifier(value), `${kind}: ${value}`).toBeDefined();
      }),
      { numRuns: 3000 },
    );
  });
});

describe("the forms the issue names", () => {
  it.each([
    ["JohnSmith1982", "name-like"],
    ["SmithJ1982", "name-like"],
    ["943-476-5919", "nhs-number"],
    ["P-943-476-5919", "nhs-number"],
    ["DA123456A", "ni-number"],
    ["sw1a-1aa", "postcode"],
  ])("refuses %s with %s", (value, code) => {
    expect(parsePersonRef(value)).toMatchObject({ ok: false, error: { code } });
  });
});

describe("the accepted forms", () => {
  it.each(["P-000123", "ID-42", "NB2:0042", "NBH2:0042", "123", "p-3f1c2a9e-8c1b-4b7e-9a55-0c2f5a1d7e10"])(
    "accepts %s",
    (value) => {
      expect(parsePersonRef(value).ok).toBe(true);
    },
  );

  it("accepts every UUID and every short code followed by digits", () => {
    fc.assert(
      fc.property(
        fc.uuid(),
        fc.stringMatching(/^[A-Z]{1,2}$/),
        fc.constantFrom("-", ":", "."),
        fc.stringMatching(/^[0-9]{3,6}$/),
        (uuid, code, separator, digits) => {
          expect(parsePersonRef(uuid).ok).toBe(true);
          expect(parsePersonRef(`${code}${separator}${digits}`).ok).toBe(true);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
