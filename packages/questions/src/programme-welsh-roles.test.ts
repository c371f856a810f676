// The questions of the sponsor's and the programme lead's role titles in Welsh (programme.sponsor.welshRole,
// programme.lead.welshRole): optional, asked, like the manager's Welsh title, only when a Welsh council's
// documents include Welsh (lac validate warns when they are missing then).
import { describe, expect, it } from "vitest";
import { councilQuestions } from "./council-questions.js";
import type { Answers, FieldQuestion } from "./question.js";
import { resolveAnswers } from "./resolve-answers.js";
import { scriptedPrompts } from "./scripted-prompts.js";
import { parseSetAssignment, questionKinds } from "./set-assignment.js";
import { councilContext as context } from "../test/council-context.js";

const SPONSOR = "programme.sponsor.welshRole";
const LEAD = "programme.lead.welshRole";
const paths = councilQuestions.map((q) => q.path);
const questionAt = (path: string) =>
  councilQuestions.find((q) => q.path === path) as FieldQuestion | undefined;

/** The languages and the programme's contacts, in the order lac init asks them. */
const contactsAndLanguages = councilQuestions.filter(
  (q) =>
    ["output.languages", "output.bilingualLayout", "programme.welshName"].includes(q.path) ||
    q.path.startsWith("programme.sponsor.") ||
    q.path.startsWith("programme.lead."),
);

describe("the questions of the sponsor's and the lead's role titles in Welsh", () => {
  it.each([
    [SPONSOR, "Sponsor: role title in Welsh (optional)", "programme.sponsor.role"],
    [LEAD, "Programme lead: role title in Welsh (optional)", "programme.lead.role"],
  ])("%s is an optional text question, straight after the role title", (path, message, role) => {
    expect(questionAt(path)).toMatchObject({ kind: "text", message, optional: true });
    expect(questionAt(path)?.help).toContain("marked as English");
    expect(paths.indexOf(path)).toBe(paths.indexOf(role) + 1);
    expect(paths.indexOf(path)).toBeGreaterThan(paths.indexOf("output.languages"));
  });

  it("says that a lead who is the manager takes the manager's Welsh title", () => {
    expect(questionAt(LEAD)?.help).toContain("manager's role title in Welsh");
  });

  it("are asked only when a Welsh council's documents include Welsh", () => {
    const welsh = { council: { nation: "wales" }, output: { languages: ["en", "cy"] } };
    for (const path of [SPONSOR, LEAD]) {
      const question = questionAt(path);
      expect(question?.when?.(welsh, {})).toBe(true);
      expect(question?.when?.({ ...welsh, output: { languages: ["en"] } }, {})).toBe(false);
      expect(question?.when?.({ ...welsh, council: { nation: "england" } }, {})).toBe(false);
    }
  });

  async function asked(given: Answers, script: [string, string][]) {
    const prompt = scriptedPrompts(script);
    const answers = await resolveAnswers(contactsAndLanguages, context, {
      answers: given,
      yes: false,
      prompt,
    });
    return { prompt, answers };
  }

  it("are asked in lac init's order for a Welsh pack, and stored beside the roles; empty ones are left out", async () => {
    const { prompt, answers } = await asked({ council: { nation: "wales" } }, [
      ["Languages of the documents", "en, cy"],
      ["Programme name in Welsh", ""],
      ["Sponsor: role title", "Director of Social Services"],
      ["Sponsor: role title in Welsh", "Cyfarwyddwr Gwasanaethau Cymdeithasol"],
      ["Sponsor: work email", "sponsor@cwmteg.example.gov.uk"],
      ["Programme lead: role title", "Senior Local Area Coordinator"],
      ["Programme lead: role title in Welsh", ""],
      ["Programme lead: work email", "lac@cwmteg.example.gov.uk"],
      ["Layout of the Welsh documents", "separate"],
    ]);
    expect(prompt.asked.map((q) => q.message)).toContain("Sponsor: role title in Welsh (optional)");
    expect(prompt.asked.map((q) => q.message)).toContain("Programme lead: role title in Welsh (optional)");
    expect((answers.programme as Record<string, unknown>)["sponsor"]).toEqual({
      role: "Director of Social Services",
      welshRole: "Cyfarwyddwr Gwasanaethau Cymdeithasol",
      email: "sponsor@cwmteg.example.gov.uk",
    });
    expect((answers.programme as Record<string, unknown>)["lead"]).toEqual({
      role: "Senior Local Area Coordinator",
      email: "lac@cwmteg.example.gov.uk",
    });
  });

  it("are not asked for an English council's pack", async () => {
    const { prompt } = await asked({ council: { nation: "england" } }, [
      ["Sponsor: role title", "Director of Adult Social Care"],
      ["Sponsor: work email", "sponsor@brackenford.example.gov.uk"],
      ["Programme lead: role title", "Programme Manager"],
      ["Programme lead: work email", "lac@brackenford.example.gov.uk"],
    ]);
    expect(prompt.asked.map((q) => q.message).join(" ")).not.toContain("in Welsh");
  });

  it("read --set programme.lead.welshRole as text", () => {
    expect(questionKinds(councilQuestions).get(LEAD)).toBe("text");
    expect(parseSetAssignment(`${SPONSOR}=2026`, questionKinds(councilQuestions))).toMatchObject({
      ok: true,
      assignment: { path: ["programme", "sponsor", "welshRole"], value: "2026" },
    });
  });
});
