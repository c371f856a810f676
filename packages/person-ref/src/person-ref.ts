import { z } from "zod";

declare const personRefBrand: unique symbol;

/**
 * A pseudonymous reference to a person supported by a Local Area Coordinator.
 *
 * It is an opaque id that only the coordinator's own records can link to a person.
 * A plain string (such as a name) cannot be passed where a `PersonRef` is expected:
 * it must go through {@link parsePersonRef} or {@link newPersonRef} first.
 */
export type PersonRef = string & { readonly [personRefBrand]: true };

export const PERSON_REF_MIN_LENGTH = 3;
export const PERSON_REF_MAX_LENGTH = 64;

export type PersonRefErrorCode =
  "not-a-string" | "too-short" | "too-long" | "invalid-characters" | "no-digit";

export interface PersonRefError {
  readonly code: PersonRefErrorCode;
  readonly message: string;
}

export type PersonRefResult =
  { readonly ok: true; readonly ref: PersonRef } | { readonly ok: false; readonly error: PersonRefError };

const ALLOWED = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/;
const DIGIT = /[0-9]/;
const HOW_TO_FIX =
  'Use the pseudonymous id from your own records (for example "P-000123" or a UUID), never a name.';

function fail(code: PersonRefErrorCode, problem: string): PersonRefResult {
  return { ok: false, error: { code, message: `${problem} ${HOW_TO_FIX}` } };
}

/**
 * Checks that a value is a pseudonymous reference and brands it.
 *
 * A reference is 3 to 64 characters of letters, digits, `.`, `_`, `:` or `-`, starts with a letter
 * or digit, and holds at least one digit, so that a name ("Jane", "Jane Smith", "O'Brien") is refused.
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
  if (!DIGIT.test(value)) {
    return fail(
      "no-digit",
      "A person reference must contain at least one digit, so that it cannot be a name.",
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
export const personRefSchema = z.string().transform((value, ctx): PersonRef => {
  const result = parsePersonRef(value);
  if (!result.ok) {
    ctx.addIssue({ code: "custom", message: result.error.message, params: { code: result.error.code } });
    return z.NEVER;
  }
  return result.ref;
});
