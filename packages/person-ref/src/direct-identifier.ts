/**
 * Finds UK direct identifiers (an NHS number, a National Insurance number, a postcode) and name-like runs of
 * letters inside a value, so that a pseudonymous reference is never one of them, however it is written.
 *
 * These are shape checks only: they cannot tell whether a number was really issued to someone, and they refuse
 * some values that only look like an identifier. That is the safe side.
 */

import { deepFreeze } from "./deep-freeze.js";

/** Where a match sits in the value: 0-based `start`, `end` one past the last character. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** A UUID (8-4-4-4-12 hex digits, any case), optionally after "p-". */
export const UUID = /^(?:p-)?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** What kind of direct identifier {@link findDirectIdentifier} found. */
export type DirectIdentifierKind = "nhs-number" | "ni-number" | "postcode" | "name-like";

/** A direct identifier found in a value: its kind, where it is, and a message that never repeats the value. */
export interface DirectIdentifier extends Span {
  readonly kind: DirectIdentifierKind;
  /** What was found and where, and how to fix it. Safe to log: it never repeats the value. */
  readonly message: string;
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

/** One separator character between groups of digits or letters: a space, `.`, `_`, `:`, `/` or `-`. */
const SEPARATOR = "[\\s._:/-]";
/** Runs of digits joined by single separators, such as "943-476-5919", "943 476 5919" or "9434765919". */
const DIGIT_CHAIN = new RegExp(`[0-9]+(?:${SEPARATOR}[0-9]+)*`, "g");

/**
 * The first NHS number in the value, however it is written: any run of digits, or several runs joined by single
 * separators (spaces, hyphens, dots, `_`, `:` or `/`), that holds exactly 10 digits (no digit just before or
 * after) passing the NHS check digit. So "9434765919", "943 476 5919", "943-476-5919", "943.476.5919" and
 * "P-943-476-5919" are all found.
 */
export function findNhsNumber(value: string): Span | undefined {
  for (const chain of value.matchAll(DIGIT_CHAIN)) {
    const runs = [...chain[0].matchAll(/[0-9]+/g)].map((run) => ({
      digits: run[0],
      start: chain.index + run.index,
    }));
    for (let first = 0; first < runs.length; first += 1) {
      let digits = "";
      for (let last = first; last < runs.length && digits.length < 10; last += 1) {
        digits += runs[last]?.digits ?? "";
        if (digits.length === 10 && hasNhsCheckDigit(digits)) {
          const end = runs[last];
          return { start: runs[first]?.start ?? 0, end: (end?.start ?? 0) + (end?.digits.length ?? 0) };
        }
      }
    }
  }
  return undefined;
}

/**
 * The shape of a National Insurance number, in any case and with or without separators: two letters (any two,
 * including the prefixes HMRC never issues), six digits (optionally in pairs), then one letter A to D. For example
 * "AB123456C", "ab 12 34 56 c" or "AB-123456-C".
 */
const NI_NUMBER = new RegExp(
  `[A-Za-z]{2}${SEPARATOR}?[0-9]{2}${SEPARATOR}?[0-9]{2}${SEPARATOR}?[0-9]{2}${SEPARATOR}?[A-Da-d]`,
);

/** The first National Insurance number shape anywhere in the value. */
export function findNationalInsuranceNumber(value: string): Span | undefined {
  const match = NI_NUMBER.exec(value);
  return match ? { start: match.index, end: match.index + match[0].length } : undefined;
}

/**
 * A UK unit postcode, in any case, with or without a separator between its two halves: the outward code (one or
 * two letters, a digit, then an optional letter or digit) and the inward code (a digit and two letters), such as
 * "SW1A 1AA", "sw1a-1aa", "LS1 4AP" or "m11ae". It must stand on its own: no letter or digit just before or after.
 */
const POSTCODE = new RegExp(
  `(?<![A-Za-z0-9])[A-Za-z]{1,2}[0-9][A-Za-z0-9]?${SEPARATOR}?[0-9][A-Za-z]{2}(?![A-Za-z0-9])`,
);

/** The first UK unit postcode in the value. */
export function findPostcode(value: string): Span | undefined {
  const match = POSTCODE.exec(value);
  return match ? { start: match.index, end: match.index + match[0].length } : undefined;
}

/**
 * A run of 3 or more letters right next to a digit, such as "JohnSmith1982", "SmithJ1982" or "1982Jane": a name
 * written together with digits. A leading code of up to 4 capital letters is allowed ("NBH2", "AGR2025", "EV01").
 */
const LETTERS_BY_DIGIT = /[A-Za-z]{3,}(?=[0-9])|(?<=[0-9])[A-Za-z]{3,}/g;
const LEADING_CODE = /^[A-Z]{1,4}$/;

/** The first run of 3 or more letters next to a digit, other than a leading code of up to 4 capital letters. */
export function findNameLikeRun(value: string): Span | undefined {
  for (const match of value.matchAll(LETTERS_BY_DIGIT)) {
    if (match.index === 0 && LEADING_CODE.test(match[0])) continue;
    return { start: match.index, end: match.index + match[0].length };
  }
  return undefined;
}

function where(span: Span): string {
  return `characters ${span.start + 1} to ${span.end}`;
}

/** What each kind of direct identifier looks like, in words that never repeat the value. */
export const DIRECT_IDENTIFIER_DESCRIPTIONS: Readonly<Record<DirectIdentifierKind, string>> =
  /* @__PURE__ */ deepFreeze({
    "nhs-number": "an NHS number (10 digits with a valid check digit, however they are separated)",
    "ni-number": "a National Insurance number (two letters, six digits, a letter A to D)",
    postcode: "a postcode",
    "name-like": "a name run into digits (3 or more letters next to a digit)",
  });

const NOT_A_DIRECT_IDENTIFIER = "use a pseudonymous id, never a direct identifier.";

/** What a value that is not text is, for a message ("null", "a list", "a value of type number"): never the value. */
export function describeNonText(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  return typeof value === "object" ? "an object" : `a value of type ${typeof value}`;
}

/**
 * The one check every reference in the toolkit goes through: the first direct identifier in the value, or
 * `undefined` when none is found. In order, it looks for
 *
 * - `nhs-number`: 10 digits passing the NHS number check digit, however they are separated;
 * - `ni-number`: the shape of a National Insurance number (two letters, six digits, a letter A to D), any case,
 *   any separators, any prefix;
 * - `postcode`: a UK unit postcode, any case, any separator;
 * - `name-like`: a run of 3 or more letters next to a digit ("JohnSmith1982"), other than a leading code of up
 *   to 4 capitals.
 *
 * UUIDs (8-4-4-4-12 hex digits) are never checked: they are always accepted. The message says what was found and
 * where, never the value itself.
 */
export function findDirectIdentifier(value: string): DirectIdentifier | undefined {
  if (typeof value !== "string") {
    // From JavaScript: say what was wrong rather than "value.matchAll is not a function". The value is not shown.
    throw new TypeError(
      `findDirectIdentifier needs text (a string), not ${describeNonText(value)}. Check each string field on its own.`,
    );
  }
  if (UUID.test(value)) return undefined;
  const nhs = findNhsNumber(value);
  if (nhs) {
    return {
      kind: "nhs-number",
      ...nhs,
      message: `The digits at ${where(nhs)} look like ${DIRECT_IDENTIFIER_DESCRIPTIONS["nhs-number"]}: ${NOT_A_DIRECT_IDENTIFIER} If it is not an NHS number, use more or fewer than 10 digits: about 1 in 11 sets of 10 digits passes the check by chance.`,
    };
  }
  const ni = findNationalInsuranceNumber(value);
  if (ni) {
    return {
      kind: "ni-number",
      ...ni,
      message: `The text at ${where(ni)} looks like ${DIRECT_IDENTIFIER_DESCRIPTIONS["ni-number"]}: ${NOT_A_DIRECT_IDENTIFIER} For example "P-000123", or a UUID from newPersonRef().`,
    };
  }
  const postcode = findPostcode(value);
  if (postcode) {
    return {
      kind: "postcode",
      ...postcode,
      message: `The text at ${where(postcode)} looks like a postcode, which can point to a home: ${NOT_A_DIRECT_IDENTIFIER}`,
    };
  }
  const name = findNameLikeRun(value);
  if (name) {
    return {
      kind: "name-like",
      ...name,
      message: `The ${name.end - name.start} letters at ${where(name)} run into digits, like a name written with a date or a number: ${NOT_A_DIRECT_IDENTIFIER} Keep letters to a leading code of up to 4 capitals (for example "P-000123" or "NB2:0042"), or use a UUID.`,
    };
  }
  return undefined;
}
