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
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone,
      calendar: "gregory",
      numberingSystem: "latn",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      era: "short",
    });
  } catch {
    return undefined;
  }

  const dayOf = (instant: number): number => {
    let year = 0;
    let month = 1;
    let day = 1;
    let bc = false;
    for (const part of format.formatToParts(instant)) {
      if (part.type === "year") year = Number(part.value);
      else if (part.type === "month") month = Number(part.value);
      else if (part.type === "day") day = Number(part.value);
      else if (part.type === "era") bc = part.value.startsWith("B");
    }
    const date = new Date(0);
    date.setUTCFullYear(bc ? 1 - year : year, month - 1, day);
    return Math.round(date.getTime() / DAY_MS);
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
