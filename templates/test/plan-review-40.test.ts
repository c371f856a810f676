// One test per defect a reviewer found in the implementation plan's table of decisions, its job evaluation phase
// in Wales and its levels of support (review 40).
import { describe, expect, it } from "vitest";
import type { CouncilConfig } from "@lac/council";
import { supportLevelLabels } from "@lac/journeys";
import { documentOf, EXAMPLES, example } from "./examples.js";
import { part } from "./markdown-sections.js";

const plan = (config: CouncilConfig) => documentOf(config, "implementation-plan.md");

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
