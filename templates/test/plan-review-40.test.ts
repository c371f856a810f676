// One test per defect a reviewer found in the implementation plan's table of decisions, its job evaluation phase
// in Wales and its levels of support (review 40).
import { describe, expect, it } from "vitest";
import type { CouncilConfig } from "@lac/council";
import { supportLevelLabels } from "@lac/journeys";
import { documentOf, EXAMPLES, example } from "./examples.js";
import { part, phaseRows } from "./markdown-sections.js";

const plan = (config: CouncilConfig) => documentOf(config, "implementation-plan.md");

describe("a Welsh council's job evaluation phase does not assess the Welsh language skills again", () => {
  const jobEvaluation = (config: CouncilConfig) =>
    phaseRows(part(plan(config), "## 5. "), "Job evaluation and DBS level")[0]!;

  it("confirms the category its assessment set, and that the advert states it (Cwm Teg)", () => {
    const row = jobEvaluation(example("cwm-teg"));
    expect(row).not.toContain("assesses the Welsh language skills each post needs, and sets its category");
    expect(row).toContain(
      "The council confirms that each post's Welsh language category, set by its assessment of the posts (Welsh Language Skills Assessment of the posts, Cwm Teg HR, June 2026), still fits the duties as evaluated, and that the advert states it (section 8).",
    );
  });

  it("still assesses them when no assessment is configured", () => {
    const config = example("cwm-teg");
    const row = jobEvaluation({ ...config, team: { ...config.team, welshLanguage: undefined } });
    expect(row).toContain(
      "The council also assesses the Welsh language skills each post needs, and sets its category, before it is advertised (section 8).",
    );
  });
});

describe("the levels of support use the Thurrock source's words", () => {
  it.each(EXAMPLES)("%s", (name) => {
    const evaluation = part(plan(example(name)), "## 11. ");
    const short = tableLine(evaluation, supportLevelLabels["short-term"]);
    expect(short).not.toContain("practical help");
    expect(short).toContain(
      "information, limited support or both, open to anyone, with no assessment or intake",
    );
    const longer = tableLine(evaluation, supportLevelLabels["longer-term"]);
    expect(longer).toContain(
      "a longer-term relationship with someone who needs sustained help to build relationships, control and choice, plan and solve problems",
    );
  });
});

/** The bullet of a level of support. */
function tableLine(text: string, label: string): string {
  const line = text.split("\n").find((candidate) => candidate.startsWith(`- **${label}:**`));
  if (line === undefined) throw new Error(`no level ${label}`);
  return line;
}
