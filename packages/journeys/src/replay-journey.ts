import type { PersonRef } from "@lac/person-ref";
import type { JourneyId } from "./identifier.js";
import type { JourneyResult } from "./journey-error.js";
import type { JourneyEvent, JourneyEventInput } from "./journey-event.js";
import { sealJourney } from "./journey-seal.js";
import { checkOwner } from "./journey-owner.js";
import { checkEvent } from "./journey-rules.js";
import { introduce, reduce, type JourneyState } from "./journey-state.js";
import { parseJourneyEvent } from "./parse-journey-event.js";

/**
 * Rebuilds a journey from its whole log by folding the events in order: the same as
 * {@link startJourney} followed by {@link applyEvent} for each later event, in a single pass.
 * The first event must be `introduced`. Stops at the first refused event and returns its error,
 * with `eventIndex` giving its position in the log.
 *
 * Accepts raw values too (for example a log read from JSON): every event is checked against the schema, and a
 * value that is not a list is returned as an `invalid-input` error.
 */
export function replayJourney(
  id: JourneyId,
  person: PersonRef,
  events: readonly JourneyEventInput[],
): JourneyResult {
  const ownerError = checkOwner(id, person);
  if (ownerError) return { ok: false, error: ownerError };

  if (!Array.isArray(events)) {
    return {
      ok: false,
      error: {
        code: "invalid-input",
        message:
          'The events must be a list (an array) of journey events, oldest first, starting with "introduced".',
      },
    };
  }
  const accepted: JourneyEvent[] = [];
  const ids = new Set<string>();
  let state: JourneyState | undefined;

  for (const [index, raw] of (events as readonly unknown[]).entries()) {
    const parsed = parseJourneyEvent(raw, index);
    if (!parsed.ok) return parsed;
    const event = parsed.event;

    if (state === undefined) {
      if (event.type !== "introduced") {
        return {
          ok: false,
          error: {
            code: "not-introduced",
            message: `The first event of a journey must be "introduced", but event ${JSON.stringify(event.id)} is "${event.type}". Put the introduction first.`,
            eventId: event.id,
            eventIndex: index,
          },
        };
      }
      state = introduce(id, person, event);
    } else {
      const error = checkEvent(state, event, index, (eventId) => ids.has(eventId));
      if (error) return { ok: false, error };
      state = reduce(state, event);
    }
    accepted.push(event);
    ids.add(event.id);
  }

  if (state === undefined) {
    return {
      ok: false,
      error: {
        code: "not-introduced",
        message: 'The journey has no events. Its log must start with an "introduced" event.',
      },
    };
  }
  return { ok: true, journey: sealJourney({ ...state, events: Object.freeze(accepted) }) };
}
