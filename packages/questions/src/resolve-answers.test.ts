import { validateCouncilConfig } from "@lac/council";
import { describe, expect, it } from "vitest";
import { councilQuestions } from "./council-questions.js";
import { resolveAnswers } from "./resolve-answers.js";
import { scriptedPrompts } from "./scripted-prompts.js";
import { councilContext as context } from "../test/council-context.js";

const englishScript = [
  ["Council's official name", "Ashbury Borough Council"],
  ["Short name", ""],
  ["Nation", "england"],
  ["ONS GSS code", ["X06000001", "E06999123"]],
  ["Population", ["lots", "120,000"]],
  ["Council website", ["ashbury.example.gov.uk", "https://ashbury.example.gov.uk"]],
  ["Programme name", ""],
  ["Programme start date", ["1/4/2027", "2027-04-01"]],
  ["Sponsor: role title", "Director of Public Health"],
  ["Sponsor: work email", ["not an email", "public.health@ashbury.example.gov.uk"]],
  ["Programme lead: role title", "LAC Programme Manager"],
  ["Programme lead: work email", "lac@ashbury.example.gov.uk"],
  ["Days of support", ""],
  ["Months over which", ""],
  ["Include a budget", false],
  ["Neighbourhood 1: Neighbourhood name", "Old Town"],
  ["Neighbourhood 1: Population", "9,000"],
  ["Neighbourhood 1: Wards", ["", "Old Town, Castle Hill"]],
  ["Neighbourhood 1: Local Area Coordinators", ""],
  ["Neighbourhood 1: Is it rural", false],
  // Asked again after each item, in words that show what the list holds so far.
  ["Add another neighbourhood? (1 added: Old Town)", true],
  ["Neighbourhood 2: Neighbourhood name", "Riverside"],
  ["Neighbourhood 2: Population", "17,500"],
  ["Neighbourhood 2: Wards", "Riverside"],
  ["Neighbourhood 2: Local Area Coordinators", ["two", "1.5"]],
  ["Neighbourhood 2: Is it rural", true],
  ["Add another neighbourhood? (2 added: Old Town, Riverside)", false],
  ["Coordinator grade", ""],
  ["Full-time working week", ""],
  ["Contract of the posts", "fixed-term"],
  ["DBS check the posts need", "to-be-decided"],
  ["Role title of the coordinators' manager", ""],
  ["How many coordinators one manager", ""],
  ["Role the manager reports to", ""],
  ["Leadership group member 1: Member organisation", "Ashbury Borough Council"],
  ["Leadership group member 1: Its sector", "council-service"],
  ["Add another member of the leadership group? (1 added: Ashbury Borough Council)", true],
  ["Leadership group member 2: Member organisation", "Ashbury CVS"],
  ["Leadership group member 2: Its sector", "voluntary-and-community-sector"],
  ["Add another member", false],
  ["Add a partner", true],
  ["Partner 1: Partner organisation", "Ashbury NHS Trust"],
  ["Partner 1: What kind of organisation it is", "nhs-trust"],
  ["Partner 1: The legal entity that is its controller", ""],
  ["Partner 1: Its ICO registration number", ["12345678", "Z1234567"]],
  ["Partner 1: Information it shares", "introductions"],
  ["Partner 1: Information it receives", ""],
  ["Partner 1: Which directions carry only anonymised figures", ""],
  // With two partners or more, lac asks for one agreement with each or one multi-party agreement.
  ["Add another partner? (1 added: Ashbury NHS Trust)", true],
  ["Partner 2: Partner organisation", "Ashbury CVS"],
  ["Partner 2: What kind of organisation it is", "charity"],
  ["Partner 2: The legal entity that is its controller", ""],
  ["Partner 2: Its ICO registration number", "Z7654321"],
  ["Partner 2: Information it shares", "introductions"],
  ["Partner 2: Information it receives", ""],
  ["Partner 2: Which directions carry only anonymised figures", ""],
  ["Add another partner? (2 added: Ashbury NHS Trust, Ashbury CVS)", false],
  ["Controller of the programme's personal data", ""],
  ["The council's ICO registration number", ["Z12", ""]],
  ["Data Protection Officer: work email", "dpo@ashbury.example.gov.uk"],
  ["Does the council have a Caldicott Guardian", true],
  ["Caldicott Guardian: role title", "Caldicott Guardian"],
  ["Caldicott Guardian: work email", "caldicott@ashbury.example.gov.uk"],
  ["How many years records are kept", "6"],
  ["Counted from", ""],
  ["Privacy notice web address", "https://ashbury.example.gov.uk/privacy"],
  ["Data-sharing agreements", "multi-party"],
  ["The council's condition for special category data", "statutory-purposes"],
  ["Small-number threshold", ""],
  ["Has an evaluation approach been chosen?", false],
  ["Formats of the documents", ["markdown, pdf", "docx", "markdown, docx, html"]],
] as const;

describe("resolveAnswers, interactively", () => {
  it("asks every question, checks each answer as it is typed and builds a valid configuration", async () => {
    const prompt = scriptedPrompts(englishScript);
    const answers = await resolveAnswers(councilQuestions, context, { answers: {}, yes: false, prompt });
    const result = validateCouncilConfig(answers);
    expect(result.ok ? [] : result.errors).toEqual([]);
    if (!result.ok) return;
    expect(result.config.council).toMatchObject({
      shortName: "Ashbury",
      gssCode: "E06999123",
      population: 120000,
    });
    expect(result.config.programme.name).toBe("Local Area Coordination in Ashbury");
    expect(result.config.neighbourhoods).toEqual([
      {
        name: "Old Town",
        population: 9000,
        places: ["Old Town", "Castle Hill"],
        coordinators: 1,
        rural: false,
      },
      { name: "Riverside", population: 17500, places: ["Riverside"], coordinators: 1.5, rural: true },
    ]);
    expect(result.config.team.manager).toEqual({ title: "Senior Local Area Coordinator", span: 3 });
    expect(result.config.team).toMatchObject({
      contract: "fixed-term",
      dbsCheck: "to-be-decided",
    });
    // The full-time week has no default: left empty, HR gives it (the roles leave a blank).
    expect(result.config.team.hoursPerWeek).toBeUndefined();
    expect(result.config.dataProtection.controller).toBe("Ashbury Borough Council");
    expect(result.config.partners[0]?.receives).toEqual([]);
    expect(result.config.dataProtection.sharingAgreement).toBe("multi-party");
    expect(result.config.output.formats).toEqual(["markdown", "docx", "html"]);
  });

  it("rejects invalid answers as they are typed, with the configuration's own messages", async () => {
    const prompt = scriptedPrompts(englishScript);
    await resolveAnswers(councilQuestions, context, { answers: {}, yes: false, prompt });
    const rejections = Object.fromEntries(
      prompt.asked.filter((a) => a.rejected.length > 0).map((a) => [a.message, a.rejected]),
    );
    expect(rejections["Population of the council's area"]?.[0]).toMatch(/whole number|number/i);
    // A number typed as words says how to type it at the prompt, where commas are taken.
    expect(rejections["Population of the council's area"]?.[0]).toMatch(
      /Type it in figures, such as 12 or 9,000\.$/,
    );
    expect(
      rejections[
        "Neighbourhood 2: Local Area Coordinators, in full-time equivalents (for example 1 or 1.5)"
      ]?.[0],
    ).toMatch(/in figures/);
    expect(rejections["Programme start date (YYYY-MM-DD)"]?.[0]).toMatch(/YYYY-MM-DD/);
    expect(
      rejections["Partner 1: Its ICO registration number (empty if it is exempt from the fee)"]?.[0],
    ).toMatch(/Z/);
    expect(rejections["Neighbourhood 1: Wards or places it covers (separated by commas)"]?.[0]).toMatch(
      /empty|at least one/i,
    );
    const formats = rejections["Formats of the documents"];
    expect(formats?.[0]).toMatch(/"docx"/);
    expect(formats?.[1]).toMatch(/must include "markdown"/);
  });

  it("shows the help of a list, an optional part and a yes/no question, once each", async () => {
    const prompt = scriptedPrompts(englishScript);
    await resolveAnswers(councilQuestions, context, { answers: {}, yes: false, prompt });
    const helpOf = (start: string) =>
      prompt.asked.filter((a) => a.message.startsWith(start)).map((a) => a.help ?? "");
    // A list of at least one item asks for its first item at once: its help comes with the first question.
    expect(helpOf("Neighbourhood 1: Neighbourhood name")).toEqual([
      expect.stringContaining("8,000–10,000 people"),
    ]);
    expect(helpOf("Add another neighbourhood?")).toEqual(["", ""]);
    expect(helpOf("Leadership group member 1: Member organisation")[0]).toContain("cross-sector");
    expect(helpOf("Add another member")).toEqual(["", ""]);
    // An optional part asks yes or no first, with its help.
    expect(helpOf("Does the council have a Caldicott Guardian")[0]).toContain(
      "adult social care responsibilities",
    );
    // Every question with help shows it.
    const withHelp = prompt.asked.filter((a) => a.help !== undefined).length;
    expect(withHelp).toBeGreaterThan(20);
  });

  it("says how to type a list of fixed choices to a prompt that cannot tick them, as its words no longer do", async () => {
    const prompt = scriptedPrompts(englishScript);
    await resolveAnswers(councilQuestions, context, { answers: {}, yes: false, prompt });
    const helpOf = (message: string) => prompt.asked.find((asked) => asked.message === message)?.help;
    expect(helpOf("Formats of the documents")).toMatch(
      /Type them separated by commas: markdown for Markdown, docx for Word \(docx\), html for Web pages \(html\)\.$/,
    );
    expect(helpOf("Partner 1: Which directions carry only anonymised figures?")).toMatch(
      /Type them separated by commas: shares for What it shares with the programme, receives for What it receives from the programme\. Leave it empty for none\.$/,
    );
  });

  it("does not tell someone at the prompt to leave out the commas it takes", async () => {
    const prompt = scriptedPrompts([["Population of the council's area", ["120 000", "120,000"]]]);
    const answers = await resolveAnswers(
      councilQuestions.filter((q) => q.path === "council.population"),
      context,
      { answers: {}, yes: false, prompt },
    );
    expect(prompt.asked[0]?.rejected).toEqual([
      'Expected a whole number, but found text ("120 000"). Type it in figures, such as 12 or 9,000.',
    ]);
    expect(answers).toEqual({ council: { population: 120000 } });
  });

  it("asks only for what the answers file did not give", async () => {
    const prompt = scriptedPrompts([["Council website", "https://x.example.gov.uk"]]);
    const answers = await resolveAnswers(
      councilQuestions.filter((q) => q.path.startsWith("council.") && q.path !== "council.welshName"),
      context,
      {
        answers: {
          council: {
            name: "X Council",
            shortName: "X",
            nation: "england",
            gssCode: "E06999001",
            population: 1000,
          },
        },
        yes: false,
        prompt,
      },
    );
    expect(prompt.asked.map((a) => a.message)).toEqual(["Council website (https://…)"]);
    expect(answers).toMatchObject({ council: { website: "https://x.example.gov.uk" } });
  });

  it("asks again, with the problem, for a path found invalid afterwards", async () => {
    const prompt = scriptedPrompts([["ONS GSS code", "E06999002"]]);
    const answers = await resolveAnswers(
      councilQuestions.filter((q) => q.path.startsWith("council.") && q.path !== "council.welshName"),
      context,
      {
        answers: {
          council: {
            name: "X",
            shortName: "X",
            nation: "wales",
            gssCode: "E06999001",
            population: 1,
            website: "https://x.example",
          },
        },
        yes: false,
        prompt,
        reask: new Map([["council.gssCode", "does not match the nation"]]),
      },
    );
    expect(prompt.asked).toHaveLength(1);
    expect(answers).toMatchObject({ council: { gssCode: "E06999002" } });
  });
});

describe("resolveAnswers, asking a required answer again", () => {
  const council = {
    name: "Brackenford Borough Council",
    shortName: "Brackenford Borough",
    nation: "england",
    gssCode: "W06000001",
    population: 1,
    website: "https://x.example",
  };
  const questions = councilQuestions.filter(
    (q) => q.path === "council.gssCode" || q.path === "council.shortName",
  );

  it("offers the refused answer as no default, and says it in the help, so that Enter does not give it again", async () => {
    const prompt = scriptedPrompts([["ONS GSS code", ["", "E06999002"]]]);
    const answers = await resolveAnswers(questions, context, {
      answers: { council },
      yes: false,
      prompt,
      reask: new Map([["council.gssCode", "The code is of a Welsh council."]]),
      onlyReask: true,
    });
    const [asked] = prompt.asked;
    expect(asked?.default).toBeUndefined();
    // An empty answer is refused (the field is required), not taken as the refused code.
    expect(asked?.rejected).toHaveLength(1);
    expect(asked?.help).toContain('Your answer was "W06000001".');
    expect(answers).toMatchObject({ council: { gssCode: "E06999002" } });
  });

  it("offers the question's own default instead, when it is not the refused answer", async () => {
    const prompt = scriptedPrompts([["Short name", ""]]);
    const answers = await resolveAnswers(questions, context, {
      answers: { council },
      yes: false,
      prompt,
      reask: new Map([["council.shortName", 'The short name "Brackenford Borough" is refused.']]),
      onlyReask: true,
    });
    expect(prompt.asked[0]?.default).toBe("Brackenford");
    // The problem names the refused answer already: it is not said twice.
    expect(prompt.asked[0]?.help).not.toContain("Your answer was");
    expect(answers).toMatchObject({ council: { shortName: "Brackenford" } });
  });
});

describe("resolveAnswers, asking a choice again", () => {
  const england = { nation: "england", gssCode: "E07000001" };
  const questions = councilQuestions.filter(
    (q) => q.path === "council.nation" || q.path === "dataProtection.specialCategoryCondition",
  );

  it("starts a refused choice at the question's own default, and one asked with another's problem at its answer", async () => {
    const prompt = scriptedPrompts([
      ["Nation", "england"],
      ["The council's condition", "statutory-purposes"],
    ]);
    await resolveAnswers(questions, context, {
      answers: { council: england, dataProtection: { specialCategoryCondition: "health-or-social-care" } },
      yes: false,
      prompt,
      reask: new Map([
        ["dataProtection.specialCategoryCondition", "A district council cannot rely on it."],
        ["council.nation", "A district council cannot rely on it."],
      ]),
      alsoAsked: new Set(["council.nation"]),
      onlyReask: true,
    });
    expect(prompt.asked.map((asked) => asked.default)).toEqual(["england", "statutory-purposes"]);
  });
});

describe("resolveAnswers, asking an optional answer again", () => {
  it("offers the refused answer as no default, so that an empty answer leaves it out", async () => {
    const prompt = scriptedPrompts([["Partner 1: Which directions carry only anonymised figures", ""]]);
    const partners = councilQuestions.filter((q) => q.path === "partners");
    const answers = await resolveAnswers(partners, context, {
      answers: {
        partners: [{ organisation: "P", kind: "council-service", shares: ["x"], anonymised: ["receives"] }],
      },
      yes: false,
      prompt,
      reask: new Map([["partners.0.anonymised", "the partner's receives list is empty"]]),
      onlyReask: true,
    });
    expect(prompt.asked).toHaveLength(1);
    expect((answers.partners as Record<string, unknown>[])[0]?.anonymised).toBeUndefined();
  });
});

describe("resolveAnswers, with an answers file", () => {
  it("keeps the file's lists and left-out optional parts, and the schema's defaults, without asking", async () => {
    const prompt = scriptedPrompts([["Neighbourhood 1: Population", "9000"]]);
    const answers = await resolveAnswers(
      councilQuestions.filter((q) => ["neighbourhoods", "programme.budget"].includes(q.path)),
      context,
      {
        answers: { programme: { name: "P" }, neighbourhoods: [{ name: "North", places: ["North"] }] },
        yes: false,
        prompt,
      },
    );
    // Only the missing required field is asked: not "coordinators" (default 1), not "add another", not the budget.
    expect(prompt.asked.map((a) => a.message)).toEqual(["Neighbourhood 1: Population of the neighbourhood"]);
    expect(answers).toEqual({
      programme: { name: "P" },
      neighbourhoods: [{ name: "North", places: ["North"], population: 9000 }],
    });
  });
});

describe("resolveAnswers, without a terminal", () => {
  it("asks nothing and leaves missing answers missing", async () => {
    const answers = await resolveAnswers(councilQuestions, context, { answers: {}, yes: false });
    expect(answers).toEqual({});
  });

  it("with --yes takes the defaults, derived from earlier answers where they can be", async () => {
    const answers = await resolveAnswers(councilQuestions, context, {
      answers: {
        council: { name: "Ashbury Borough Council", nation: "england" },
        neighbourhoods: [{ name: "A", coordinators: 2 }],
      },
      yes: true,
    });
    expect(answers).toMatchObject({
      council: { shortName: "Ashbury" },
      programme: {
        name: "Local Area Coordination in Ashbury",
        communityCatalystsSupport: { days: 30, months: 12 },
      },
      neighbourhoods: [{ name: "A", coordinators: 2 }],
      team: { manager: { title: "Senior Local Area Coordinator", span: 2 } },
      dataProtection: { controller: "Ashbury Borough Council" },
    });
    // Without two partners, there is no choice between one agreement with each and one multi-party
    // agreement: it is not asked, and the configuration's default applies.
    expect(answers).not.toHaveProperty("dataProtection.sharingAgreement");
    expect(answers).not.toHaveProperty("council.gssCode");
    // A list that may be empty is empty; one that may not stays missing, to be reported.
    expect(answers).toMatchObject({ partners: [] });
    expect(answers).not.toHaveProperty("leadershipGroup");
  });
});

describe("resolveAnswers, with a prompt that ticks a list of fixed choices (lac init's)", () => {
  const ticking = englishScript.map(
    ([start, answer]): readonly [string, string | boolean | readonly string[]] =>
      start === "Formats of the documents" ? [start, ["html"]] : [start, answer],
  );

  it("asks the formats and a partner's anonymised directions as choices to tick, by their labels, in the schema's order", async () => {
    const prompt = scriptedPrompts(ticking, { ticks: true });
    const answers = await resolveAnswers(councilQuestions, context, { answers: {}, yes: false, prompt });
    const result = validateCouncilConfig(answers);
    expect(result.ok ? [] : result.errors).toEqual([]);
    if (!result.ok) return;
    const ticked = prompt.asked.filter((asked) => asked.kind === "several");
    // Asked without the brackets that say how to type the values on one line.
    expect(ticked.map((asked) => asked.message)).toEqual([
      "Partner 1: Which directions carry only anonymised figures?",
      "Partner 2: Which directions carry only anonymised figures?",
      "Formats of the documents",
    ]);
    // Markdown is always written: it is not offered to tick (unticking it could only be refused), and
    // the answer holds it, as the answers file lists it.
    expect(ticked[2]?.rejected).toEqual([]);
    expect(ticked[2]?.answer).toEqual(["html"]);
    expect(result.config.output.formats).toEqual(["markdown", "html"]);
    // Nothing ticked for an optional list leaves it out of the answers.
    expect((answers.partners as Record<string, unknown>[])[0]).not.toHaveProperty("anonymised");
  });

  it("offers the answer given, or the schema's default, ticked; an empty answer keeps it", async () => {
    const offered: {
      message: string;
      choices: readonly string[];
      labels?: unknown;
      help?: string;
      default: readonly string[];
    }[] = [];
    const prompt = scriptedPrompts(
      englishScript.map(([start, answer]): readonly [string, string | boolean | readonly string[]] =>
        start === "Formats of the documents" ? [start, ""] : [start, answer],
      ),
      { ticks: true },
    );
    const several = prompt.several!.bind(prompt);
    const answers = await resolveAnswers(councilQuestions, context, {
      answers: {},
      yes: false,
      prompt: {
        ...prompt,
        several: (question) => {
          offered.push(question);
          return several(question);
        },
      },
    });
    expect(offered.at(-1)).toMatchObject({
      choices: ["docx", "html"],
      labels: { markdown: "Markdown", docx: "Word (docx)", html: "Web pages (html)" },
      default: ["docx"],
    });
    expect(offered.at(-1)?.help).toMatch(/always has every document in Markdown/);
    expect((answers.output as { formats: unknown }).formats).toEqual(["markdown", "docx"]);
  });

  it("gives the formats with Markdown when nothing is ticked, and checks the answer with it", async () => {
    const prompt = scriptedPrompts(ticking, { ticks: true });
    const checked: (readonly string[])[] = [];
    const answers = await resolveAnswers(councilQuestions, context, {
      answers: {},
      yes: false,
      prompt: {
        ...prompt,
        several: async (question) => {
          if (!question.message.startsWith("Formats")) return prompt.several!(question);
          // Nothing ticked: the check is of the answer it gives, so it passes.
          expect(question.validate([])).toBe(true);
          checked.push([]);
          return [];
        },
      },
    });
    expect(checked).toHaveLength(1);
    expect((answers.output as { formats: unknown }).formats).toEqual(["markdown"]);
  });

  it("asks again an answers file's formats without Markdown with the others ticked, and adds Markdown", async () => {
    const prompt = scriptedPrompts([["Formats of the documents", ""]], { ticks: true });
    const formats = councilQuestions.filter((q) => q.path === "output.formats");
    const answers = await resolveAnswers(formats, context, {
      answers: { output: { formats: ["docx", "html"] } },
      yes: false,
      prompt,
      reask: new Map([["output.formats", 'must include "markdown"']]),
      onlyReask: true,
    });
    expect(prompt.asked).toMatchObject([{ kind: "several", answer: ["docx", "html"], rejected: [] }]);
    expect((answers.output as { formats: unknown }).formats).toEqual(["markdown", "docx", "html"]);
  });
});
