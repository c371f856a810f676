import {
  DIRECT_IDENTIFIER_DESCRIPTIONS,
  describeNonText,
  findDirectIdentifier,
} from "./direct-identifier.js";

/** The longest opaque id. */
export const OPAQUE_ID_MAX_LENGTH = 64;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ID_CHARACTERS = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/;
/** An optional prefix of 1 to 4 capital letters, such as "J" or "AGR", directly followed by a digit or a separator. */
const PREFIX = /^[A-Z]{1,4}(?=[0-9._:-]|$)/;
const WORD = /[A-Za-z]{3,}/;

/**
 * Why the value holds a direct identifier, by {@link findDirectIdentifier}, or `undefined`. The value is never
 * repeated. `allowNameLike` lets letters run into digits, for labels made of words ("ward3").
 */
export function directIdentifierProblem(
  value: string,
  options: { readonly allowNameLike?: boolean } = {},
): string | undefined {
  const found = findDirectIdentifier(value);
  if (found === undefined || (options.allowNameLike === true && found.kind === "name-like")) return undefined;
  return `holds what looks like ${DIRECT_IDENTIFIER_DESCRIPTIONS[found.kind]} at characters ${found.start + 1} to ${found.end}: never put a direct identifier in it`;
}

/**
 * Why a value is not an opaque record id, or `undefined` when it is one: the rule shared by the ids of
 * `@lac/consent`'s records and `@lac/journeys`' journeys, events and staff. The reason completes a sentence
 * ("The id …") and never repeats the value, so that a name typed by mistake does not end up in logs.
 *
 * An opaque id is a UUID, or 1 to 64 letters, digits, '.', '_', ':' or '-' that start with a letter or digit,
 * hold at least one digit, and hold no run of 3 or more letters (a word or a name), apart from an optional
 * leading prefix of up to 4 capital letters ("J-000123", "AGR-2025-0007", "e-1"), and no direct identifier
 * (an NHS or National Insurance number however it is written, a postcode, a name run into digits).
 * A value that is not text ("is missing", "must be text (a string), not null") gets a reason too: never throws.
 */
export function opaqueIdProblem(value: unknown): string | undefined {
  // From JavaScript (an id read from a request or from JSON): a reason, as isOpaqueId says false, not a crash.
  if (value === undefined) return "is missing";
  if (typeof value !== "string") return `must be text (a string), not ${describeNonText(value)}`;
  if (UUID.test(value)) return undefined;
  if (value.length === 0) return "is empty";
  if (value.length > OPAQUE_ID_MAX_LENGTH) return `is longer than ${OPAQUE_ID_MAX_LENGTH} characters`;
  if (!ID_CHARACTERS.test(value)) {
    return "may hold only letters, digits, '.', '_', ':' and '-', starting with a letter or digit (no spaces)";
  }
  if (!/[0-9]/.test(value)) return "holds no digit";
  const identifier = directIdentifierProblem(value);
  if (identifier !== undefined) return identifier;
  if (WORD.test(value.replace(PREFIX, ""))) {
    return 'holds a word of 3 or more letters (only a leading prefix of up to 4 capital letters, such as "J" or "AGR", may be letters)';
  }
  return undefined;
}

/** True when the value is an opaque record id ({@link opaqueIdProblem}). */
export function isOpaqueId(value: unknown): value is string {
  return typeof value === "string" && opaqueIdProblem(value) === undefined;
}
