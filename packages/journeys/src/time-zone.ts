import { describeValue } from "./describe-value.js";

/** The time zone summaries use unless told otherwise. */
export const DEFAULT_TIME_ZONE = "Europe/London";

const DAY_MS = 86_400_000;
const SEARCH_MS = 2 * DAY_MS;

/**
 * Calendar dates in one time zone: which local date an instant falls on, and when a local date begins.
 * Pure: it uses the time zone rules built into `Intl`, never the clock or the machine's own zone.
 */
export interface LocalCalendar {
  /** The canonical name of the time zone, for example "Europe/London". */
  readonly timeZone: string;
  /** The local date of an instant (milliseconds since 1970 UTC), as a day number (0 = 1970-01-01). */
  dayOf(instant: number): number;
  /**
   * The first instant of a local date ("YYYY-MM-DD"), in milliseconds since 1970 UTC; `undefined` for anything
   * that is not a calendar date (`dayNumber` says why).
   */
  startOf(date: string): number | undefined;
}

/**
 * A calendar for an IANA time zone name such as "Europe/London", or `undefined` when the name is not a
 * time zone that `Intl` knows.
 */
export function localCalendar(timeZone: string): LocalCalendar | undefined {
  // Intl takes a missing name as the machine's own zone: refuse anything but a non-empty string instead.
  if (typeof timeZone !== "string" || timeZone === "") return undefined;
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone,
      calendar: "gregory",
      numberingSystem: "latn",
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
      era: "short",
    });
  } catch {
    return undefined;
  }

  /** The zone's offset from UTC at an instant, in milliseconds, from the local time `Intl` gives. */
  const offsetAt = (instant: number): number => {
    const second = Math.floor(instant / 1000) * 1000;
    const parts: Record<string, number> = { year: 0, month: 1, day: 1, hour: 0, minute: 0, second: 0 };
    let bc = false;
    for (const part of format.formatToParts(second)) {
      if (part.type === "era") bc = part.value.startsWith("B");
      else if (part.type in parts) parts[part.type] = Number(part.value);
    }
    const local = new Date(0);
    local.setUTCFullYear(bc ? 1 - parts.year! : parts.year!, parts.month! - 1, parts.day!);
    local.setUTCHours(parts.hour!, parts.minute!, parts.second!);
    return local.getTime() - second;
  };

  // Fast enough for millions of events: the offset is looked up at each UTC midnight next to an instant
  // (each midnight once, shared by the days on either side); when a UTC day's two midnights agree, the
  // offset holds all that day (zones change offset at most once a day, and a change at the second
  // midnight makes them disagree), and on a day of change each instant is looked up on its own.
  const CHANGES = Number.NaN;
  const midnightOffsets = new Map<number, number>();
  const atMidnight = (utcDay: number): number => {
    let offset = midnightOffsets.get(utcDay);
    if (offset === undefined) {
      offset = offsetAt(utcDay * DAY_MS);
      midnightOffsets.set(utcDay, offset);
    }
    return offset;
  };
  const dayOffsets = new Map<number, number>();
  const dayOf = (instant: number): number => {
    const utcDay = Math.floor(instant / DAY_MS);
    let offset = dayOffsets.get(utcDay);
    if (offset === undefined) {
      const first = atMidnight(utcDay);
      offset = first === atMidnight(utcDay + 1) ? first : CHANGES;
      dayOffsets.set(utcDay, offset);
    }
    if (Number.isNaN(offset)) offset = offsetAt(instant);
    return Math.floor((instant + offset) / DAY_MS);
  };

  const startOf = (date: string): number | undefined => {
    const parsed = dayNumber(date);
    if (!parsed.ok) return undefined;
    const target = parsed.day;
    // The first instant whose local date is on or after the target date, within two days of its UTC midnight.
    let low = target * DAY_MS - SEARCH_MS;
    let high = target * DAY_MS + SEARCH_MS;
    while (low < high) {
      const middle = Math.floor((low + high) / 2);
      if (dayOf(middle) >= target) high = middle;
      else low = middle + 1;
    }
    return low;
  };

  return { timeZone: format.resolvedOptions().timeZone, dayOf, startOf };
}

/** What `dayNumber` returns: the day number of a calendar date, or why the text is not one. */
export type DayNumberResult =
  | { readonly ok: true; readonly day: number }
  | { readonly ok: false; readonly error: { readonly code: "invalid-date"; readonly message: string } };

/** How to write a calendar date: the end of every message about one (here and in `periodSchema`). */
export const DATE_FIX = 'Write a calendar date as YYYY-MM-DD, for example "2025-04-01".';

function invalidDate(message: string): DayNumberResult {
  return { ok: false, error: { code: "invalid-date", message: `${message} ${DATE_FIX}` } };
}

/**
 * The day number (0 = 1970-01-01) of a calendar date written "YYYY-MM-DD" (years 0000 to 9999, in the
 * Gregorian calendar): `{ ok: true, day }`, or `{ ok: false, error }` for text that is not such a date, such
 * as "2025-02-30" or "2025-13-01", and for anything that is not text. Never throws.
 */
export function dayNumber(date: string): DayNumberResult {
  if (typeof date !== "string") return invalidDate(`A date must be text, not ${describeValue(date)}.`);
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (match === null) return invalidDate(`${describeValue(date)} is not a calendar date.`);
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12) return invalidDate(`"${date}" is not a calendar date: a month is 01 to 12.`);
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days =
    month === 2 ? (leap ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  if (day < 1 || day > days) {
    return invalidDate(
      `"${date}" is not a calendar date: month ${match[2]} of ${match[1]} has ${days} days.`,
    );
  }
  // setUTCFullYear, unlike Date.UTC, takes the years 0 to 99 as themselves, not as 1900 to 1999.
  const midnight = new Date(0);
  midnight.setUTCFullYear(year, month - 1, day);
  return { ok: true, day: Math.round(midnight.getTime() / DAY_MS) };
}
