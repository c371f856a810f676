import type { Journey } from "./journey.js";
import type { JourneyResult } from "./journey-error.js";
import type { JourneyEvent, JourneyEventInput } from "./journey-event.js";
import { isJourney } from "./journey-seal.js";
import {
  appendEvents,
  checkRecordingOptions,
  isJourneyError,
  type RecordingOptions,
} from "./journey-timeline.js";
import { parseJourneyEvent } from "./parse-journey-event.js";

const NOT_A_JOURNEY =
  "The journey was not made by startJourney, applyEvent or replayJourney (it may be a copy, an edited copy or a value read from storage). Rebuild it from its log with replayJourney, then apply the event.";

/**
 * Appends one event to a journey's log and returns the new journey, or a typed error saying what is wrong, for
 * which event, and how to fix it. The given journey is never changed. The result is the journey that
 * `replayJourney` makes from the log with the event added at its end.
 *
 * A late write-up is fine: the event goes at the end of the log (the order things were recorded in) and into
 * the timeline at the time it happened (`occurredAt`), and the journey is worked out again from there. What is
 * refused is what cannot have happened: an event before the introduction, after an ending (unless it is
 * `reopened`), one that breaks the journey's rules at the time it happened or makes an event already recorded
 * break them (see `conflictsWith`), one recorded before it happened, and, when `options.now` is given, one in
 * the future (beyond `options.futureToleranceMinutes`, default 15).
 *
 * The journey must be one made by `startJourney`, `applyEvent`, `applyEvents` or `replayJourney` (see
 * `isJourney`); any other value, including an edited copy, is refused with code `invalid-journey`.
 */
export function applyEvent(
  journey: Journey,
  event: JourneyEventInput,
  options?: RecordingOptions,
): JourneyResult {
  return applyEvents(journey, [event], options);
}

/**
 * Appends several events to a journey's log at once, in the order given, and returns the new journey or the
 * first error: the same as `replayJourney` over the log with the events added at its end. Use it for write-ups
 * that only make sense together, such as a pause and the resumption that followed it, both written up after a
 * later change of stage.
 */
export function applyEvents(
  journey: Journey,
  events: readonly JourneyEventInput[],
  options?: RecordingOptions,
): JourneyResult {
  if (!isJourney(journey)) {
    return { ok: false, error: { code: "invalid-journey", message: NOT_A_JOURNEY } };
  }
  if (!Array.isArray(events)) {
    return {
      ok: false,
      error: {
        code: "invalid-input",
        message: "The events to add must be a list (an array) of journey events.",
      },
    };
  }
  const limits = checkRecordingOptions(options);
  if (isJourneyError(limits)) return { ok: false, error: limits };
  const parsed: JourneyEvent[] = [];
  for (const [offset, raw] of (events as readonly unknown[]).entries()) {
    const result = parseJourneyEvent(raw, journey.events.length + offset);
    if (!result.ok) return result;
    parsed.push(result.event);
  }
  if (parsed.length === 0) return { ok: true, journey };
  return appendEvents(journey, parsed, limits);
}
