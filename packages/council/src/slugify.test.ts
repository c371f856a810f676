import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SLUG_MAX_LENGTH, slugify, uniqueSlugs } from "./index.js";
import { fullStem } from "./slugify.js";

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

describe("fullStem of a name all in ASCII", () => {
  // The Unicode steps fullStem skips for a name all in ASCII (slugify.ts: lettersOf), done anyway.
  const throughUnicode = (name: string) =>
    name
      .normalize("NFKD")
      .toLowerCase()
      .replace(/\p{M}+/gu, "")
      .replace(/[ßæœøłđðþıŀ]/gu, "?")
      .replace(/&/g, " and ")
      .replace(/['’‘`]/g, "")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+/, "")
      .replace(/-+$/, "");

  it("is what the Unicode steps give it", () => {
    const ascii = fc.string({
      unit: fc.integer({ min: 0, max: 0x7f }).map((code) => String.fromCharCode(code)),
    });
    fc.assert(
      fc.property(ascii, (name) => {
        expect(fullStem(name)).toBe(throughUnicode(name));
      }),
      { numRuns: 2000 },
    );
    for (let code = 0; code < 0x80; code += 1) {
      const name = `A${String.fromCharCode(code)}b`;
      expect(fullStem(name)).toBe(throughUnicode(name));
    }
  });

  it("still decomposes a name with one letter beyond ASCII", () => {
    expect(fullStem("Cafe\u0301 Ty\u0302")).toBe("cafe-ty");
    expect(fullStem("Caf\u00e9 & Stra\u00dfe")).toBe("cafe-and-strasse");
  });
});

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

  it("shortens a long name at a word boundary, without a hash", () => {
    expect(
      slugify("Brackenford and District Council for Voluntary Service Community Wellbeing Partnership"),
    ).toBe("brackenford-and-district-council-for-voluntary-service");
    expect(slugify("word ".repeat(30))).toBe(Array(12).fill("word").join("-"));
    expect(slugify(`${"a".repeat(60)}`)).toBe("a".repeat(60));
    expect(slugify(`${"a".repeat(59)} b`)).toBe("a".repeat(59));
  });

  it('does not end a shortened stem with a small word such as "and" or "of"', () => {
    const start = "The Brackenford and District Community and Voluntary Services Partnership";
    expect(slugify(`${start} (North)`)).toBe("the-brackenford-and-district-community-and-voluntary");
    expect(slugify(`Friends of the ${"x".repeat(50)}`)).toBe("friends");
    expect(slugify(`Cyngor Sir Ynys Môn a'r ${"y".repeat(40)}`)).toBe("cyngor-sir-ynys-mon");
  });

  it("cuts a first word longer than 60 characters inside the word", () => {
    expect(slugify(`${"a".repeat(70)} b`)).toBe("a".repeat(60));
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

describe("uniqueSlugs", () => {
  const start = "The Brackenford and District Community and Voluntary Services Partnership";

  it("gives each name its readable stem when no two meet", () => {
    const names = [
      "Brackenford and District Council for Voluntary Service Community Wellbeing Partnership",
      "Brackenford Homes",
      "St Anne's",
      "Con",
    ];
    expect(uniqueSlugs(names)).toEqual(names.map(slugify));
    expect(uniqueSlugs(names)[0]).toBe("brackenford-and-district-council-for-voluntary-service");
  });

  it("tells apart long names shortened to the same stem with a hash of each whole stem", () => {
    const [north, south] = uniqueSlugs([`${start} (North)`, `${start} (South)`]);
    expect(north).toMatch(/^the-brackenford-and-district-community-[0-9a-f]{8}$/);
    expect(south).toMatch(/^the-brackenford-and-district-community-[0-9a-f]{8}$/);
    expect(north).not.toBe(south);
    expect(north?.length).toBeLessThanOrEqual(SLUG_MAX_LENGTH);
  });

  it("leaves a name that is not shortened its own stem, and hashes the shortened one it meets", () => {
    const short = "The Brackenford and District Community and Voluntary";
    const [long, own] = uniqueSlugs([`${start} (North)`, short]);
    expect(own).toBe("the-brackenford-and-district-community-and-voluntary");
    expect(long).toMatch(/^the-brackenford-and-district-community-[0-9a-f]{8}$/);
  });

  it("tells apart a Windows device name and a name that spells out its stem", () => {
    const [device, spelt] = uniqueSlugs(["Con", "Con Doc"]);
    expect(spelt).toBe("con-doc");
    expect(device).toMatch(/^con-[0-9a-f]{8}$/);
  });

  it("gives the same stem to names with the same full stem (the schema refuses them)", () => {
    expect(uniqueSlugs(["St Anne's", "St Annes"])).toEqual(["st-annes", "st-annes"]);
  });

  it("is stable: the same names give the same stems, in any order (property)", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.stringMatching(/^[a-z0-9]{1,12}$/), { minLength: 1, maxLength: 6 }),
        fc.boolean(),
        (ends, reverse) => {
          const names = ends.map((end) => `${start} ${end}`);
          const slugs = uniqueSlugs(names);
          const again = uniqueSlugs(reverse ? [...names].reverse() : names);
          expect(reverse ? [...again].reverse() : again).toEqual(slugs);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("gives different stems to names with different full stems (property)", () => {
    const word = fc.stringMatching(/^[a-z0-9]{1,12}$/);
    const name = fc.oneof(
      word.map((end) => `${start} ${end}`),
      word.map((end) => `${"x".repeat(SLUG_MAX_LENGTH)} ${end}`),
      fc.tuple(fc.constantFrom("con", "nul", "com1"), fc.constantFrom("", " doc")).map(([a, b]) => a + b),
      fc.string({ unit: "grapheme", maxLength: 80 }),
    );
    fc.assert(
      fc.property(fc.uniqueArray(name, { maxLength: 8, selector: identityOf }), (names) => {
        const slugs = uniqueSlugs(names);
        expect(new Set(slugs).size).toBe(names.length);
        for (const slug of slugs) {
          expect(slug).toMatch(SLUG);
          expect(slug.length).toBeLessThanOrEqual(SLUG_MAX_LENGTH);
          expect(slugify(slug)).toBe(slug);
        }
      }),
      { numRuns: 1000 },
    );
  });
});

/** What tells names apart: their full stem, or the name itself when it has no Latin letters or digits. */
function identityOf(name: string): string {
  return fullStem(name) || `\u0000${name}`;
}

describe("uniqueSlugs' arguments, and the stems it remembers", () => {
  it("names the item that is not text, and skips a hole in the list as forEach does", () => {
    expect(() => uniqueSlugs(["Ashby", 3] as never)).toThrow(
      /^uniqueSlugs \(item 1\) needs text \(a string\), not a number\.$/,
    );
    // eslint-disable-next-line no-sparse-arrays
    const slugs = uniqueSlugs([, "Ashby"] as never);
    expect(slugs.length).toBe(2);
    expect(0 in slugs).toBe(false);
    expect(slugs[1]).toBe("ashby");
  });

  it("gives the same slugs however many names it has seen before (its memory of stems is bounded)", () => {
    const names = ["Ashby & Coalfield", "Tŷ Gwyn", "Ashby and Coalfield", "東京", "St John's"];
    const first = uniqueSlugs(names);
    // More names than it remembers, so that its memory is emptied on the way.
    uniqueSlugs(Array.from({ length: 1200 }, (_, index) => `Neighbourhood ${index}`));
    expect(uniqueSlugs(names)).toStrictEqual(first);
    expect(first).toStrictEqual([
      "ashby-and-coalfield",
      "ty-gwyn",
      "ashby-and-coalfield",
      "name-06271ed0",
      "st-johns",
    ]);
  });
});
