import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatDate, formatMoney, formatMonth, formatNumber, WELSH_MONTH_NAMES } from "./cy-gb-format.js";
import { formatDate as formatDateEnGb, MONTH_NAMES, parseIsoDate } from "./en-gb-format.js";

describe("cy-GB formatting", () => {
  it("writes dates with the Welsh month names", () => {
    expect(formatDate("2026-04-01")).toBe("1 Ebrill 2026");
    expect(formatDate("2027-12-31")).toBe("31 Rhagfyr 2027");
    expect(formatDate("2026-02-28")).toBe("28 Chwefror 2026");
    expect(formatMonth("2026-09-15")).toBe("Medi 2026");
    expect(formatMonth("2026-01-15")).toBe("Ionawr 2026");
  });

  it("has the twelve months in order, Ionawr first", () => {
    expect(WELSH_MONTH_NAMES).toEqual([
      "Ionawr",
      "Chwefror",
      "Mawrth",
      "Ebrill",
      "Mai",
      "Mehefin",
      "Gorffennaf",
      "Awst",
      "Medi",
      "Hydref",
      "Tachwedd",
      "Rhagfyr",
    ]);
  });

  it("refuses what is not an ISO date, as the en-GB formatter does", () => {
    expect(() => formatDate("01/04/2026")).toThrow(/Not an ISO date/);
    expect(() => formatDate("2026-02-30")).toThrow(/Not an ISO date/);
    expect(() => formatMonth(20260401 as unknown as string)).toThrow(TypeError);
  });

  it("groups thousands and writes pounds as en-GB does", () => {
    expect(formatNumber(8500)).toBe("8,500");
    expect(formatNumber(1234.5)).toBe("1,234.5");
    expect(formatMoney(120000)).toBe("£120,000");
    expect(formatMoney(99.5)).toBe("£99.50");
    expect(() => formatNumber(Number.NaN)).toThrow(TypeError);
  });

  it("writes the same day, month and year as the en-GB date, with the Welsh month name", () => {
    const isoDate = fc
      .date({
        min: new Date("1900-01-01T00:00:00Z"),
        max: new Date("2199-12-31T00:00:00Z"),
        noInvalidDate: true,
      })
      .map((date) => date.toISOString().slice(0, 10));
    fc.assert(
      fc.property(isoDate, (iso) => {
        const parsed = parseIsoDate(iso)!;
        const welsh = formatDate(iso);
        const english = formatDateEnGb(iso);
        expect(welsh).toBe(english.replace(MONTH_NAMES[parsed.month]!, WELSH_MONTH_NAMES[parsed.month]!));
        expect(welsh).toMatch(/^\d{1,2} [A-Z][a-z]+ \d{4}$/);
      }),
    );
  });
});
