import * as z from "zod";

const HOW_TO_WRITE =
  'Write an ISO 8601 date-time with seconds and an offset, for example "2025-03-04T10:30:00Z" or "2025-06-04T10:30:00+01:00".';

/**
 * When an event happened: an ISO 8601 date-time with seconds and an offset (`Z` or `±hh:mm`).
 * Events are ordered by the instant they denote, so "10:00+01:00" and "09:00Z" are the same moment.
 */
export const eventTimeSchema = z
  .string({
    error: (issue) =>
      issue.input === undefined
        ? `Missing "at" (when the event happened). ${HOW_TO_WRITE}`
        : `"at" must be a string. ${HOW_TO_WRITE}`,
  })
  .pipe(
    z.iso.datetime({
      offset: true,
      error: (issue) => `${JSON.stringify(issue.input)} is not a date-time with an offset. ${HOW_TO_WRITE}`,
    }),
  );

/** The instant an event time denotes, in milliseconds since 1970 (UTC). */
export function instantOf(at: string): number {
  return Date.parse(at);
}
