import * as z from "zod";
import { findDirectIdentifier, UUID } from "./direct-identifier.js";

/**
 * A pseudonymous reference to a person supported by a Local Area Coordinator.
 *
 * It is an opaque id that only the coordinator's own records can link to a person.
 * The type system refuses a plain string where a `PersonRef` is expected: it must go through
 * {@link parsePersonRef}, {@link newPersonRef} or {@link personRefSchema} first, and the parser
 * refuses values that look like names or direct identifiers.
 */
export type PersonRef = string & {
  /**
   * The brand. Its key is a plain string, not a `unique symbol`, so that a `PersonRef` made by one
   * copy or version of this package is a `PersonRef` for every other copy in the same application
   * (for example one nested under @lac/consent). It exists only in types; changing it is a breaking
   * change.
   */
  readonly "~lac.personRef": "PersonRef";
};

export const PERSON_REF_MIN_LENGTH = 3;
export const PERSON_REF_MAX_LENGTH = 64;

export type PersonRefErrorCode =
  | "not-a-string"
  | "too-short"
  | "too-long"
  | "invalid-characters"
  | "no-digit"
  | "word-like"
  | "nhs-number"
  | "ni-number"
  | "postcode"
  | "name-like";

export interface PersonRefError {
  readonly code: PersonRefErrorCode;
  /** What is wrong, where, and how to fix it. It never repeats the value, so it is safe to log. */
  readonly message: string;
}

export type PersonRefResult =
  { readonly ok: true; readonly ref: PersonRef } | { readonly ok: false; readonly error: PersonRefError };

const ALLOWED = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/;
const DIGIT = /[0-9]/;
const SEPARATORS = /[._:-]/;
/** A part made only of letters, 3 or more of them: a word or a name, such as "Jane" or "ref". */
const WORD = /^[A-Za-z]{3,}$/;
const HOW_TO_FIX =
  'Use the pseudonymous id from your own records (for example "P-000123" or a UUID), never a name.';

function fail(code: PersonRefErrorCode, problem: string, fix: string = HOW_TO_FIX): PersonRefResult {
  return { ok: false, error: { code, message: `${problem} ${fix}` } };
}

/**
 * Checks that a value is a pseudonymous reference and brands it.
 *
 * A UUID, bare or after "p-", is always accepted. Otherwise a reference is 3 to 64 characters of
 * letters, digits, `.`, `_`, `:` or `-`, starts with a letter or digit, and holds at least one digit;
 * it holds no direct identifier that {@link findDirectIdentifier} finds (an NHS number however it is
 * separated, a National Insurance number shape, a postcode, letters run into digits like "JohnSmith1982");
 * and, split at `.`, `_`, `:` and `-`, no part is 3 or more letters only (a word or a name). These rules catch names and the common direct identifiers; they cannot prove
 * that an id is not personal.
 *
 * Error messages say which rule failed, where and how to fix it, without repeating the value.
 */
export function parsePersonRef(value: unknown): PersonRefResult {
  if (typeof value !== "string") return fail("not-a-string", "A person reference must be a string.");
  if (value.length < PERSON_REF_MIN_LENGTH) {
    return fail("too-short", `A person reference needs at least ${PERSON_REF_MIN_LENGTH} characters.`);
  }
  if (value.length > PERSON_REF_MAX_LENGTH) {
    return fail("too-long", `A person reference has at most ${PERSON_REF_MAX_LENGTH} characters.`);
  }
  if (!ALLOWED.test(value)) {
    return fail(
      "invalid-characters",
      "A person reference may hold only letters, digits, '.', '_', ':' and '-' (no spaces), starting with a letter or digit.",
    );
  }
  if (UUID.test(value)) return { ok: true, ref: value as PersonRef };
  if (!DIGIT.test(value)) {
    return fail(
      "no-digit",
      "A person reference must contain at least one digit (or be a UUID), so that a name is refused.",
    );
  }
  const found = findDirectIdentifier(value);
  if (found) return { ok: false, error: { code: found.kind, message: found.message } };
  const parts = value.split(SEPARATORS);
  const word = parts.findIndex((part) => WORD.test(part));
  if (word !== -1) {
    return fail(
      "word-like",
      `Part ${word + 1} of ${parts.length} (parts are split at '.', '_', ':' and '-') is ${parts[word]?.length ?? 0} letters with no digit, so it looks like a word or a name.`,
      'Keep letters to codes of 1 or 2 (for example "P-000123" or "NB2:0042"), or use a UUID; never put a name or word in a reference.',
    );
  }
  return { ok: true, ref: value as PersonRef };
}

/** True when the value would be accepted by {@link parsePersonRef}. */
export function isPersonRef(value: unknown): value is PersonRef {
  return parsePersonRef(value).ok;
}

/**
 * Makes a new random reference ("p-" and a UUID).
 * Pass `randomUUID` to make it deterministic in tests.
 */
export function newPersonRef(randomUUID: () => string = () => globalThis.crypto.randomUUID()): PersonRef {
  const result = parsePersonRef(`p-${randomUUID()}`);
  if (!result.ok) throw new TypeError(`randomUUID returned an unusable id: ${result.error.message}`);
  return result.ref;
}

/** A zod schema for a person reference, for other packages' schemas. Its output is branded. */
export const personRefSchema = /* @__PURE__ */ z.string().transform((value, ctx): PersonRef => {
  const result = parsePersonRef(value);
  if (!result.ok) {
    ctx.addIssue({ code: "custom", message: result.error.message, params: { code: result.error.code } });
    return z.NEVER;
  }
  return result.ref;
});
