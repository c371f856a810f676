import { describe, expect, it } from "vitest";
import { shareByHeight } from "./share-by-height.js";
import { lineCount } from "./text-width.js";

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
