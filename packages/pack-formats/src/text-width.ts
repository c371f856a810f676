/**
 * How wide a word is set in Arial (or a sans serif like it), in characters of average width (about half
 * an em): capitals and a W take more room than an i or an l, and a line to write on (a run of
 * underscores) more than its count of letters.
 */
export function wordWidth(word: string): number {
  let width = 0;
  for (const character of word) {
    if (/[WMmw@]/.test(character)) width += 1.7;
    else if (/[A-Z]/.test(character)) width += 1.35;
    else if (/[ijlI.,:;'|!]/.test(character)) width += 0.5;
    else if (/[ftr()[\]\-/]/.test(character)) width += 0.7;
    else width += 1.1;
  }
  return width;
}

/** The width of a space between words, in the units of {@link wordWidth}. */
const SPACE = 0.5;

/** The widths of a text's words ({@link wordWidth}), each times `weight` (such as 1.1 for bold text). */
export function wordWidths(text: string, weight = 1): number[] {
  return text
    .split(/\s+/)
    .filter((word) => word !== "")
    .map((word) => wordWidth(word) * weight);
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
  const room = Math.max(characters, 1);
  let lines = 1;
  let used = 0;
  for (const width of widths) {
    if (used > 0 && used + SPACE + width <= room) {
      used += SPACE + width;
      continue;
    }
    if (used > 0) lines += 1;
    // A word wider than the column fills whole lines, and the rest of it starts the next.
    const whole = Math.ceil(width / room) - 1;
    lines += whole;
    used = width - whole * room;
  }
  return lines;
}
