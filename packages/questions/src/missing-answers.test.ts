import { validateCouncilConfig } from "@lac/council";
import { describe, expect, it } from "vitest";
import { councilQuestions } from "./council-questions.js";
import { expandMissingAnswers } from "./missing-answers.js";

function missing(answers: Record<string, unknown>) {
  const result = validateCouncilConfig(answers);
  if (result.ok) throw new Error("expected problems");
  return expandMissingAnswers(result.errors, councilQuestions, answers).map((p) => p.pathText);
}

describe("expandMissingAnswers", () => {
  it("lists every required answer of a missing section, by path", () => {
    const paths = missing({});
    expect(paths).toEqual(
      expect.arrayContaining([
        "council.name",
        "council.shortName",
        "council.nation",
        "council.gssCode",
        "programme.startDate",
        "programme.sponsor.email",
        "neighbourhoods[0].name",
        "neighbourhoods[0].places",
        "team.manager.title",
        "leadershipGroup.members[0].sector",
        "dataProtection.retention.years",
      ]),
    );
    // Answers with a default in the schema, optional answers and optional sections are not listed.
    expect(paths).not.toContain("neighbourhoods[0].coordinators");
    expect(paths).not.toContain("team.coordinatorGrade");
    expect(paths.some((path) => path.startsWith("programme.budget"))).toBe(false);
    // partners may be an empty list, so only the list itself is missing.
    expect(paths.filter((path) => path.startsWith("partners"))).toEqual(["partners"]);
  });

  it("asks about WASPI only for Welsh councils", () => {
    expect(missing({ council: { nation: "wales" } })).toContain("dataProtection.waspi.participant");
    expect(missing({ council: { nation: "england" } })).not.toContain("dataProtection.waspi.participant");
  });

  it("keeps other problems as they are", () => {
    const result = validateCouncilConfig({ council: { name: 42 } });
    if (result.ok) throw new Error("expected problems");
    const expanded = expandMissingAnswers(result.errors, councilQuestions, {});
    expect(expanded.find((p) => p.pathText === "council.name")?.code).toBe("wrong-type");
  });
});
