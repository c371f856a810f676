import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { realShapedIdentifier } from "../../person-ref/test/real-shaped-identifiers.js";
import { parseEventId, parseJourneyId, parseNeighbourhoodId } from "./identifier.js";

describe("every id parser refuses direct identifiers, through the one check in @lac/person-ref", () => {
  it("journey and event ids refuse NHS numbers, NI numbers, postcodes and names with digits in every style", () => {
    fc.assert(
      fc.property(realShapedIdentifier(), ({ kind, value }) => {
        expect(parseJourneyId(value).ok, `${kind}: ${value}`).toBe(false);
        expect(parseEventId(value).ok, `${kind}: ${value}`).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it("neighbourhood ids refuse NHS numbers, NI numbers and postcodes in every style", () => {
    fc.assert(
      fc.property(realShapedIdentifier(), ({ kind, value }) => {
        if (kind === "name-with-digits") return;
        expect(parseNeighbourhoodId(value).ok, `${kind}: ${value}`).toBe(false);
        expect(parseNeighbourhoodId(value.toLowerCase()).ok, `${kind}: ${value}`).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it.each(["943-476-5919", "J-943-476-5919", "AB123456C", "QQ-12-34-56-C", "e-943.476.5919"])(
    "refuses the journey and event id %s, saying what it looks like without repeating it",
    (value) => {
      const result = parseJourneyId(value);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.message).toMatch(/looks like/);
        expect(result.error.message).not.toContain(value);
      }
      expect(parseEventId(value).ok).toBe(false);
    },
  );

  it.each(["sw1a-1aa", "ls1-4ap", "m1-1ae", "943-476-5919"])("refuses the neighbourhood %s", (value) => {
    expect(parseNeighbourhoodId(value).ok).toBe(false);
  });
});

describe("the accepted forms", () => {
  it.each(["J-000123", "EV-0001", "e-0001", "e-1", "3f1c2a9e-8c1b-4b7e-9a55-0c2f5a1d7e10"])(
    "accepts the journey and event id %s",
    (value) => {
      expect(parseJourneyId(value).ok).toBe(true);
      expect(parseEventId(value).ok).toBe(true);
    },
  );

  it.each(["nbh-03", "sketty", "castle-and-riverside", "ward3", "north-2"])(
    "accepts the neighbourhood %s",
    (value) => {
      expect(parseNeighbourhoodId(value).ok).toBe(true);
    },
  );

  it("accepts any UUID and any short capital prefix followed by digits", () => {
    fc.assert(
      fc.property(
        fc.uuid(),
        fc.stringMatching(/^[A-Z]{1,4}$/),
        fc.stringMatching(/^[0-9]{1,6}$/),
        (uuid, prefix, digits) => {
          expect(parseJourneyId(uuid).ok).toBe(true);
          expect(parseEventId(`${prefix}-${digits}`).ok).toBe(true);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
