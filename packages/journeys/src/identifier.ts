import { z } from "zod";

const IDENTIFIER = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/;
const RULE = "1 to 64 letters, digits, '.', '_', ':' or '-', starting with a letter or digit, and no spaces";

function identifierSchema(noun: string, example: string, advice: string) {
  const fix = `Use ${RULE}, for example ${JSON.stringify(example)}. ${advice}`;
  return z
    .string({
      error: (issue) =>
        issue.input === undefined ? `Missing ${noun}. ${fix}` : `${noun} must be a string. ${fix}`,
    })
    .regex(IDENTIFIER, { error: (issue) => `${JSON.stringify(issue.input)} is not a valid ${noun}. ${fix}` });
}

/** The id of one event, unique within its journey (for example a UUID or "e-0001"). */
export const eventIdSchema = identifierSchema(
  "event id",
  "e-0001",
  "Each event needs its own id within the journey.",
);
export type EventId = z.infer<typeof eventIdSchema>;

/** The id of a journey: an opaque record id, never anything about the person. */
export const journeyIdSchema = identifierSchema(
  "journey id",
  "J-000123",
  "Use the journey's record id from your own system, never a name.",
);
export type JourneyId = z.infer<typeof journeyIdSchema>;

/**
 * A short label for a neighbourhood from the organisation's own list (for example "sketty" or "nbh-03").
 * It names an area a coordinator covers, never an address.
 */
export const neighbourhoodIdSchema = identifierSchema(
  "neighbourhood id",
  "nbh-03",
  "Use the label of the neighbourhood from your own list, never an address or postcode.",
);
export type NeighbourhoodId = z.infer<typeof neighbourhoodIdSchema>;
