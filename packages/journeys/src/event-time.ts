import * as z from "zod";
import { describeValue } from "./describe-value.js";

const HOW_TO_WRITE =
  'Write an ISO 8601 date-time with seconds and an offset, for example "2025-03-04T10:30:00Z" or "2025-06-04T10:30:00+01:00".';

function dateTimeSchema(field: string, what: string) {
  return z
    .string({
      error: (issue) =>
        issue.input === undefined
          ? `Missing "${field}" (${what}). ${HOW_TO_WRITE}`
          : `"${field}" must be a string. ${HOW_TO_WRITE}`,
    })
    .pipe(
      z.iso.datetime({
        offset: true,
        error: (issue) => `${describeValue(issue.input)} is not a date-time with an offset. ${HOW_TO_WRITE}`,
      }),
    );
}

/**
 * When an event happened (`occurredAt`): an ISO 8601 date-time with seconds and an offset (`Z` or `±hh:mm`).
 * Events are ordered by the instant they denote, so "10:00+01:00" and "09:00Z" are the same moment.
 */
export const eventTimeSchema = /* @__PURE__ */ dateTimeSchema("occurredAt", "when the event happened");

/**
 * When an event was written up (`recordedAt`), which may be days after it happened: an ISO 8601 date-time with
 * seconds and an offset, like {@link eventTimeSchema}.
 */
export const recordedTimeSchema = /* @__PURE__ */ dateTimeSchema(
  "recordedAt",
  "when the event was written up",
);

/** The instant an event time denotes, in milliseconds since 1970 (UTC). */
export function instantOf(at: string): number {
  return Date.parse(at);
}

/** Writes a number of minutes as words: "15 minutes", "1 minute". */
export function minutesText(minutes: number): string {
  return `${minutes} minute${minutes === 1 ? "" : "s"}`;
}
