import { createHash } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { contentHashSchema } from "./content-hash-schema.js";
import { hashContent } from "./content-hash.js";
import { Utf8Parts } from "./utf8-parts.js";

describe("hashContent", () => {
  it("gives the SHA-256 of the UTF-8 bytes, prefixed with the algorithm", () => {
    expect(hashContent("")).toBe("sha256-e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    expect(hashContent("abc")).toBe(
      "sha256-ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
    );
  });

  it("gives what a Hash object gives, for any text (lone surrogates included) and any bytes", () => {
    const expected = (content: string | Uint8Array) =>
      `sha256-${createHash("sha256")
        .update(typeof content === "string" ? Buffer.from(content, "utf8") : content)
        .digest("hex")}`;
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: "binary", maxLength: 200 }), fc.uint8Array({ maxLength: 200 })),
        (content) => {
          expect(hashContent(content)).toBe(expected(content));
        },
      ),
      { numRuns: 500 },
    );
    expect(hashContent("a\ud800b\udc00")).toBe(expected("a\ufffdb\ufffd"));
  });

  it("hashes bytes in parts (.lac/bases) as the bytes they join into, and remembers it (property-based)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.string({ unit: "grapheme", maxLength: 30 }), fc.uint8Array({ maxLength: 30 }))),
        (given) => {
          const parts = Utf8Parts.of(given);
          const hash = hashContent(parts);
          expect(hash).toBe(hashContent(parts.joined()));
          expect(hashContent(parts)).toBe(hash);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("hashes text and its UTF-8 bytes the same, so rendered text matches what is read back from disk", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 40 }), (text) => {
        expect(hashContent(text)).toBe(hashContent(Buffer.from(text, "utf8")));
        expect(contentHashSchema.safeParse(hashContent(text)).success).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("gives the same hash the second time, for more texts than it remembers, lone surrogates included", () => {
    const texts = Array.from(
      { length: 600 },
      (_, index) => `document ${index % 300}\n${"x".repeat(index)}\ud800`,
    );
    const first = texts.map((text) => hashContent(text));
    expect(texts.map((text) => hashContent(text))).toStrictEqual(first);
    expect(
      first.map((hash, index) => hash === hashContent(Buffer.from(texts[index] ?? "", "utf8"))),
    ).not.toContain(false);
  });

  it("tells apart texts that differ by one character", () => {
    expect(hashContent("Partner: North Trust\n")).not.toBe(hashContent("Partner: North Trust \n"));
  });
});

describe("contentHashSchema", () => {
  it("refuses hashes without the prefix or with the wrong length, and says what is expected", () => {
    for (const bad of ["e3b0c442", "sha256-xyz", `sha1-${"a".repeat(40)}`, `sha256-${"A".repeat(64)}`]) {
      const result = contentHashSchema.safeParse(bad);
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.message).toContain('"sha256-" followed by 64 hexadecimal digits');
    }
  });
});
