// One test per defect found reading Hollinbrook's and Stanmoor's implementation plan and pack index as the
// council's implementation lead, who turns the plan into a project, and its sponsor, who approves it (review 25).
import { describe, expect, it } from "vitest";
import { documentOf, example } from "./examples.js";
import { part } from "./markdown-sections.js";

const councils = ["hollinbrook", "stanmoor", "brackenford", "kingsmere", "wendleshire", "cwm-teg"];

/** The paragraphs of prose (not tables, lists, charts or headings) of a part of a document. */
function prose(text: string): readonly string[] {
  return text
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter((block) => block !== "" && !/^(#|\||-|\d+\.|`|>)/.test(block));
}

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

describe("the plan's timeline gives the lead what must happen before recruitment and before the first day one paragraph at a time", () => {
  it.each(councils)("has no paragraph of over 150 words before the phases (%s)", (name) => {
    const timeline = part(documentOf(example(name), "implementation-plan.md"), "## 5. ");
    const long = prose(timeline).filter((paragraph) => words(paragraph) > 150);
    expect(long.map((paragraph) => `${words(paragraph)}: ${paragraph.slice(0, 80)}`)).toEqual([]);
  });

  it("keeps each step: the job evaluation and the neighbourhoods, the notice, the manager (Hollinbrook)", () => {
    const paragraphs = prose(part(documentOf(example("hollinbrook"), "implementation-plan.md"), "## 5. "));
    expect(paragraphs.some((p) => p.startsWith("Recruitment cannot start until HR"))).toBe(true);
    expect(
      paragraphs.some((p) => p.startsWith("A coordinator does not start the day after the interview")),
    ).toBe(true);
    expect(paragraphs.some((p) => p.startsWith("The model recruits the Senior Local Area Coordinator"))).toBe(
      true,
    );
  });
});

describe("the pack index's first step takes the plan to the leadership group, which agrees the neighbourhoods", () => {
  it.each(["hollinbrook", "stanmoor"])("says so as the plan does (%s)", (name) => {
    const config = example(name);
    const readme = documentOf(config, "README.md");
    const first = part(readme, "## What to do next")
      .split("\n")
      .find((line) => line.startsWith("1. "))!;
    expect(first).toContain("leadership group");
    expect(first).not.toContain("agree the neighbourhoods and dates with Community Catalysts");
    const plan = documentOf(config, "implementation-plan.md");
    expect(plan).toContain("the leadership group agrees the neighbourhoods of section 4");
  });

  it("names the waves where the plan has them (Stanmoor)", () => {
    const readme = documentOf(example("stanmoor"), "README.md");
    expect(readme).toContain("agree the neighbourhoods, waves and dates");
  });
});

describe("the pack index's steps send the community recruitment panel guide to HR, which reviews it", () => {
  it.each(["hollinbrook", "stanmoor", "cwm-teg"])("links the guide in the step for HR (%s)", (name) => {
    const readme = documentOf(example(name), "README.md");
    const step = part(readme, "## What to do next")
      .split("\n")
      .find((line) => line.startsWith("1. **Send the role descriptions"))!;
    expect(step).toContain("[community recruitment panel guide](roles/community-recruitment-panel-guide.md)");
    expect(readme).toMatch(
      /\| \[Community recruitment panel guide\]\([^)]+\) \|.*\| HR and the programme lead/,
    );
  });
});

describe("the plan asks for a budget where the configuration has none, since the sponsor approves it", () => {
  it("leaves the budget to the council, with the setting that fills it in (Hollinbrook)", () => {
    const budget = part(documentOf(example("hollinbrook"), "implementation-plan.md"), "## 13. Budget");
    expect(budget).toContain("No budget is set yet.");
    expect(budget).toContain("____________________");
    expect(documentOf(example("hollinbrook"), "README.md")).toContain(
      "the plan's budget from `programme.budget`",
    );
    expect(budget).toContain("the 3 full-time equivalent Local Area Coordinator posts");
  });

  it("gives the configured budget as it is (Stanmoor)", () => {
    const budget = part(documentOf(example("stanmoor"), "implementation-plan.md"), "## 13. Budget");
    expect(budget).toContain("£620,000 per year for three years.");
    expect(budget).not.toContain("____");
  });
});
