// The question of the manager's role title in Welsh (team.manager.welshTitle): optional, asked, like the
// programme's Welsh name, only when a Welsh council's documents include Welsh (lac validate warns when it
// is missing then).
import { describe, expect, it } from "vitest";
import { councilQuestions } from "./council-questions.js";
import type { Answers, FieldQuestion } from "./question.js";
import { resolveAnswers } from "./resolve-answers.js";
import { scriptedPrompts } from "./scripted-prompts.js";
import { parseSetAssignment, questionKinds } from "./set-assignment.js";
import { councilContext as context } from "../test/council-context.js";

const PATH = "team.manager.welshTitle";
const MESSAGE = "Manager's role title in Welsh (optional)";
const question = councilQuestions.find((q) => q.path === PATH) as FieldQuestion | undefined;
const paths = councilQuestions.map((q) => q.path);

/** The languages, the Welsh names and the manager's title, in the order lac init asks them. */
const managerAndLanguages = councilQuestions.filter((q) =>
  ["team.manager.title", "output.languages", "output.bilingualLayout", "programme.welshName", PATH].includes(
    q.path,
  ),
);
/** lac init asks a team's questions when the answers file gives no team: here, the manager's title is taken as offered. */
const title: [string, string] = ["Role title of the coordinators' manager", ""];
const manager = { title: "Senior Local Area Coordinator" };

describe("the question of the manager's role title in Welsh", () => {
  it("is an optional text question, asked after the languages of the documents, straight after the manager's title", () => {
    expect(question).toMatchObject({ kind: "text", message: MESSAGE, optional: true });
    expect(question?.help).toContain('"(enw Saesneg)"');
    expect(paths.indexOf(PATH)).toBe(paths.indexOf("team.manager.title") + 1);
    expect(paths.indexOf(PATH)).toBeGreaterThan(paths.indexOf("output.languages"));
  });

  it("is asked only when a Welsh council's documents include Welsh", () => {
    const welsh = { council: { nation: "wales" }, output: { languages: ["en", "cy"] } };
    expect(question?.when?.(welsh, {})).toBe(true);
    expect(question?.when?.({ ...welsh, output: { languages: ["en"] } }, {})).toBe(false);
    expect(question?.when?.({ ...welsh, council: { nation: "england" } }, {})).toBe(false);
    expect(question?.when?.({ council: { nation: "wales" } }, {})).toBe(false);
  });

  /** A Welsh council's pack in English and Welsh, asked at scripted prompts, with `welshTitle` typed. */
  async function askedWith(welshTitle: string) {
    const prompt = scriptedPrompts([
      title,
      ["Languages of the documents", "en, cy"],
      ["Layout of the Welsh documents", "separate"],
      ["Programme name in Welsh", ""],
      [MESSAGE, welshTitle],
    ]);
    const answers = await resolveAnswers(managerAndLanguages, context, {
      answers: { council: { nation: "wales" } },
      yes: false,
      prompt,
    });
    return { prompt, answers };
  }

  it("is asked in lac init's order when the answers make the pack Welsh, and stored beside the manager's title", async () => {
    const { prompt, answers } = await askedWith("Teitl y rheolwr");
    expect(prompt.asked.map((asked) => asked.message)).toEqual([
      "Languages of the documents",
      "Programme name in Welsh (optional)",
      "Role title of the coordinators' manager",
      MESSAGE,
      "Layout of the Welsh documents",
    ]);
    expect(answers.team).toEqual({ manager: { ...manager, welshTitle: "Teitl y rheolwr" } });
  });

  it("leaves the field out when it is left empty", async () => {
    const { prompt, answers } = await askedWith("");
    expect(prompt.asked.map((asked) => asked.message)).toContain(MESSAGE);
    expect(answers.team).toEqual({ manager });
  });

  it.each<[string, Answers]>([
    [
      "a Welsh council's pack in English only",
      { council: { nation: "wales" }, output: { languages: ["en"] } },
    ],
    ["an English council's pack", { council: { nation: "england" } }],
  ])("is not asked for %s", async (_label, given) => {
    const prompt = scriptedPrompts([title]);
    const answers = await resolveAnswers(
      managerAndLanguages.filter((q) => q.path !== "output.languages"),
      context,
      { answers: given, yes: false, prompt },
    );
    expect(prompt.asked.map((asked) => asked.message)).toEqual(["Role title of the coordinators' manager"]);
    expect(answers.team).toEqual({ manager });
  });

  it("reads --set team.manager.welshTitle as text, as it is typed", () => {
    const parsed = parseSetAssignment(`${PATH}=2026`, questionKinds(councilQuestions));
    expect(questionKinds(councilQuestions).get(PATH)).toBe("text");
    expect(parsed).toMatchObject({
      ok: true,
      assignment: { path: ["team", "manager", "welshTitle"], value: "2026" },
    });
  });
});
