// A Welsh council's Welsh names: the languages of its documents are asked first, so that the names used
// only in Welsh documents are asked only when the documents include Welsh, in their place (the web builder
// asks them in the same order, from the same questions).
import { describe, expect, it } from "vitest";
import { councilQuestions } from "./council-questions.js";
import type { Answers, FieldQuestion } from "./question.js";
import { resolveAnswers } from "./resolve-answers.js";
import { scriptedPrompts } from "./scripted-prompts.js";
import { councilContext as context } from "../test/council-context.js";

/** Every question of a Welsh name or title, with the position of the top-level question that asks it. */
const welshNameQuestions: { path: string; position: number; question: FieldQuestion }[] =
  councilQuestions.flatMap((question, position) => {
    const inner =
      question.kind === "group" || question.kind === "section"
        ? question.questions.map((field) => ({
            path: `${question.path}${question.kind === "group" ? "[]" : ""}.${field.path}`,
            position,
            question: field,
          }))
        : [{ path: question.path, position, question }];
    return inner.filter(({ path }) => /\.welsh(Name|Title)$/.test(path));
  });
const languagesAt = councilQuestions.findIndex((question) => question.path === "output.languages");
const welsh = (languages: string[]): Answers => ({ council: { nation: "wales" }, output: { languages } });

describe("a Welsh council's Welsh names", () => {
  it("are all asked after the languages of the documents, which come straight after the nation", () => {
    expect(languagesAt).toBe(
      councilQuestions.findIndex((question) => question.path === "council.nation") + 1,
    );
    expect(welshNameQuestions.map(({ path }) => path)).toEqual([
      "council.welshName",
      "programme.welshName",
      "neighbourhoods[].welshName",
      "team.manager.welshTitle",
      "partners[].welshName",
    ]);
    for (const { path, position } of welshNameQuestions) expect(position, path).toBeGreaterThan(languagesAt);
  });

  it("are asked only when the documents include Welsh, but for the council's own name, which its English documents use too", () => {
    for (const { path, question } of welshNameQuestions) {
      expect(question.when?.(welsh(["en", "cy"]), {}), path).toBe(true);
      expect(question.when?.(welsh(["en"]), {}), path).toBe(path === "council.welshName");
      expect(question.when?.({ council: { nation: "england" } }, {}), path).toBe(false);
    }
  });

  it.each([
    ["in English and Welsh", "en, cy", true],
    ["in English only", "en", false],
  ])("are asked at the prompt in their place for a pack %s", async (_label, languages, asked) => {
    const questions = councilQuestions.filter((question) =>
      ["output.languages", "neighbourhoods"].includes(question.path),
    );
    const prompt = scriptedPrompts([
      ["Languages of the documents", languages],
      ["Neighbourhood 1: Neighbourhood name", "Canol y Dref"],
      ["Neighbourhood 1: Its name in Welsh", "Canol y Dref"],
      ["Neighbourhood 1: Population", "9000"],
      ["Neighbourhood 1: Wards", "Canol"],
      ["Neighbourhood 1: Local Area Coordinators", "1"],
      ["Neighbourhood 1: Is it rural", false],
      ["Add another neighbourhood?", false],
    ]);
    const answers = await resolveAnswers(questions, context, {
      answers: { council: { nation: "wales" } },
      yes: false,
      prompt,
    });
    const messages = prompt.asked.map((question) => question.message);
    expect(messages[0]).toMatch(/^Languages of the documents/);
    expect(messages.includes("Neighbourhood 1: Its name in Welsh (optional)")).toBe(asked);
    expect(messages.indexOf("Neighbourhood 1: Neighbourhood name")).toBe(1);
    expect((answers.neighbourhoods as Answers[])[0]?.welshName).toBe(asked ? "Canol y Dref" : undefined);
  });
});
