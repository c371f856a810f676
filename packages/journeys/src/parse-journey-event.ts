import type { JourneyError } from "./journey-error.js";
import { eventIdSchema } from "./identifier.js";
import { journeyEventSchema, type JourneyEvent } from "./journey-event.js";
import { quickParseJourneyEvent } from "./quick-parse-event.js";
import { isUnknownPrincipleIssue, summariseIssues, toValidationIssues } from "./validation-issue.js";

export type ParseJourneyEventResult =
  { readonly ok: true; readonly event: JourneyEvent } | { readonly ok: false; readonly error: JourneyError };

/**
 * Checks raw input (for example parsed JSON) against the event schema and returns a frozen, typed event,
 * or an error whose `issues` give every problem with its path. The code is `unknown-principle` when the only
 * problems are unknown principle ids, and `invalid-event` otherwise.
 *
 * `eventIndex` is the position of the event in its log, when known; it is copied into the error.
 */
export function parseJourneyEvent(value: unknown, eventIndex?: number): ParseJourneyEventResult {
  // A plainly valid event is checked without zod (a tenth of the time); anything else goes to zod.
  const quick = quickParseJourneyEvent(value);
  if (quick !== undefined) return { ok: true, event: quick };
  return parseJourneyEventWithZod(value, eventIndex);
}

/** {@link parseJourneyEvent} by the zod schema alone: the reference the quick check is tested against. */
export function parseJourneyEventWithZod(value: unknown, eventIndex?: number): ParseJourneyEventResult {
  const parsed = journeyEventSchema.safeParse(value);
  if (parsed.success) return { ok: true, event: parsed.data };

  const issues = toValidationIssues(parsed.error.issues);
  const onlyPrinciples = parsed.error.issues.every(isUnknownPrincipleIssue);
  const id = eventIdOf(value);
  const which = id === undefined ? "The event" : `Event ${JSON.stringify(id)}`;
  const error: JourneyError = {
    code: onlyPrinciples ? "unknown-principle" : "invalid-event",
    message: `${which} is not valid. ${summariseIssues(issues)}`,
    issues,
    ...(id === undefined ? {} : { eventId: id }),
    ...(eventIndex === undefined ? {} : { eventIndex }),
  };
  return { ok: false, error };
}

function eventIdOf(value: unknown): string | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  // Only a valid (opaque) id is repeated in messages, so that a name given as an id never reaches a log.
  const id = eventIdSchema.safeParse((value as Record<string, unknown>)["id"]);
  return id.success ? id.data : undefined;
}
