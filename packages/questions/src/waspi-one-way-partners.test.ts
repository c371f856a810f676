// The question of how a Welsh pack covers the partners whose sharing is one way
// (dataProtection.waspi.oneWayPartners): the Information Sharing Protocol, or a Data Disclosure Agreement
// for each. A choice, asked of Welsh councils only, after their WASPI participation, with the schema's
// default; the same answer comes from the prompt, --set and the answers file.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { councilConfigSchema, schemaAt, schemaDefault, validateCouncilConfig } from "@lac/council";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { setAt } from "./config-path.js";
import { councilQuestions } from "./council-questions.js";
import type { PromptApi } from "./prompt-api.js";
import type { Answers, FieldQuestion } from "./question.js";
import { resolveAnswers } from "./resolve-answers.js";
import { scriptedPrompts } from "./scripted-prompts.js";
import { parseSetAssignment, questionKinds } from "./set-assignment.js";
import { councilContext as context } from "../test/council-context.js";

const PATH = "dataProtection.waspi.oneWayPartners";
const MESSAGE = "Partners whose sharing is one way";
const question = councilQuestions.find((q) => q.path === PATH) as FieldQuestion | undefined;
const paths = councilQuestions.map((q) => q.path);

const require = createRequire(import.meta.url);
const example = (name: string) =>
  parse(readFileSync(require.resolve(`@lac/council/examples/${name}.lac.config.yaml`), "utf8")) as Answers;

/** An example council's answers file without its data protection section, which lac init then asks. */
function withoutDataProtection(name: string): Answers {
  const { dataProtection: _left, ...rest } = example(name);
  return rest;
}

/** The data protection questions a Welsh council is asked. */
const welshDataProtection = (oneWay: string): [string, string | boolean][] => [
  ["Controller of the programme's personal data", ""],
  ["The council's ICO registration number", ""],
  ["Data Protection Officer: work email", "dpo@cwmteg.example.gov.uk"],
  ["Does the council have a Caldicott Guardian", false],
  ["How many years records are kept", "6"],
  ["Counted from", ""],
  ["Has the council signed the WASPI Declaration", true],
  [MESSAGE, oneWay],
  ["Privacy notice web address", "https://cwmteg.example.gov.uk/privacy"],
  ["Welsh privacy notice web address", ""],
  ["The council's condition for special category data", "statutory-purposes"],
  ["Small-number threshold", ""],
];

/** A scripted prompt that also records what each choice question offered. */
function recordingPrompts(script: Parameters<typeof scriptedPrompts>[0]) {
  const scripted = scriptedPrompts(script);
  const offered: Parameters<PromptApi["choice"]>[0][] = [];
  const prompt: PromptApi = {
    text: (asked) => scripted.text(asked),
    confirm: (asked) => scripted.confirm(asked),
    choice: (asked) => {
      offered.push(asked);
      return scripted.choice(asked);
    },
  };
  return { prompt, asked: scripted.asked, offered };
}

function configOf(answers: Answers) {
  const result = validateCouncilConfig(answers);
  expect(result.ok ? [] : result.errors).toEqual([]);
  if (!result.ok) throw new Error("invalid configuration");
  return result.config;
}

describe("the question of the partners whose sharing is one way (Wales)", () => {
  it("is a choice asked right after the council's WASPI participation, with the schema's default", () => {
    expect(question).toMatchObject({ kind: "choice", default: "protocol" });
    expect(question?.default).toBe(schemaDefault(schemaAt(councilConfigSchema, PATH.split("."))));
    expect(question?.message.startsWith(MESSAGE)).toBe(true);
    expect(paths.indexOf(PATH)).toBe(paths.indexOf("dataProtection.waspi.participant") + 1);
    expect(Object.keys(question?.labels ?? {}).sort()).toEqual(["disclosure-agreements", "protocol"]);
  });

  it("says when it matters, and that WASPI's pages leave it open", () => {
    expect(question?.help).toMatch(/some partners' sharing goes both ways and others' one way/);
    expect(question?.help).toMatch(/published pages do not say/);
    expect(question?.help).toMatch(/quality assurance group/);
  });

  it("is asked only of a Welsh council with two partners or more", () => {
    const two = [{ organisation: "A" }, { organisation: "B" }];
    expect(question?.when?.({ council: { nation: "wales" }, partners: two }, {})).toBe(true);
    // With one partner or none, no partner's sharing can go both ways while another's goes one way.
    expect(question?.when?.({ council: { nation: "wales" }, partners: [two[0]] }, {})).toBe(false);
    expect(question?.when?.({ council: { nation: "wales" } }, {})).toBe(false);
    expect(question?.when?.({ council: { nation: "england" }, partners: two }, {})).toBe(false);
    expect(question?.when?.({}, {})).toBe(false);
  });

  it.each(["protocol", "disclosure-agreements"])(
    "is asked at the prompt when the answers file leaves data protection out, and stores %s",
    async (chosen) => {
      const { prompt, asked, offered } = recordingPrompts(welshDataProtection(chosen));
      const answers = await resolveAnswers(councilQuestions, context, {
        answers: withoutDataProtection("cwm-teg"),
        yes: false,
        prompt,
      });
      const messages = asked.map((a) => a.message);
      const participant = messages.findIndex((m) => m.startsWith("Has the council signed the WASPI"));
      expect(messages[participant + 1]).toBe(question?.message);
      const offer = offered.find((o) => o.message === question?.message);
      expect(offer).toMatchObject({
        choices: ["protocol", "disclosure-agreements"],
        default: "protocol",
        labels: question?.labels,
        help: question?.help,
      });
      expect(configOf(answers).dataProtection.waspi).toEqual({ participant: true, oneWayPartners: chosen });
    },
  );

  it("is not asked of an English council, which has no WASPI section", async () => {
    const { prompt, asked } = recordingPrompts([
      ["Controller of the programme's personal data", ""],
      ["The council's ICO registration number", ""],
      ["Data Protection Officer: work email", "dpo@brackenford.example.gov.uk"],
      ["Does the council have a Caldicott Guardian", false],
      ["How many years records are kept", "6"],
      ["Counted from", ""],
      ["Privacy notice web address", "https://brackenford.example.gov.uk/privacy"],
      ["Data-sharing agreements", "per-partner"],
      ["The council's condition for special category data", "statutory-purposes"],
      ["Small-number threshold", ""],
    ]);
    const answers = await resolveAnswers(councilQuestions, context, {
      answers: withoutDataProtection("brackenford"),
      yes: false,
      prompt,
    });
    expect(asked.map((a) => a.message).some((m) => m.startsWith(MESSAGE))).toBe(false);
    expect(configOf(answers).dataProtection.waspi).toBeUndefined();
  });

  it("takes the answer from the answers file without asking", async () => {
    const given = setAt(example("cwm-teg"), PATH.split("."), "disclosure-agreements");
    const { prompt, asked } = recordingPrompts([]);
    const answers = await resolveAnswers(councilQuestions, context, { answers: given, yes: false, prompt });
    expect(asked).toEqual([]);
    expect(answers).toEqual(given);
    expect(configOf(answers).dataProtection.waspi?.oneWayPartners).toBe("disclosure-agreements");
  });

  it("is not asked when the answers file gives the WASPI section without it: the default applies, the file unchanged", async () => {
    const complete = example("cwm-teg");
    expect(complete).not.toHaveProperty(PATH);
    for (const yes of [false, true]) {
      const { prompt, asked } = recordingPrompts([]);
      const answers = await resolveAnswers(councilQuestions, context, { answers: complete, yes, prompt });
      expect(asked).toEqual([]);
      expect(answers).toEqual(complete);
      expect(await resolveAnswers(councilQuestions, context, { answers: complete, yes })).toEqual(complete);
    }
    expect(configOf(complete).dataProtection.waspi?.oneWayPartners).toBe("protocol");
  });

  it("takes the default with --yes when nothing gives it", async () => {
    const answers = await resolveAnswers(councilQuestions, context, {
      answers: withoutDataProtection("cwm-teg"),
      yes: true,
    });
    expect(answers).toHaveProperty(PATH, "protocol");
  });

  it("reads --set dataProtection.waspi.oneWayPartners as a choice, checked by the schema", () => {
    const kinds = questionKinds(councilQuestions);
    expect(kinds.get(PATH)).toBe("choice");
    const parsed = parseSetAssignment(`${PATH}= disclosure-agreements `, kinds);
    expect(parsed).toMatchObject({
      ok: true,
      assignment: { path: ["dataProtection", "waspi", "oneWayPartners"], value: "disclosure-agreements" },
    });
    if (!parsed.ok) return;
    const set = setAt(example("cwm-teg"), parsed.assignment.path, parsed.assignment.value);
    expect(configOf(set).dataProtection.waspi?.oneWayPartners).toBe("disclosure-agreements");

    const wrong = parseSetAssignment(`${PATH}=dda`, kinds);
    if (!wrong.ok) throw new Error(wrong.message);
    const result = validateCouncilConfig(
      setAt(example("cwm-teg"), wrong.assignment.path, wrong.assignment.value),
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => e.path.join("."))).toContain(PATH);
  });
});
