import * as z from "zod";

/**
 * A date and time in ISO 8601 with its UTC offset, such as `"2025-03-01T10:00:00+00:00"` or `"2025-07-01T09:30:00Z"`.
 * A time without an offset is refused, because it does not say which instant it means.
 */
export const timestampSchema = /* @__PURE__ */ z.iso.datetime({
  offset: true,
  message:
    'Use an ISO 8601 date and time with its offset, for example "2025-03-01T10:00:00+00:00" or "2025-03-01T10:00:00Z".',
});

/** Milliseconds since 1970. Timestamps are always compared as instants, whatever their offset. */
export function toInstant(timestamp: string): number {
  return Date.parse(timestamp);
}

/** True when `a` is strictly earlier than `b`, compared as instants. */
export function isBefore(a: string, b: string): boolean {
  return toInstant(a) < toInstant(b);
}

/** The same instant written in UTC, such as `"2025-03-01T10:00:00.000Z"`. */
export function toUtc(timestamp: string): string {
  return new Date(toInstant(timestamp)).toISOString();
}

/** The calendar date as written in the timestamp (its own offset), such as `"2025-03-01"`. */
export function calendarDateOf(timestamp: string): string {
  return timestamp.slice(0, 10);
}

/** The time from `start` to `end` as an ISO 8601 duration, such as `"P365D"` or `"P1DT2H"`; `"PT0S"` if none. */
export function durationBetween(start: string, end: string): string {
  const totalSeconds = Math.max(0, Math.round((toInstant(end) - toInstant(start)) / 1000));
  const days = Math.floor(totalSeconds / 86_400);
  const hours = Math.floor((totalSeconds % 86_400) / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  const date = days > 0 ? `${days}D` : "";
  const time = `${hours > 0 ? `${hours}H` : ""}${minutes > 0 ? `${minutes}M` : ""}${seconds > 0 ? `${seconds}S` : ""}`;
  if (date === "" && time === "") return "PT0S";
  return `P${date}${time === "" ? "" : `T${time}`}`;
}
