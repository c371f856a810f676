import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isPersonRef } from "@lac/person-ref";
import {
  eventIdSchema,
  journeyIdSchema,
  neighbourhoodIdSchema,
  parseEventId,
  parseJourneyId,
  parseNeighbourhoodId,
  parseStaffRef,
  staffRefSchema,
} from "./identifier.js";
import { checkOwner } from "./journey-owner.js";
import type { JourneyId } from "./identifier.js";
import type { PersonRef } from "@lac/person-ref";

// The id parsers and checkOwner tell a valid id without zod: they must give what the schema alone gives.
const parsers = [
  [parseJourneyId, journeyIdSchema],
  [parseEventId, eventIdSchema],
  [parseStaffRef, staffRefSchema],
  [parseNeighbourhoodId, neighbourhoodIdSchema],
] as const;

function bySchema(schema: (typeof parsers)[number][1], value: unknown) {
  const parsed = schema.safeParse(value);
  if (parsed.success) return { ok: true, id: parsed.data };
  const message = parsed.error.issues[0]?.message ?? "The id is not valid.";
  return { ok: false, error: { code: "invalid-identifier", message, issues: [{ path: "", message }] } };
}

const idLike = fc.stringMatching(/^[A-Za-z0-9._:' -]{0,70}$/);
const anything = fc.oneof(
  idLike,
  fc.string(),
  fc.constantFrom("J-000123", "nbh-03", "e-1", "castle-and-riverside"),
  fc.anything(),
);

describe("the id parsers without zod", () => {
  it("give what the schema gives, for ids valid or not and for any value", () => {
    fc.assert(
      fc.property(anything, (value) => {
        for (const [parse, schema] of parsers) expect(parse(value)).toEqual(bySchema(schema, value));
      }),
      { numRuns: 2000 },
    );
  });

  it("checkOwner refuses a journey id as the schema does", () => {
    const person = "P-000123" as PersonRef;
    expect(isPersonRef(person)).toBe(true);
    fc.assert(
      fc.property(anything, (value) => {
        const parsed = journeyIdSchema.safeParse(value);
        const error = checkOwner(value as JourneyId, person);
        if (parsed.success) expect(error).toBeUndefined();
        else
          expect(error).toEqual({
            code: "invalid-journey-id",
            message: parsed.error.issues[0]?.message ?? "The journey id is not valid.",
          });
      }),
      { numRuns: 2000 },
    );
  });
});
