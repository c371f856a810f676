import { describe, expect, it } from "vitest";
import { decideSharing } from "./decide-sharing.js";
import { EXCEPTION_MAX_VALIDITY_MONTHS, sharingExceptionSchema, type SharingException } from "./exception.js";
import { problemsFromZod } from "./problem.js";
import { exception, GP, MANAGER, PERSON } from "./test-support/fixtures.js";

function issues(value: unknown) {
  const result = sharingExceptionSchema.safeParse(value);
  return result.success ? [] : problemsFromZod(result.error);
}

describe("sharingExceptionSchema", () => {
  it("accepts a complete recorded exception", () => {
    expect(issues(exception())).toEqual([]);
  });

  it("records whether and when the person was told, or why not", () => {
    expect(issues(exception({ personTold: { told: true, at: "2025-05-10T09:15:00+01:00" } }))).toEqual([]);
    const notYet = issues(exception({ personTold: { told: false, why: "not-yet-possible" } }));
    expect(notYet[0]).toMatchObject({ path: "personTold.planToTellBy" });
    expect(
      issues(
        exception({
          personTold: { told: false, why: "not-yet-possible", planToTellBy: "2025-05-12T09:00:00Z" },
        }),
      ),
    ).toEqual([]);
    expect(issues(exception({ personTold: { told: true, at: "2025-05-11T09:00:00Z" } }))[0]).toMatchObject({
      path: "personTold.at",
    });
  });

  it("needs a window that ends after the decision", () => {
    expect(issues(exception({ validUntil: "2025-05-10T08:00:00Z" }))[0]).toMatchObject({
      path: "validUntil",
    });
  });

  it("needs one of the para 18(2) reasons when it relies on DPA 2018 Sch 1 para 18", () => {
    const problems = issues(exception({ reason: "required-by-law" }));
    expect(problems.every((problem) => problem.path === "reason")).toBe(true);
    expect(problems.some((problem) => problem.message.includes("para 18(2)"))).toBe(true);
  });

  it("needs an Art 9(2) condition, and its Schedule 1 condition, for special category data", () => {
    const noArticle9 = issues(exception({ conditionReliedOn: { article6: "e" } }));
    expect(noArticle9[0]).toMatchObject({ path: "conditionReliedOn.article9" });
    expect(noArticle9[0]?.message).toContain("Special category data (health)");
    const noSchedule1 = issues(exception({ conditionReliedOn: { article6: "e", article9: "g" } }));
    expect(noSchedule1[0]).toMatchObject({ path: "conditionReliedOn.schedule1" });
  });

  it("names the decision-maker by role and staff id, not the person", () => {
    expect(issues(exception({ decisionMaker: { ...MANAGER, id: PERSON } }))[0]).toMatchObject({
      path: "decisionMaker.id",
    });
  });

  it("has no free-text reason: the reasoning stays in the case file", () => {
    expect(issues({ ...exception(), justification: "Worried about Jane" })[0]).toMatchObject({
      code: "unknown-field",
    });
  });

  it("lists only specific categories: a general scope is not allowed", () => {
    expect(issues({ ...exception(), categories: ["all-ordinary"] })[0]).toMatchObject({
      path: "categories[0]",
    });
  });

  it("refuses consent as the condition for sharing without agreement", () => {
    const article6 = issues(
      exception({
        conditionReliedOn: { article6: "a", article9: "g", schedule1: { part: 2, paragraph: 18 } },
      }),
    );
    expect(article6).toEqual([expect.objectContaining({ path: "conditionReliedOn.article6" })]);
    expect(article6[0]?.message).toContain("6(1)(a) consent cannot be the basis");
    const article9 = issues(exception({ conditionReliedOn: { article6: "e", article9: "a" } }));
    expect(article9.map((problem) => problem.path)).toContain("conditionReliedOn.article9");
    expect(article9.find((problem) => problem.path === "conditionReliedOn.article9")?.message).toContain(
      "9(2)(a) explicit consent cannot be the condition",
    );
  });

  it("refuses 6(1)(ea) and 6(1)(f) for a public authority, and accepts them otherwise", () => {
    const ea = {
      article6: "ea" as const,
      recognisedLegitimateInterest: "safeguarding-vulnerable-individuals" as const,
      article9: "g" as const,
      schedule1: { part: 2 as const, paragraph: 18 },
    };
    expect(issues(exception({ conditionReliedOn: ea }))).toEqual([
      expect.objectContaining({
        path: "conditionReliedOn.article6",
        message: expect.stringContaining("public authority"),
      }),
    ]);
    const f = {
      article6: "f" as const,
      article9: "g" as const,
      schedule1: { part: 2 as const, paragraph: 18 },
    };
    expect(issues(exception({ conditionReliedOn: f }))[0]).toMatchObject({
      path: "conditionReliedOn.article6",
    });
    expect(issues(exception({ publicAuthority: false, conditionReliedOn: ea }))).toEqual([]);
    expect(issues({ ...exception(), publicAuthority: undefined })[0]).toMatchObject({
      path: "publicAuthority",
    });
  });

  it("needs an appropriate policy document where the Schedule 1 condition needs one", () => {
    const problems = issues({ ...exception(), appropriatePolicyDocumentRef: undefined });
    expect(problems).toEqual([
      expect.objectContaining({
        path: "appropriatePolicyDocumentRef",
        message: expect.stringContaining("appropriate policy document"),
      }),
    ]);
  });

  it("uses Sch 1 Part 2 para 19 only for health data", () => {
    const para19 = {
      article6: "e" as const,
      article9: "g" as const,
      schedule1: { part: 2 as const, paragraph: 19 },
    };
    expect(issues(exception({ conditionReliedOn: para19, categories: ["health"] }))).toEqual([]);
    const beliefs = issues(
      exception({ conditionReliedOn: para19, categories: ["religious-or-philosophical-beliefs"] }),
    );
    expect(beliefs[0]).toMatchObject({ path: "conditionReliedOn.schedule1" });
    expect(beliefs[0]?.message).toContain("only covers data concerning health");
  });

  it("cross-checks the grounds with the Article 6 basis", () => {
    const legal = issues(
      exception({
        grounds: "legal-obligation",
        reason: "required-by-law",
        categories: ["contact-details"],
        conditionReliedOn: { article6: "d" },
      }),
    );
    expect(legal).toEqual([
      expect.objectContaining({
        path: "conditionReliedOn.article6",
        message: expect.stringContaining("6(1)(c)"),
      }),
    ]);
    expect(
      issues(
        exception({
          grounds: "legal-obligation",
          reason: "required-by-law",
          categories: ["contact-details"],
          conditionReliedOn: { article6: "c" },
        }),
      ),
    ).toEqual([]);
    const vital = issues(
      exception({
        grounds: "vital-interests",
        categories: ["contact-details"],
        conditionReliedOn: { article6: "c" },
      }),
    );
    expect(vital[0]).toMatchObject({ path: "conditionReliedOn.article6" });
    expect(
      issues(
        exception({
          grounds: "vital-interests",
          categories: ["contact-details"],
          conditionReliedOn: { article6: "d" },
        }),
      ),
    ).toEqual([]);
    const mismatch = issues(
      exception({
        grounds: "vital-interests",
        reason: "required-by-law",
        categories: ["contact-details"],
        conditionReliedOn: { article6: "d" },
      }),
    );
    expect(mismatch[0]).toMatchObject({ path: "reason" });
  });

  it("refuses a person told before the decision was made", () => {
    const problems = issues(exception({ personTold: { told: true, at: "2024-01-01T00:00:00Z" } }));
    expect(problems).toEqual([
      expect.objectContaining({
        path: "personTold.at",
        message: expect.stringContaining("before the decision was made"),
      }),
    ]);
  });

  it(`allows sharing for at most ${EXCEPTION_MAX_VALIDITY_MONTHS} months after the decision`, () => {
    expect(issues(exception({ validUntil: "2026-05-10T09:00:00+01:00" }))).toEqual([]);
    const tooLong = issues(exception({ validUntil: "2026-05-10T09:00:01+01:00" }));
    expect(tooLong).toEqual([
      expect.objectContaining({ path: "validUntil", message: expect.stringContaining("12 months") }),
    ]);
    expect(issues(exception({ validUntil: "2035-05-17T09:00:00+01:00" }))[0]).toMatchObject({
      path: "validUntil",
    });
  });
});

describe("an exception's reasoning must be findable", () => {
  it("refuses an exception with neither caseFileRef nor a reason why there is none", () => {
    const { caseFileRef: _dropped, ...withoutRef } = exception();
    const parsed = sharingExceptionSchema.safeParse(withoutRef);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]).toMatchObject({ path: ["caseFileRef"] });
    expect(parsed.error?.issues[0]?.message).toMatch(/noCaseFileRef/);
  });

  it("accepts a stated reason instead, but not both", () => {
    const { caseFileRef: _dropped, ...withoutRef } = exception();
    expect(
      sharingExceptionSchema.safeParse({ ...withoutRef, noCaseFileRef: "case-file-to-follow" }).success,
    ).toBe(true);
    expect(
      sharingExceptionSchema.safeParse(exception({ noCaseFileRef: "case-file-to-follow" })).success,
    ).toBe(false);
  });

  it("denies sharing on an exception the log would refuse for want of a case-file reference", () => {
    const { caseFileRef: _dropped, ...withoutRef } = exception();
    const ask = {
      person: PERSON,
      recipient: GP,
      categories: ["health" as const],
      purpose: "safeguarding" as const,
    };
    expect(decideSharing(ask, [withoutRef as SharingException], "2025-05-11T10:00:00+01:00")).toMatchObject({
      decision: "deny",
      reason: "invalid-records",
    });
  });
});
