import { describe, expect, it } from "vitest";
import { councilQuestions } from "./council-questions.js";
import type { FieldQuestion } from "./question.js";
import { resolveAnswers } from "./resolve-answers.js";
import { scriptedPrompts } from "./scripted-prompts.js";
import { councilContext as context } from "../test/council-context.js";

const question = councilQuestions.find((q) => q.path === "programme.welshName") as FieldQuestion;
const paths = councilQuestions.map((q) => q.path);

describe("the question of the programme's Welsh name", () => {
  it("is optional, and asked after the languages of the documents, straight after the programme's name", () => {
    expect(question).toMatchObject({ kind: "text", optional: true });
    expect(paths.indexOf("programme.welshName")).toBeGreaterThan(paths.indexOf("output.languages"));
    expect(paths.indexOf("programme.welshName")).toBe(paths.indexOf("programme.name") + 1);
  });

  it("is asked only when a Welsh council's documents include Welsh", () => {
    const welsh = { council: { nation: "wales" }, output: { languages: ["en", "cy"] } };
    expect(question.when?.(welsh, {})).toBe(true);
    expect(question.when?.({ ...welsh, output: { languages: ["en"] } }, {})).toBe(false);
    expect(question.when?.({ ...welsh, council: { nation: "england" } }, {})).toBe(false);
  });

  it("stores the answer, and leaves the field out when it is left empty", async () => {
    const answers = { council: { nation: "wales" }, output: { languages: ["en", "cy"] } };
    const given = await resolveAnswers([question], context, {
      answers,
      yes: false,
      prompt: scriptedPrompts([["Programme name in Welsh", "Cydlynu Ardal Leol yng Nghwm Teg"]]),
    });
    expect(given).toMatchObject({ programme: { welshName: "Cydlynu Ardal Leol yng Nghwm Teg" } });

    const empty = await resolveAnswers([question], context, {
      answers,
      yes: false,
      prompt: scriptedPrompts([["Programme name in Welsh", ""]]),
    });
    expect((empty.programme as { welshName?: string } | undefined)?.welshName).toBeUndefined();
  });
});
