import type { Journey } from "./journey.js";
import type { JourneyResult } from "./journey-error.js";
import type { JourneyEvent } from "./journey-event.js";
import { checkEvent } from "./journey-rules.js";
import { reduce } from "./journey-state.js";
import { parseJourneyEvent } from "./parse-journey-event.js";

/**
 * Appends one event to a journey and returns the new journey, or a typed error saying what is wrong,
 * for which event, and how to fix it. The given journey is never changed.
 *
 * The event is checked against the schema first (unknown principle ids, stray fields, bad dates), then
 * against the journey's rules (see {@link checkEvent}).
 */
export function applyEvent(journey: Journey, event: JourneyEvent): JourneyResult {
  const eventIndex = journey.events.length;
  const parsed = parseJourneyEvent(event, eventIndex);
  if (!parsed.ok) return parsed;

  const { events, ...state } = journey;
  const error = checkEvent(state, parsed.event, eventIndex, (id) => events.some((e) => e.id === id));
  if (error) return { ok: false, error };

  const next = reduce(state, parsed.event);
  return { ok: true, journey: Object.freeze({ ...next, events: Object.freeze([...events, parsed.event]) }) };
}
