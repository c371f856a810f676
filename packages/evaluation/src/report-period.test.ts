import { describe, expect, it } from "vitest";
import { parseFinancialYear, parsePeriod } from "./report-period.js";

describe("reporting periods from a JavaScript caller's mistakes", () => {
  it("parseFinancialYear returns a message for a number, never throws", () => {
    expect(parseFinancialYear(2026 as unknown as string)).toEqual({
      ok: false,
      message:
        'A financial year is text such as "2026-27" (1 April 2026 to 31 March 2027), not a value of type number.',
    });
    expect(parseFinancialYear(undefined as unknown as string).ok).toBe(false);
  });

  it("parsePeriod returns a message for a Date or nothing, never throws", () => {
    expect(parsePeriod(new Date("2026-04-01") as unknown as string, "2027-03-31")).toEqual({
      ok: false,
      message: 'The start date must be text written YYYY-MM-DD, such as "2026-04-01", not a Date.',
    });
    expect(parsePeriod("2026-04-01", undefined as unknown as string)).toEqual({
      ok: false,
      message:
        'The end date must be text written YYYY-MM-DD, such as "2026-04-01", not a value of type undefined.',
    });
  });

  it("says what is wrong with a date that is written YYYY-MM-DD but is not a real date, and how to write one", () => {
    expect(parsePeriod("2026-04-01", "2027-02-29")).toEqual({
      ok: false,
      message:
        'Check the end date: "2027-02-29" is not a calendar date: month 02 of 2027 has 28 days. Write a calendar date as YYYY-MM-DD, for example "2025-04-01".',
    });
    expect(parsePeriod("2026-13-01", "2027-03-31")).toEqual({
      ok: false,
      message:
        'Check the start date: "2026-13-01" is not a calendar date: a month is 01 to 12. Write a calendar date as YYYY-MM-DD, for example "2025-04-01".',
    });
    expect(parsePeriod("1/4/2026", "2027-03-31")).toEqual({
      ok: false,
      message:
        'Check the start date: "1/4/2026" is not a calendar date. Write a calendar date as YYYY-MM-DD, for example "2025-04-01".',
    });
  });

  it("still reads valid text", () => {
    expect(parseFinancialYear("2026-27")).toEqual({
      ok: true,
      period: { from: "2026-04-01", to: "2027-03-31" },
    });
    expect(parsePeriod("2026-04-01", "2027-03-31")).toEqual({
      ok: true,
      period: { from: "2026-04-01", to: "2027-03-31" },
    });
  });
});
