import fc from "fast-check";
import { basesFileLayout, serialiseBases } from "@lac/pack-files";
import { describe, expect, it } from "vitest";
import { Utf8Parts } from "./utf8-parts.js";

describe("Utf8Parts", () => {
  it("gives the UTF-8 bytes of the texts joined", () => {
    expect(Utf8Parts.of([]).joined()).toEqual(Buffer.alloc(0));
    expect(Utf8Parts.of([]).byteLength).toBe(0);
    const parts = Utf8Parts.of(["a – b", "", "\n", "Cymraeg: ŵ ŷ", "😀"]);
    expect(parts.joined().toString("utf8")).toBe("a – b\nCymraeg: ŵ ŷ😀");
    expect(parts.byteLength).toBe(Buffer.byteLength("a – b\nCymraeg: ŵ ŷ😀"));
  });

  it("equals Buffer.from of the joined text for texts of whole characters (property-based)", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: "grapheme" })), (texts) => {
        const parts = Utf8Parts.of(texts);
        expect(parts.joined().equals(Buffer.from(texts.join(""), "utf8"))).toBe(true);
        expect(parts.byteLength).toBe(parts.joined().byteLength);
      }),
    );
  });

  it("keeps each part given as bytes as it is, not a copy, and encodes the texts between them together (property-based)", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string({ unit: "grapheme" }), fc.boolean())), (given) => {
        const parts = given.map(([text, asBytes]) => (asBytes ? Buffer.from(text, "utf8") : text));
        const result = Utf8Parts.of(parts);
        expect(result.joined().equals(Buffer.from(given.map(([text]) => text).join(""), "utf8"))).toBe(true);
        for (const part of parts)
          if (typeof part !== "string" && part.byteLength > 0) expect(result.parts).toContain(part);
        // No two parts of text follow each other, and no part is empty.
        expect(result.parts.every((part) => part.byteLength > 0)).toBe(true);
        expect(result.parts.length).toBeLessThanOrEqual(
          2 * parts.filter((part) => typeof part !== "string").length + 1,
        );
      }),
    );
    // A view into a larger buffer: only its own bytes, and the same view.
    const view = Buffer.from("xx–yy", "utf8").subarray(2, 5);
    const result = Utf8Parts.of(["a", view, "b"]);
    expect(result.joined().toString("utf8")).toBe("a–b");
    expect(result.parts[1]).toBe(view);
  });

  it("encodes a lone surrogate as Buffer.from does, in the texts between two parts of bytes (property-based)", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: "binary" })), (texts) => {
        const parts = texts.flatMap((text) => [text, Buffer.from("|")]);
        const expected = Buffer.concat(
          texts.flatMap((text) => [Buffer.from(text, "utf8"), Buffer.from("|")]),
        );
        expect(Utf8Parts.of(parts).joined().equals(expected)).toBe(true);
      }),
    );
  });

  it("makes the bytes of .lac/bases from its parts, each base given as its bytes, whatever the bases hold (property-based)", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string({ unit: "binary" }), fc.string({ unit: "binary" })), (bases) => {
        const asBytes = Object.fromEntries(
          Object.entries(bases).map(([path, base]) => [
            path,
            { bytes: Buffer.from(base, "utf8"), length: base.length },
          ]),
        );
        const layout = basesFileLayout(asBytes, (base) => base.length).map((part) =>
          typeof part === "string" ? part : part.bytes,
        );
        expect(
          Utf8Parts.of(layout)
            .joined()
            .equals(Buffer.from(serialiseBases(bases), "utf8")),
        ).toBe(true);
      }),
    );
  });
});
