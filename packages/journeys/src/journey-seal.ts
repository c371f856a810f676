import type { Journey, JourneyData } from "./journey.js";

/**
 * The journeys this package has made, each with the instants of its timeline (milliseconds since 1970 UTC, in
 * timeline order), parsed once when the journey was made so that `summarise` never parses a date again.
 *
 * A journey is accepted by `applyEvent` and `summarise` only when it is here, so a copy with a changed field
 * (for example `{ ...ended, status: "active" }`) cannot be passed off as a journey: it has to be rebuilt from its
 * log with `replayJourney`, which checks every rule.
 */
const sealed = new WeakMap<object, Float64Array>();

/**
 * Freezes a journey that the reducer has just derived from its log, and marks it as made by this package.
 * `instants[i]` is the instant of `data.timeline[i]`.
 */
export function sealJourney(data: JourneyData, instants: readonly number[]): Journey {
  const journey = Object.freeze(data) as Journey;
  // Kept here, never handed out, so the typed array (which cannot be frozen) cannot be changed by a caller.
  sealed.set(journey, Float64Array.from(instants));
  return journey;
}

/**
 * True when `value` is a journey made by `startJourney`, `applyEvent` or `replayJourney` (and so frozen and
 * consistent with its own log). Copies, edited copies and journeys read back from storage are not: store the
 * log and rebuild the journey with `replayJourney`.
 */
export function isJourney(value: unknown): value is Journey {
  return typeof value === "object" && value !== null && sealed.has(value);
}

/** The instants of a sealed journey's timeline, in order. */
export function timelineInstants(journey: Journey): Readonly<Float64Array> {
  return sealed.get(journey) ?? new Float64Array(0);
}
