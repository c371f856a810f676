import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeText } from "./read-text-file.js";

/** What decodeText gave before it had a way of its own for valid UTF-8: TextDecoder's text, or its refusal. */
function throughTextDecoder(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

describe("decodeText", () => {
  const bom = [0xef, 0xbb, 0xbf];
  const texts = fc.string({ unit: "grapheme", maxLength: 40 });

  it("gives TextDecoder's text for UTF-8, with or without a byte order mark (dropped, once)", () => {
    fc.assert(
      fc.property(texts, fc.constantFrom(0, 1, 2), (text, marks) => {
        const bytes = new Uint8Array([
          ...Array.from({ length: marks }, () => bom).flat(),
          ...Buffer.from(text, "utf8"),
        ]);
        const decoded = decodeText(bytes, "answers.yaml");
        expect(decoded).toStrictEqual({ ok: true, text: throughTextDecoder(bytes) });
      }),
      { numRuns: 500 },
    );
  });

  it("refuses exactly what TextDecoder refuses, and reads the rest as it does", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 12 }), fc.boolean(), (random, withBom) => {
        const bytes = withBom ? new Uint8Array([...bom, ...random]) : random;
        const expected = throughTextDecoder(bytes);
        const decoded = decodeText(bytes, "answers.yaml");
        expect(decoded.ok).toBe(expected !== undefined);
        if (decoded.ok) expect(decoded.text).toBe(expected);
        else expect(decoded.message).toMatch(/^answers\.yaml: is not UTF-8 text: the bytes at /);
      }),
      { numRuns: 2000 },
    );
    for (const bytes of [
      [0xed, 0xa0, 0x80],
      [0xc0, 0xaf],
      [0xf4, 0x90, 0x80, 0x80],
      [0xef, 0xbb],
      [0xef, 0xbb, 0xbf],
    ]) {
      const expected = throughTextDecoder(new Uint8Array(bytes));
      const decoded = decodeText(new Uint8Array(bytes), "x");
      expect(decoded.ok ? decoded.text : undefined).toBe(expected);
    }
  });

  it("reads a Buffer that is part of a larger one", () => {
    const whole = Buffer.from("xx\u00e9t\u00e9", "utf8");
    expect(decodeText(whole.subarray(2), "x")).toStrictEqual({ ok: true, text: "\u00e9t\u00e9" });
  });
});
