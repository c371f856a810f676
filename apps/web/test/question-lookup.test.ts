import { describe, expect, it } from "vitest";
import { topicsOf } from "../src/topics.js";
import { isWelshAnswer, shownQuestionPaths } from "../src/question-lookup.js";

describe("shownQuestionPaths", () => {
  const documents = topicsOf().find((topic) => topic.id === "documents")!;
  const partners = topicsOf().find((topic) => topic.id === "partners")!;

  it("changes when the languages typed show the Welsh layout", () => {
    const welsh = { council: { nation: "wales" }, output: { languages: ["en", "cy"] } };
    const english = { council: { nation: "wales" }, output: { languages: ["en"] } };
    expect(shownQuestionPaths(documents.questions, welsh)).toContain("output.bilingualLayout");
    expect(shownQuestionPaths(documents.questions, english)).not.toContain("output.bilingualLayout");
  });

  it("changes when a partner's ICO registration number hides its exemption", () => {
    const without = { partners: [{ kind: "charity" }] };
    const withNumber = { partners: [{ kind: "charity", icoRegistrationNumber: "Z" }] };
    expect(shownQuestionPaths(partners.questions, without)).toContain("partners.0.icoExemptReason");
    expect(shownQuestionPaths(partners.questions, withNumber)).not.toContain("partners.0.icoExemptReason");
  });
});

describe("isWelshAnswer", () => {
  it("marks the Welsh names and titles", () => {
    expect(isWelshAnswer(["council", "welshName"])).toBe(true);
    expect(isWelshAnswer(["partners", 2, "welshName"])).toBe(true);
    expect(isWelshAnswer(["team", "manager", "welshTitle"])).toBe(true);
    expect(isWelshAnswer(["council", "name"])).toBe(false);
    expect(isWelshAnswer(["team", "welshLanguage", "coordinator"])).toBe(false);
  });
});

describe("the question pages", () => {
  it("ask a Welsh council's languages with its nation, and the Welsh names on their own pages, as lac init does", () => {
    const topics = topicsOf();
    const council = topics
      .find((topic) => topic.id === "council")!
      .questions.map((question) => question.path);
    expect(council.indexOf("output.languages")).toBe(council.indexOf("council.nation") + 1);
    expect(council.indexOf("council.welshName")).toBeGreaterThan(council.indexOf("output.languages"));
    const on = (id: string) =>
      topics.find((topic) => topic.id === id)!.questions.map((question) => question.path);
    expect(on("programme")).toContain("programme.welshName");
    expect(on("team")).toContain("team.manager.welshTitle");
    expect(on("documents")).not.toContain("output.languages");
    expect(topics[0]?.id).toBe("council");
  });
});
