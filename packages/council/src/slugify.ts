import { requireArray, requireText } from "./argument-checks.js";

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

/** The length of the hash that {@link uniqueSlugs} adds to a shortened stem, with its dash ("-1a2b3c4d"). */
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
 * Combining marks (accents), made once: the build lowers this expression to `new RegExp(…)`, which in
 * the function would be made again at every call.
 */
const COMBINING_MARKS = /\p{M}+/gu;

/** True when the text is all in ASCII (control characters included). */
function isAscii(text: string): boolean {
  for (let index = 0; index < text.length; index += 1) {
    if (text.charCodeAt(index) > 0x7f) return false;
  }
  return true;
}

/**
 * The name in lower case, its letters decomposed and their accents dropped, and the letters that do
 * not decompose spelled in ASCII. A name all in ASCII (most are) is only lowered: it has nothing to
 * decompose, no accent and no special letter, and neither the Unicode normaliser nor the regular
 * expressions of Unicode properties (slow to set up, on the first name of a run) are needed for it.
 */
function lettersOf(name: string): string {
  if (isAscii(name)) return name.toLowerCase();
  return name
    .normalize("NFKD")
    .toLowerCase()
    .replace(COMBINING_MARKS, "")
    .replace(/[ßæœøłđðþıŀ]/gu, (letter) => SPECIAL_LETTERS[letter] ?? "");
}

/**
 * The full stem of a name, before it is shortened: plain lower-case ASCII kebab-case, possibly
 * empty or longer than {@link SLUG_MAX_LENGTH}. Within a list, two names get the same stem from
 * {@link uniqueSlugs} exactly when they have the same full stem (bar a hash collision, which is very
 * unlikely).
 */
export function fullStem(name: string): string {
  return lettersOf(name)
    .replace(/&/g, " and ")
    .replace(/['’‘`]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+/, "")
    .replace(/-+$/, "");
}

/**
 * Small words that a shortened stem does not end with ("…-community-and" reads as cut off):
 * English connectives and articles, and their Welsh counterparts (a, ac, ar, i, y, yr).
 */
const DANGLING_WORDS = new Set([
  "a",
  "ac",
  "an",
  "and",
  "ar",
  "at",
  "by",
  "for",
  "i",
  "in",
  "of",
  "on",
  "or",
  "the",
  "to",
  "with",
  "y",
  "yr",
]);

/**
 * A stem shortened to at most `max` characters at a word boundary, without a dangling small word
 * at its end ("brackenford-and-district-council-for-voluntary-service"). A first word longer than
 * `max` is cut inside the word.
 */
function shortenAtWord(stem: string, max: number): string {
  if (stem.length <= max) return stem;
  const cut = stem.lastIndexOf("-", max);
  if (cut <= 0) return stem.slice(0, max).replace(/-+$/, "");
  const words = stem.slice(0, cut).split("-");
  while (words.length > 1 && DANGLING_WORDS.has(words[words.length - 1] ?? "")) words.pop();
  return words.join("-");
}

/**
 * The identity stems of the names seen lately: a run asks for the same names' stems several times
 * (checking the configuration, then building the pack), and a stem depends on the name alone. Kept
 * small: emptied when it grows past a few hundred names.
 */
const identityStems = new Map<string, string>();
const MAX_REMEMBERED_STEMS = 500;

/** The stem that identifies a name: its full stem, or a hash of the name when it has no Latin letters or digits. */
function identityStem(name: string): string {
  let identity = identityStems.get(name);
  if (identity === undefined) {
    const stem = fullStem(name);
    identity = stem === "" ? `name-${fnv1a(name)}` : stem;
    if (identityStems.size >= MAX_REMEMBERED_STEMS) identityStems.clear();
    identityStems.set(name, identity);
  }
  return identity;
}

/** A readable stem, shortened at a word boundary, and safe as a file name on Windows. */
function readableStem(identity: string): string {
  const shortened = shortenAtWord(identity, SLUG_MAX_LENGTH);
  return isWindowsDeviceName(shortened) ? `${shortened}-doc` : shortened;
}

/**
 * Turns a name (of a neighbourhood, a partner organisation…) into a safe, readable file-name stem.
 *
 * The result is plain lower-case ASCII kebab-case: only `a-z`, `0-9` and single dashes inside,
 * at most 60 characters, never empty (and so never `.` or `..`). Accents are stripped
 * ("Tŷ Gwyn" → "ty-gwyn"), "&" becomes "and", and apostrophes disappear ("St John's" → "st-johns").
 * A longer stem is shortened at a word boundary, without a small word such as "and" or "of" at its
 * end ("Brackenford and District Council for Voluntary Service Community Wellbeing Partnership" →
 * "brackenford-and-district-council-for-voluntary-service"). A name with no Latin letters or digits at
 * all gets a stable stem made from a hash of the name (such as "name-1a2b3c4d"). A stem that Windows
 * reserves for a device ("con", "nul", "com1", "lpt1"…) gets "-doc" added ("con-doc").
 *
 * Two different long names can get the same shortened stem: name the files of a list with
 * {@link uniqueSlugs}, which tells them apart.
 */
export function slugify(name: string): string {
  requireText(name, "slugify");
  return readableStem(identityStem(name));
}

/** Marks a slug made from more than one identity (see uniqueSlugs). */
const SHARED: unique symbol = Symbol("shared");

/**
 * The file-name stems of a list of names (the neighbourhoods, or the partners, of one configuration),
 * in the same order: each is {@link slugify}'s readable stem, unless that stem was shortened (or given
 * "-doc") and another name of the list gets the same stem. Then it is shortened further and ends with a
 * dash and a stable hash of its whole stem ("…-voluntary-service-1a2b3c4d"), so that the two files
 * differ, while a name that was not shortened keeps its own stem.
 *
 * Names with the same full stem (the same letters and digits, whatever the case, spaces, punctuation or
 * accents) get the same stem: the configuration schema refuses them. The result depends only on the
 * set of names, not on their order.
 */
export function uniqueSlugs(names: readonly string[]): string[] {
  requireArray(names, "uniqueSlugs");
  // The message (made only for an item that is not text) names the item; a hole is skipped, as forEach does.
  for (let index = 0; index < names.length; index += 1) {
    if (typeof names[index] !== "string" && index in names)
      requireText(names[index], `uniqueSlugs (item ${index})`);
  }
  const identities = names.map(identityStem);
  const readable = identities.map(readableStem);
  // The identity each slug was first made from, or SHARED once a different identity makes it too (no
  // set of identities for each slug: the lac CLI makes the slugs of every neighbourhood and partner).
  const identityBySlug = new Map<string, string | typeof SHARED>();
  readable.forEach((slug, index) => {
    const identity = identities[index] ?? "";
    const first = identityBySlug.get(slug);
    if (first === undefined) identityBySlug.set(slug, identity);
    else if (first !== identity) identityBySlug.set(slug, SHARED);
  });
  return readable.map((slug, index) => {
    const identity = identities[index] ?? "";
    const meets = identityBySlug.get(slug) === SHARED;
    if (!meets || slug === identity) return slug;
    return `${shortenAtWord(identity, SLUG_MAX_LENGTH - HASH_SUFFIX_LENGTH)}-${fnv1a(identity)}`;
  });
}
