// The question of the Welsh privacy notice's address (dataProtection.privacyNoticeUrlCy): optional, asked
// straight after the English address, only when a Welsh council's documents include Welsh (lac validate
// warns when it is missing then), and checked as the English address is.
import { describe, expect, it } from "vitest";
import { councilQuestions } from "./council-questions.js";
import type { FieldQuestion } from "./question.js";
import { resolveAnswers } from "./resolve-answers.js";
import { scriptedPrompts } from "./scripted-prompts.js";
import { parseSetAssignment, questionKinds } from "./set-assignment.js";
import { councilContext as context } from "../test/council-context.js";

const PATH = "dataProtection.privacyNoticeUrlCy";
const ENGLISH = "dataProtection.privacyNoticeUrl";
const MESSAGE = "Welsh privacy notice web address (https://…, optional)";
const question = councilQuestions.find((q) => q.path === PATH) as FieldQuestion | undefined;
const paths = councilQuestions.map((q) => q.path);
const both = councilQuestions.filter((q) => [ENGLISH, PATH].includes(q.path));
const welsh = { council: { nation: "wales" }, output: { languages: ["en", "cy"] } };

describe("the question of the Welsh privacy notice's web address", () => {
  it("is an optional text question, straight after the English address", () => {
    expect(question).toMatchObject({ kind: "text", message: MESSAGE, optional: true });
    expect(question?.help).toContain("the English address");
    expect(paths.indexOf(PATH)).toBe(paths.indexOf(ENGLISH) + 1);
  });

  it("is asked only when a Welsh council's documents include Welsh", () => {
    expect(question?.when?.(welsh, {})).toBe(true);
    expect(question?.when?.({ ...welsh, output: { languages: ["en"] } }, {})).toBe(false);
    expect(question?.when?.({ ...welsh, council: { nation: "england" } }, {})).toBe(false);
  });

  it("is asked at the prompt and stored beside the English address", async () => {
    const prompt = scriptedPrompts([
      ["Privacy notice web address (https://…)", "https://cwmteg.example.gov.uk/privacy"],
      [MESSAGE, "https://cwmteg.example.gov.uk/preifatrwydd"],
    ]);
    const answers = await resolveAnswers(both, context, { answers: welsh, yes: false, prompt });
    expect(answers.dataProtection).toEqual({
      privacyNoticeUrl: "https://cwmteg.example.gov.uk/privacy",
      privacyNoticeUrlCy: "https://cwmteg.example.gov.uk/preifatrwydd",
    });
  });

  it("refuses an address that is not https, with the English address's message", async () => {
    const prompt = scriptedPrompts([
      ["Privacy notice web address (https://…)", "https://cwmteg.example.gov.uk/privacy"],
      [MESSAGE, ["http://cwmteg.example.gov.uk/preifatrwydd", ""]],
    ]);
    const answers = await resolveAnswers(both, context, { answers: welsh, yes: false, prompt: prompt });
    const [english, cy] = prompt.asked;
    expect(cy?.message).toBe(MESSAGE);
    expect(cy?.rejected).toHaveLength(1);
    expect(cy?.rejected[0]).toContain("https://");
    expect(english?.rejected).toEqual([]);
    expect(answers.dataProtection).toEqual({ privacyNoticeUrl: "https://cwmteg.example.gov.uk/privacy" });
  });

  it("is not asked for an English council", async () => {
    const prompt = scriptedPrompts([["Privacy notice web address (https://…)", "https://a.example/p"]]);
    await resolveAnswers(both, context, { answers: { council: { nation: "england" } }, yes: false, prompt });
    expect(prompt.asked.map((asked) => asked.message)).toEqual(["Privacy notice web address (https://…)"]);
  });

  it("reads --set dataProtection.privacyNoticeUrlCy as text", () => {
    expect(questionKinds(councilQuestions).get(PATH)).toBe("text");
    expect(parseSetAssignment(`${PATH}=https://a.example/cy`, questionKinds(councilQuestions))).toMatchObject(
      {
        ok: true,
        assignment: { path: ["dataProtection", "privacyNoticeUrlCy"], value: "https://a.example/cy" },
      },
    );
  });
});
