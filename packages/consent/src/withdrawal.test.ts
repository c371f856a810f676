import { describe, expect, it } from "vitest";
import { withdrawalSchema } from "./withdrawal.js";
import { problemsFromZod } from "./problem.js";
import { COORDINATOR, PERSON, withdrawal } from "./test-support/fixtures.js";

function issues(value: unknown) {
  const result = withdrawalSchema.safeParse(value);
  return result.success ? [] : problemsFromZod(result.error);
}

describe("withdrawalSchema", () => {
  it("accepts a whole or a partial withdrawal", () => {
    expect(issues(withdrawal())).toEqual([]);
    expect(
      issues(withdrawal({ scope: { kind: "part", categories: ["health"], purposes: ["introduction"] } })),
    ).toEqual([]);
  });

  it("needs a partial withdrawal to list something", () => {
    const problems = issues(withdrawal({ scope: { kind: "part" } }));
    expect(problems[0]).toMatchObject({ path: "scope" });
    expect(problems[0]?.message).toContain('use { kind: "whole-agreement" }');
    expect(issues(withdrawal({ scope: { kind: "part", recipients: [] } }))[0]).toMatchObject({
      path: "scope",
    });
  });

  it("is recorded after the person withdrew, by staff", () => {
    expect(issues(withdrawal({ recordedAt: "2025-06-01T11:00:00+01:00" }))[0]).toMatchObject({
      path: "recordedAt",
    });
    expect(issues(withdrawal({ recordedBy: { ...COORDINATOR, id: PERSON } }))[0]).toMatchObject({
      path: "recordedBy.id",
    });
  });

  it("refuses an unknown scope", () => {
    expect(issues({ ...withdrawal(), scope: { kind: "some" } })[0]?.message).toContain("whole-agreement");
  });
});
