// How a Word table's spare width is shared out among its columns: where it makes the table shortest.
import { linesOfWords, wordWidths } from "./text-width.js";

/**
 * Shares out the width a table has over its columns' `minimum`s (in characters of about half an em, up
 * to `capacity` in all), a character or a few at a time, to the column where it saves the most lines of
 * the table: each row is as tall as its tallest cell, whose lines are estimated by {@link linesOfWords}
 * in its column's width less the cell's `margins`; between two widths that save as many, the one that
 * saves more lines of the cells themselves. `cells` holds each column's texts by row, and `weight` widens
 * a cell's words (1.1 for bold). A column gets no more than its `natural` width (its longest entry on one
 * line). What is left when no column would save a line is shared by how much more each column holds.
 */
export function shareByHeight(
  cells: readonly (readonly string[])[],
  minimum: readonly number[],
  natural: readonly number[],
  capacity: number,
  weight: (row: number, column: number) => number,
  margins: number,
): number[] {
  const columns = cells.length;
  const rows = cells[0]?.length ?? 0;
  // Each column's lines in each row, by the column's width (in whole characters), worked out once.
  const words = cells.map((texts, column) => texts.map((text, row) => wordWidths(text, weight(row, column))));
  const cache = cells.map(() => new Map<number, number[]>());
  const linesAt = (column: number, width: number) => {
    let lines = cache[column]!.get(width);
    if (!lines) {
      lines = words[column]!.map((widths) => linesOfWords(widths, width - margins));
      cache[column]!.set(width, lines);
    }
    return lines;
  };
  /** Each row's tallest cell, and its lines in all, in the columns other than `a` and `b`. */
  const others = (widths: readonly number[], a: number, b: number) => {
    const tallest = new Array<number>(rows).fill(0);
    const lines = new Array<number>(rows).fill(0);
    for (let column = 0; column < columns; column += 1) {
      if (column === a || column === b) continue;
      const cellLines = linesAt(column, widths[column]!);
      for (let row = 0; row < rows; row += 1) {
        tallest[row] = Math.max(tallest[row]!, cellLines[row]!);
        lines[row]! += cellLines[row]!;
      }
    }
    return { tallest, lines };
  };
  /**
   * What a table costs with columns `a` and `b` at widths `widthA` and `widthB`: its height in lines (each
   * row as tall as its tallest cell), then, between two of the same height, the lines of all its cells, so
   * that a date beside a paragraph is not broken where the paragraph loses no line by giving it room.
   */
  const costWith = (
    rest: ReturnType<typeof others>,
    a: number,
    widthA: number,
    b: number,
    widthB: number,
  ) => {
    const linesA = linesAt(a, widthA);
    const linesB = b < 0 ? undefined : linesAt(b, widthB);
    let cost = 0;
    for (let row = 0; row < rows; row += 1) {
      const lineA = linesA[row]!;
      const lineB = linesB ? linesB[row]! : 0;
      cost += 1000 * Math.max(rest.tallest[row]!, lineA, lineB) + rest.lines[row]! + lineA + lineB;
    }
    return cost;
  };
  const widths = [...minimum];
  let spare = Math.floor(capacity - minimum.reduce((sum, width) => sum + width, 0));
  while (spare > 0) {
    // The step that saves the most lines for each character it takes; the smaller step when two save as
    // many a character.
    let best: { column: number; step: number; saving: number } | undefined;
    for (let column = 0; column < columns; column += 1) {
      const rest = others(widths, column, -1);
      const now = costWith(rest, column, widths[column]!, -1, 0);
      const most = Math.min(spare, natural[column]! - widths[column]!);
      for (let step = 1; step <= most; step += 1) {
        const saving = (now - costWith(rest, column, widths[column]! + step, -1, 0)) / step;
        if (saving > 0 && (!best || saving > best.saving)) best = { column, step, saving };
      }
    }
    if (!best) break;
    widths[best.column]! += best.step;
    spare -= best.step;
  }
  // A row is as tall as its tallest cell, so widening one column may save nothing until another is
  // wider too (a picture's words beside the text it goes with): move room from one column to another
  // while that saves lines.
  for (let moves = 0; moves < 100; moves += 1) {
    let best: { from: number; to: number; step: number; saving: number } | undefined;
    for (let from = 0; from < columns; from += 1)
      for (let to = 0; to < columns; to += 1) {
        if (to === from) continue;
        const most = Math.min(widths[from]! - minimum[from]!, natural[to]! - widths[to]!);
        if (most < 1) continue;
        const rest = others(widths, from, to);
        const now = costWith(rest, from, widths[from]!, to, widths[to]!);
        for (let step = 1; step <= most; step += 1) {
          const saving = now - costWith(rest, from, widths[from]! - step, to, widths[to]! + step);
          if (saving > 0 && (!best || saving > best.saving)) best = { from, to, step, saving };
        }
      }
    if (!best) break;
    widths[best.from]! -= best.step;
    widths[best.to]! += best.step;
  }
  const left = capacity - widths.reduce((sum, width) => sum + width, 0);
  const wanted = natural.reduce((sum, width, column) => sum + Math.max(width - widths[column]!, 0), 0);
  return wanted > 0
    ? widths.map((width, column) => width + (Math.max(natural[column]! - width, 0) / wanted) * left)
    : widths;
}
