import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeUtf8, Utf8Batches } from "./utf8-batches.js";

const encoder = new TextEncoder();

/** Texts as templates make them: joined piece by piece (ropes), of any UTF-16, lone surrogates included. */
const rope = fc
  .array(fc.oneof(fc.string({ unit: "binary" }), fc.string({ unit: "grapheme" }), fc.constant("–")), {
    maxLength: 20,
  })
  .map((pieces) => {
    let text = "";
    for (const piece of pieces) text += piece;
    return text;
  });

describe("Utf8Batches", () => {
  it("gives each text the bytes any UTF-8 encoder writes, and its length, however many share a buffer (property)", () => {
    fc.assert(
      fc.property(fc.array(rope, { maxLength: 30 }), (texts) => {
        const batches = new Utf8Batches();
        const encoded = texts.map((text) => batches.encode(text));
        // Checked after every text was encoded: a later text never overwrites an earlier one's bytes.
        expect(encoded).toStrictEqual(
          texts.map((text) => ({ bytes: encoder.encode(text), length: text.length })),
        );
      }),
      { numRuns: 300 },
    );
  });

  it("fits texts longer than a batch, and texts that do not fit what is left of one", () => {
    const batches = new Utf8Batches();
    // The second has fewer code units than the first leaves bytes, but more bytes: it is tried there and
    // does not fit; the third is longer than a batch.
    const texts = ["a".repeat(200_000), "–".repeat(30_000), "😀".repeat(70_000), "", "end – ŵ"];
    const encoded = texts.map((text) => batches.encode(text));
    // Compared as buffers: element by element, megabytes take the matcher seconds.
    expect(encoded.map(({ bytes }) => Buffer.from(bytes).toString("base64"))).toStrictEqual(
      texts.map((text) => Buffer.from(text, "utf8").toString("base64")),
    );
    expect(encoded.map(({ length }) => length)).toStrictEqual(texts.map((text) => text.length));
    // Short texts share a buffer: the documents of a pack take a few, not one each.
    const short = [batches.encode("one – two"), batches.encode("three")];
    expect(short[0]!.bytes.buffer).toBe(short[1]!.bytes.buffer);
  });

  it("encodes a lone surrogate as U+FFFD, as Node.js's Buffer and the browsers' TextEncoder do", () => {
    expect(new Utf8Batches().encode("a\uD800b")).toStrictEqual({
      bytes: Uint8Array.of(0x61, 0xef, 0xbf, 0xbd, 0x62),
      length: 3,
    });
  });
});

describe("decodeUtf8", () => {
  it("gives back the text of well-formed UTF-16, a leading byte-order mark kept (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (text) => {
        expect(decodeUtf8(encoder.encode(`\uFEFF${text}`))).toBe(`\uFEFF${text}`);
      }),
    );
  });
});
