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

  it("shortens a long name and ends it with a hash of the whole stem", () => {
    const slug = slugify(`${"a".repeat(59)} b`);
    expect(slug).toMatch(/^a{51}-[0-9a-f]{8}$/);
    expect(slug).toHaveLength(SLUG_MAX_LENGTH);
    expect(slugify("word ".repeat(30))).toMatch(/^(word-){10}w-[0-9a-f]{8}$/);
    expect(slugify(`${"a".repeat(60)}`)).toBe("a".repeat(60));
  });

  it("keeps a dash out of the end of the shortened part", () => {
    // The 51st character is a dash: it is dropped, not doubled.
    const slug = slugify(`${"a".repeat(50)} ${"b".repeat(20)}`);
    expect(slug).toMatch(/^a{50}-[0-9a-f]{8}$/);
  });

  it("gives different stems to long names that differ only after 60 characters", () => {
    const start = "The Brackenford and District Community and Voluntary Services Partnership";
    const north = slugify(`${start} (North)`);
    const south = slugify(`${start} (South)`);
    expect(north).not.toBe(south);
    expect(north.startsWith("the-brackenford-and-district-community-and-voluntar-")).toBe(true);
    expect(north.length).toBeLessThanOrEqual(SLUG_MAX_LENGTH);
    expect(slugify(`${start} (North)`)).toBe(north);
  });

  it("gives the same stem to long names that differ only in case, spaces, punctuation or accents", () => {
    const start = "The Brackenford and District Community and Voluntary Services Partnership";
    expect(slugify(`${start} (North)`)).toBe(slugify(`${start.toUpperCase()} – nórth`));
  });

  it.each([
    ["CON", "con-doc"],
    ["Con.", "con-doc"],
    ["prn", "prn-doc"],
    ["Aux", "aux-doc"],
    ["NUL", "nul-doc"],
    ["COM1", "com1-doc"],
    ["com9", "com9-doc"],
    ["LPT1", "lpt1-doc"],
    ["lpt9", "lpt9-doc"],
  ])("does not give %j the Windows device name as a stem", (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });

  it.each(["com", "com0", "com10", "console", "aux-road", "lpt", "nul2"])(
    "keeps %j, which Windows does not reserve",
    (name) => {
      expect(slugify(name)).toBe(name);
    },
  );

  it("never gives a Windows device name (property)", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.constantFrom("con", "prn", "aux", "nul", "com", "lpt"),
          fc.string({ unit: "grapheme", maxLength: 6 }),
        ),
        fc.constantFrom("", "1", "9", " ", ".", "¹"),
        fc.constantFrom(
          (text: string) => text,
          (text: string) => text.toUpperCase(),
        ),
        (stem, end, casing) => {
          expect(slugify(casing(stem + end))).not.toMatch(/^(?:con|prn|aux|nul|com[1-9]|lpt[1-9])$/);
        },
      ),
      { numRuns: 500 },
    );
  });

  it("gives different stems to different long names (property)", () => {
    const start = "x".repeat(SLUG_MAX_LENGTH);
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z0-9]{1,12}$/), fc.stringMatching(/^[a-z0-9]{1,12}$/), (a, b) => {
        fc.pre(a !== b);
        expect(slugify(`${start} ${a}`)).not.toBe(slugify(`${start} ${b}`));
      }),
      { numRuns: 1000 },
    );
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
