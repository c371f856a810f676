// Formatting for Welsh-language documents (cy-GB): dates and months with the Welsh month names.
// Numbers and money are written as in en-GB: a comma between thousands and a full stop before the
// decimals ("8,500", "£120,000"), which is the convention of Welsh public documents too.

import {
  formatMoney as formatMoneyEnGb,
  formatNumber as formatNumberEnGb,
  toUtcDate,
} from "./en-gb-format.js";
import { deepFreeze } from "./deep-freeze.js";

/** The months' names in Welsh, Ionawr (January) first, as a date writes them: "1 Ebrill 2026". */
export const WELSH_MONTH_NAMES = /* @__PURE__ */ deepFreeze([
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
] as const);

/** "2026-04-01" → "1 Ebrill 2026". */
export function formatDate(isoDate: string): string {
  const date = toUtcDate(isoDate);
  return `${date.getUTCDate()} ${WELSH_MONTH_NAMES[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** "2026-04-01" → "Ebrill 2026". */
export function formatMonth(isoDate: string): string {
  const date = toUtcDate(isoDate);
  return `${WELSH_MONTH_NAMES[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** 8500 → "8,500"; 1234.5678 → "1,234.568" (as in en-GB: at most three decimals). */
export function formatNumber(value: number): string {
  return formatNumberEnGb(value);
}

/** 120000 → "£120,000"; 99.5 → "£99.50" (as in en-GB: whole pounds, or pounds and pence). */
export function formatMoney(value: number): string {
  return formatMoneyEnGb(value);
}
