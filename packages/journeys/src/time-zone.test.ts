import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dayNumber, localCalendar } from "./time-zone.js";

const london = localCalendar("Europe/London")!;
const DAY_MS = 86_400_000;

describe("localCalendar", () => {
  it("gives the local date of an instant, whatever offset it was written with", () => {
    // 23:30 UTC on 31 March 2025 is 00:30 British Summer Time on 1 April.
    expect(london.dayOf(Date.parse("2025-03-31T23:30:00Z"))).toBe(dayNumber("2025-04-01"));
    expect(london.dayOf(Date.parse("2025-04-01T00:30:00+01:00"))).toBe(dayNumber("2025-04-01"));
    // In winter London is on UTC.
    expect(london.dayOf(Date.parse("2025-01-15T23:59:59Z"))).toBe(dayNumber("2025-01-15"));
    // 23:30 in New York on 1 June is 04:30 on 2 June in London.
    expect(london.dayOf(Date.parse("2025-06-01T23:30:00-05:00"))).toBe(dayNumber("2025-06-02"));
  });

  it("gives the first instant of a local date", () => {
    expect(london.startOf("2025-04-01")).toBe(Date.parse("2025-03-31T23:00:00Z"));
    expect(london.startOf("2025-01-01")).toBe(Date.parse("2025-01-01T00:00:00Z"));
    expect(localCalendar("Asia/Kolkata")!.startOf("2025-04-01")).toBe(Date.parse("2025-03-31T18:30:00Z"));
  });

  it("refuses a name that is not a time zone", () => {
    expect(localCalendar("Mars/Olympus_Mons")).toBeUndefined();
    expect(localCalendar("")).toBeUndefined();
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
