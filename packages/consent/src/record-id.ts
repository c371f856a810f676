import { z } from "zod";

const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/;

/**
 * The id of a record in the consent log, such as `"AGR-2025-0007"`.
 * 1 to 64 letters, digits, `.`, `_`, `:` or `-`, starting with a letter or digit.
 */
export const recordIdSchema = z.string().regex(ID_PATTERN, {
  message:
    'A record id is 1 to 64 letters, digits, ".", "_", ":" or "-" (no spaces), starting with a letter or digit, for example "AGR-2025-0007".',
});

/**
 * A reference to a document kept in your own case file, such as the signed form or the note made at the time
 * (`"NOTE-2025-0311"`). It is an id, never free text: the consent log holds no notes about the person.
 */
export const documentRefSchema = z.string().regex(ID_PATTERN, {
  message:
    'A document reference is an id from your own records, such as "NOTE-2025-0311" (1 to 64 letters, digits, ".", "_", ":" or "-"), never free text.',
});
