import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lineCount, linesOfWords, wordWidth, wordWidths, wrapWords } from "./text-width.js";

describe("wordWidth", () => {
  it("gives each character the width of its kind, in any text", () => {
    const byKind = (word: string) => {
      let width = 0;
      for (const character of word) {
        if (/[WMmw@]/.test(character)) width += 1.7;
        else if (/[A-Z]/.test(character)) width += 1.35;
        else if (/[ijlI.,:;'|!]/.test(character)) width += 0.5;
        else if (/[ftr()[\]\-/]/.test(character)) width += 0.7;
        else width += 1.1;
      }
      return width;
    };
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (word) => {
        expect(wordWidth(word)).toBe(byKind(word));
      }),
    );
    expect(wordWidth("Ŵyn")).toBe(byKind("Ŵyn"));
  });

  it("counts a capital or a W wider than an i", () => {
    expect(wordWidth("W")).toBeGreaterThan(wordWidth("a"));
    expect(wordWidth("a")).toBeGreaterThan(wordWidth("i"));
  });
});

describe("lineCount", () => {
  it("breaks between words at the column's width", () => {
    // "aaaa" is 4.4 wide: two of them and a space are 9.3.
    expect(lineCount("aaaa aaaa", 9.3)).toBe(1);
    expect(lineCount("aaaa aaaa", 9.2)).toBe(2);
    expect(lineCount("aaaa aaaa aaaa", 10)).toBe(2);
  });

  it("takes one line for an empty cell, and breaks a word wider than the column", () => {
    expect(lineCount("", 10)).toBe(1);
    expect(lineCount("a".repeat(20), 10)).toBe(3); // 22 wide: 10, 10 and 2
    expect(lineCount(`${"a".repeat(20)} aa`, 10)).toBe(3); // the last 2.2 and the space and 2.2 fit
  });

  it("widens bold text", () => {
    expect(lineCount("aaaa aaaa", 9.3, 1.1)).toBe(2);
  });
});

describe("wrapWords", () => {
  const words = fc.array(fc.double({ min: 0.3, max: 40, noNaN: true }), { maxLength: 40 });
  const characters = fc.double({ min: -2, max: 80, noNaN: true });

  it("counts the lines as linesOfWords does", () => {
    fc.assert(
      fc.property(words, characters, (widths, at) => {
        expect(wrapWords(widths, at).lines).toBe(linesOfWords(widths, at));
      }),
    );
  });

  it("gives a next width beyond which no narrower width wraps the words differently", () => {
    fc.assert(
      fc.property(words, characters, fc.double({ min: 0, max: 1, noNaN: true }), (widths, at, part) => {
        const { lines, next } = wrapWords(widths, at);
        expect(next).toBeGreaterThan(at);
        const within = Number.isFinite(next) ? at + (next - at) * part * 0.999999 : at + part * 100;
        expect(linesOfWords(widths, within)).toBe(lines);
        // Each whole width before the next counts as many lines too.
        for (let width = Math.ceil(at); width < Math.min(next, at + 100); width += 1)
          expect(linesOfWords(widths, width)).toBe(lines);
      }),
    );
  });

  it("finds the width at which a word broken over lines, and the words after it, wrap differently", () => {
    // 22 wide in 10: lines of 10 and 10, then 2 and "aa" (2.2) with a space: 4.7.
    const widths = wordWidths(`${"a".repeat(20)} aa`);
    const { lines, next } = wrapWords(widths, 10);
    expect(lines).toBe(3);
    expect(next).toBeCloseTo(11);
    expect(linesOfWords(widths, 10.999)).toBe(3);
  });
});
