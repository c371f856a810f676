// Formatting for British English documents: dates, numbers and money.

import { deepFreeze } from "./deep-freeze.js";

// Written out rather than with Intl: creating Intl formatters loads locale data, which costs more than
// everything else a render of the pack does.

/** The months' names in English, January first. */
export const MONTH_NAMES = /* @__PURE__ */ deepFreeze([
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
] as const);

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

/** Adds one to a string of decimal digits: "0999" → "1000", "999" → "1000". */
function incremented(digits: string): string {
  let index = digits.length - 1;
  while (index >= 0 && digits.charCodeAt(index) === 57) index -= 1;
  const carried =
    index < 0 ? "1" : `${digits.slice(0, index)}${String.fromCharCode(digits.charCodeAt(index) + 1)}`;
  return carried + "0".repeat(digits.length - 1 - index);
}

/**
 * A number that is finite and not negative, in decimal digits with exactly `places` decimals: rounded half
 * away from zero, as `Intl.NumberFormat` rounds, from the shortest decimal that reads back as the same number
 * (what `toString` writes: 1.0005 is 1.0005, so "1.001"), not from its binary value (as `toFixed` does:
 * 1.0005 is stored as 1.000499999…, so "1.000"). Never in exponent form: 1e21 is "1000000000000000000000".
 */
function decimalDigits(magnitude: number, places: number): { whole: string; fraction: string } {
  const text = magnitude.toString();
  const e = text.indexOf("e");
  const mantissa = e < 0 ? text : text.slice(0, e);
  const dot = mantissa.indexOf(".");
  const digits = dot < 0 ? mantissa : `${mantissa.slice(0, dot)}${mantissa.slice(dot + 1)}`;
  // How many of the digits come before the decimal point (none, or fewer than none, for 1e-7).
  const point = (dot < 0 ? mantissa.length : dot) + (e < 0 ? 0 : Number(text.slice(e + 1)));
  let whole: string;
  let fraction: string;
  if (point <= 0) {
    whole = "0";
    fraction = `${"0".repeat(-point)}${digits}`;
  } else if (point >= digits.length) {
    whole = `${digits}${"0".repeat(point - digits.length)}`;
    fraction = "";
  } else {
    whole = digits.slice(0, point);
    fraction = digits.slice(point);
  }
  if (fraction.length <= places) return { whole, fraction: fraction.padEnd(places, "0") };
  let kept = `${whole}${fraction.slice(0, places)}`;
  if (fraction.charCodeAt(places) >= 53) kept = incremented(kept); // the next digit is 5 or more
  return { whole: kept.slice(0, kept.length - places), fraction: kept.slice(kept.length - places) };
}

/** The sign of a number as written: "-" when it is below zero and not written as zero ("-0" never). */
function signOf(value: number, whole: string, fraction: string): string {
  return value < 0 && (whole !== "0" || /[1-9]/.test(fraction)) ? "-" : "";
}

/**
 * 8500 → "8,500"; 1234.5 → "1,234.5"; 1234.5678 → "1,234.568". As `Intl.NumberFormat("en-GB")` writes any
 * finite number: digits grouped in threes with commas, at most three decimals (rounded half away from zero,
 * trailing zeros dropped), never in exponent form; a number that rounds to zero is "0", never "-0" (Intl's
 * `signDisplay: "negative"`).
 */
export function formatNumber(value: number): string {
  requireFiniteNumber(value, "formatNumber");
  const magnitude = Math.abs(value);
  if (Number.isInteger(value) && magnitude < 1e21) {
    return `${value < 0 ? "-" : ""}${groupThousands(magnitude.toString())}`;
  }
  const { whole, fraction: places } = decimalDigits(magnitude, 3);
  let end = places.length;
  while (end > 0 && places.charCodeAt(end - 1) === 48) end -= 1;
  const fraction = places.slice(0, end);
  return `${signOf(value, whole, fraction)}${groupThousands(whole)}${fraction === "" ? "" : `.${fraction}`}`;
}

/**
 * 120000 → "£120,000"; 99.5 → "£99.50"; 1.005 → "£1.01". Whole pounds without pence; otherwise pounds and
 * pence, rounded half away from zero, as `Intl.NumberFormat("en-GB", { style: "currency", currency: "GBP" })`
 * writes them; an amount that rounds to zero has no minus sign.
 */
export function formatMoney(value: number): string {
  requireFiniteNumber(value, "formatMoney");
  const magnitude = Math.abs(value);
  if (Number.isInteger(value) && magnitude < 1e21) {
    return `${value < 0 ? "-" : ""}£${groupThousands(magnitude.toString())}`;
  }
  const { whole, fraction } = decimalDigits(magnitude, Number.isInteger(value) ? 0 : 2);
  return `${signOf(value, whole, fraction)}£${groupThousands(whole)}${fraction === "" ? "" : `.${fraction}`}`;
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
