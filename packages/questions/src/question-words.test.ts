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
  problemPlace,
  questionAt,
  questionLabel,
  withItemWords,
  withKeyWords,
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

  it("names the list item by its answer when given the answers, as the other messages do", () => {
    const answers = { partners: [{ organisation: "Brackenford Homes" }, { organisation: "  " }] };
    expect(missingAnswerText(councilQuestions, ["partners", 0, "kind"], undefined, answers)).toBe(
      "Missing: What kind of organisation it is (partner 1, Brackenford Homes).",
    );
    // No name yet, or no answers given: numbered only, as before.
    expect(missingAnswerText(councilQuestions, ["partners", 1, "kind"], undefined, answers)).toBe(
      "Missing: What kind of organisation it is (partner 2).",
    );
    expect(missingAnswerText(councilQuestions, ["partners", 0, "kind"])).toBe(
      "Missing: What kind of organisation it is (partner 1).",
    );
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
      "Partner 1 (Brackenford Adult Social Care): Which directions carry only anonymised figures?",
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
      'The answer to "Layout of the Welsh documents" is "One bilingual document, the Welsh first", but "Welsh" is not ticked in "Languages of the documents". (output.bilingualLayout in lac.config.yaml)',
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
      'tick "What it shares with the programme" in "Partner 1 (Brackenford Borough Council Housing): Which directions carry only anonymised figures?"',
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

describe("withKeyWords: the keys a problem's message names, said as its questions", () => {
  const answers = {
    council: { nation: "england" },
    neighbourhoods: [{ name: "Riverside" }],
    partners: [{ organisation: "Brackenshire Police", kind: "police", publicAuthority: false }],
  };
  const at = (...path: (string | number)[]) => path;

  it("names a key of a list item by its question, inside that item", () => {
    expect(
      withKeyWords(
        councilQuestions,
        'publicAuthority is false, but a partner of kind "police" is a public authority under DPA 2018 s.7 by its nature. Check it with the partner: the lawful bases follow publicAuthority.',
        at("partners", 0, "publicAuthority"),
        answers,
      ),
    ).toBe(
      'The answer to "Is it a public authority (under the Freedom of Information Act 2000)?" is no, but a partner of kind "police" is a public authority under DPA 2018 s.7 by its nature. Check it with the partner: the lawful bases follow the answer to "Is it a public authority (under the Freedom of Information Act 2000)?".',
    );
    expect(
      withKeyWords(
        councilQuestions,
        'The neighbourhood "Riverside" has no welshName, and output.languages asks for Welsh.',
        at("neighbourhoods", 0),
        answers,
      ),
    ).toBe(
      'The neighbourhood "Riverside" has no answer to "Its name in Welsh (optional)", and output.languages asks for Welsh.',
    );
  });

  it("says a key set to a value as the answer to give, and a list's key by the list's question", () => {
    expect(
      withKeyWords(
        councilQuestions,
        "councilTier is only for a partner of kind council. Remove councilTier, or set kind: council. Add publicAuthority: true or false.",
        at("partners", 0, "councilTier"),
        answers,
      ),
    ).toBe(
      'The answer to "Its council tier" is only for a partner of kind council. Leave "Its council tier" empty, or answer "Council" to "What kind of organisation it is". Answer "Is it a public authority (under the Freedom of Information Act 2000)?".',
    );
    expect(
      withKeyWords(
        councilQuestions,
        `anonymised lists "receives", but the partner's receives list is empty. Remove it from anonymised, or list what passes. List what it shares with the programme under shares.`,
        at("partners", 0, "anonymised", 0),
        answers,
      ),
    ).toBe(
      '"What it receives from the programme" is ticked in "Which directions carry only anonymised figures?", but the answer to "Information it receives from the programme (separated by commas; empty for none)" is empty. Untick it in "Which directions carry only anonymised figures?", or list what passes. List what it shares with the programme in the answer to "Information it shares with the programme (separated by commas; empty for none)".',
    );
    // A key of the part the problem is in (dataProtection), and a whole path.
    expect(
      withKeyWords(
        councilQuestions,
        'Use specialCategoryCondition: statutory-purposes. Add "cy" to output.languages.',
        at("dataProtection", "specialCategoryCondition"),
        answers,
      ),
    ).toMatch(
      /^Answer "[^"]+" to "The council's condition for special category data"\. Tick "Welsh" in "Languages of the documents"\.$/,
    );
  });

  it("says an optional part by its yes/no question", () => {
    expect(
      withKeyWords(
        councilQuestions,
        "dataProtection.caldicottGuardian is missing. Councils must appoint one.",
        at("dataProtection", "caldicottGuardian"),
        answers,
      ),
    ).toBe(
      'The answer to "Does the council have a Caldicott Guardian to name (by role)?" is no. Councils must appoint one.',
    );
    expect(
      withKeyWords(
        councilQuestions,
        "team.welshLanguage is missing. Add team.welshLanguage with the categories. Remove team.welshLanguage.",
        at("team"),
        answers,
      ),
    ).toBe(
      'The answer to "Has the council assessed the Welsh language skills the posts need?" is no. Answer yes to "Has the council assessed the Welsh language skills the posts need?" and give the categories. Answer no to "Has the council assessed the Welsh language skills the posts need?".',
    );
  });

  it("leaves English words that are also keys, and values in quotes, as they are", () => {
    const text =
      'What the partner shares reads like anonymised or aggregate figures ("monthly figures"). "kind" is of kind "police".';
    expect(withKeyWords(councilQuestions, text, at("partners", 0, "shares"), answers)).toBe(text);
  });
});

describe("problemPlace and the keys no question asks", () => {
  it("says a key lac init never asks in words, and places a problem of it there", () => {
    const problem = {
      severity: "warning",
      code: "coordinators-exceed-manager-span",
      path: ["team", "manager", "count"],
      pathText: "team.manager.count",
      message:
        "The neighbourhoods have 13 coordinators in all, but 1 manager with a span of 10 line-manage at most 10. Raise team.manager.count to 2, raise the span, or leave team.manager.count out to have it worked out.",
    } as const;
    const shown = problemInQuestionWords(councilQuestions, problem, {});
    expect(shown.pathText).toBe("The number of managers");
    expect(shown.message).toBe(
      "The neighbourhoods have 13 coordinators in all, but 1 manager with a span of 10 line-manage at most 10. Raise the number of managers to 2, raise the span, or leave the number of managers out to have it worked out. (team.manager.count in lac.config.yaml)",
    );
  });

  it("places a problem of a part no question asks at the question of the key its message names", () => {
    const problem = {
      severity: "warning",
      code: "welsh-name-missing",
      path: ["council"],
      pathText: "council",
      message:
        "council.welshName is missing, and output.languages asks for Welsh. Add the council's official name in Welsh.",
    } as const;
    expect(problemPlace(councilQuestions, problem, {})).toBe("Council's official name in Welsh (optional)");
    expect(problemInQuestionWords(councilQuestions, problem, {}).message).toBe(
      'There is no answer to "Council\'s official name in Welsh (optional)", and "Languages of the documents" asks for Welsh. Add the council\'s official name in Welsh. (council in lac.config.yaml)',
    );
    // A part whose message names no question's key is left as it is.
    const other = { ...problem, message: "Something about the council." };
    expect(problemInQuestionWords(councilQuestions, other, {})).toBe(other);
  });
});

describe("a list of fixed choices, said as the boxes a person ticks", () => {
  // lac init and the web builder ask the languages, the formats and the anonymised directions as
  // boxes to tick by their labels: a problem says the box ("Welsh"), not the value ("cy").
  const path = (...parts: (string | number)[]) => parts;
  const answers = { partners: [{ organisation: "Brackenford Homes" }] };

  it("says a value to add or remove as the box to tick or untick", () => {
    expect(
      withKeyWords(
        councilQuestions,
        'Welsh councils follow the Welsh Language Standards. Add "cy" to output.languages: the pack then has draft Welsh translations.',
        path("output", "languages"),
        {},
      ),
    ).toBe(
      'Welsh councils follow the Welsh Language Standards. Tick "Welsh" in "Languages of the documents": the pack then has draft Welsh translations.',
    );
    expect(
      withKeyWords(
        councilQuestions,
        'Welsh-language output ("cy") is reserved for Welsh councils, and council.nation is "england". Remove "cy" from output.languages.',
        path("output", "languages", 1),
        {},
      ),
    ).toBe(
      'Welsh-language output ("cy") is reserved for Welsh councils, and the answer to "Nation" is "England". Untick "Welsh" in "Languages of the documents".',
    );
    expect(
      withKeyWords(
        councilQuestions,
        'output.welshAlso asks for Welsh versions of documents, but output.languages has no "cy". Add "cy" to output.languages or remove output.welshAlso.',
        path("output", "welshAlso"),
        {},
      ),
    ).toBe(
      'The list of documents also in Welsh asks for Welsh versions of documents, but "Welsh" is not ticked in "Languages of the documents". Tick "Welsh" in "Languages of the documents" or remove the list of documents also in Welsh.',
    );
  });

  it("says an item's box by its label, in the item's question", () => {
    const problem = {
      severity: "warning",
      code: "anonymised-flow-unmarked",
      path: ["partners", 0, "shares"],
      pathText: "partners[0].shares",
      message:
        'What the partner shares reads like anonymised or aggregate figures ("monthly figures"). If no personal data passes, add "shares" to anonymised: the pack then writes an aggregate-data note instead of lawful bases.',
      fix: { path: ["partners", 0, "anonymised"], value: "shares", fileWords: 'add "shares" to anonymised' },
    } as const;
    expect(problemInQuestionWords(councilQuestions, problem, answers).message).toBe(
      'What the partner shares reads like anonymised or aggregate figures ("monthly figures"). If no personal data passes, tick "What it shares with the programme" in "Partner 1 (Brackenford Homes): Which directions carry only anonymised figures?": the pack then writes an aggregate-data note instead of lawful bases. (partners[0].shares in lac.config.yaml)',
    );
  });

  it("leaves a value that has no box as the value, added to or removed from the answer", () => {
    expect(
      messageInQuestionWords(
        councilQuestions,
        {
          severity: "error",
          code: "invalid-choice",
          path: ["output"],
          pathText: "output",
          message:
            'Remove "fr" from output.languages. Add "pdf" to output.formats. output.languages has no "fr".',
        },
        {},
      ),
    ).toBe(
      'Remove "fr" from the answer to "Languages of the documents". Add "pdf" to the answer to "Formats of the documents". "Languages of the documents" has no "fr".',
    );
    expect(
      fixInQuestionWords(
        councilQuestions,
        { path: ["partners", 0, "anonymised"], value: "both", fileWords: 'add "both" to anonymised' },
        answers,
      ),
    ).toBe(
      'add "both" to the answer to "Partner 1 (Brackenford Homes): Which directions carry only anonymised figures?"',
    );
  });

  it("gives a choice's answer by its label, where the message says what it is", () => {
    expect(
      withKeyWords(
        councilQuestions,
        'council.nation is "wales", and team.contract is "zero-hours".',
        path("council"),
        {},
      ),
    ).toBe('The answer to "Nation" is "Wales", and the answer to "Contract of the posts" is "zero-hours".');
  });
});
