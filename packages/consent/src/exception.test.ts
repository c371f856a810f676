import { describe, expect, it } from "vitest";
import { sharingExceptionSchema } from "./exception.js";
import { problemsFromZod } from "./problem.js";
import { exception, MANAGER, PERSON } from "./test-support/fixtures.js";

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
    expect(problems[0]).toMatchObject({ path: "reason" });
    expect(problems[0]?.message).toContain("para 18(2)");
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
});
