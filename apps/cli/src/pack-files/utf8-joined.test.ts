import fc from "fast-check";
import { basesFileParts, serialiseBases } from "@lac/pack-files";
import { describe, expect, it } from "vitest";
import { utf8Joined } from "./utf8-joined.js";

describe("utf8Joined", () => {
  it("gives the UTF-8 bytes of the texts joined", () => {
    expect(utf8Joined([])).toEqual(Buffer.alloc(0));
    expect(utf8Joined(["a – b", "", "\n", "Cymraeg: ŵ ŷ", "😀"]).toString("utf8")).toBe(
      "a – b\nCymraeg: ŵ ŷ😀",
    );
  });

  it("equals Buffer.from of the joined text for texts of whole characters (property-based)", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: "grapheme" })), (texts) => {
        expect(utf8Joined(texts).equals(Buffer.from(texts.join(""), "utf8"))).toBe(true);
      }),
    );
  });

  it("encodes each text as Buffer.from does, lone surrogates included (property-based)", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: "binary" })), (texts) => {
        const each = Buffer.concat(texts.map((text) => Buffer.from(text, "utf8")));
        expect(utf8Joined(texts).equals(each)).toBe(true);
      }),
    );
  });

  it("copies a part given as bytes where its text would be (property-based)", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string({ unit: "binary" }), fc.boolean())), (parts) => {
        const given = parts.map(([text, asBytes]) =>
          asBytes ? Buffer.from(text, "utf8").subarray(0) : text,
        );
        const each = Buffer.concat(parts.map(([text]) => Buffer.from(text, "utf8")));
        expect(utf8Joined(given).equals(each)).toBe(true);
      }),
    );
    // A view into a larger buffer: only its own bytes.
    const view = Buffer.from("xx–yy", "utf8").subarray(2, 5);
    expect(utf8Joined(["a", view, "b"]).toString("utf8")).toBe("a–b");
  });

  it("makes the bytes of .lac/bases from its parts, whatever the bases hold (property-based)", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string({ unit: "binary" }), fc.string({ unit: "binary" })), (bases) => {
        expect(utf8Joined(basesFileParts(bases)).equals(Buffer.from(serialiseBases(bases), "utf8"))).toBe(
          true,
        );
      }),
    );
  });
});
