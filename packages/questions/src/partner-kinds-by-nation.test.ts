// A council is offered only the kinds of partner (and sectors of a leadership group member) that exist in
// its nation: no integrated care board or NHS foundation trust in Wales, no local health board in England.
// The answers file and --set still take any kind, with a warning (a partner may be across the border).
import { describe, expect, it } from "vitest";
import { councilQuestions } from "./council-questions.js";
import type { PromptApi } from "./prompt-api.js";
import { choiceLabel, offeredChoices, type FieldQuestion, type GroupQuestion } from "./question.js";
import { resolveAnswers } from "./resolve-answers.js";
import { councilContext as context } from "../test/council-context.js";

const group = (path: string) => councilQuestions.find((question) => question.path === path) as GroupQuestion;
const kind = group("partners").questions.find((question) => question.path === "kind") as FieldQuestion;
const sector = group("leadershipGroup.members").questions.find(
  (question) => question.path === "sector",
) as FieldQuestion;

/** The choices and words the prompt shows for the first partner's kind and the first member's sector. */
async function shownTo(nation: string) {
  const seen = new Map<string, { choices: readonly string[]; labels?: Readonly<Record<string, string>> }>();
  const prompt: PromptApi = {
    text: ({ message }) => Promise.resolve(message.includes("ICO registration") ? "Z1234567" : "x"),
    confirm: () => Promise.resolve(false),
    choice: (question) => {
      seen.set(question.message.replace(/^.*: /, ""), question);
      return Promise.resolve(question.choices.includes("charity") ? "charity" : question.choices[0]!);
    },
  };
  await resolveAnswers([group("leadershipGroup.members"), group("partners")], context, {
    answers: { council: { nation }, partners: [{ organisation: "Cwm Teg Health" }] },
    yes: false,
    prompt,
  });
  return { kind: seen.get("What kind of organisation it is")!, sector: seen.get("Its sector")! };
}

describe("the kinds of partner offered at the prompt", () => {
  it("are, for a Welsh council, those of Wales: local health boards and NHS trusts, no integrated care board", async () => {
    const shown = await shownTo("wales");
    expect(shown.kind.choices).toContain("local-health-board");
    expect(shown.kind.choices).toContain("nhs-trust");
    expect(shown.kind.choices).not.toContain("integrated-care-board");
    expect(shown.kind.choices).not.toContain("nhs-foundation-trust");
    expect(shown.kind.labels?.["housing-association"]).toBe(
      "Housing association (registered social landlord)",
    );
    expect(shown.sector.choices).not.toContain("integrated-care-board");
    expect(shown.sector.labels?.["nhs-trust"]).toBe("Local health board or NHS trust (NHS Wales)");
  });

  it("are, for an English council, those of England: no local health board", async () => {
    const shown = await shownTo("england");
    expect(shown.kind.choices).toEqual(
      expect.arrayContaining(["integrated-care-board", "nhs-foundation-trust"]),
    );
    expect(shown.kind.choices).not.toContain("local-health-board");
    expect(shown.kind.labels?.["housing-association"]).toBe("Housing association (registered provider)");
    expect(shown.sector.choices).toContain("integrated-care-board");
  });

  it("are every kind, in the schema's order, before the nation is known", () => {
    const all = ["council", "integrated-care-board", "local-health-board"];
    expect(offeredChoices(kind, all, {})).toEqual(all);
    expect(offeredChoices(kind, all, { council: { nation: "wales" } })).toEqual([
      "council",
      "local-health-board",
    ]);
    expect(choiceLabel(sector, "nhs-trust", { council: { nation: "england" } })).toBe(
      "NHS trust or NHS foundation trust",
    );
  });
});

describe("a kind of partner of the other nation, for a partner across the border", () => {
  /** Answers the first partner's kind with `pick` from each list shown; returns the lists and the answers. */
  async function choose(
    nation: string,
    pick: (choices: readonly string[]) => string,
    kind?: string,
    refused = false,
  ) {
    const shown: {
      choices: readonly string[];
      labels?: Readonly<Record<string, string>>;
      default?: string;
      help?: string;
    }[] = [];
    const prompt: PromptApi = {
      text: ({ message }) => Promise.resolve(message.includes("ICO registration") ? "Z1234567" : "x"),
      confirm: () => Promise.resolve(false),
      choice: (question) => {
        if (question.message.endsWith("What kind of organisation it is")) shown.push(question);
        return Promise.resolve(pick(question.choices));
      },
    };
    const partner = { organisation: "Northshire Integrated Care Board", ...(kind ? { kind } : {}) };
    const answers = await resolveAnswers([group("partners")], context, {
      answers: { council: { nation }, partners: [partner] },
      yes: false,
      prompt,
      ...(kind
        ? {
            reask: new Map([["partners.0.kind", "asked again"]]),
            ...(refused ? {} : { alsoAsked: new Set(["partners.0.kind"]) }),
            onlyReask: true,
          }
        : {}),
    });
    return { shown, kind: (answers.partners as { kind?: string }[])[0]?.kind };
  }
  const last = (choices: readonly string[]) => choices.at(-1)!;

  it("is offered to a Welsh council as a last choice that opens England's kinds, and taken", async () => {
    const { shown, kind } = await choose("wales", (choices) =>
      choices.includes("integrated-care-board") ? "integrated-care-board" : last(choices),
    );
    const [first, second] = shown;
    expect(first?.labels?.[last(first.choices)]).toBe(
      "A kind of body only in England (a partner across the border)…",
    );
    expect(first?.choices).not.toContain("integrated-care-board");
    expect(second?.choices).toEqual(["nhs-foundation-trust", "integrated-care-board"]);
    expect(second?.labels?.["integrated-care-board"]).toBe("Integrated care board");
    expect(second?.help).toMatch(/^Only for a partner across the border in England/);
    expect(kind).toBe("integrated-care-board");
  });

  it("is offered to an English council for a local health board in Wales", async () => {
    const { shown, kind } = await choose("england", (choices) =>
      choices.includes("local-health-board") ? "local-health-board" : last(choices),
    );
    expect(shown[0]?.labels?.[last(shown[0].choices)]).toBe(
      "A kind of body only in Wales (a partner across the border)…",
    );
    expect(shown[1]?.choices).toEqual(["local-health-board"]);
    expect(kind).toBe("local-health-board");
  });

  it("is not offered before the nation is known, when every kind is offered", async () => {
    const { shown } = await choose("", (choices) => choices[0]!);
    expect(shown).toHaveLength(1);
    expect(shown[0]?.choices).toContain("integrated-care-board");
    expect(shown[0]?.choices).toContain("local-health-board");
  });

  it("is not the default when a Welsh council's partner's English kind is refused and asked again", async () => {
    const { shown } = await choose("wales", (choices) => choices[0]!, "nhs-foundation-trust", true);
    expect(shown).toHaveLength(1);
    expect(shown[0]?.default).toBeUndefined();
  });

  it("is the default when a Welsh council's partner of an English kind is asked again with another answer's problem", async () => {
    const { shown, kind } = await choose(
      "wales",
      (choices) => (choices.includes("council") ? last(choices) : choices.at(-1)!),
      "nhs-foundation-trust",
    );
    expect(shown[0]?.default).toBe(last(shown[0]!.choices));
    expect(shown[1]?.default).toBe("nhs-foundation-trust");
    expect(kind).toBe("integrated-care-board");
  });
});
