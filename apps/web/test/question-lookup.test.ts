import { councilQuestions } from "@lac/questions";
import { describe, expect, it } from "vitest";
import { topicsOf } from "../src/topics.js";
import {
  isWelshAnswer,
  missingAnswerText,
  questionAt,
  questionLabel,
  shownQuestionPaths,
  withQuestionWords,
} from "../src/question-lookup.js";

describe("questionAt and missingAnswerText", () => {
  it("finds the question of a field, in a list item or an optional section too", () => {
    expect(questionAt(councilQuestions, ["council", "name"])?.question.message).toBe(
      "Council's official name",
    );
    expect(questionAt(councilQuestions, ["neighbourhoods", 1, "population"])?.item).toEqual({
      name: "neighbourhood",
      index: 1,
    });
    expect(
      questionAt(councilQuestions, ["dataProtection", "caldicottGuardian", "role"])?.question.message,
    ).toBe("Caldicott Guardian: role title");
    expect(questionAt(councilQuestions, ["council"])).toBeUndefined();
  });

  it("says a missing answer in the question's words, not the schema's key", () => {
    expect(missingAnswerText(councilQuestions, ["council", "name"])).toBe(
      "Missing: Council's official name.",
    );
    expect(missingAnswerText(councilQuestions, ["neighbourhoods", 1, "population"])).toBe(
      "Missing: Population of the neighbourhood (neighbourhood 2).",
    );
    expect(missingAnswerText(councilQuestions, ["dataProtection", "waspi", "participant"])).toBe(
      "Missing: Has the council signed the WASPI Declaration of Acceptance and Participation?",
    );
    expect(missingAnswerText(councilQuestions, ["partners"])).toBe(
      "Missing: the partners. Open their page to add them, or continue with none.",
    );
    expect(missingAnswerText(councilQuestions, ["nothing", "here"])).toBeUndefined();
  });
});

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

describe("withQuestionWords and questionLabel", () => {
  it("puts the configuration's paths in a message as the questions the person sees", () => {
    expect(
      withQuestionWords(
        councilQuestions,
        'W06 is the code of a Welsh council, but council.nation is "england". Correct council.gssCode or council.nation.',
      ),
    ).toBe(
      'W06 is the code of a Welsh council, but "Nation" is "england". Correct "ONS GSS code of the council" or "Nation".',
    );
    // Not a part of a longer path, nor a path in a list.
    expect(withQuestionWords(councilQuestions, "council.nationality and partners[0].kind")).toBe(
      "council.nationality and partners[0].kind",
    );
  });

  it("names a problem's question, with its list item", () => {
    expect(questionLabel(councilQuestions, ["council", "gssCode"])).toBe("ONS GSS code of the council");
    expect(questionLabel(councilQuestions, ["neighbourhoods", 1, "name"])).toBe(
      "Neighbourhood 2: Neighbourhood name",
    );
    expect(questionLabel(councilQuestions, ["output", "style", "font"])).toBeUndefined();
  });
});
