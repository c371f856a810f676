import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  ALL_ORDINARY,
  agreedCategorySchema,
  coversCategory,
  expandAgreedCategories,
  INFORMATION_CATEGORIES,
  INFORMATION_CATEGORY_IDS,
  isSpecialCategory,
  needsExplicitNaming,
  ORDINARY_CATEGORY_IDS,
  type AgreedCategory,
} from "./information-categories.js";

describe("information categories", () => {
  it("flags the eight UK GDPR Art 9(1) special categories, and criminal offence data separately", () => {
    const special = INFORMATION_CATEGORY_IDS.filter((id) => INFORMATION_CATEGORIES[id].special);
    expect(special).toEqual([
      "racial-or-ethnic-origin",
      "political-opinions",
      "religious-or-philosophical-beliefs",
      "trade-union-membership",
      "genetic",
      "biometric",
      "health",
      "sex-life-or-sexual-orientation",
    ]);
    expect(INFORMATION_CATEGORIES["criminal-offence"]).toMatchObject({
      kind: "criminal-offence",
      special: false,
    });
    expect(needsExplicitNaming("criminal-offence")).toBe(true);
    expect(ORDINARY_CATEGORY_IDS).toContain("vision-and-what-matters");
    expect(ORDINARY_CATEGORY_IDS.some((id) => needsExplicitNaming(id))).toBe(false);
  });

  it("gives every category a label and a source", () => {
    for (const id of INFORMATION_CATEGORY_IDS) {
      expect(INFORMATION_CATEGORIES[id].id).toBe(id);
      expect(INFORMATION_CATEGORIES[id].label.length).toBeGreaterThan(3);
      expect(INFORMATION_CATEGORIES[id].source.length).toBeGreaterThan(3);
    }
    // The table is built from a list: every id once, in the order of the ids, and frozen.
    expect(Object.keys(INFORMATION_CATEGORIES)).toEqual([...INFORMATION_CATEGORY_IDS]);
    expect(Object.isFrozen(INFORMATION_CATEGORIES)).toBe(true);
    expect(Object.isFrozen(INFORMATION_CATEGORIES.health)).toBe(true);
  });

  it('accepts "all-ordinary" in an agreement and refuses unknown ids', () => {
    expect(agreedCategorySchema.safeParse(ALL_ORDINARY).success).toBe(true);
    expect(agreedCategorySchema.safeParse("medical-history").success).toBe(false);
  });

  it("covers a special category only when it is named", () => {
    fc.assert(
      fc.property(
        fc.subarray<AgreedCategory>([...INFORMATION_CATEGORY_IDS, ALL_ORDINARY]),
        fc.constantFrom(...INFORMATION_CATEGORY_IDS),
        (agreed, id) => {
          const covered = coversCategory(agreed, id);
          if (needsExplicitNaming(id)) expect(covered).toBe(agreed.includes(id));
          else expect(covered).toBe(agreed.includes(id) || agreed.includes(ALL_ORDINARY));
          expect(expandAgreedCategories(agreed).includes(id)).toBe(covered);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("knows health is special and finances are not", () => {
    expect(isSpecialCategory("health")).toBe(true);
    expect(isSpecialCategory("finances")).toBe(false);
  });
});

describe("the category predicates with bad input", () => {
  it("answer false, never throw, for unknown ids or a list that is not an array", () => {
    expect(isSpecialCategory("foo" as never)).toBe(false);
    expect(needsExplicitNaming("foo" as never)).toBe(false);
    expect(isSpecialCategory("toString" as never)).toBe(false);
    expect(coversCategory([], "foo" as never)).toBe(false);
    expect(coversCategory(["all-ordinary"], "foo" as never)).toBe(false);
    expect(coversCategory(null as never, "health")).toBe(false);
    expect(coversCategory(["all-ordinary"], "finances")).toBe(true);
  });
});
