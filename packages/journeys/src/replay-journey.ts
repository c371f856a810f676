import type { PersonRef } from "@lac/person-ref";
import type { JourneyId } from "./identifier.js";
import type { JourneyResult } from "./journey-error.js";
import type { JourneyEvent, JourneyEventInput } from "./journey-event.js";
import { checkOwner } from "./journey-owner.js";
import {
  buildJourney,
  checkRecordingOptions,
  isJourneyError,
  type RecordingOptions,
} from "./journey-timeline.js";
import { parseJourneyEvent } from "./parse-journey-event.js";

/**
 * Rebuilds a journey from its whole log: the events in the order they were recorded, starting with `introduced`.
 * The journey is worked out from the events in the order they happened (`occurredAt`), so a late write-up in the
 * log is fine; `journey.events` keeps the recorded order, `journey.timeline` the order they happened. Returns the
 * first refused event's error, with `eventIndex` giving its position in the log.
 *
 * The result does not depend on the order of recording: any order of the same events (with their `recordedAt`, if
 * any, in that order) that starts with the introduction gives the same timeline and the same state.
 *
 * Accepts raw values too (for example a log read from JSON): every event is checked against the schema, and a
 * value that is not a list is returned as an `invalid-input` error. A journey read back from storage must be
 * replayed before use.
 */
export function replayJourney(
  id: JourneyId,
  person: PersonRef,
  events: readonly JourneyEventInput[],
  options?: RecordingOptions,
): JourneyResult {
  const ownerError = checkOwner(id, person);
  if (ownerError) return { ok: false, error: ownerError };

  if (!Array.isArray(events)) {
    return {
      ok: false,
      error: {
        code: "invalid-input",
        message:
          'The events must be a list (an array) of journey events, in the order they were recorded, starting with "introduced".',
      },
    };
  }
  const limits = checkRecordingOptions(options);
  if (isJourneyError(limits)) return { ok: false, error: limits };

  const parsed: JourneyEvent[] = [];
  for (const [index, raw] of (events as readonly unknown[]).entries()) {
    const result = parseJourneyEvent(raw, index);
    if (!result.ok) return result;
    parsed.push(result.event);
  }
  return buildJourney(id, person, parsed, limits);
}
