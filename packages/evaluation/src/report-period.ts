import { dayNumber } from "@lac/journeys";

/** A reporting period: calendar dates, both included. */
export interface ReportPeriod {
  readonly from: string;
  readonly to: string;
}

const DAY_MS = 86_400_000;

/** The day number (0 = 1970-01-01) of a valid "YYYY-MM-DD", or `undefined`: `dayNumber` of @lac/journeys. */
export function dayNumberOf(date: string): number | undefined {
  const parsed = dayNumber(date);
  return parsed.ok ? parsed.day : undefined;
}

/**
 * The day number of one date of a period (`which`: "start date", "period's end date"…), or what is wrong with
 * it and how to write it (the reason of `dayNumber` of @lac/journeys: "month 02 of 2027 has 28 days").
 */
export function periodDay(
  which: string,
  date: string,
): { readonly ok: true; readonly day: number } | { readonly ok: false; readonly message: string } {
  const parsed = dayNumber(date);
  return parsed.ok ? parsed : { ok: false, message: `Check the ${which}: ${parsed.error.message}` };
}

/** The "YYYY-MM-DD" of a day number. */
export function dateOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** What was given instead of text, for a message: never the value itself. */
function describeNonText(value: unknown): string {
  if (value === null) return "null";
  if (value instanceof Date) return "a Date";
  return typeof value === "object" ? "an object" : `a value of type ${typeof value}`;
}

export type ParsePeriodResult =
  { readonly ok: true; readonly period: ReportPeriod } | { readonly ok: false; readonly message: string };

/**
 * A financial year written "2026-27" (1 April 2026 to 31 March 2027, the year councils in England and
 * Wales account in), or a period from one date to another.
 */
export function parseFinancialYear(text: string): ParsePeriodResult {
  if (typeof text !== "string") {
    return {
      ok: false,
      message: `A financial year is text such as "2026-27" (1 April 2026 to 31 March 2027), not ${describeNonText(text)}.`,
    };
  }
  const match = /^(\d{4})-(\d{2})$/.exec(text.trim());
  const start = match ? Number(match[1]) : NaN;
  if (!match || (start + 1) % 100 !== Number(match[2])) {
    return {
      ok: false,
      message: `"${text.slice(0, 20)}" is not a financial year. Write it as 2026-27 (1 April 2026 to 31 March 2027).`,
    };
  }
  return { ok: true, period: { from: `${start}-04-01`, to: `${start + 1}-03-31` } };
}

/** Checks a period given by its first and last dates. */
export function parsePeriod(from: string, to: string): ParsePeriodResult {
  for (const [which, date] of [
    ["start", from],
    ["end", to],
  ] as const) {
    if (typeof date !== "string") {
      return {
        ok: false,
        message: `The ${which} date must be text written YYYY-MM-DD, such as "2026-04-01", not ${describeNonText(date)}.`,
      };
    }
  }
  const start = periodDay("start date", from);
  if (!start.ok) return start;
  const end = periodDay("end date", to);
  if (!end.ok) return end;
  const [first, last] = [start.day, end.day];
  if (last < first) return { ok: false, message: `The period ends (${to}) before it starts (${from}).` };
  if (last - first > 366 * 5) return { ok: false, message: "A report covers at most five years." };
  return { ok: true, period: { from, to } };
}

/**
 * The period just before: the previous financial year for a financial year, the previous whole months for
 * whole months, otherwise the same number of days.
 */
export function previousPeriod(period: ReportPeriod): ReportPeriod {
  const first = dayNumberOf(period.from)!;
  const last = dayNumberOf(period.to)!;
  const [fy, fm, fd] = period.from.split("-").map(Number) as [number, number, number];
  const next = dateOfDay(last + 1);
  const [ny, nm, nd] = next.split("-").map(Number) as [number, number, number];
  if (fd === 1 && nd === 1) {
    const months = (ny - fy) * 12 + (nm - fm);
    const start = new Date(Date.UTC(fy, fm - 1 - months, 1)).toISOString().slice(0, 10);
    return { from: start, to: dateOfDay(first - 1) };
  }
  const length = last - first + 1;
  return { from: dateOfDay(first - length), to: dateOfDay(first - 1) };
}

/** The months ("YYYY-MM") that a period touches, in order. */
export function monthsOf(period: ReportPeriod): string[] {
  const months: string[] = [];
  let [year, month] = period.from.split("-").map(Number) as [number, number];
  const end = period.to.slice(0, 7);
  for (;;) {
    const key = `${year}-${String(month).padStart(2, "0")}`;
    months.push(key);
    if (key >= end) break;
    month += 1;
    if (month === 13) {
      month = 1;
      year += 1;
    }
  }
  return months;
}
