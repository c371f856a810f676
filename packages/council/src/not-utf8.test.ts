import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeUtf8, firstInvalidUtf8Byte } from "./not-utf8.js";

const encoder = new TextEncoder();

describe("decodeUtf8", () => {
  it("reads UTF-8 as TextDecoder does, a byte order mark dropped", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 40 }), fc.boolean(), (text, bom) => {
        const bytes = new Uint8Array([...(bom ? [0xef, 0xbb, 0xbf] : []), ...encoder.encode(text)]);
        expect(decodeUtf8(bytes)).toStrictEqual({ ok: true, text });
      }),
    );
  });

  it("refuses exactly what TextDecoder refuses, naming a bad byte's place", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 16 }), (bytes) => {
        let expected: string | undefined;
        try {
          expected = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
        } catch {
          expected = undefined;
        }
        const decoded = decodeUtf8(bytes);
        expect(decoded.ok).toBe(expected !== undefined);
        if (!decoded.ok) {
          expect(decoded.message).toMatch(
            /^is not UTF-8 text: the bytes at line \d+, column \d+ \(byte \d+\) are not a UTF-8 character\. Save the file as UTF-8 in your editor\.$/,
          );
          // The byte named is one that UTF-8 cannot have there: everything before it decodes.
          const at = firstInvalidUtf8Byte(bytes);
          expect(() =>
            new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, at), { stream: true }),
          ).not.toThrow();
          expect(at).toBeLessThan(bytes.length);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it("names the line and column of a character saved in Windows-1252 (a £ of one byte)", () => {
    const text = "council:\n  name: Wendleshire\n  budget: \u00a3120,000\n";
    const windows1252 = Uint8Array.from(text, (character) => character.charCodeAt(0));
    expect(decodeUtf8(windows1252)).toStrictEqual({
      ok: false,
      message:
        "is not UTF-8 text: the bytes at line 3, column 11 (byte 40) are not a UTF-8 character. Save the file as UTF-8 in your editor.",
    });
    // An "é" of one byte followed by a letter: the first byte of a two-byte character that the next does not complete.
    expect(decodeUtf8(Uint8Array.from("Caf\u00e9s", (character) => character.charCodeAt(0)))).toMatchObject({
      message: expect.stringContaining("line 1, column 4 (byte 4)"),
    });
  });
});
