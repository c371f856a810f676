import { describe, expect, it } from "vitest";
import {
  checkLawfulBasis,
  checkLegalCondition,
  describeLegalCondition,
  type LawfulBasis,
} from "./lawful-basis.js";
import {
  ARTICLE_6_BASES,
  ARTICLE_9_CONDITIONS,
  RECOGNISED_LEGITIMATE_INTEREST_IDS,
  SCHEDULE_1_CONDITIONS,
} from "./lawful-basis-terms.js";

const COUNCIL = { publicAuthority: true, processingForOwnTasks: true };
const CHARITY = { publicAuthority: false, processingForOwnTasks: false };

function basis(overrides: Partial<LawfulBasis> = {}): LawfulBasis {
  return {
    organisation: "Example Borough Council",
    purposes: ["coordinating-support"],
    categories: ["contact-details", "health"],
    condition: { article6: "e", article9: "h", schedule1: { part: 1, paragraph: 2 } },
    statutoryPower: "The statutory power recorded in our data sharing agreement",
    ...overrides,
  };
}

function errorsOf(result: ReturnType<typeof checkLawfulBasis>) {
  return result.ok ? [] : result.errors;
}

describe("the lawful basis terms", () => {
  it("lists Art 6(1) (a) to (f) with (ea), Art 9(2) (a) to (j), and the five RLI conditions", () => {
    expect(Object.keys(ARTICLE_6_BASES)).toEqual(["a", "b", "c", "d", "e", "ea", "f"]);
    expect(ARTICLE_6_BASES.ea.name).toBe("recognised legitimate interest");
    expect(Object.keys(ARTICLE_9_CONDITIONS)).toHaveLength(10);
    const needing = Object.entries(ARTICLE_9_CONDITIONS).filter(([, info]) => info.needsSchedule1);
    expect(needing.map(([letter]) => letter)).toEqual(["b", "g", "h", "i", "j"]);
    expect(RECOGNISED_LEGITIMATE_INTEREST_IDS).toHaveLength(5);
  });

  it("marks which Schedule 1 conditions need an appropriate policy document", () => {
    const need = (part: number, paragraph: number) =>
      SCHEDULE_1_CONDITIONS.find((each) => each.part === part && each.paragraph === paragraph)
        ?.appropriatePolicyDocument;
    expect(need(1, 1)).toBe("required");
    expect(need(1, 2)).toBe("not-required");
    expect(need(2, 18)).toBe("required");
    expect(need(2, 19)).toBe("required");
    expect(need(2, 10)).toBe("check");
  });
});

describe("checkLawfulBasis", () => {
  it("accepts public task with 9(2)(h) and Sch 1 Part 1 para 2 for a council", () => {
    expect(checkLawfulBasis(basis(), COUNCIL)).toEqual({ ok: true, warnings: [] });
  });

  it("refuses 6(1)(ea) and 6(1)(f) for a public authority performing its tasks", () => {
    for (const article6 of ["ea", "f"] as const) {
      const result = checkLawfulBasis(
        basis({
          categories: ["contact-details"],
          condition: {
            article6,
            ...(article6 === "ea"
              ? { recognisedLegitimateInterest: "safeguarding-vulnerable-individuals" }
              : {}),
          },
        }),
        COUNCIL,
      );
      const [error] = errorsOf(result);
      expect(error).toMatchObject({
        code: "basis-not-available-to-public-authority",
        path: "condition.article6",
      });
      expect(error?.message).toContain(
        "6(1)(ea) and 6(1)(f) do not apply to them (UK GDPR Art 6(1) as amended by DUAA 2025 s.70); public task 6(1)(e) is likely to be appropriate",
      );
    }
  });

  it("allows 6(1)(ea) for a partner that is not a public authority, with one of the five conditions", () => {
    const ea = basis({
      categories: ["contact-details"],
      condition: { article6: "ea", recognisedLegitimateInterest: "disclosure-for-public-task" },
    });
    expect(checkLawfulBasis(ea, CHARITY).ok).toBe(true);
    const missing = checkLawfulBasis(
      basis({ categories: ["contact-details"], condition: { article6: "ea" } }),
      CHARITY,
    );
    expect(errorsOf(missing)[0]).toMatchObject({
      code: "recognised-legitimate-interest-missing",
      path: "condition.recognisedLegitimateInterest",
    });
    const stray = checkLawfulBasis(
      basis({
        categories: ["contact-details"],
        condition: { article6: "e", recognisedLegitimateInterest: "crime" },
      }),
      COUNCIL,
    );
    expect(errorsOf(stray)[0]).toMatchObject({ code: "recognised-legitimate-interest-without-ea" });
  });

  it("needs an Art 9(2) condition for special category data", () => {
    const [error] = errorsOf(checkLawfulBasis(basis({ condition: { article6: "e" } }), COUNCIL));
    expect(error).toMatchObject({ code: "article-9-condition-missing", path: "condition.article9" });
    expect(error?.message).toContain("Special category data (health) needs an Art 9(2) condition");
  });

  it("needs the matching Schedule 1 condition for 9(2)(b), (g), (h), (i) and (j)", () => {
    const h = errorsOf(checkLawfulBasis(basis({ condition: { article6: "e", article9: "h" } }), COUNCIL))[0];
    expect(h).toMatchObject({ code: "schedule-1-condition-missing", path: "condition.schedule1" });
    expect(h?.message).toContain("Part 1 para 2 (health or social care purposes)");
    const wrong = errorsOf(
      checkLawfulBasis(
        basis({ condition: { article6: "e", article9: "h", schedule1: { part: 2, paragraph: 18 } } }),
        COUNCIL,
      ),
    )[0];
    expect(wrong?.message).toContain("9(2)(h) needs DPA 2018 Sch 1 Part 1 para 2");
    const g = errorsOf(
      checkLawfulBasis(
        basis({ condition: { article6: "e", article9: "g", schedule1: { part: 1, paragraph: 2 } } }),
        COUNCIL,
      ),
    )[0];
    expect(g).toMatchObject({ code: "schedule-1-condition-mismatch" });
    expect(g?.message).toContain("a Part 2 condition");
    const b = errorsOf(checkLawfulBasis(basis({ condition: { article6: "e", article9: "b" } }), COUNCIL))[0];
    expect(b?.message).toContain("Part 1 para 1");
  });

  it("needs an appropriate policy document where the Schedule 1 condition does", () => {
    const para18 = basis({
      purposes: ["safeguarding"],
      condition: { article6: "e", article9: "g", schedule1: { part: 2, paragraph: 18 } },
    });
    const [error] = errorsOf(checkLawfulBasis(para18, COUNCIL));
    expect(error).toMatchObject({
      code: "appropriate-policy-document-missing",
      path: "appropriatePolicyDocumentRef",
    });
    expect(checkLawfulBasis({ ...para18, appropriatePolicyDocumentRef: "APD-2025" }, COUNCIL).ok).toBe(true);
  });

  it("needs a Schedule 1 condition for criminal offence data", () => {
    const [error] = errorsOf(
      checkLawfulBasis(basis({ categories: ["criminal-offence"], condition: { article6: "e" } }), COUNCIL),
    );
    expect(error).toMatchObject({ code: "criminal-offence-condition-missing" });
  });

  it("warns about consent as a public authority's basis, and for safeguarding", () => {
    const consent = checkLawfulBasis(
      basis({ purposes: ["safeguarding"], categories: ["contact-details"], condition: { article6: "a" } }),
      COUNCIL,
    );
    expect(consent.ok).toBe(true);
    expect(consent.warnings.map((warning) => warning.code)).toEqual([
      "consent-by-public-authority",
      "consent-for-safeguarding",
    ]);
  });

  it("warns about conditions that are not needed, unknown or that need care", () => {
    const result = checkLawfulBasis(
      basis({
        categories: ["contact-details"],
        condition: { article6: "e", article9: "a", schedule1: { part: 3, paragraph: 40 } },
      }),
      COUNCIL,
    );
    expect(result.warnings.map((warning) => warning.code)).toEqual([
      "article-9-condition-not-needed",
      "explicit-consent-requirements",
      "schedule-1-condition-not-needed",
      "schedule-1-condition-unknown",
    ]);
  });

  it("asks a public authority to document its statutory power", () => {
    const result = checkLawfulBasis(basis({ statutoryPower: undefined }), COUNCIL);
    expect(result.warnings).toEqual([
      expect.objectContaining({ code: "statutory-power-missing", path: "statutoryPower" }),
    ]);
    expect(checkLawfulBasis(basis({ statutoryPower: undefined }), CHARITY).warnings).toEqual([]);
  });

  it("returns problems for input that is not a lawful basis, instead of throwing", () => {
    const result = checkLawfulBasis({ organisation: "" } as never, { publicAuthority: "yes" } as never);
    expect(result.ok).toBe(false);
    expect(errorsOf(result).map((error) => error.path)).toContain("basis.organisation");
    expect(errorsOf(result).map((error) => error.path)).toContain("partner.publicAuthority");
  });

  it("describes a condition in one line", () => {
    expect(
      describeLegalCondition({ article6: "e", article9: "g", schedule1: { part: 2, paragraph: 18 } }),
    ).toBe(
      'UK GDPR Art 6(1)(e) "public task"; Art 9(2)(g) "substantial public interest (basis in law)"; DPA 2018 Sch 1 Part 2 para 18',
    );
  });
});

describe("Schedule 1 pairings and bad input", () => {
  const health = (schedule1: { part: 1 | 2 | 3; paragraph: number }, article9: "g" | "i" | "j") =>
    checkLegalCondition({ article6: "e", article9, schedule1 }, ["health"]);

  it("needs Part 1 para 3 for 9(2)(i) and Part 1 para 4 for 9(2)(j)", () => {
    expect(health({ part: 2, paragraph: 18 }, "i").errors[0]).toMatchObject({
      code: "schedule-1-condition-mismatch",
      message: expect.stringContaining("Part 1 para 3"),
    });
    expect(health({ part: 1, paragraph: 2 }, "j").errors[0]).toMatchObject({
      code: "schedule-1-condition-mismatch",
      message: expect.stringContaining("Part 1 para 4"),
    });
    expect(health({ part: 1, paragraph: 3 }, "i").errors).toEqual([]);
    expect(health({ part: 1, paragraph: 4 }, "j").errors).toEqual([]);
  });

  it("refuses Part 2 para 5, which is the policy-document rule and not a condition", () => {
    expect(health({ part: 2, paragraph: 5 }, "g").errors).toEqual([
      expect.objectContaining({ code: "schedule-1-not-a-condition", path: "schedule1" }),
    ]);
  });

  it("returns problems instead of throwing for bad input", () => {
    const none = checkLegalCondition(undefined as never, []);
    expect(none.errors[0]).toMatchObject({ code: "invalid-value", path: "condition" });
    const badCategories = checkLegalCondition({ article6: "e" }, ["foo"] as never);
    expect(badCategories.errors[0]).toMatchObject({ path: "categories[0]" });
    expect(checkLegalCondition({ article6: "e" }, null as never).errors[0]).toMatchObject({
      path: "categories",
    });
  });
});
