import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { shareByHeight } from "./share-by-height.js";
import { lineCount, linesOfWords, wordWidths } from "./text-width.js";

const plain = () => 1;

/** The table's height in lines at `widths` (in characters, with 3 of margins). */
function height(cells: string[][], widths: number[]): number {
  return cells[0]!.reduce(
    (sum, _, row) =>
      sum + Math.max(...cells.map((texts, column) => lineCount(texts[row]!, widths[column]! - 3))),
    0,
  );
}

describe("shareByHeight", () => {
  it("gives the room to the column of paragraphs, where it saves the most lines", () => {
    const cells = [
      ["Evaluation design", "Offers, checks and notice"],
      ["word ".repeat(60).trim(), "word ".repeat(70).trim()],
    ];
    const widths = shareByHeight(cells, [12, 12], [27, 352], 80, plain, 3);
    expect(widths.reduce((sum, width) => sum + width, 0)).toBeCloseTo(80);
    expect(widths[1]).toBeGreaterThan(50);
  });

  it("between widths that make the table as short, gives a short column room so that a date is not broken", () => {
    // Three lines of text a row, whether 7 or 9 words a line fit: the dates may have what it does not need.
    const cells = [
      ["30 September 2027", "30 November 2027"],
      ["word ".repeat(20).trim(), "word ".repeat(20).trim()],
    ];
    const widths = shareByHeight(cells, [13, 20], [21, 101], 60, plain, 3);
    expect(height(cells, widths)).toBe(6);
    expect(lineCount(cells[0]![0]!, widths[0]! - 3)).toBe(1);
  });
});

/**
 * The sharing as it was first written, for comparison: it tries every step of every column, where
 * {@link shareByHeight} tries only the widths at which a column's words wrap differently.
 */
function everyStep(
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

/** A table's height in lines, then its cells' lines, at `widths` as {@link shareByHeight} estimates them. */
function estimate(
  cells: string[][],
  widths: readonly number[],
  weight: (row: number, column: number) => number,
) {
  let tallest = 0;
  let lines = 0;
  for (let row = 0; row < cells[0]!.length; row += 1) {
    let row_ = 0;
    cells.forEach((texts, column) => {
      const count = linesOfWords(
        wordWidths(texts[row]!, weight(row, column)),
        Math.floor(widths[column]!) - 3,
      );
      row_ = Math.max(row_, count);
      lines += count;
    });
    tallest += row_;
  }
  return { tallest, lines };
}

describe("shareByHeight, against trying every step", () => {
  const word = fc.oneof(
    fc.constantFrom("a", "of", "the", "data", "sharing", "Wendleshire", "safeguarding", "2029", "—"),
    fc.constantFrom("Article 6(1)(e)", "information-sharing", "_".repeat(20), "W".repeat(14)),
    fc.string({ minLength: 1, maxLength: 30, unit: fc.constantFrom("a", "i", "W", "m", "l", "_", "-") }),
  );
  const text = fc.array(word, { maxLength: 40 }).map((words) => words.join(" "));
  const table = fc
    .record({ columns: fc.integer({ min: 1, max: 6 }), rows: fc.integer({ min: 1, max: 7 }) })
    .chain(({ columns, rows }) =>
      fc.record({
        cells: fc.array(fc.array(text, { minLength: rows, maxLength: rows }), {
          minLength: columns,
          maxLength: columns,
        }),
        minimum: fc.array(fc.integer({ min: 4, max: 21 }), { minLength: columns, maxLength: columns }),
        extra: fc.array(fc.integer({ min: 1, max: 200 }), { minLength: columns, maxLength: columns }),
        spare: fc.integer({ min: 0, max: 90 }),
        boldRow: fc.boolean(),
      }),
    )
    .map(({ cells, minimum, extra, spare, boldRow }) => ({
      cells,
      minimum,
      natural: minimum.map((width, column) => width + extra[column]!),
      // As columnWidths calls it: the columns' natural widths do not all fit.
      capacity:
        minimum.reduce((sum, width) => sum + width, 0) +
        Math.min(spare, Math.max(extra.reduce((sum, width) => sum + width, 0) - 1, 0)),
      weight: (row: number) => (boldRow && row === 0 ? 1.1 : 1),
    }));

  it("fills the table's width, keeps each column's minimum, and is never taller", () => {
    fc.assert(
      fc.property(table, ({ cells, minimum, natural, capacity, weight }) => {
        const widths = shareByHeight(cells, minimum, natural, capacity, weight, 3);
        const before = everyStep(cells, minimum, natural, capacity, weight, 3);
        expect(widths.reduce((sum, width) => sum + width, 0)).toBeCloseTo(capacity, 6);
        widths.forEach((width, column) => expect(width).toBeGreaterThanOrEqual(minimum[column]!));
        const after = estimate(cells, widths, weight);
        const old = estimate(cells, before, weight);
        expect(after.tallest).toBeLessThanOrEqual(old.tallest);
        // The same widths: trying only where the words wrap differently finds what trying every step did.
        expect(widths).toEqual(before);
      }),
      { numRuns: 300 },
    );
  });
});
