import type { Journey } from "./journey.js";
import type { JourneyResult } from "./journey-error.js";
import type { JourneyEventInput } from "./journey-event.js";
import { checkEvent } from "./journey-rules.js";
import { isJourney, sealJourney } from "./journey-seal.js";
import { reduce } from "./journey-state.js";
import { parseJourneyEvent } from "./parse-journey-event.js";

/**
 * Appends one event to a journey and returns the new journey, or a typed error saying what is wrong,
 * for which event, and how to fix it. The given journey is never changed.
 *
 * The journey must be one made by `startJourney`, `applyEvent` or `replayJourney` (see `isJourney`); any
 * other value, including an edited copy, is refused with code `invalid-journey`. The event is checked against
 * the schema first (unknown principle ids, stray fields, bad dates), then against the journey's rules
 * (see {@link checkEvent}).
 */
export function applyEvent(journey: Journey, event: JourneyEventInput): JourneyResult {
  if (!isJourney(journey)) {
    return {
      ok: false,
      error: {
        code: "invalid-journey",
        message:
          "The journey was not made by startJourney, applyEvent or replayJourney (it may be a copy, an edited copy or a value read from storage). Rebuild it from its log with replayJourney, then apply the event.",
      },
    };
  }
  const eventIndex = journey.events.length;
  const parsed = parseJourneyEvent(event, eventIndex);
  if (!parsed.ok) return parsed;

  const { events, ...state } = journey;
  const error = checkEvent(state, parsed.event, eventIndex, (id) => events.some((e) => e.id === id));
  if (error) return { ok: false, error };

  const next = reduce(state, parsed.event);
  return { ok: true, journey: sealJourney({ ...next, events: Object.freeze([...events, parsed.event]) }) };
}
