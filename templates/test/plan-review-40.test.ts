// One test per defect a reviewer found in the implementation plan's table of decisions, its job evaluation phase
// in Wales and its levels of support (review 40).
import { describe, expect, it } from "vitest";
import type { CouncilConfig } from "@lac/council";
import { supportLevelLabels } from "@lac/journeys";
import { documentOf, EXAMPLES, example } from "./examples.js";
import { part, phaseRows, tableRow } from "./markdown-sections.js";

const DECISIONS = "## What the council decides, and by when";
const plan = (config: CouncilConfig) => documentOf(config, "implementation-plan.md");

/**
 * Each decision, by the start of its row, and the first phase of the timeline that needs it: the decision is due
 * before that phase starts. `undefined`: a decision that its own phase is for, with nothing after it that needs it.
 */
const NEEDED_BY: readonly (readonly [string, string | undefined])[] = [
  // The adverts, finished in the job evaluation phase, name the neighbourhoods, and their residents are invited
  // to the community recruitment panel then.
  ["The neighbourhoods of section 4", "Job evaluation and DBS level"],
  // The policy making standards: considered while the programme is formed, with the neighbourhoods.
  ["The programme's effects on opportunities for people to use Welsh", "Job evaluation and DBS level"],
  // The team manager's role description: decide it before HR evaluates the post, since it changes the duties.
  ["Whether one ", "Job evaluation and DBS level"],
  // The job evaluation phase invites and briefs the community recruitment panel.
  ["Who leads the first coordinators' community recruitment", "Job evaluation and DBS level"],
  // The evaluation design is agreed with the evaluation partner where the council has one.
  ["Whether to appoint an evaluation partner", "Evaluation design"],
  // The posts are advertised.
  ["The yearly budget", "Community recruitment"],
  ["The grades of the posts and the level of DBS check", "Community recruitment"],
  // Records are right from the first coordinator's first day; the processing starts with them.
  ["The evaluation", "Induction and training"],
  ["The data protection impact assessment", "Induction and training"],
  ["How a coordinator raises a concern about a child", "Induction and training"],
  ["How the programme is supported after Community Catalysts' support ends", undefined],
  ["Whether to sustain the approach", undefined],
];

/** The decisions' rows: the decision and its date. */
function decisionRows(text: string): { decision: string; by: string }[] {
  return part(text, DECISIONS)
    .split("\n")
    .filter((line) => line.startsWith("| ") && !line.startsWith("| Decision") && !line.startsWith("| ---"))
    .map((line) => {
      const cells = line.split(" | ");
      return { decision: cells[0]!.slice(2), by: cells.at(-1)!.replace(/ \|$/, "") };
    });
}

/** The first day of the first phase (the first wave's) whose name starts with `name`. */
function phaseStart(text: string, name: string): number {
  const row = phaseRows(part(text, "## 5. "), name)[0];
  if (row === undefined) throw new Error(`no phase ${name}`);
  return Date.parse(row.split(" | ")[2]!);
}

const DAY = 24 * 60 * 60 * 1000;

describe("each decision is dated before the first phase that needs it starts", () => {
  it.each(EXAMPLES)("%s", (name) => {
    const text = plan(example(name));
    const rows = decisionRows(text);
    expect(rows.length).toBeGreaterThan(3);
    for (const { decision, by } of rows) {
      const needed = NEEDED_BY.find(([start]) => decision.startsWith(start));
      expect(needed, decision).toBeDefined();
      const phase = needed![1];
      if (phase === undefined) continue;
      // The day before that phase starts, at the latest.
      expect(Date.parse(by), `${decision}: ${by}, before ${phase}`).toBeLessThanOrEqual(
        phaseStart(text, phase) - DAY,
      );
    }
  });

  it("dates the span, who leads the recruitment and the neighbourhoods before the job evaluation (Kingsmere)", () => {
    const list = part(plan(example("kingsmere")), DECISIONS);
    // The job evaluation phase starts on 4 March 2027.
    expect(tableRow(list, "The neighbourhoods of section 4")).toContain("| 3 March 2027 |");
    expect(
      tableRow(
        list,
        "Whether one Local Area Coordination Team Manager for 5 coordinators suits the programme",
      ),
    ).toContain("| 3 March 2027 |");
    expect(
      tableRow(
        list,
        "Who leads the first coordinators' community recruitment (section 8) until the manager starts",
      ),
    ).toContain("| 3 March 2027 |");
    // The posts are advertised from 4 May 2027.
    expect(tableRow(list, "The grades of the posts and the level of DBS check")).toContain("| 3 May 2027 |");
  });

  it("says what the dates mean under the table", () => {
    const list = part(plan(example("kingsmere")), DECISIONS);
    expect(list).not.toContain(
      "needed by the end of the phase of the timeline (section 5) that it comes before",
    );
    expect(list).toContain("the day before the first phase of the timeline (section 5) that needs it starts");
  });
});

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

// The Thurrock source says "people who need sustained help"; the plan says "wants", since Local Area
// Coordination has no eligibility criteria: a person chooses the longer-term relationship.
describe("the levels of support follow the Thurrock source's two levels", () => {
  it.each(EXAMPLES)("%s", (name) => {
    const evaluation = part(plan(example(name)), "## 11. ");
    const short = tableLine(evaluation, supportLevelLabels["short-term"]);
    expect(short).not.toContain("practical help");
    expect(short).toContain(
      "information, limited support or both, open to anyone, with no assessment or intake",
    );
    const longer = tableLine(evaluation, supportLevelLabels["longer-term"]);
    expect(longer).toContain(
      "a longer-term relationship with someone who wants sustained help to build relationships, control and choice, plan and solve problems",
    );
  });
});

/** The bullet of a level of support. */
function tableLine(text: string, label: string): string {
  const line = text.split("\n").find((candidate) => candidate.startsWith(`- **${label}:**`));
  if (line === undefined) throw new Error(`no level ${label}`);
  return line;
}

describe("the plan does not present the programme's start as the agreed start of Community Catalysts' support", () => {
  const support = (config: CouncilConfig) => part(plan(config), "## 6. Support from Community Catalysts");

  it.each(EXAMPLES)(
    "says it is the start if the support starts with the programme, and to agree it, in %s",
    (name) => {
      const text = support(example(name));
      expect(text).toMatch(
        /tailored to the area: here, if it starts with the programme, from \d+ \w+ \d{4} to /,
      );
      expect(text).toContain(
        "Agree its start, what it covers and its cost with Community Catalysts before the programme starts.",
      );
    },
  );

  it("gives the agreed dates plainly when the council has set the support's start", () => {
    const config = example("kingsmere");
    const agreed: CouncilConfig = {
      ...config,
      programme: {
        ...config.programme,
        communityCatalystsSupport: { ...config.programme.communityCatalystsSupport, startDate: "2026-11-02" },
      },
    };
    const text = support(agreed);
    expect(text).toContain("tailored to the area: here from 2 November 2026 to 1 November 2027.");
    expect(text).not.toContain("if it starts with the programme");
    expect(text).not.toContain("Agree its start");
  });
});
