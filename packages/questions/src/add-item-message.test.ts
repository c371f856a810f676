// The yes/no question for one more item of a list: asked after each item, it says what the list holds so
// far, so that the person sees each answer was taken (not the same words again and again).
import { describe, expect, it } from "vitest";
import { councilQuestions } from "./council-questions.js";
import { addItemMessage, itemName, type GroupQuestion } from "./question.js";
import { resolveAnswers } from "./resolve-answers.js";
import { scriptedPrompts } from "./scripted-prompts.js";
import { councilContext as context } from "../test/council-context.js";

const group = (path: string) => councilQuestions.find((question) => question.path === path) as GroupQuestion;
const partners = group("partners");
const neighbourhoods = group("neighbourhoods");

describe("addItemMessage", () => {
  it("asks for the first partner in the list's own words, and for each further one with the partners added so far", () => {
    expect(addItemMessage(partners, [])).toBe("Add a partner that shares information with the programme?");
    expect(addItemMessage(partners, [{ organisation: "Northfield Medical Practice" }])).toBe(
      "Add another partner? (1 added: Northfield Medical Practice)",
    );
    expect(
      addItemMessage(partners, [
        { organisation: "Northfield Medical Practice" },
        { organisation: "Brackenshire Police" },
      ]),
    ).toBe("Add another partner? (2 added: Northfield Medical Practice, Brackenshire Police)");
  });

  it("names three items and counts the rest, and calls an item without a name by its number", () => {
    const names = ["Old Town", "Riverside", "Castle Hill", "Northgate", "Southgate"];
    expect(
      addItemMessage(
        neighbourhoods,
        names.map((name) => ({ name })),
      ),
    ).toBe("Add another neighbourhood? (5 added: Old Town, Riverside, Castle Hill and 2 more)");
    expect(itemName(neighbourhoods, { name: "  " }, 1)).toBe("Neighbourhood 2");
    expect(itemName(group("leadershipGroup.members"), { organisation: "Ashbury CVS" }, 0)).toBe(
      "Ashbury CVS",
    );
  });

  it("is never asked twice in the same words at the prompt", async () => {
    const partner = (n: number, name: string): [string, string | boolean][] => [
      [`Partner ${n}: Partner organisation`, name],
      [`Partner ${n}: What kind of organisation it is`, "charity"],
      [`Partner ${n}: The legal entity`, ""],
      [`Partner ${n}: Its ICO registration number`, "Z1234567"],
      [`Partner ${n}: Information it shares`, "introductions"],
      [`Partner ${n}: Information it receives`, ""],
      [`Partner ${n}: Which directions`, ""],
    ];
    const prompt = scriptedPrompts([
      ["Add a partner", true],
      ...partner(1, "Northfield Medical Practice"),
      ["Add another partner", true],
      ...partner(2, "Brackenshire Police"),
      ["Add another partner", false],
    ]);
    await resolveAnswers([partners], context, {
      answers: { council: { nation: "england" } },
      yes: false,
      prompt,
    });
    const asked = prompt.asked.filter((question) => question.kind === "confirm").map((q) => q.message);
    expect(asked).toEqual([
      "Add a partner that shares information with the programme?",
      "Add another partner? (1 added: Northfield Medical Practice)",
      "Add another partner? (2 added: Northfield Medical Practice, Brackenshire Police)",
    ]);
  });
});
