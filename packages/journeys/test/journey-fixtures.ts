// The journey the example-based tests start from: the person P-000123 introduced themselves in neighbourhood
// nbh-03 on 4 March 2025, at the short-term level. Shared by the tests of applyEvent, of the stored log and its
// JSON lines, and of bad input. Test code only: outside src, so never built or published.
import type { Journey } from "../src/journey.js";
import type { IntroducedEventInput } from "../src/journey-event.js";
import { startJourney } from "../src/start-journey.js";
import { journeyId, personRef } from "./journey-arbitraries.js";

export const person = personRef("P-000123");

/** The first event of the journey: the person introduced themselves. */
export const introduced: IntroducedEventInput = {
  id: "e-1",
  occurredAt: "2025-03-04T10:30:00Z",
  type: "introduced",
  source: "self",
  neighbourhood: "nbh-03",
  level: "short-term",
};

/** The journey J-000123 as stored (plain JSON values), holding {@link introduced} only. */
export const storedLog = { id: "J-000123", person: "P-000123", events: [introduced] };

/** The journey `id` of {@link person}, started by {@link introduced}. */
export function startedJourney(id = "J-1"): Journey {
  const result = startJourney(journeyId(id), person, introduced);
  if (!result.ok) throw new Error(result.error.message);
  return result.journey;
}
