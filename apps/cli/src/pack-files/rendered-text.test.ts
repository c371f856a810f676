import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hashContent } from "./content-hash.js";
import { RenderedText, textOf } from "./rendered-text.js";

describe("RenderedText", () => {
  it("is the text's UTF-8 bytes, knows its length, and gives its text back (property-based)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (text) => {
        const rendered = RenderedText.ofString(text);
        expect(Buffer.from(rendered).equals(Buffer.from(text, "utf8"))).toBe(true);
        expect(rendered.textLength).toBe(text.length);
        expect(rendered.text).toBe(text);
        expect(textOf(rendered)).toBe(text);
        // Hashed as its bytes, which are the text's: the same hash as the text's.
        expect(hashContent(rendered)).toBe(hashContent(text));
      }),
    );
  });

  it("reads a document's text only when asked for it, and once", () => {
    let reads = 0;
    const text = "Care Act 2014 ss.1–2";
    const bytes = new TextEncoder().encode(`before${text}after`).subarray(6, 6 + Buffer.byteLength(text));
    const rendered = RenderedText.ofDocument({
      utf8: { bytes, length: text.length },
      get content() {
        reads += 1;
        return text;
      },
    });
    expect(rendered.byteLength).toBe(Buffer.byteLength(text));
    expect(Buffer.from(rendered).toString("utf8")).toBe(text);
    expect(hashContent(rendered)).toBe(hashContent(text));
    expect(reads).toBe(0);
    expect([rendered.text, rendered.text]).toEqual([text, text]);
    expect(reads).toBe(1);
  });

  it("holds bytes it is given as they are, with the length it is told, and decodes them when asked (property-based)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), fc.string(), (text, around) => {
        const whole = Buffer.from(`${around}${text}${around}`, "utf8");
        const start = Buffer.byteLength(around);
        const bytes = whole.subarray(start, start + Buffer.byteLength(text));
        const rendered = RenderedText.ofBytes(bytes, text.length);
        expect(rendered.buffer).toBe(whole.buffer);
        expect(Buffer.from(rendered).equals(Buffer.from(text, "utf8"))).toBe(true);
        expect(rendered.textLength).toBe(text.length);
        expect(rendered.text).toBe(text);
        expect(hashContent(rendered)).toBe(hashContent(text));
      }),
    );
  });

  it("encodes a document that has no bytes (rendered without { utf8: true })", () => {
    const rendered = RenderedText.ofDocument({ content: "a – b" });
    expect(Buffer.from(rendered).toString("utf8")).toBe("a – b");
    expect(rendered.textLength).toBe(5);
  });

  it("makes plain Uint8Arrays of its parts, which have no text of their own", () => {
    const part = RenderedText.ofString("abc").subarray(1);
    expect(part).not.toBeInstanceOf(RenderedText);
    expect(part).toBeInstanceOf(Uint8Array);
  });
});

describe("textOf", () => {
  it("gives a string as it is and other bytes as UTF-8", () => {
    expect(textOf("a – b")).toBe("a – b");
    expect(textOf(Buffer.from("xa – b", "utf8").subarray(1))).toBe("a – b");
  });
});
