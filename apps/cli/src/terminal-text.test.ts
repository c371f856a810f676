import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createStyle } from "./style.js";
import { escapeControlCharacters } from "./terminal-text.js";

// What no message may hold (a carriage return only before a line feed).
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

describe("escapeControlCharacters", () => {
  it("writes control characters as visible escapes, as configuration errors show them", () => {
    expect(escapeControlCharacters('state "\u001b[2J\u0000" here')).toBe('state "\\u001b[2J\\u0000" here');
    expect(escapeControlCharacters("bell\u0007 del\u007f csi\u009b")).toBe(
      "bell\\u0007 del\\u007f csi\\u009b",
    );
    expect(escapeControlCharacters("over\rwrite")).toBe("over\\u000dwrite");
    expect(escapeControlCharacters("abc\u202edef")).toBe("abc\\u202edef");
    expect(escapeControlCharacters("title \u001b]0;pwned\u0007")).toBe("title \\u001b]0;pwned\\u0007");
  });

  it("keeps line feeds, tabs, Windows line endings and all other text", () => {
    const text = "Line one\n\tindented\r\nCymraeg: ŵ ŷ — “quotes” ✓ 😀\n";
    expect(escapeControlCharacters(text)).toBe(text);
  });

  it("keeps lac's own colour codes when asked, and no other escape sequence", () => {
    const style = createStyle(true);
    const coloured = `${style.red("error")} ${style.bold("x")} ${style.dim("y")} ${style.green("✓")}`;
    expect(escapeControlCharacters(coloured, true)).toBe(coloured);
    expect(escapeControlCharacters(coloured)).not.toContain("\u001b");
    expect(escapeControlCharacters("\u001b[8mhidden\u001b[2J\u001b[31;1m", true)).toBe(
      "\\u001b[8mhidden\\u001b[2J\\u001b[31;1m",
    );
  });

  it("leaves no control character but the line feed and tab, whatever the text (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (text) => {
        const result = escapeControlCharacters(text);
        // A carriage return just before a line feed (a Windows line ending) is kept; nothing else is.
        expect(result.replace(/\r\n/g, "\n")).not.toMatch(UNSAFE);
        // Text without such characters comes out as it went in.
        if (!UNSAFE.test(text.replace(/\r\n/g, "\n"))) {
          expect(result).toBe(text);
        }
      }),
      { numRuns: 300 },
    );
    expect(escapeControlCharacters("a\r\nb\r\u0000")).toBe("a\r\nb\\u000d\\u0000");
    // Found by the property above: a Windows line ending alone.
    expect(escapeControlCharacters("\r\n")).toBe("\r\n");
  });
});
