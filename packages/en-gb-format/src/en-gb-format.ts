// Formatting for British English documents: dates, numbers and money.

// Written out rather than with Intl: creating Intl formatters loads locale data, which costs more than
// everything else a render of the pack does.

/** The months' names in English, January first. */
export const MONTH_NAMES = [
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

/** A calendar date: the year, the month (0 = January) and the day of the month. */
export interface CalendarDate {
  readonly year: number;
  /** 0 = January. */
  readonly month: number;
  readonly day: number;
}

/** Midnight UTC of a date; unlike Date.UTC, years 0 to 99 are those years, not 1900 to 1999. */
function utcDate(year: number, month: number, day: number): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, month, day);
  return date;
}

/** The number written by `count` ASCII digits of `text` from `start` (0-9 only, as the regexp `\d`), or -1. */
function digitsAt(text: string, start: number, count: number): number {
  let value = 0;
  for (let index = start; index < start + count; index += 1) {
    const digit = text.charCodeAt(index) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/**
 * The date at midnight UTC of a real YYYY-MM-DD date (what /^(\d{4})-(\d{2})-(\d{2})$/ matches and the
 * calendar has), or undefined. Read character by character, not with the regexp and an array
 * destructuring: dates are read for each phase and partner of a pack, with V8's optimising compilers
 * off (as lac runs), where the match, its strings and the destructured array are each an allocation.
 */
function validUtcDate(isoDate: string): Date | undefined {
  if (isoDate.length !== 10 || isoDate.charCodeAt(4) !== 45 || isoDate.charCodeAt(7) !== 45) return undefined;
  const year = digitsAt(isoDate, 0, 4);
  const month = digitsAt(isoDate, 5, 2) - 1;
  const day = digitsAt(isoDate, 8, 2);
  if (year < 0 || month < -1 || day < 0) return undefined;
  const date = utcDate(year, month, day);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month || date.getUTCDate() !== day)
    return undefined;
  return date;
}

/** "2026-04-01" → { year: 2026, month: 3, day: 1 }; undefined for anything but a real YYYY-MM-DD date. */
export function parseIsoDate(isoDate: string): CalendarDate | undefined {
  if (typeof isoDate !== "string") return undefined;
  const date = validUtcDate(isoDate);
  if (date === undefined) return undefined;
  return { year: date.getUTCFullYear(), month: date.getUTCMonth(), day: date.getUTCDate() };
}

/** A deliberate TypeError for a value of the wrong type: a programming mistake, not a person's input. */
function wrongType(where: string, needed: string, value: unknown): TypeError {
  const kind =
    value === null ? "null" : Array.isArray(value) ? "an array" : `a value of type ${typeof value}`;
  return new TypeError(
    `${where} needs ${needed}, not ${kind}${typeof value === "number" ? ` (${String(value)})` : ""}.`,
  );
}

function requireFiniteNumber(value: unknown, where: string): asserts value is number {
  if (typeof value !== "number" || !Number.isFinite(value)) throw wrongType(where, "a finite number", value);
}

function requireWholeNumber(value: unknown, where: string): asserts value is number {
  if (typeof value !== "number" || !Number.isSafeInteger(value))
    throw wrongType(where, "a whole number", value);
}

/** The date at midnight UTC; a TypeError or RangeError for anything but a real YYYY-MM-DD date. Internal: shared with cy-gb-format. */
export function toUtcDate(isoDate: string): Date {
  if (typeof isoDate !== "string") throw wrongType("A date", "text in the form YYYY-MM-DD", isoDate);
  const date = validUtcDate(isoDate);
  if (date === undefined) throw new RangeError(`Not an ISO date (YYYY-MM-DD): ${isoDate}`);
  return date;
}

/** YYYY-MM-DD, for the years 0 to 9999 (`toISOString` would write later years as +010000). */
function isoDateText(date: Date): string {
  const year = date.getUTCFullYear();
  if (!Number.isFinite(year) || year < 0 || year > 9999) {
    throw new RangeError(`The date is outside the years 0 to 9999: ${String(year)}`);
  }
  // From the UTC fields, as toISOString writes them: the first toISOString of a process sets up the local
  // time zone (reading /etc/localtime and ICU's zone data), about 2 ms that nothing here needs.
  const month = date.getUTCMonth() + 1;
  const day = date.getUTCDate();
  return `${String(year).padStart(4, "0")}-${month < 10 ? "0" : ""}${month}-${day < 10 ? "0" : ""}${day}`;
}

/** "2026-04-01" → "1 April 2026". */
export function formatDate(isoDate: string): string {
  const date = toUtcDate(isoDate);
  return `${date.getUTCDate()} ${MONTH_NAMES[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** "2026-04-01" → "April 2026". */
export function formatMonth(isoDate: string): string {
  const date = toUtcDate(isoDate);
  return `${MONTH_NAMES[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** Digits grouped in threes with commas: "1234567" → "1,234,567". */
function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** 8500 → "8,500"; 1234.5 → "1,234.5". */
export function formatNumber(value: number): string {
  requireFiniteNumber(value, "formatNumber");
  // Indexed, not destructured: with V8's optimising compilers off (as lac runs), an array
  // destructuring allocates an iterator and a result object for each element.
  const parts = Math.abs(value).toString().split(".");
  const whole = parts[0] ?? "";
  const fraction = parts[1];
  return `${value < 0 ? "-" : ""}${groupThousands(whole)}${fraction === undefined ? "" : `.${fraction}`}`;
}

/** 120000 → "£120,000"; 99.5 → "£99.50". */
export function formatMoney(value: number): string {
  requireFiniteNumber(value, "formatMoney");
  const sign = value < 0 ? "-" : "";
  if (Number.isInteger(value)) return `${sign}£${groupThousands(Math.abs(value).toString())}`;
  const parts = Math.abs(value).toFixed(2).split(".");
  const whole = parts[0] ?? "";
  const pence = parts[1] ?? "";
  return `${sign}£${groupThousands(whole)}.${pence}`;
}

/**
 * Adds whole months to an ISO date; a day that does not exist in the target month becomes that
 * month's last day (31 January + 1 month = 28 or 29 February).
 */
export function addMonths(isoDate: string, months: number): string {
  requireWholeNumber(months, "addMonths (months)");
  const date = toUtcDate(isoDate);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + months;
  const lastDay = utcDate(year, month + 1, 0).getUTCDate();
  return isoDateText(utcDate(year, month, Math.min(date.getUTCDate(), lastDay)));
}

/** Adds (or with a negative number, subtracts) days to an ISO date. */
export function addDays(isoDate: string, days: number): string {
  requireWholeNumber(days, "addDays (days)");
  const date = toUtcDate(isoDate);
  date.setUTCDate(date.getUTCDate() + days);
  return isoDateText(date);
}
