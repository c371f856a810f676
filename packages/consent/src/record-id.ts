import * as z from "zod";

const CHARACTERS = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/;
const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const PREFIX = /^[A-Z]{1,4}(?=[-._:0-9]|$)/;
const WORD = /[A-Za-z]{3,}/;

/**
 * True when the id is opaque: 1 to 64 letters, digits, `.`, `_`, `:` or `-`, with at least one digit, and no run of
 * three or more letters except a short uppercase prefix of up to 4 letters (such as `AGR`, `WDR`, `EXC`, `STF`).
 * A UUID is always accepted. So `"AGR-2025-0007"` is accepted and `"AGR-Mary-Smith"` or `"john.doe"` are not:
 * an id must never carry a name or words about a person.
 */
export function isOpaqueId(value: string): boolean {
  if (UUID.test(value)) return true;
  if (!CHARACTERS.test(value) || !/[0-9]/.test(value)) return false;
  return !WORD.test(value.replace(PREFIX, ""));
}

function opaqueIdSchema(what: string, example: string) {
  return z.string().refine(isOpaqueId, {
    message: `${what} is an opaque id such as "${example}", never free text: up to 64 letters, digits, ".", "_", ":" or "-", with at least one digit, and no words (only an uppercase prefix of up to 4 letters), so that it can never carry a name or notes about a person. A UUID is also accepted.`,
  });
}

/** The id of a record in the consent log, or of a member of staff, such as `"AGR-2025-0007"` or `"STF-0042"`. */
export const recordIdSchema = /* @__PURE__ */ opaqueIdSchema("A record id", "AGR-2025-0007");

/**
 * A reference to a document kept in your own case file, such as the signed form or the note made at the time
 * (`"NOTE-2025-0311"`). It is an opaque id, never free text: the consent log holds no notes about the person.
 */
export const documentRefSchema = /* @__PURE__ */ opaqueIdSchema("A document reference", "NOTE-2025-0311");
