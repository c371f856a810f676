// Formatting for British English documents: dates, numbers and money.

// Written out rather than with Intl: creating Intl formatters loads locale data, which costs more than
// everything else a render of the pack does.
const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

function toUtcDate(isoDate: string): Date {
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate) || Number.isNaN(date.getTime())) {
    throw new RangeError(`Not an ISO date (YYYY-MM-DD): ${isoDate}`);
  }
  return date;
}

/**
 * A UTC date from a year, a month (0-based, may overflow) and a day. Unlike `Date.UTC`, which reads
 * the years 0 to 99 as 1900 to 1999, it keeps the year as given.
 */
function utcDate(year: number, month: number, day: number): Date {
  const date = new Date(Date.UTC(2000, 0, 1));
  date.setUTCFullYear(year, month, day);
  return date;
}

/** YYYY-MM-DD, for the years 0 to 9999 (`toISOString` would write later years as +010000). */
function isoDateText(date: Date): string {
  const year = date.getUTCFullYear();
  if (!Number.isFinite(year) || year < 0 || year > 9999) {
    throw new RangeError(`The date is outside the years 0 to 9999: ${String(year)}`);
  }
  return date.toISOString().slice(0, 10);
}

/** "2026-04-01" → "1 April 2026". */
export function formatDate(isoDate: string): string {
  const date = toUtcDate(isoDate);
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** "2026-04-01" → "April 2026". */
export function formatMonth(isoDate: string): string {
  const date = toUtcDate(isoDate);
  return `${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** Digits grouped in threes with commas: "1234567" → "1,234,567". */
function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** 8500 → "8,500"; 1234.5 → "1,234.5". */
export function formatNumber(value: number): string {
  const [whole = "", fraction] = Math.abs(value).toString().split(".");
  return `${value < 0 ? "-" : ""}${groupThousands(whole)}${fraction === undefined ? "" : `.${fraction}`}`;
}

/** 120000 → "£120,000"; 99.5 → "£99.50". */
export function formatMoney(value: number): string {
  const sign = value < 0 ? "-" : "";
  if (Number.isInteger(value)) return `${sign}£${groupThousands(Math.abs(value).toString())}`;
  const [whole = "", pence = ""] = Math.abs(value).toFixed(2).split(".");
  return `${sign}£${groupThousands(whole)}.${pence}`;
}

/**
 * Adds whole months to an ISO date; a day that does not exist in the target month becomes that
 * month's last day (31 January + 1 month = 28 or 29 February).
 */
export function addMonths(isoDate: string, months: number): string {
  const date = toUtcDate(isoDate);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + months;
  const lastDay = utcDate(year, month + 1, 0).getUTCDate();
  return isoDateText(utcDate(year, month, Math.min(date.getUTCDate(), lastDay)));
}

/** Adds (or with a negative number, subtracts) days to an ISO date. */
export function addDays(isoDate: string, days: number): string {
  const date = toUtcDate(isoDate);
  date.setUTCDate(date.getUTCDate() + days);
  return isoDateText(date);
}
