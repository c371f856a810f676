// The questions' own words for a place in the configuration (moved from the web builder, which uses
// them for its problems, to the model, which lac init uses for its warnings too).
import { describe, expect, it } from "vitest";
import { councilQuestions } from "./council-questions.js";
import type { FieldQuestion } from "./question.js";
import {
  askedAs,
  fixInQuestionWords,
  messageInQuestionWords,
  missingAnswerText,
  problemInQuestionWords,
  questionAt,
  questionLabel,
  withItemWords,
  withQuestionWords,
} from "./question-words.js";

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

describe("the words a front end shows a question by", () => {
  // The web builder gives each item of a list its own field, so its words say nothing of commas.
  const withoutCommas = (question: FieldQuestion) =>
    question.message.replace(/\s*\([^()]*separated by[^()]*\)/, "");
  const answers = { partners: [{ organisation: "Brackenford Homes" }] };

  it("are the prompt's unless told, with what it says of typing a list on one line", () => {
    expect(missingAnswerText(councilQuestions, ["neighbourhoods", 1, "places"])).toBe(
      "Missing: Wards or places it covers (separated by commas) (neighbourhood 2).",
    );
    expect(askedAs(councilQuestions, ["partners", 0, "shares"], answers)).toBe(
      "Partner 1 (Brackenford Homes): Information it shares with the programme (separated by commas; empty for none)",
    );
  });

  it("are those given, in a missing answer, a problem's question and a warning's place", () => {
    expect(missingAnswerText(councilQuestions, ["neighbourhoods", 1, "places"], withoutCommas)).toBe(
      "Missing: Wards or places it covers (neighbourhood 2).",
    );
    expect(questionLabel(councilQuestions, ["neighbourhoods", 1, "places"], withoutCommas)).toBe(
      "Neighbourhood 2: Wards or places it covers",
    );
    const shout = (question: FieldQuestion) => question.message.toUpperCase();
    expect(withQuestionWords(councilQuestions, "Correct council.nation.", shout)).toBe('Correct "NATION".');
    const warning = {
      code: "invalid-value",
      severity: "warning",
      path: ["partners", 0, "shares"],
      pathText: "partners[0].shares",
      message: "council.nation is wrong.",
    } as const;
    const shown = problemInQuestionWords(
      councilQuestions,
      warning,
      answers,
      "lac.config.yaml",
      withoutCommas,
    );
    expect(shown.pathText).toBe("Partner 1 (Brackenford Homes): Information it shares with the programme");
    expect(askedAs(councilQuestions, ["council", "nation"], answers, shout)).toBe("NATION");
    expect(problemInQuestionWords(councilQuestions, warning, answers, "lac.config.yaml", shout).message).toBe(
      '"NATION" is wrong. (partners[0].shares in lac.config.yaml)',
    );
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

describe("askedAs and problemInQuestionWords", () => {
  const answers = {
    neighbourhoods: [{ name: "Old Town" }, { name: "Riverside" }],
    partners: [{ organisation: "Brackenford Adult Social Care", kind: "council-service" }, {}],
  };

  it("places a problem by its question, a list item by its name", () => {
    expect(askedAs(councilQuestions, ["partners", 0, "kind"], answers)).toBe(
      "Partner 1 (Brackenford Adult Social Care): What kind of organisation it is",
    );
    expect(askedAs(councilQuestions, ["partners", 1, "kind"], answers)).toBe(
      "Partner 2: What kind of organisation it is",
    );
    expect(askedAs(councilQuestions, ["neighbourhoods", 1], answers)).toBe("Neighbourhood 2 (Riverside)");
    // An item of a list answered on one line: the list's question.
    expect(askedAs(councilQuestions, ["partners", 0, "anonymised", 1], answers)).toBe(
      "Partner 1 (Brackenford Adult Social Care): Which directions carry only anonymised figures? (shares, receives, or both separated by a comma; empty for none)",
    );
    expect(askedAs(councilQuestions, ["partners"], answers)).toBe("The partners");
    expect(askedAs(councilQuestions, ["dataProtection", "caldicottGuardian"], answers)).toBe(
      "Does the council have a Caldicott Guardian to name (by role)?",
    );
    expect(askedAs(councilQuestions, ["council", "gssCode"], answers)).toBe("ONS GSS code of the council");
    expect(askedAs(councilQuestions, ["output", "style", "font"], answers)).toBeUndefined();
  });

  it("says a warning in the question's words, and keeps its path for lac.config.yaml at the end", async () => {
    const { parseCouncilConfig } = await import("@lac/council");
    const { readFileSync } = await import("node:fs");
    const text = readFileSync(
      new URL("../../council/examples/brackenford.lac.config.yaml", import.meta.url),
      "utf8",
    );
    const parsed = parseCouncilConfig(text);
    if (!parsed.ok) throw new Error("brackenford is valid");
    const [warning] = parsed.warnings;
    expect(warning?.pathText).toBe("partners[0].kind");
    const shown = problemInQuestionWords(
      councilQuestions,
      warning!,
      parsed.config as never,
      "pack/lac.config.yaml",
    );
    expect(shown).toMatchObject({ code: warning?.code, severity: "warning", path: warning?.path });
    expect(shown.pathText).toBe(
      "Partner 1 (Brackenford Borough Council Adult Social Care): What kind of organisation it is",
    );
    expect(shown.message).toMatch(
      /^"Brackenford Borough Council Adult Social Care" is listed as a service of the council itself/,
    );
    expect(shown.message).toMatch(/ \(partners\[0\]\.kind in pack\/lac\.config\.yaml\)$/);
    expect(shown.line).toBeUndefined();
  });

  it("puts the configuration's paths in the message as the questions' words, and leaves a problem no question asks as it is", () => {
    const problem = {
      code: "welsh-options-without-welsh",
      severity: "warning",
      path: ["output", "bilingualLayout"],
      pathText: "output.bilingualLayout",
      message: 'output.bilingualLayout is "welsh-first", but output.languages has no "cy".',
    } as const;
    expect(problemInQuestionWords(councilQuestions, problem, {}).message).toBe(
      '"Layout of the Welsh documents" is "welsh-first", but "Languages of the documents (en for English only, or en, cy for English and Welsh)" has no "cy". (output.bilingualLayout in lac.config.yaml)',
    );
    const unasked = { ...problem, path: ["output", "style", "font"], pathText: "output.style.font" };
    expect(problemInQuestionWords(councilQuestions, unasked, {})).toBe(unasked);
  });
});

describe("withItemWords and fixInQuestionWords", () => {
  const answers = {
    neighbourhoods: [{ name: "Riverside" }, { name: "riverside" }],
    partners: [{ organisation: "Brackenford Borough Council Housing", kind: "council" }],
  };

  it("names a list item in a message by its name, and an item's field by its question", () => {
    expect(
      withItemWords(
        councilQuestions,
        'The neighbourhood "riverside" is listed twice (first at neighbourhoods[0]). See partners[0].kind and partners[4].kind.',
        answers,
      ),
    ).toBe(
      'The neighbourhood "riverside" is listed twice (first at Neighbourhood 1 (Riverside)). See "Partner 1 (Brackenford Borough Council Housing): What kind of organisation it is" and "Partner 5: What kind of organisation it is".',
    );
    // Not a part of a longer path, nor a field no question asks.
    expect(withItemWords(councilQuestions, "x.partners[0] and partners[0].unknownKey", answers)).toBe(
      "x.partners[0] and partners[0].unknownKey",
    );
  });

  it("says a fix as the answer to give to its question: a choice by its words, a list by the item to add", () => {
    expect(
      fixInQuestionWords(
        councilQuestions,
        {
          path: ["partners", 0, "kind"],
          value: "council-service",
          fileWords: "Set kind: council-service to say so",
          then: " to say so",
        },
        answers,
      ),
    ).toBe(
      'Answer "Service of this council" to "Partner 1 (Brackenford Borough Council Housing): What kind of organisation it is" to say so',
    );
    expect(
      fixInQuestionWords(
        councilQuestions,
        { path: ["partners", 0, "anonymised"], value: "shares", fileWords: 'add "shares" to anonymised' },
        answers,
      ),
    ).toBe(
      'add "shares" to the answer to "Partner 1 (Brackenford Borough Council Housing): Which directions carry only anonymised figures? (shares, receives, or both separated by a comma; empty for none)"',
    );
    expect(
      fixInQuestionWords(
        councilQuestions,
        {
          path: ["partners", 0, "legalEntity"],
          fileWords: "Add legalEntity with its name",
          then: " with its name",
        },
        answers,
      ),
    ).toBe(
      'Answer "Partner 1 (Brackenford Borough Council Housing): The legal entity that is its controller (optional)" with its name',
    );
    expect(
      fixInQuestionWords(councilQuestions, { path: ["output", "style", "font"], fileWords: "x" }, answers),
    ).toBeUndefined();
  });

  it("puts a warning's fix in a person's words instead of the file's, and leaves the --json message as it is", async () => {
    const { parseCouncilConfig } = await import("@lac/council");
    const { readFileSync } = await import("node:fs");
    const text = readFileSync(
      new URL("../../council/examples/brackenford.lac.config.yaml", import.meta.url),
      "utf8",
    ).replace(
      "kind: council-service",
      "kind: council\n    councilTier: unitary\n    icoRegistrationNumber: ZZ999000",
    );
    const parsed = parseCouncilConfig(text);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    const warning = parsed.warnings.find((found) => found.code === "partner-is-the-council")!;
    expect(warning.message).toContain("Set kind: council-service to say so");
    const said = messageInQuestionWords(councilQuestions, warning, parsed.config as never);
    expect(said).not.toContain("Set kind:");
    expect(said).toMatch(
      /not a data-sharing agreement\. Answer "Service of this council" to "Partner 1 \(Brackenford Borough Council Adult Social Care\): What kind of organisation it is" to say so, or rename it if it is a separate organisation\.$/,
    );
    expect(problemInQuestionWords(councilQuestions, warning, parsed.config as never).message).toBe(
      `${said} (partners[0].organisation in lac.config.yaml)`,
    );
  });
});
