import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SLUG_MAX_LENGTH, slugify } from "./index.js";

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

describe("slugify", () => {
  it.each([
    ["Castle and Riverside", "castle-and-riverside"],
    ["St Anne's", "st-annes"],
    ["St Anne’s", "st-annes"],
    ["Tŷ Gwyn", "ty-gwyn"],
    ["Ynys Môn", "ynys-mon"],
    ["Glan-yr-Afon", "glan-yr-afon"],
    ["  --Leading and trailing--  ", "leading-and-trailing"],
    ["Housing & Communities", "housing-and-communities"],
    ["Straße", "strasse"],
    ["Æbleø", "aebleo"],
    ["NHS Trust (fictional)", "nhs-trust-fictional"],
    ["Ward 12 / Ward 13", "ward-12-ward-13"],
    ["ﬁeld", "field"],
  ])("turns %j into %j", (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });

  it("never returns an empty stem, a dot or two dots", () => {
    for (const name of ["", ".", "..", "   ", "---", "北区", "😀"]) {
      expect(slugify(name)).toMatch(SLUG);
      expect(slugify(name)).toMatch(/^name-[0-9a-f]{8}$/);
    }
  });

  it("gives different stems to different names without Latin letters", () => {
    expect(slugify("北区")).not.toBe(slugify("南区"));
    expect(slugify("北区")).toBe(slugify("北区"));
  });

  it("cuts long names at 60 characters without a dash at the end", () => {
    const slug = slugify(`${"a".repeat(59)} b`);
    expect(slug).toBe("a".repeat(59));
    expect(slugify("word ".repeat(30))).toHaveLength(59);
  });

  it("always gives lower-case ASCII kebab-case of at most 60 characters (property)", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: "grapheme" }), fc.string({ unit: "binary", maxLength: 200 })),
        (name) => {
          const slug = slugify(name);
          expect(slug).toMatch(SLUG);
          expect(slug.length).toBeLessThanOrEqual(SLUG_MAX_LENGTH);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("is stable: a stem slugifies to itself (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (name) => {
        const slug = slugify(name);
        expect(slugify(slug)).toBe(slug);
      }),
      { numRuns: 1000 },
    );
  });
});
