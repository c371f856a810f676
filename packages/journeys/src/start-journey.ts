import type { PersonRef } from "@lac/person-ref";
import type { JourneyId } from "./identifier.js";
import type { JourneyResult } from "./journey-error.js";
import type { IntroducedEventInput } from "./journey-event.js";
import { checkOwner } from "./journey-owner.js";
import {
  buildJourney,
  checkRecordingOptions,
  isJourneyError,
  type RecordingOptions,
} from "./journey-timeline.js";
import { parseJourneyEvent } from "./parse-journey-event.js";

/**
 * Starts a journey from its introduction. The id must be a journey id checked with `parseJourneyId` (or
 * `journeyIdSchema`). The event is checked against the schema first, so an unknown principle id, a stray field
 * or a missing event is returned as an error, never thrown. `options.now`, when given, refuses an introduction
 * dated in the future.
 */
export function startJourney(
  id: JourneyId,
  person: PersonRef,
  event: IntroducedEventInput,
  options?: RecordingOptions,
): JourneyResult {
  const ownerError = checkOwner(id, person);
  if (ownerError) return { ok: false, error: ownerError };
  const limits = checkRecordingOptions(options);
  if (isJourneyError(limits)) return { ok: false, error: limits };

  const parsed = parseJourneyEvent(event, 0);
  if (!parsed.ok) return parsed;
  if (parsed.event.type !== "introduced") {
    return {
      ok: false,
      error: {
        code: "not-introduced",
        message: `A journey starts with an "introduced" event, but event ${JSON.stringify(parsed.event.id)} is "${parsed.event.type}". Start with the introduction.`,
        eventId: parsed.event.id,
        eventIndex: 0,
      },
    };
  }
  return buildJourney(id, person, [parsed.event], limits);
}
