import type { PersonRef } from "@lac/person-ref";
import { isPlainObject, unknownKeys } from "./describe-value.js";
import { eventTimeSchema, instantOf, minutesText } from "./event-time.js";
import type { JourneyId } from "./identifier.js";
import type { Journey } from "./journey.js";
import type { JourneyError, JourneyErrorCode, JourneyResult } from "./journey-error.js";
import type { JourneyEvent } from "./journey-event.js";
import { checkEvent } from "./journey-rules.js";
import { sealJourney, timelineInstants } from "./journey-seal.js";
import { introduce, reduce, type JourneyState } from "./journey-state.js";

/** The default of {@link RecordingOptions.futureToleranceMinutes}: the toolkit's own choice. */
export const DEFAULT_FUTURE_TOLERANCE_MINUTES = 15;

/**
 * What `startJourney`, `applyEvent`, `applyEvents` and `replayJourney` may be told about the clock. The package
 * never reads the clock itself: pass `now` to refuse events dated in the future.
 */
export interface RecordingOptions {
  /**
   * The current time, as an ISO 8601 date-time with an offset (for example `new Date().toISOString()`). When
   * given, an event that happened, or was recorded, more than `futureToleranceMinutes` after it is refused
   * (`in-the-future`).
   */
  readonly now?: string;
  /**
   * How far, in whole minutes, a time may be after `now`, or an event's `occurredAt` after its own `recordedAt`,
   * before it is refused: room for clocks that differ a little, or a meeting written up as it ends. Default 15.
   */
  readonly futureToleranceMinutes?: number;
}

/** Recording options once checked. */
export interface RecordingLimits {
  readonly now?: number;
  readonly nowText?: string;
  readonly toleranceMs: number;
  readonly toleranceMinutes: number;
}

/** Checks the options, or returns an `invalid-options` error saying what is wrong. */
export function checkRecordingOptions(options: unknown): RecordingLimits | JourneyError {
  const refuse = (message: string): JourneyError => ({ code: "invalid-options", message });
  if (options === undefined) {
    return {
      toleranceMs: DEFAULT_FUTURE_TOLERANCE_MINUTES * 60_000,
      toleranceMinutes: DEFAULT_FUTURE_TOLERANCE_MINUTES,
    };
  }
  if (!isPlainObject(options)) {
    return refuse(
      'The options must be an object, for example { now: "2025-06-06T16:00:00Z", futureToleranceMinutes: 15 }, or left out.',
    );
  }
  const unknown = Object.keys(options).filter((key) => key !== "now" && key !== "futureToleranceMinutes");
  if (unknown.length > 0) {
    return refuse(`${unknownKeys(unknown, "option")}: the options are "now" and "futureToleranceMinutes".`);
  }
  const { now, futureToleranceMinutes } = options;
  let toleranceMinutes = DEFAULT_FUTURE_TOLERANCE_MINUTES;
  if (futureToleranceMinutes !== undefined) {
    if (
      typeof futureToleranceMinutes !== "number" ||
      !Number.isSafeInteger(futureToleranceMinutes) ||
      futureToleranceMinutes < 0
    ) {
      return refuse('"futureToleranceMinutes" must be a whole number of minutes, 0 or more, for example 15.');
    }
    toleranceMinutes = futureToleranceMinutes;
  }
  const limits = { toleranceMs: toleranceMinutes * 60_000, toleranceMinutes };
  if (now === undefined) return limits;
  const parsed = eventTimeSchema.safeParse(now);
  if (!parsed.success) {
    return refuse(
      '"now" must be the current time as an ISO 8601 date-time with an offset, for example "2025-06-06T16:00:00Z".',
    );
  }
  return { ...limits, now: instantOf(parsed.data), nowText: parsed.data };
}

export function isJourneyError(value: RecordingLimits | JourneyError): value is JourneyError {
  return "code" in value;
}

/**
 * Checks when each event of a log (in recording order) happened and was recorded, from `from` on: no id used twice,
 * nothing before the introduction, write-ups in the order they were recorded, nothing recorded before it
 * happened or dated after `now` (beyond the tolerance). Returns the instant of each event, or the first error.
 */
function checkRecording(
  log: readonly JourneyEvent[],
  limits: RecordingLimits,
  from: number,
): number[] | JourneyError {
  const instants: number[] = [];
  const ids = new Set<string>();
  let latestRecorded: { at: number; text: string; id: string } | undefined;
  const introduction = log[0];
  const introducedAt = introduction === undefined ? 0 : instantOf(introduction.occurredAt);

  for (const [index, event] of log.entries()) {
    const at = instantOf(event.occurredAt);
    instants.push(at);
    const recorded = event.recordedAt === undefined ? undefined : instantOf(event.recordedAt);
    const refuse = (code: JourneyErrorCode, problem: string): JourneyError => ({
      code,
      message: `Event ${JSON.stringify(event.id)} (${event.type}) ${problem}`,
      eventId: event.id,
      eventIndex: index,
    });
    if (index >= from) {
      if (ids.has(event.id)) {
        return refuse(
          "duplicate-event-id",
          "reuses the id of an earlier event in this journey. Give each event its own id.",
        );
      }
      if (index > 0 && at < introducedAt) {
        return refuse(
          "before-introduction",
          `is dated ${event.occurredAt}, before the introduction (${introduction?.occurredAt ?? ""}). Nothing can happen in a journey before the person was introduced: check the date.`,
        );
      }
      if (recorded !== undefined && latestRecorded !== undefined && recorded < latestRecorded.at) {
        return refuse(
          "recorded-out-of-order",
          `was recorded at ${event.recordedAt ?? ""}, before event ${JSON.stringify(latestRecorded.id)}, which comes earlier in the log, was recorded (${latestRecorded.text}). The log keeps the order events were written up in: check "recordedAt".`,
        );
      }
      if (recorded !== undefined && at > recorded + limits.toleranceMs) {
        return refuse(
          "recorded-before-it-happened",
          `happened at ${event.occurredAt}, more than ${minutesText(limits.toleranceMinutes)} after it was recorded (${event.recordedAt ?? ""}). Something can be written up only once it has happened: check the dates.`,
        );
      }
      if (limits.now !== undefined) {
        const latest = Math.max(at, recorded ?? at);
        if (latest > limits.now + limits.toleranceMs) {
          const which =
            recorded !== undefined && recorded > at
              ? `was recorded at ${event.recordedAt ?? ""}`
              : `happened at ${event.occurredAt}`;
          return refuse(
            "in-the-future",
            `${which}, more than ${minutesText(limits.toleranceMinutes)} after now (${limits.nowText ?? ""}). Check the date and the device's clock.`,
          );
        }
      }
    }
    ids.add(event.id);
    if (recorded !== undefined && (latestRecorded === undefined || recorded >= latestRecorded.at)) {
      latestRecorded = { at: recorded, text: event.recordedAt ?? "", id: event.id };
    }
  }
  return instants;
}

/**
 * Builds a journey from its whole log (events in the order they were recorded, already parsed): checks when each
 * was recorded, orders the events by when they happened (events at the same instant in recording order), and
 * folds that timeline with the journey's rules. The first event of the log must be the introduction.
 *
 * Events from `firstNew` on are new; an event before it (already in the journey) that a new one would make break a
 * rule is reported as a conflict of the first new event (see `JourneyError.conflictsWith`).
 */
export function buildJourney(
  id: JourneyId,
  person: PersonRef,
  log: readonly JourneyEvent[],
  limits: RecordingLimits,
  firstNew = 0,
): JourneyResult {
  const first = log[0];
  if (first === undefined) {
    return {
      ok: false,
      error: {
        code: "not-introduced",
        message: 'The journey has no events. Its log must start with an "introduced" event.',
      },
    };
  }
  if (first.type !== "introduced") {
    return {
      ok: false,
      error: {
        code: "not-introduced",
        message: `The first event of a journey must be "introduced", but event ${JSON.stringify(first.id)} is "${first.type}". Put the introduction first.`,
        eventId: first.id,
        eventIndex: 0,
      },
    };
  }
  const instants = checkRecording(log, limits, firstNew);
  if (!Array.isArray(instants)) return { ok: false, error: instants };

  // A stable sort: events that happened at the same instant stay in the order they were recorded.
  const order = log.map((_event, index) => index);
  if (instants.some((at, index) => index > 0 && at < instants[index - 1]!)) {
    order.sort((a, b) => instants[a]! - instants[b]! || a - b);
  }
  let state: JourneyState = introduce(id, person, first);
  for (const index of order.slice(1)) {
    const event = log[index]!;
    const error = checkEvent(state, event, index);
    if (error) return { ok: false, error: blameNewEvent(error, log, index, firstNew) };
    state = reduce(state, event);
  }
  const timeline = order.map((index) => log[index]!);
  return {
    ok: true,
    journey: sealJourney(
      { ...state, events: Object.freeze([...log]), timeline: Object.freeze(timeline) },
      order.map((index) => instants[index]!),
    ),
  };
}

/** When an event already in the journey breaks a rule only because of a new one, the new one is refused. */
function blameNewEvent(
  error: JourneyError,
  log: readonly JourneyEvent[],
  index: number,
  firstNew: number,
): JourneyError {
  if (index >= firstNew || firstNew === 0) return error;
  const added = log[firstNew]!;
  const others = log.length - firstNew > 1 ? ` (or the events recorded with it)` : "";
  return {
    code: error.code,
    message: `Event ${JSON.stringify(added.id)} (${added.type}, ${added.occurredAt})${others} cannot be added: with it, an event already in the journey would break a rule. ${error.message} Add the events that make the history whole together (applyEvents), or check the dates.`,
    eventId: added.id,
    eventIndex: firstNew,
    conflictsWith: { eventId: error.eventId ?? "", eventIndex: index },
  };
}

/**
 * Appends events (already parsed) to a journey. When they all happened at or after the journey's latest event,
 * they are folded onto the journey as it stands; otherwise the whole timeline is rebuilt with them in place.
 */
export function appendEvents(
  journey: Journey,
  events: readonly JourneyEvent[],
  limits: RecordingLimits,
): JourneyResult {
  const log = [...journey.events, ...events];
  const firstNew = journey.events.length;
  const instants = timelineInstants(journey);
  const last = instants[instants.length - 1] ?? -Infinity;
  const recordedCheck = checkRecording(log, limits, firstNew);
  if (!Array.isArray(recordedCheck)) return { ok: false, error: recordedCheck };
  const added = recordedCheck.slice(firstNew);
  const inOrder = added.every((at, i) => at >= (i === 0 ? last : added[i - 1]!));
  if (!inOrder) return buildJourney(journey.id, journey.person, log, limits, firstNew);

  const { events: _log, timeline, ...rest } = journey;
  let state: JourneyState = rest;
  for (const [offset, event] of events.entries()) {
    const error = checkEvent(state, event, firstNew + offset);
    if (error) return { ok: false, error };
    state = reduce(state, event);
  }
  return {
    ok: true,
    journey: sealJourney(
      { ...state, events: Object.freeze(log), timeline: Object.freeze([...timeline, ...events]) },
      [...instants, ...added],
    ),
  };
}
