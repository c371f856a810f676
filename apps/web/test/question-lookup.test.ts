import { validateCouncilConfig } from "@lac/council";
import { councilQuestions, missingAnswerText, problemInQuestionWords, questionLabel } from "@lac/questions";
import { describe, expect, it } from "vitest";
import { topicsOf } from "../src/topics.js";
import {
  isWelshAnswer,
  pageProblemMessage,
  pageWords,
  pathOfPlace,
  sectionPartsKey,
  shownQuestionPaths,
} from "../src/question-lookup.js";

describe("pageWords, given to the model's word-lookup functions", () => {
  // A list in the page's words: each item has its own field, so nothing is said of commas, which lac
  // init's prompt says (it splits what is typed at them).
  it("says a missing list answer in the page's words", () => {
    expect(missingAnswerText(councilQuestions, ["neighbourhoods", 1, "places"], pageWords)).toBe(
      "Missing: Wards or places it covers (neighbourhood 2).",
    );
    expect(missingAnswerText(councilQuestions, ["neighbourhoods", 1, "population"], pageWords)).toBe(
      "Missing: Population of the neighbourhood (neighbourhood 2).",
    );
  });

  it("names a list of choices as its checkboxes' legend does, without the values to type", () => {
    expect(questionLabel(councilQuestions, ["output", "formats"], pageWords)).toBe(
      "Formats of the documents",
    );
    expect(questionLabel(councilQuestions, ["output", "languages"], pageWords)).toBe(
      "Languages of the documents",
    );
    expect(questionLabel(councilQuestions, ["partners", 0, "anonymised"], pageWords)).toBe(
      "Partner 1: Which directions carry only anonymised figures?",
    );
  });

  it("names a list's question in a problem as its page does", () => {
    expect(questionLabel(councilQuestions, ["neighbourhoods", 1, "places"], pageWords)).toBe(
      "Neighbourhood 2: Wards or places it covers",
    );
    const warning = {
      code: "invalid-value",
      severity: "warning",
      path: ["partners", 0, "shares"],
      pathText: "partners[0].shares",
      message: "Check what it shares.",
    } as const;
    const answers = { partners: [{ organisation: "Brackenford Homes" }] };
    expect(
      problemInQuestionWords(councilQuestions, warning, answers, "lac.config.yaml", pageWords).pathText,
    ).toBe("Partner 1 (Brackenford Homes): Information it shares with the programme");
  });
});

describe("pageProblemMessage: a problem as the error summary says it", () => {
  const answers = { partners: [{ organisation: "Brackenford Homes", shares: ["referrals"] }] };

  it("says a ticked box by its label and the keys as the page's questions, as lac init's prompt does", () => {
    const problem = {
      code: "anonymised-flow-empty",
      severity: "error",
      path: ["partners", 0, "anonymised", 0],
      pathText: "partners[0].anonymised[0]",
      message:
        'anonymised lists "receives", but the partner\'s receives list is empty. Remove it from anonymised, or list what passes.',
    } as const;
    expect(pageProblemMessage(councilQuestions, problem, answers)).toBe(
      '"What it receives from the programme" is ticked in "Which directions carry only anonymised figures?", but the answer to "Information it receives from the programme" is empty. Untick it in "Which directions carry only anonymised figures?", or list what passes.',
    );
    const welsh = {
      code: "welsh-output-outside-wales",
      severity: "error",
      path: ["output", "languages", 1],
      pathText: "output.languages[1]",
      message:
        'Welsh-language output ("cy") is reserved for Welsh councils, and council.nation is "england". Remove "cy" from output.languages.',
    } as const;
    expect(pageProblemMessage(councilQuestions, welsh, {})).toBe(
      'Welsh-language output ("cy") is reserved for Welsh councils, and the answer to "Nation" is "England". Untick "Welsh" in "Languages of the documents".',
    );
  });

  it("says a missing answer in its question's words", () => {
    const missing = {
      code: "missing-key",
      severity: "error",
      path: ["neighbourhoods", 1, "places"],
      pathText: "neighbourhoods[1].places",
      message: 'The required key "places" is missing.',
    } as const;
    expect(pageProblemMessage(councilQuestions, missing, {})).toBe(
      "Missing: Wards or places it covers (neighbourhood 2).",
    );
  });

  it("names the list item of a missing answer by its answer, as its other messages do", () => {
    const missing = {
      code: "missing-key",
      severity: "error",
      path: ["partners", 0, "kind"],
      pathText: "partners[0].kind",
      message: 'The required key "kind" is missing.',
    } as const;
    expect(pageProblemMessage(councilQuestions, missing, answers)).toBe(
      "Missing: What kind of organisation it is (partner 1, Brackenford Homes).",
    );
  });

  it("says a choice not made as missing, as it says every other answer not given", () => {
    const errorsOf = (given: object) => {
      const result = validateCouncilConfig(given, { cap: false });
      return result.ok ? [] : result.errors;
    };
    // A council with a name and no nation: @lac/council says the choice is missing (zod checks a choice
    // before it looks for a value, and said it expected one and found nothing).
    const answers = { council: { name: "Test Council", shortName: "Test" } };
    const nation = errorsOf(answers).find((problem) => problem.pathText === "council.nation")!;
    expect(nation.code).toBe("missing-key");
    expect(pageProblemMessage(councilQuestions, nation, answers)).toBe("Missing: Nation.");
    // A choice given that is not one of the choices is still said as it is.
    const wrong = { council: { ...answers.council, nation: "scotland" } };
    const chosen = errorsOf(wrong).find((problem) => problem.pathText === "council.nation")!;
    expect(pageProblemMessage(councilQuestions, chosen, wrong)).not.toMatch(/^Missing/);
  });
});

describe("shownQuestionPaths", () => {
  const documents = topicsOf().find((topic) => topic.id === "documents")!;
  const partners = topicsOf().find((topic) => topic.id === "partners")!;

  it("changes when the languages typed show the Welsh layout", () => {
    const welsh = {
      council: { nation: "wales" },
      output: { languages: ["en", "cy"] },
    };
    const english = {
      council: { nation: "wales" },
      output: { languages: ["en"] },
    };
    expect(shownQuestionPaths(documents.questions, welsh)).toContain("output.bilingualLayout");
    expect(shownQuestionPaths(documents.questions, english)).not.toContain("output.bilingualLayout");
  });

  it("names an optional section's questions, and the section as included, only while it is", () => {
    const programme = topicsOf().find((topic) => topic.id === "programme")!;
    const included = shownQuestionPaths(programme.questions, {
      programme: { budget: {} },
    });
    expect(included).toContain(sectionPartsKey("programme.budget"));
    expect(included).toContain("programme.budget.amount");
    const leftOut = shownQuestionPaths(programme.questions, { programme: {} });
    expect(leftOut).toContain("programme.budget");
    expect(leftOut).not.toContain(sectionPartsKey("programme.budget"));
    expect(leftOut).not.toContain("programme.budget.amount");
  });

  it("changes when a partner's ICO registration number hides its exemption", () => {
    const without = { partners: [{ kind: "charity" }] };
    const withNumber = {
      partners: [{ kind: "charity", icoRegistrationNumber: "Z" }],
    };
    expect(shownQuestionPaths(partners.questions, without)).toContain("partners.0.icoExemptReason");
    expect(shownQuestionPaths(partners.questions, withNumber)).not.toContain("partners.0.icoExemptReason");
  });
});

describe("isWelshAnswer", () => {
  it("marks the Welsh names and titles", () => {
    expect(isWelshAnswer(["council", "welshName"])).toBe(true);
    expect(isWelshAnswer(["partners", 2, "welshName"])).toBe(true);
    expect(isWelshAnswer(["team", "manager", "welshTitle"])).toBe(true);
    expect(isWelshAnswer(["programme", "sponsor", "welshRole"])).toBe(true);
    expect(isWelshAnswer(["programme", "lead", "welshRole"])).toBe(true);
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
    expect(on("programme")).toContain("programme.sponsor.welshRole");
    expect(on("programme")).toContain("programme.lead.welshRole");
    expect(on("team")).toContain("team.manager.welshTitle");
    expect(on("documents")).not.toContain("output.languages");
    expect(topics[0]?.id).toBe("council");
  });
});

describe("pathOfPlace, for a warning's link to its question", () => {
  const answers = {
    council: { nation: "wales" },
    output: { languages: ["en", "cy"] },
    team: { manager: { title: "Senior Local Area Coordinator" } },
    partners: [{ organisation: "Ashby Care", kind: "charity" }, {}],
  };
  it("finds the question that lac init's words for a problem's place name, with its list item", () => {
    expect(
      pathOfPlace(councilQuestions, answers, "Partner 1 (Ashby Care): What kind of organisation it is"),
    ).toEqual(["partners", 0, "kind"]);
    expect(pathOfPlace(councilQuestions, answers, "Manager's role title in Welsh (optional)")).toEqual([
      "team",
      "manager",
      "welshTitle",
    ]);
  });

  it("finds a list's item, a list and an optional part, and nothing for words no question has", () => {
    expect(pathOfPlace(councilQuestions, answers, "Partner 2")).toEqual(["partners", 1]);
    expect(pathOfPlace(councilQuestions, answers, "The partners")).toEqual(["partners"]);
    expect(pathOfPlace(councilQuestions, answers, "The team")).toBeUndefined();
  });

  it("finds only a question these answers ask", () => {
    const english = { ...answers, council: { nation: "england" } };
    expect(
      pathOfPlace(councilQuestions, english, "Manager's role title in Welsh (optional)"),
    ).toBeUndefined();
  });
});
