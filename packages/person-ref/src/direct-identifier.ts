/**
 * Finds UK direct identifiers (an NHS number, a National Insurance number) inside a value,
 * so that a person reference is never one of them.
 *
 * These are shape checks only: they cannot tell whether a number was really issued to someone.
 */

/** Where a match sits in the value: 0-based `start`, `end` one past the last character. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** NHS number check-digit weights for the first nine digits: 10 down to 2. */
const NHS_WEIGHTS = [10, 9, 8, 7, 6, 5, 4, 3, 2] as const;

/**
 * True when `digits` is exactly 10 digits whose last digit is the NHS number modulus 11 check digit:
 * multiply the first nine digits by 10 down to 2, add them up, and take 11 minus the remainder on
 * dividing by 11; 11 becomes 0, and 10 means no number with those first nine digits is valid.
 */
export function hasNhsCheckDigit(digits: string): boolean {
  if (!/^[0-9]{10}$/.test(digits)) return false;
  let sum = 0;
  NHS_WEIGHTS.forEach((weight, index) => {
    sum += weight * Number(digits[index]);
  });
  const check = 11 - (sum % 11);
  if (check === 10) return false;
  return (check === 11 ? 0 : check) === Number(digits[9]);
}

/** The first run of exactly 10 digits (no digit just before or after) that passes the NHS check. */
export function findNhsNumber(value: string): Span | undefined {
  for (const match of value.matchAll(/[0-9]+/g)) {
    if (hasNhsCheckDigit(match[0])) return { start: match.index, end: match.index + match[0].length };
  }
  return undefined;
}

/**
 * The shape of a National Insurance number, in any case: two letters (the first not D, F, I, Q, U
 * or V; the second not D, F, I, O, Q, U or V), six digits, then one letter A to D. For example
 * "AB123456C".
 */
const NI_NUMBER = /[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z][0-9]{6}[A-D]/i;

/** The first National Insurance number shape anywhere in the value. */
export function findNationalInsuranceNumber(value: string): Span | undefined {
  const match = NI_NUMBER.exec(value);
  return match ? { start: match.index, end: match.index + match[0].length } : undefined;
}
