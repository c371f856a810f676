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
  /** The first instant of a local date ("YYYY-MM-DD"), in milliseconds since 1970 UTC. */
  startOf(date: string): number;
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

  const startOf = (date: string): number => {
    const target = dayNumber(date);
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

/** The day number (0 = 1970-01-01) of a calendar date written "YYYY-MM-DD". */
export function dayNumber(date: string): number {
  return Math.round(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
}
