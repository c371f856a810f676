// Formatting for British English documents: dates, numbers and money.

const dateFormat = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});
const monthFormat = new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" });
const numberFormat = new Intl.NumberFormat("en-GB");
const poundsFormat = new Intl.NumberFormat("en-GB", {
  style: "currency",
  currency: "GBP",
  maximumFractionDigits: 0,
});
const penceFormat = new Intl.NumberFormat("en-GB", {
  style: "currency",
  currency: "GBP",
  minimumFractionDigits: 2,
});

function toUtcDate(isoDate: string): Date {
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not an ISO date (YYYY-MM-DD): ${isoDate}`);
  return date;
}

/** "2026-04-01" → "1 April 2026". */
export function formatDate(isoDate: string): string {
  return dateFormat.format(toUtcDate(isoDate));
}

/** "2026-04-01" → "April 2026". */
export function formatMonth(isoDate: string): string {
  return monthFormat.format(toUtcDate(isoDate));
}

/** 8500 → "8,500". */
export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

/** 120000 → "£120,000"; 99.5 → "£99.50". */
export function formatMoney(value: number): string {
  return Number.isInteger(value) ? poundsFormat.format(value) : penceFormat.format(value);
}

/**
 * Adds whole months to an ISO date; a day that does not exist in the target month becomes that
 * month's last day (31 January + 1 month = 28 or 29 February).
 */
export function addMonths(isoDate: string, months: number): string {
  const date = toUtcDate(isoDate);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(date.getUTCDate(), lastDay))).toISOString().slice(0, 10);
}

/** Adds (or with a negative number, subtracts) days to an ISO date. */
export function addDays(isoDate: string, days: number): string {
  const date = toUtcDate(isoDate);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
