import { requireText } from "./argument-checks.js";

/** The longest stem {@link slugify} returns. */
export const SLUG_MAX_LENGTH = 60;

/** Letters that Unicode normalisation does not split into a base letter and an accent. */
const SPECIAL_LETTERS: Readonly<Record<string, string>> = {
  ß: "ss",
  æ: "ae",
  œ: "oe",
  ø: "o",
  ł: "l",
  đ: "d",
  ð: "d",
  þ: "th",
  ı: "i",
  ŀ: "l",
};

/** A short, stable hexadecimal hash (32-bit FNV-1a) of a string. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (const char of text) {
    const codePoint = char.codePointAt(0) ?? 0;
    hash ^= codePoint;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}

/** The length of the hash that {@link slugify} adds to a shortened stem, with its dash ("-1a2b3c4d"). */
const HASH_SUFFIX_LENGTH = 9;

/**
 * Names that Windows reserves for devices: a file called `con.md` or `nul.md` cannot be made there.
 * {@link slugify} never returns one of them as a whole stem.
 */
const WINDOWS_RESERVED = /^(?:con|prn|aux|nul|com[1-9]|lpt[1-9])$/;

/** True for a stem that Windows reserves for a device, such as "con" or "lpt1". */
export function isWindowsDeviceName(stem: string): boolean {
  return WINDOWS_RESERVED.test(stem);
}

/**
 * The full stem of a name, before it is shortened: plain lower-case ASCII kebab-case, possibly
 * empty or longer than {@link SLUG_MAX_LENGTH}. Two names have the same stem from {@link slugify}
 * exactly when they have the same full stem (bar a hash collision, which is very unlikely).
 */
export function fullStem(name: string): string {
  return name
    .normalize("NFKD")
    .toLowerCase()
    .replace(/\p{M}+/gu, "")
    .replace(/[ßæœøłđðþıŀ]/gu, (letter) => SPECIAL_LETTERS[letter] ?? "")
    .replace(/&/g, " and ")
    .replace(/['’‘`]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+/, "")
    .replace(/-+$/, "");
}

/**
 * Turns a name (of a neighbourhood, a partner organisation…) into a safe file-name stem.
 *
 * The result is plain lower-case ASCII kebab-case: only `a-z`, `0-9` and single dashes inside,
 * at most 60 characters, never empty (and so never `.` or `..`). Accents are stripped
 * ("Tŷ Gwyn" → "ty-gwyn"), "&" becomes "and", and apostrophes disappear ("St John's" → "st-johns").
 * A longer stem is shortened and ends with a dash and a stable hash of the whole stem
 * (such as "…-of-the-borough-1a2b3c4d"), so that two long names that differ only near their end still
 * get different stems. A name with no Latin letters or digits at all gets a stable stem made from a
 * hash of the name (such as "name-1a2b3c4d"). A stem that Windows reserves for a device ("con",
 * "nul", "com1", "lpt1"…) gets "-doc" added ("con-doc").
 */
export function slugify(name: string): string {
  requireText(name, "slugify");
  const stem = fullStem(name);
  if (stem === "") return `name-${fnv1a(name)}`;
  if (stem.length > SLUG_MAX_LENGTH) {
    const kept = stem.slice(0, SLUG_MAX_LENGTH - HASH_SUFFIX_LENGTH).replace(/-+$/, "");
    return `${kept}-${fnv1a(stem)}`;
  }
  return isWindowsDeviceName(stem) ? `${stem}-doc` : stem;
}
