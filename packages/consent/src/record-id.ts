import { findDirectIdentifier, type DirectIdentifierKind } from "@lac/person-ref";
import * as z from "zod";

const CHARACTERS = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/;
const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const PREFIX = /^[A-Z]{1,4}(?=[-._:0-9]|$)/;
const WORD = /[A-Za-z]{3,}/;

const DIRECT_IDENTIFIER_NAMES: Readonly<Record<DirectIdentifierKind, string>> = {
  "nhs-number": "an NHS number (10 digits with a valid check digit, however they are separated)",
  "ni-number": "a National Insurance number (two letters, six digits, a letter A to D)",
  postcode: "a postcode",
  "name-like": "a name run into digits (3 or more letters next to a digit)",
};

/**
 * Why a value is not an opaque id, or `undefined` when it is one. The value itself is never repeated.
 * The direct-identifier part is the one check `@lac/person-ref` applies to every reference (`findDirectIdentifier`).
 */
export function opaqueIdProblem(value: string): string | undefined {
  if (UUID.test(value)) return undefined;
  if (!CHARACTERS.test(value)) {
    return 'is 1 to 64 letters, digits, ".", "_", ":" or "-", starting with a letter or digit';
  }
  if (!/[0-9]/.test(value)) return "needs at least one digit";
  const found = findDirectIdentifier(value);
  if (found !== undefined) {
    return `holds what looks like ${DIRECT_IDENTIFIER_NAMES[found.kind]} at characters ${found.start + 1} to ${found.end}: never a direct identifier`;
  }
  if (WORD.test(value.replace(PREFIX, ""))) {
    return "holds a word of 3 or more letters (only an uppercase prefix of up to 4 letters may be letters)";
  }
  return undefined;
}

/**
 * True when the id is opaque: 1 to 64 letters, digits, `.`, `_`, `:` or `-`, with at least one digit, and no run of
 * three or more letters except a short uppercase prefix of up to 4 letters (such as `AGR`, `WDR`, `EXC`, `STF`),
 * and no direct identifier (an NHS or National Insurance number however it is written, a postcode, a name run
 * into digits). A UUID is always accepted. So `"AGR-2025-0007"` is accepted and `"AGR-Mary-Smith"`, `"john.doe"` or
 * `"943-476-5919"` are not: an id must never carry a name, a direct identifier or words about a person.
 */
export function isOpaqueId(value: string): boolean {
  return opaqueIdProblem(value) === undefined;
}

function opaqueIdSchema(what: string, example: string) {
  return z.string().superRefine((value, ctx) => {
    const problem = opaqueIdProblem(value);
    if (problem === undefined) return;
    ctx.addIssue({
      code: "custom",
      message: `${what} is an opaque id such as "${example}", never free text: this one ${problem}. Use up to 64 letters, digits, ".", "_", ":" or "-", with at least one digit, and no words (only an uppercase prefix of up to 4 letters), so that it can never carry a name, a direct identifier or notes about a person. A UUID is also accepted.`,
    });
  });
}

/** The id of a record in the consent log, or of a member of staff, such as `"AGR-2025-0007"` or `"STF-0042"`. */
export const recordIdSchema = /* @__PURE__ */ opaqueIdSchema("A record id", "AGR-2025-0007");

/**
 * A reference to a document kept in your own case file, such as the signed form or the note made at the time
 * (`"NOTE-2025-0311"`). It is an opaque id, never free text: the consent log holds no notes about the person.
 */
export const documentRefSchema = /* @__PURE__ */ opaqueIdSchema("A document reference", "NOTE-2025-0311");
