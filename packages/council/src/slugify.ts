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

/**
 * Turns a name (of a neighbourhood, a partner organisation…) into a safe file-name stem.
 *
 * The result is plain lower-case ASCII kebab-case: only `a-z`, `0-9` and single dashes inside,
 * at most 60 characters, never empty (and so never `.` or `..`). Accents are stripped
 * ("Tŷ Gwyn" → "ty-gwyn"), "&" becomes "and", and apostrophes disappear ("St John's" → "st-johns").
 * A name with no Latin letters or digits at all gets a stable stem made from a hash of the name
 * (such as "name-1a2b3c4d"), so that two different names never share one.
 */
export function slugify(name: string): string {
  const latin = name
    .normalize("NFKD")
    .toLowerCase()
    .replace(/\p{M}+/gu, "")
    .replace(/[ßæœøłđðþıŀ]/gu, (letter) => SPECIAL_LETTERS[letter] ?? "")
    .replace(/&/g, " and ")
    .replace(/['’‘`]/g, "");
  const stem = latin
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+/, "")
    .slice(0, SLUG_MAX_LENGTH)
    .replace(/-+$/, "");
  return stem === "" ? `name-${fnv1a(name)}` : stem;
}
