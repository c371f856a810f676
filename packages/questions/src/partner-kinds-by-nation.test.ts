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
