// How a Word table's spare width is shared out among its columns: where it makes the table shortest.
import { wordWidths, wrapWords } from "./text-width.js";

/**
 * A column's lines in each row at each of its widths from `lowest` to `highest`, kept only where they
 * change: `starts` are the widths at which some cell may take another number of lines (the first is
 * `lowest`), and from `starts[run]` until the next, the cell in `row` takes `lines[run * rows + row]`.
 */
interface ColumnLines {
  readonly starts: number[];
  readonly lines: number[];
}

/**
 * Each cell's lines from width `lowest` to `highest`, found by trying only the widths at which its words
 * may wrap differently ({@link wrapWords}).
 */
function columnLines(
  words: readonly (readonly number[])[],
  lowest: number,
  highest: number,
  margins: number,
): ColumnLines {
  const starts: number[] = [];
  const lines: number[] = [];
  const rows = words.length;
  const now = new Array<number>(rows).fill(0);
  const next = new Array<number>(rows).fill(lowest);
  for (let width = lowest; width <= highest;) {
    let soonest = Infinity;
    for (let row = 0; row < rows; row += 1) {
      if (next[row]! <= width) {
        const wrap = wrapWords(words[row]!, width - margins);
        now[row] = wrap.lines;
        // The first whole width at or past the next change (a little before it, should a sum round up).
        next[row] = Math.max(width + 1, Math.ceil(wrap.next + margins - 1e-6));
      }
      soonest = Math.min(soonest, next[row]!);
    }
    starts.push(width);
    for (let row = 0; row < rows; row += 1) lines.push(now[row]!);
    width = soonest;
  }
  return { starts, lines };
}

/** The index in `starts` of the run a width is in. */
function runOf(starts: readonly number[], width: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle]! <= width) low = middle;
    else high = middle - 1;
  }
  return low;
}

/**
 * Shares out the width a table has over its columns' `minimum`s (in characters of about half an em, up
 * to `capacity` in all), a character or a few at a time, to the column where it saves the most lines of
 * the table: each row is as tall as its tallest cell, whose lines are estimated by {@link wrapWords}
 * in its column's width less the cell's `margins`; between two widths that save as many, the one that
 * saves more lines of the cells themselves. `cells` holds each column's texts by row, and `weight` widens
 * a cell's words (1.1 for bold). A column gets no more than its `natural` width (its longest entry on one
 * line). What is left when no column would save a line is shared by how much more each column holds.
 *
 * Between two widths at which a column's words wrap differently, its cells take as many lines at every
 * width, so only those widths are tried: the same widths as trying every character, in fewer tries.
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
  const widths = [...minimum];
  let spare = Math.floor(capacity - minimum.reduce((sum, width) => sum + width, 0));
  // No column is wider than its minimum and the spare width, nor than its natural width.
  const byColumn = cells.map((texts, column) =>
    columnLines(
      texts.map((text, row) => wordWidths(text, weight(row, column))),
      minimum[column]!,
      Math.max(minimum[column]!, Math.min(natural[column]!, minimum[column]! + Math.max(spare, 0))),
      margins,
    ),
  );
  /** The lines of the cells of a column at a width, as the first of them in its `lines`. */
  const linesAt = (column: number, width: number) => runOf(byColumn[column]!.starts, width) * rows;
  /** Each row's tallest cell, and its lines in all, in the columns other than `a` and `b`. */
  const rest = { tallest: new Array<number>(rows).fill(0), lines: new Array<number>(rows).fill(0) };
  const others = (a: number, b: number) => {
    const { tallest, lines } = rest;
    tallest.fill(0);
    lines.fill(0);
    for (let column = 0; column < columns; column += 1) {
      if (column === a || column === b) continue;
      const cellLines = byColumn[column]!.lines;
      const first = linesAt(column, widths[column]!);
      for (let row = 0; row < rows; row += 1) {
        tallest[row] = Math.max(tallest[row]!, cellLines[first + row]!);
        lines[row]! += cellLines[first + row]!;
      }
    }
    return rest;
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
    const linesA = byColumn[a]!.lines;
    const firstA = linesAt(a, widthA);
    const linesB = b < 0 ? undefined : byColumn[b]!.lines;
    const firstB = b < 0 ? 0 : linesAt(b, widthB);
    let cost = 0;
    for (let row = 0; row < rows; row += 1) {
      const lineA = linesA[firstA + row]!;
      const lineB = linesB ? linesB[firstB + row]! : 0;
      cost += 1000 * Math.max(rest.tallest[row]!, lineA, lineB) + rest.lines[row]! + lineA + lineB;
    }
    return cost;
  };
  while (spare > 0) {
    // The step that saves the most lines for each character it takes; the smaller step when two save as
    // many a character. Within a run of widths the cost is the same, so the first width of a run saves
    // the most a character.
    let best: { column: number; step: number; saving: number } | undefined;
    for (let column = 0; column < columns; column += 1) {
      const rest = others(column, -1);
      const now = costWith(rest, column, widths[column]!, -1, 0);
      const most = Math.min(spare, natural[column]! - widths[column]!);
      const { starts } = byColumn[column]!;
      for (let run = runOf(starts, widths[column]!) + 1; run < starts.length; run += 1) {
        const step = starts[run]! - widths[column]!;
        if (step > most) break;
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
  // while that saves lines. The cost changes only at a step where a run of either column begins.
  const steps: number[] = [];
  for (let moves = 0; moves < 100; moves += 1) {
    let best: { from: number; to: number; step: number; saving: number } | undefined;
    for (let from = 0; from < columns; from += 1)
      for (let to = 0; to < columns; to += 1) {
        if (to === from) continue;
        const most = Math.min(widths[from]! - minimum[from]!, natural[to]! - widths[to]!);
        if (most < 1) continue;
        const rest = others(from, to);
        const now = costWith(rest, from, widths[from]!, to, widths[to]!);
        const count = moveSteps(
          byColumn[from]!.starts,
          widths[from]!,
          byColumn[to]!.starts,
          widths[to]!,
          most,
          steps,
        );
        for (let index = 0; index < count; index += 1) {
          const step = steps[index]!;
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

/**
 * The steps (1 to `most`, in order) of moving room from a column at width `from` to one at width `to`
 * at which the table's cost may change, written to `steps` (their count returned): the first, and each
 * at which the narrower column leaves a run of its widths or the wider one enters one.
 */
function moveSteps(
  fromStarts: readonly number[],
  from: number,
  toStarts: readonly number[],
  to: number,
  most: number,
  steps: number[],
): number {
  // Narrowing leaves the run that begins at `start` (at or below `from`) at the step `from - start + 1`.
  let narrower = runOf(fromStarts, from);
  let wider = runOf(toStarts, to) + 1;
  let count = 0;
  let last = 0;
  for (;;) {
    const leave = narrower >= 0 ? from - fromStarts[narrower]! + 1 : Infinity;
    const enter = wider < toStarts.length ? toStarts[wider]! - to : Infinity;
    const step = Math.min(leave, enter, last === 0 ? 1 : Infinity);
    if (step > most) return count;
    if (step === leave) narrower -= 1;
    if (step === enter) wider += 1;
    if (step > last) {
      steps[count] = step;
      count += 1;
      last = step;
    }
  }
}
