// Checks of Welsh text for the tests: spelling with the Hunspell Welsh dictionary (dictionary-cy read with
// nspell, as @lac/templates checks its Welsh documents), and common English words left in Welsh text.
import dictionary from "dictionary-cy";
import nspell from "nspell";

const spell = nspell(dictionary);

/** The words of a text: letters (with Welsh accents), apostrophes and hyphens inside a word. */
export function wordsOf(text: string): string[] {
  return text.match(/[\p{L}]+(?:['’-][\p{L}]+)*/gu) ?? [];
}

/** The text without the given texts (the record's own texts: names, job titles and ids, which may be English). */
export function withoutTexts(text: string, texts: readonly string[]): string {
  return [...texts]
    .sort((a, b) => b.length - a.length)
    .reduce((rest, given) => rest.split(given).join(" "), text);
}

/** The elided forms written after an apostrophe: 'r (yr), 'n (yn, ein), 'i, 'w, 'ch, 'u, 'm, 'th. */
const ELIDED = new Set(["r", "n", "i", "w", "ch", "u", "m", "th"]);

/**
 * Words that Welsh public bodies write but the Hunspell dictionary lacks, as @lac/templates' Welsh checks
 * allow them: "biometrig" (the Planning Inspectorate's Welsh list of privacy-notice terms, "Data Biometrig").
 */
const ATTESTED_WORDS = new Set(["biometrig"]);

/** The words of a Welsh text that the Welsh dictionary does not know (acronyms and single letters aside). */
export function unknownWelshWords(text: string): string[] {
  const unknown = new Set<string>();
  for (const word of wordsOf(text)) {
    const plain = word.replaceAll("’", "'");
    if (plain.length === 1 || plain === plain.toUpperCase() || ATTESTED_WORDS.has(plain.toLowerCase()))
      continue;
    if (spell.correct(plain)) continue;
    // "â'r", "i'w", "mae'n", "o'ch": a word and the elided forms after it.
    const [head = "", ...tails] = plain.split("'");
    const headKnown = head.length <= 1 || spell.correct(head);
    const tailsKnown =
      tails.length > 0 && tails.every((tail) => ELIDED.has(tail.toLowerCase()) || spell.correct(tail));
    if (!(headKnown && tailsKnown)) unknown.add(word);
  }
  return [...unknown].sort();
}

/**
 * Common English words that are not also Welsh words: the list of @lac/templates' Welsh checks
 * (templates/test/welsh-text.ts), with the words of the English receipt that are not Welsh either.
 */
const COMMON_ENGLISH = new Set([
  ..."the and of to is are was for with that this you your we our they their it its by from as or not have has will must should which who what when where how about into than then there these those been were would could".split(
    " ",
  ),
  ..."share shared sharing information agreement agreed change mind reference given until unless before told stopped said yes some time part any nothing more lasts check why long undo".split(
    " ",
  ),
]);

/** The English words of the list above that a Welsh text has: English left in Welsh text. */
export function englishWords(text: string): string[] {
  return [...new Set(wordsOf(text).filter((word) => COMMON_ENGLISH.has(word.toLowerCase())))].sort();
}
