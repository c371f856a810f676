import { describe, expect, it } from "vitest";
import { lineCount, wordWidth } from "./text-width.js";

describe("wordWidth", () => {
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
