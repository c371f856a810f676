// Checks of the Welsh text of the pack: spelling with a Hunspell Welsh dictionary (dictionary-cy, read
// with nspell), and runs of common English words that would be English sentences left in Welsh text.
import { WELSH_TERMS } from "@lac/documents";
import dictionary from "dictionary-cy";
import nspell from "nspell";

const spell = nspell(dictionary);

/** The glossary's proper names that are the same in Welsh (Community Catalysts): not English left in Welsh text. */
export const NAMES_SAME_IN_WELSH: readonly string[] = Object.values(WELSH_TERMS)
  .filter((term) => term.cy === term.en)
  .map((term) => term.cy);

/**
 * The Welsh text of a Markdown document, without what is not Welsh prose: code spans and blocks (file
 * names, codes), links' addresses and e-mail addresses, HTML comments (the language marks), the text
 * marked as English (`<span lang="en-GB">…</span>`: the English half of the draft notice, English names
 * marked "(enw Saesneg)", role titles as the configuration gives them), and the English half of the
 * bilingual draft notice however it is written (the paragraphs that start "Draft translation." and
 * "Draft for local review."). The parts marked <!-- lac:lang en --> of a bilingual document go too.
 */
/** Text marked as English in a Welsh document (see the `english` helper of @lac/documents). */
export const ENGLISH_SPAN = /<span lang="en(?:-GB)?">[\s\S]*?<\/span>/g;

export function welshProse(markdown: string): string {
  let text = markdown;
  // A bilingual document's title is "Welsh title / English title": keep the Welsh half.
  if (text.includes("<!-- lac:bilingual")) text = text.replace(/^(# .*) \/ .*$/m, "$1");
  // The English parts of a bilingual document: from an English mark to the next Welsh mark.
  text = text.replace(/<!-- lac:lang en -->[\s\S]*?(?=<!-- lac:lang cy -->|$)/g, "");
  return text
    .replace(ENGLISH_SPAN, " ")
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

/**
 * Words that Welsh public bodies write but the Hunspell dictionary lacks, each with its source: "biometrig"
 * (the Planning Inspectorate's Welsh list of privacy-notice terms, "Data Biometrig",
 * https://www.gov.uk/government/publications/planning-inspectorate-privacy-notices/hysbysiad-preifatrwydd-cwsmer-yn-gymraeg-rhestr-termau-technegol ;
 * Welsh Government, "gwybodaeth fiometrig"), and "Braille", a proper name written as in English
 * (BBC Cymru Fyw, "athro Braille"; the National Library of Wales, "y côd braille Cymraeg").
 */
const ATTESTED_WORDS = new Set(["biometrig", "braille"]);

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
  // The point of a provision is a letter or letters, not a word: "Erthygl 6(1)(ea)".
  const prose = withoutTexts(welshProse(markdown), allowedNames).replace(
    /\b\d+(?:\(\d+\))+\([a-z]{1,3}\)/g,
    " ",
  );
  for (const word of wordsOf(prose)) {
    const plain = word.replaceAll("’", "'");
    // A single letter is a letter: a list's (a), (g), Rhan B, or the codes F, P, C, T of a table.
    if (plain.length === 1 || allowed.has(plain.toLowerCase()) || isAcronym(plain)) continue;
    if (ATTESTED_WORDS.has(plain.toLowerCase())) continue;
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

/**
 * Words after which Welsh mutates the next word softly: the prepositions that do (am, ar, at, gan, dros,
 * drwy, trwy, wrth, dan, heb, hyd, i, o), "neu", and the numerals dau and dwy.
 */
const SOFT_AFTER = new Set("am ar at gan dros drwy trwy wrth dan heb hyd i o neu dau dwy".split(" "));
/**
 * Words after which c, p and t take the aspirate mutation (ch, ph, th): "a" (and; the relative and the
 * question "a" mutate softly, so an unmutated c, p or t after "a" is wrong either way), "â", "gyda",
 * "na", "tri" and "chwe".
 */
const ASPIRATE_AFTER = new Set(["a", "â", "gyda", "na", "tri", "chwe"]);
/** Fixed phrases that keep the radical after a word of the lists above. */
const IDIOMS = new Set([
  "i grwpiau",
  "o grwpiau",
  "i mewn",
  "am byth",
  "gan mai",
  "o ble",
  "o tua",
  "neu mewn",
  "neu rhag",
]);
/** A radical initial that only a radical can have: p, t, c (not ph, th, ch), m, ll and rh. */
const ONLY_RADICAL = /^(?:p(?!h)|t(?!h)|c(?!h)|m|ll|rh)/i;
/** What each of b, d and g is the soft mutation of (p, t, c). */
const SOFTENED_FROM: Readonly<Record<string, string>> = { b: "p", d: "t", g: "c" };
/** A word's radical initial that the aspirate mutation changes (p t c; not ph th ch). */
const ASPIRATE_MUTABLE = /^(?:p(?!h)|t(?!h)|c(?!h))/i;

/**
 * Whether a word is a radical that the soft mutation changes: p, t, c, m, ll or rh, or b, d (not dd) or g
 * that is not itself the soft mutation of a word with p, t or c (the Welsh dictionary says: "bobl" is
 * "pobl" softened; "gofyn" is no word softened, so it is a radical, which would soften to "ofyn").
 */
function isSoftMutableRadical(word: string): boolean {
  if (ONLY_RADICAL.test(word)) return true;
  const initial = word[0]!.toLowerCase();
  const from = SOFTENED_FROM[initial];
  if (from === undefined || /^dd/i.test(word)) return false;
  const radical = (word[0] === word[0]!.toUpperCase() ? from.toUpperCase() : from) + word.slice(1);
  return !spell.correct(radical.replace(/'.*$/, ""));
}

/** Feminine singular nouns of the Welsh documents, radical: "y" softens them, and they soften an adjective after them. */
const FEMININE = new Set(
  "atwrneiaeth barn canolfan cwyn cydnabyddiaeth cyfraith cyflogres cymdeithas cymdogaeth cymuned deddf dogfen dyletswydd egwyddor ffordd ffurflen graddfa gweithdrefn gweledigaeth gwefan gwybodaeth hawl iaith perthynas pobl proses rhaglen rhes rhestr sefyllfa sesiwn swydd taflen tasg trafnidiaeth trwydded tystiolaeth tystysgrif".split(
    " ",
  ),
);
/** The soft mutation of a word's initial (p→b, t→d, c→g, b→f, d→dd, g dropped, m→f, ll→l, rh→r). */
function softened(word: string): string {
  const rules: [RegExp, string][] = [
    [/^ll/i, "l"],
    [/^rh/i, "r"],
    [/^p(?!h)/i, "b"],
    [/^t(?!h)/i, "d"],
    [/^c(?!h)/i, "g"],
    [/^b/i, "f"],
    [/^d(?!d)/i, "dd"],
    [/^g/i, ""],
    [/^m/i, "f"],
  ];
  for (const [pattern, replacement] of rules)
    if (pattern.test(word)) return word.replace(pattern, replacement);
  return word;
}
/** The feminine nouns as they are written after "y" (softened, except ll and rh) and as radicals. */
const FEMININE_FORMS = new Set(
  [...FEMININE].flatMap((noun) => [noun, /^(?:ll|rh)/.test(noun) ? noun : softened(noun)]),
);
/** Adjectives of the Welsh documents, radical: after a feminine singular noun, or "yn" as a predicate, they soften. */
const ADJECTIVES = new Set(
  "bach byr clir cofrestredig cryno cyfan cyffredin cyfreithiol cyfrinachol cyflym cyhoeddus cymunedol cynnes cywir da dall diogel dilys diweddaraf gwahanol gwirfoddol gwledig gwleidyddol llafar llawn lleol mawr manwl newydd penodol perthnasol personol priodol pwysig terfynol".split(
    " ",
  ),
);

/** The words of a line, as written: each without the punctuation and emphasis around it; numbers stay words. */
function tokens(line: string): string[] {
  return line
    .split(/\s+/)
    .map((token) => token.replace(/^[^\p{L}\p{N}⟦]+|[^\p{L}\p{N}⟧']+$/gu, ""))
    .filter((token) => token !== "");
}

/** Where a configured text was in the Welsh prose (see missingMutations). */
const NAME = "⟦enw⟧";
/** Where an English proper name of the glossary was (Community Catalysts): Welsh does not mutate it. */
const ENGLISH_NAME = "⟦Saesneg⟧";

/**
 * The places where the Welsh text leaves a word unmutated that Welsh mutates, as "word next" pairs:
 * a soft-mutating word (am, i, o, neu, …) before a radical p, t, c, b, d, g, m, ll or rh; "a", "â",
 * "gyda", "na", "tri" or "chwe" before a radical p, t or c; "y"/"yr" before a radical feminine noun of
 * the list; a feminine singular noun, or a predicative "yn", before a radical adjective of the list. A
 * list after a colon continues its sentence: "hawl i:" then "- cael" is "i cael". The configured texts
 * (the names of the council, programme, places and partners; role titles) are not Welsh text to mutate:
 * each is checked instead to come after none of those words (nor "yn", "y" or "yr"), "am ⟦enw⟧", as the
 * templates place names where no mutation is needed. English proper names that the Welsh text keeps as
 * they are (`englishNames`: the glossary's Community Catalysts) are left out of the check. The check
 * knows no grammar beyond these lists: it catches the errors of these classes, and the council's
 * translation service checks the rest.
 */
export function missingMutations(
  markdown: string,
  configuredTexts: readonly string[],
  englishNames: readonly string[] = [],
): string[] {
  // Text marked as English (a name, a role title) is checked as a name is: it must follow no mutating word.
  let text = welshProse(markdown.replace(ENGLISH_SPAN, ` ${NAME} `));
  const texts = [
    ...configuredTexts.map((name) => ({ name, token: NAME })),
    ...englishNames.map((name) => ({ name, token: ENGLISH_NAME })),
  ].sort((a, b) => b.name.length - a.name.length);
  for (const { name, token } of texts) {
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    text = text.replace(new RegExp(`(?<![\\p{L}])${escaped}(?![\\p{L}])`, "gu"), ` ${token} `);
  }
  // A list after a colon: each item continues the sentence ("Mae gennych hawl i:" "- cael …").
  text = text.replace(
    /(\S+):\n\n((?:(?:[-*]|\d+\.) .*(?:\n|$))+)/g,
    (_whole, before: string, items: string) =>
      items
        .split("\n")
        .filter((item) => item.trim() !== "")
        .map((item) => `${before} ${item.replace(/^(?:[-*]|\d+\.) (?:\[[ x]\] )?/, "")}`)
        .join("\n"),
  );
  const found = new Set<string>();
  for (const line of text.split(/\n|(?<=[.;:!?|])\s/)) {
    const words = tokens(line);
    words.forEach((word, index) => {
      const next = words[index + 1];
      if (next === undefined) return;
      const lower = word.toLowerCase();
      const nextLower = next.toLowerCase();
      const pair = `${word} ${next}`;
      if (IDIOMS.has(pair.toLowerCase())) return;
      if (next === NAME) {
        if (SOFT_AFTER.has(lower) || ASPIRATE_AFTER.has(lower) || ["yn", "y", "yr"].includes(lower))
          found.add(pair);
        return;
      }
      if (next === ENGLISH_NAME || next.length === 1 || isAcronym(next) || !/^\p{L}/u.test(next)) return;
      if (SOFT_AFTER.has(lower) && isSoftMutableRadical(next)) found.add(pair);
      else if (ASPIRATE_AFTER.has(lower) && ASPIRATE_MUTABLE.test(next)) found.add(pair);
      else if (
        (lower === "y" || lower === "yr") &&
        FEMININE.has(nextLower) &&
        softened(nextLower) !== nextLower &&
        !/^(?:ll|rh)/.test(nextLower)
      )
        found.add(pair);
      else if (ADJECTIVES.has(nextLower) && softened(nextLower) !== nextLower) {
        if (FEMININE_FORMS.has(lower) || (lower === "yn" && !/^(?:ll|rh)/.test(nextLower))) found.add(pair);
      }
    });
  }
  return [...found].sort();
}

/**
 * The places where the Welsh text writes the article "y" before a word that starts with the diphthong
 * "wy" ("y wybodaeth", "y wythnos"), as "y word" pairs. The toolkit follows the Welsh Government
 * Translation Service's Arddulliadur, which keeps "yr" before such words for consistency ("yr wybodaeth",
 * "yr Wyddeleg", "yr wynebau"; Orgraff yr Iaith Gymraeg pp. 45-7, Peter Wynn Thomas, Gramadeg y
 * Gymraeg pp. 787-8), so each of these is one to write with "yr". Text marked as English is left out.
 */
export function articleBeforeWy(markdown: string): string[] {
  const found = new Set<string>();
  for (const match of welshProse(markdown).matchAll(/(?<![\p{L}'’])([Yy]) (wy\p{L}*)/giu))
    found.add(`${match[1]} ${match[2]}`);
  return [...found].sort();
}

/**
 * Nouns the Welsh Government Translation Service treats as masculine, although usage varies or the
 * dictionaries give both genders: its Arddulliadur, under "cenedl enwau"
 * (https://cymraeg.gov.wales/btc/StyleGuidesHub/arddulliadur/?lang=cy&atoz=C), lists ffactor, fformat,
 * fframwaith, man (a place), nifer, rhwydwaith, safle, sector, statws and syndrom as masculine.
 */
const MASCULINE = new Set(
  "ffactor fformat fframwaith man nifer rhwydwaith safle sector statws syndrom".split(" "),
);

/**
 * The places where the Welsh text softens an adjective of the list after a noun the Arddulliadur treats
 * as masculine ("nifer fach", "fformat fawr"), as "noun adjective" pairs: an adjective softens after a
 * feminine singular noun only, so each is one to write radical ("nifer bach"). Text marked as English
 * is left out.
 */
export function softenedAfterMasculine(markdown: string): string[] {
  const softenedAdjectives = new Set(
    [...ADJECTIVES].map((adjective) => softened(adjective)).filter((form) => !ADJECTIVES.has(form)),
  );
  const found = new Set<string>();
  for (const line of welshProse(markdown).split(/\n|(?<=[.;:!?|])\s/)) {
    const words = tokens(line);
    words.forEach((word, index) => {
      const next = words[index + 1];
      if (
        next !== undefined &&
        MASCULINE.has(word.toLowerCase()) &&
        softenedAdjectives.has(next.toLowerCase())
      )
        found.add(`${word} ${next}`);
    });
  }
  return [...found].sort();
}
