import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dayNumber, localCalendar } from "./time-zone.js";

const london = localCalendar("Europe/London")!;
const DAY_MS = 86_400_000;

/** The day number of a date the test knows to be valid. */
function day(date: string): number {
  const result = dayNumber(date);
  if (!result.ok) throw new Error(result.error.message);
  return result.day;
}

describe("localCalendar", () => {
  it("gives the local date of an instant, whatever offset it was written with", () => {
    // 23:30 UTC on 31 March 2025 is 00:30 British Summer Time on 1 April.
    expect(london.dayOf(Date.parse("2025-03-31T23:30:00Z"))).toBe(day("2025-04-01"));
    expect(london.dayOf(Date.parse("2025-04-01T00:30:00+01:00"))).toBe(day("2025-04-01"));
    // In winter London is on UTC.
    expect(london.dayOf(Date.parse("2025-01-15T23:59:59Z"))).toBe(day("2025-01-15"));
    // 23:30 in New York on 1 June is 04:30 on 2 June in London.
    expect(london.dayOf(Date.parse("2025-06-01T23:30:00-05:00"))).toBe(day("2025-06-02"));
  });

  it("gives the first instant of a local date", () => {
    expect(london.startOf("2025-04-01")).toBe(Date.parse("2025-03-31T23:00:00Z"));
    expect(london.startOf("2025-01-01")).toBe(Date.parse("2025-01-01T00:00:00Z"));
    expect(localCalendar("Asia/Kolkata")!.startOf("2025-04-01")).toBe(Date.parse("2025-03-31T18:30:00Z"));
  });

  it("gives no start for text that is not a calendar date", () => {
    for (const date of ["2025-02-30", "2025-02-29", "2025-04-31", "2025-13-01", "2025-4-1", ""]) {
      expect(london.startOf(date), date).toBeUndefined();
    }
    expect(london.startOf("2024-02-29")).toBe(Date.parse("2024-02-29T00:00:00Z"));
  });

  it("refuses a name that is not a time zone", () => {
    expect(localCalendar("Mars/Olympus_Mons")).toBeUndefined();
    expect(localCalendar("")).toBeUndefined();
  });

  it("refuses a missing name from JavaScript rather than using the machine's own time zone", () => {
    for (const value of [undefined, null, 0, {}]) {
      expect(localCalendar(value as unknown as string)).toBeUndefined();
    }
  });

  it("gives the canonical name", () => {
    expect(localCalendar("europe/london")?.timeZone).toBe("Europe/London");
  });

  it("puts every instant on or after the start of its own local date and before the next", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2040, 0, 1) }),
        fc.constantFrom("Europe/London", "UTC", "America/St_Johns", "Asia/Kathmandu", "Australia/Lord_Howe"),
        (instant, zone) => {
          const calendar = localCalendar(zone)!;
          const day = calendar.dayOf(instant);
          const date = new Date(day * DAY_MS).toISOString().slice(0, 10);
          const next = new Date((day + 1) * DAY_MS).toISOString().slice(0, 10);
          expect(calendar.startOf(date)).toBeLessThanOrEqual(instant);
          expect(calendar.startOf(next)).toBeGreaterThan(instant);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

const referenceFormats = new Map<string, Intl.DateTimeFormat>();

/** The local date as `Intl` writes it, one look-up an instant: what the cached `dayOf` must agree with. */
function referenceDayOf(zone: string, instant: number): number {
  let format = referenceFormats.get(zone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      calendar: "gregory",
      year: "numeric",
      month: "numeric",
      day: "numeric",
    });
    referenceFormats.set(zone, format);
  }
  const parts = format.formatToParts(instant);
  const value = (type: string) => Number(parts.find((part) => part.type === type)!.value);
  return Math.round(Date.UTC(value("year"), value("month") - 1, value("day")) / DAY_MS);
}

describe("localCalendar's dayOf, cached by day", () => {
  const zones = [
    "Europe/London",
    "America/St_Johns",
    "Asia/Kathmandu",
    "Australia/Lord_Howe",
    "Pacific/Apia",
  ];

  it("agrees with Intl at every instant, near changes of offset too", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1970, 0, 1), max: Date.UTC(2040, 0, 1) }),
        fc.constantFrom(...zones),
        (instant, zone) => {
          expect(localCalendar(zone)!.dayOf(instant)).toBe(referenceDayOf(zone, instant));
        },
      ),
      { numRuns: 500 },
    );
  });

  it("agrees with Intl every quarter hour through a day when the clocks change, with the cache warm", () => {
    for (const zone of zones) {
      const calendar = localCalendar(zone)!;
      for (const day of [
        "2025-03-30",
        "2025-10-26",
        "2025-04-06",
        "2025-09-28",
        "2011-12-29",
        "2011-12-30",
      ]) {
        const start = Date.parse(`${day}T00:00:00Z`) - DAY_MS / 2;
        for (let instant = start; instant < start + 2 * DAY_MS; instant += 60_000 * 15) {
          expect(calendar.dayOf(instant), `${zone} ${new Date(instant).toISOString()}`).toBe(
            referenceDayOf(zone, instant),
          );
        }
      }
    }
  });
});

/**
 * The trusted calendar check: a date is real when the Date that JavaScript's own calendar makes from its
 * year, month and day (years 0 to 99 as themselves, not 1900 to 1999) has that same year, month and day.
 */
function referenceDay(year: number, month: number, dayOfMonth: number): number | undefined {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, dayOfMonth);
  const real =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === dayOfMonth;
  return real ? date.getTime() / DAY_MS : undefined;
}

const pad = (value: number, width: number) => String(value).padStart(width, "0");

describe("dayNumber", () => {
  it("refuses an impossible calendar date with a message, and gives the day number of a real one", () => {
    expect(dayNumber("2025-02-30")).toEqual({
      ok: false,
      error: {
        code: "invalid-date",
        message:
          '"2025-02-30" is not a calendar date: month 02 of 2025 has 28 days. Write a calendar date as YYYY-MM-DD, for example "2025-04-01".',
      },
    });
    expect(dayNumber("2024-02-29")).toEqual({ ok: true, day: 19_782 });
    expect(dayNumber("1970-01-01")).toEqual({ ok: true, day: 0 });
    expect(dayNumber("1900-02-29")).toMatchObject({ ok: false, error: { code: "invalid-date" } });
    expect(dayNumber("2000-02-29")).toMatchObject({ ok: true });
    expect(dayNumber("2025-13-01")).toMatchObject({ ok: false, error: { message: /a month is 01 to 12/ } });
  });

  it("refuses what is not YYYY-MM-DD text, never throwing", () => {
    for (const value of [
      "2025-4-1",
      "2025-04-01T00:00:00Z",
      " 2025-04-01",
      "+002025-04-01",
      "1 April 2025",
      "",
    ]) {
      expect(dayNumber(value), value).toMatchObject({ ok: false, error: { code: "invalid-date" } });
    }
    for (const value of [undefined, null, 20_000, new Date(0), {}, ["2025-04-01"], 1n, Symbol("x")]) {
      expect(dayNumber(value as never)).toMatchObject({ ok: false, error: { code: "invalid-date" } });
    }
  });

  it("agrees with JavaScript's own calendar on every YYYY-MM-DD, real or not (fast-check)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        (year, month, dayOfMonth) => {
          const date = `${pad(year, 4)}-${pad(month, 2)}-${pad(dayOfMonth, 2)}`;
          const expected = referenceDay(year, month, dayOfMonth);
          const result = dayNumber(date);
          if (expected === undefined) {
            expect(result, date).toMatchObject({ ok: false, error: { code: "invalid-date" } });
          } else {
            expect(result, date).toEqual({ ok: true, day: expected });
          }
        },
      ),
      { numRuns: 5000 },
    );
  });

  it("agrees with JavaScript's own calendar on the last days of every month, leap years included", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 27, max: 32 }),
        (year, month, dayOfMonth) => {
          const date = `${pad(year, 4)}-${pad(month, 2)}-${pad(dayOfMonth, 2)}`;
          const expected = referenceDay(year, month, dayOfMonth);
          const result = dayNumber(date);
          expect(result.ok ? result.day : undefined, date).toBe(expected);
        },
      ),
      { numRuns: 5000 },
    );
  });
});
