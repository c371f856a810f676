/** The width of each character of {@link wordWidth} up to 127, worked out once; any other is 1.1. */
const ASCII_WIDTHS = Array.from({ length: 128 }, (_, code) => {
  const character = String.fromCharCode(code);
  if (/[WMmw@]/.test(character)) return 1.7;
  if (/[A-Z]/.test(character)) return 1.35;
  if (/[ijlI.,:;'|!]/.test(character)) return 0.5;
  if (/[ftr()[\]\-/]/.test(character)) return 0.7;
  return 1.1;
});

/**
 * How wide a word is set in Arial (or a sans serif like it), in characters of average width (about half
 * an em): capitals and a W take more room than an i or an l, and a line to write on (a run of
 * underscores) more than its count of letters.
 */
export function wordWidth(word: string): number {
  let width = 0;
  for (const character of word) {
    const code = character.charCodeAt(0);
    width += code < 128 ? ASCII_WIDTHS[code]! : code === NO_BREAK_SPACE ? SPACE : 1.1;
  }
  return width;
}

/** The width of a space between words, in the units of {@link wordWidth}. */
const SPACE = 0.5;

/** A no-break space (as within a date kept whole, see whole-dates.ts) joins two words into one. */
const NO_BREAK_SPACE = 0xa0;

/** The spaces a line may break at: white space other than a no-break space. */
export const BETWEEN_WORDS = /[^\S\u00A0]+/;

/** The widths of a text's words ({@link wordWidth}), each times `weight` (such as 1.1 for bold text). */
export function wordWidths(text: string, weight = 1): number[] {
  return text
    .split(BETWEEN_WORDS)
    .filter((word) => word !== "")
    .map((word) => wordWidth(word) * weight);
}

/** A text's width set on one line: its words ({@link wordWidths}) and the spaces between them. */
export function lineWidth(text: string, weight = 1): number {
  const widths = wordWidths(text, weight);
  return widths.reduce((sum, width) => sum + width, 0) + SPACE * Math.max(widths.length - 1, 0);
}

/**
 * About how many lines a text wraps to in a column `characters` wide (in the units of {@link wordWidth},
 * after the cell's margins), breaking between words as Word does; a word wider than the column is
 * broken across lines. `weight` widens each word, such as 1.1 for bold text. Empty text takes one line.
 */
export function lineCount(text: string, characters: number, weight = 1): number {
  return linesOfWords(wordWidths(text, weight), characters);
}

/** {@link lineCount} of a text whose words' widths are `widths` ({@link wordWidths}). */
export function linesOfWords(widths: readonly number[], characters: number): number {
  return wrapWords(widths, characters).lines;
}

/**
 * {@link linesOfWords}, and the next width (more than `characters`) at which the words may wrap
 * differently: below it, every line holds the same words, so the text takes as many lines
 * (`Infinity` when no width would change them). Lets a column's widths be tried only where they change
 * something.
 */
export function wrapWords(widths: readonly number[], characters: number): { lines: number; next: number } {
  const room = Math.max(characters, 1);
  let lines = 1;
  let used = 0;
  // The line so far is `used` wide; it began with the end of a word broken over `broken` lines, whose
  // end is narrower by a character for each of them as the room grows by one.
  let began = 0;
  let broken = 0;
  let next = Infinity;
  for (const width of widths) {
    if (used > 0) {
      if (used + SPACE + width <= room) {
        used += SPACE + width;
        began += SPACE + width;
        continue;
      }
      // The word goes on this line once the room is wide enough.
      next = Math.min(next, (began + SPACE + width) / (broken + 1));
      lines += 1;
    }
    // A word wider than the column fills whole lines, and the rest of it starts the next.
    const whole = Math.ceil(width / room) - 1;
    if (whole > 0) next = Math.min(next, width / whole);
    lines += whole;
    used = width - whole * room;
    began = width;
    broken = whole;
  }
  return { lines, next: Math.max(next, 1) };
}
