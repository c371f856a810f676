// Checks of the Welsh text of the pack: spelling with a Hunspell Welsh dictionary (dictionary-cy, read
// with nspell), and runs of common English words that would be English sentences left in Welsh text.
import dictionary from "dictionary-cy";
import nspell from "nspell";

const spell = nspell(dictionary);

/**
 * The Welsh text of a Markdown document, without what is not Welsh prose: code spans and blocks (file
 * names, codes), links' addresses and e-mail addresses, HTML comments (the language marks), and the
 * English half of the bilingual draft notice (the paragraphs that start "Draft translation." and
 * "Draft for local review."). With `englishParts`, the parts marked <!-- lac:lang en --> of a
 * bilingual document go too.
 */
export function welshProse(markdown: string): string {
  let text = markdown;
  // A bilingual document's title is "Welsh title / English title": keep the Welsh half.
  if (text.includes("<!-- lac:bilingual")) text = text.replace(/^(# .*) \/ .*$/m, "$1");
  // The English parts of a bilingual document: from an English mark to the next Welsh mark.
  text = text.replace(/<!-- lac:lang en -->[\s\S]*?(?=<!-- lac:lang cy -->|$)/g, "");
  return text
    .replace(/```[\s\S]*?```/g, " ")
    .replace(/`[^`]*`/g, " ")
    .replace(/<!--[\s\S]*?-->/g, " ")
    .replace(/^> \*\*Draft (translation|for local review)\.\*\*.*$/gm, " ")
    .replace(/\]\([^)]*\)/g, "] ")
    .replace(/<[^>\s]+>/g, " ")
    .replace(/https?:\/\/\S+/g, " ")
    .replace(/[\w.+-]+@[\w.-]+/g, " ");
}

/** The text without the given texts (the configuration's own names and texts, which may be English). */
function withoutTexts(text: string, texts: readonly string[]): string {
  return [...texts]
    .sort((a, b) => b.length - a.length)
    .reduce((rest, name) => {
      const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      return rest.replace(new RegExp(`(?<![\\p{L}])${escaped}(?![\\p{L}])`, "gu"), " ");
    }, text);
}

/** The words of a text: letters (with Welsh accents), apostrophes and hyphens inside a word. */
export function wordsOf(text: string): string[] {
  return text.match(/[\p{L}]+(?:['’-][\p{L}]+)*/gu) ?? [];
}

/** The elided forms written after an apostrophe: 'r (yr), 'n (yn, ein), 'i, 'w, 'ch, 'u, 'm, 'th. */
const ELIDED = new Set(["r", "n", "i", "w", "ch", "u", "m", "th", "ma"]);

/** Acronyms (GDPR, DU, LAC) and Roman numerals are not dictionary words. */
function isAcronym(word: string): boolean {
  return word.length >= 2 && word === word.toUpperCase();
}

/**
 * The words of the text that the Welsh dictionary does not know, except the names given (the
 * configuration's names of the council, places, partners and posts) and acronyms.
 */
export function unknownWelshWords(markdown: string, allowedNames: readonly string[]): string[] {
  const allowed = new Set(allowedNames.flatMap((name) => wordsOf(name)).map((word) => word.toLowerCase()));
  const unknown = new Set<string>();
  for (const word of wordsOf(withoutTexts(welshProse(markdown), allowedNames))) {
    const plain = word.replaceAll("’", "'");
    // A single letter is a letter: a list's (a), (g), Rhan B, or the codes F, P, C, T of a table.
    if (plain.length === 1 || allowed.has(plain.toLowerCase()) || isAcronym(plain)) continue;
    if (spell.correct(plain)) continue;
    // "â'r", "i'w", "mae'n", "y'i": a word and the elided forms after it ('r, 'n, 'i, 'w, 'ch…).
    const [head = "", ...tails] = plain.split("'");
    const headKnown = head.length <= 1 || allowed.has(head.toLowerCase()) || spell.correct(head);
    const tailsKnown =
      tails.length > 0 && tails.every((tail) => ELIDED.has(tail.toLowerCase()) || spell.correct(tail));
    if (!(headKnown && tailsKnown)) unknown.add(word);
  }
  return [...unknown].sort();
}

/** Common English words that are not also Welsh words (not "a", "i", "o", "at", "can", "be" or "on", which are Welsh words too). */
const COMMON_ENGLISH = new Set(
  "the and of to is are was for with that this you your we our they their it its by from as or not have has will must should which who what when where how about into than then there these those been were would could".split(
    " ",
  ),
);

/**
 * The sentences of the Welsh text with two or more common English words: English left in a Welsh
 * document. (Welsh sentences have none of these words; the configuration's own texts are left out.)
 */
export function englishRuns(markdown: string, allowedTexts: readonly string[], threshold = 2): string[] {
  const text = withoutTexts(welshProse(markdown), allowedTexts);
  return text
    .split(/[.!?:;|\n]+/)
    .map((sentence) => sentence.trim())
    .filter(
      (sentence) =>
        wordsOf(sentence).filter((word) => COMMON_ENGLISH.has(word.toLowerCase())).length >= threshold,
    );
}
