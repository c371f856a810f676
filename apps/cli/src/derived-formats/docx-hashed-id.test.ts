import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lacHashedId } from "./docx-hashed-id.js";

// docx's own hashedId (its ES module build, the one lac bundles), through @lac/pack-formats, which depends on docx.
const packFormats = createRequire(import.meta.url).resolve("@lac/pack-formats");
const docxRoot = join(dirname(createRequire(packFormats).resolve("docx")), "index.mjs");
const { hashedId } = (await import(pathToFileURL(docxRoot).href)) as {
  hashedId: (data: string | ArrayBuffer | ArrayBufferView) => string;
};

const notCalled = (): string => {
  throw new Error("docx's own hashedId was called for text or bytes");
};

describe("lacHashedId", () => {
  it("gives docx's digest of text and bytes, without docx's own SHA-1", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect(lacHashedId(bytes, notCalled)).toBe(hashedId(bytes));
        expect(lacHashedId(bytes.buffer, notCalled)).toBe(hashedId(bytes.buffer));
        expect(lacHashedId(Buffer.from(bytes), notCalled)).toBe(hashedId(Buffer.from(bytes)));
      }),
      { numRuns: 300 },
    );
    // Any text, lone surrogates included (both encode them as U+FFFD).
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 100 }), (text) => {
        expect(lacHashedId(text, notCalled)).toBe(hashedId(text));
      }),
      { numRuns: 300 },
    );
    expect(lacHashedId("\ud800a\udfff", notCalled)).toBe(hashedId("\ud800a\udfff"));
    // Lengths around SHA-1's 64-byte blocks, and a picture-sized one.
    for (const length of [0, 1, 55, 56, 63, 64, 65, 119, 120, 128, 200_003]) {
      const bytes = Uint8Array.from({ length }, (_, index) => (index * 131 + 7) % 256);
      expect(lacHashedId(bytes, notCalled)).toBe(hashedId(bytes));
    }
  });

  it("leaves any other view or value to docx's own SHA-1", () => {
    const views = [
      new Uint16Array([1, 300, 65535]),
      new Uint8ClampedArray([1, 2, 3]),
      new DataView(new ArrayBuffer(4)),
    ];
    for (const view of views) expect(lacHashedId(view, hashedId)).toBe(hashedId(view));
    const seen: unknown[] = [];
    lacHashedId(views[0]!, (data) => (seen.push(data), "original"));
    expect(seen).toEqual([views[0]]);
  });
});
