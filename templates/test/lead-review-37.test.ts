// One test per defect found reading the six example councils' implementation plans and pack indexes as the
// council's implementation lead, who takes the plan to the leadership group (review 37).
import { describe, expect, it } from "vitest";
import type { CouncilConfig } from "@lac/council";
import { documentOf, EXAMPLES, example } from "./examples.js";
import { part, tableRow } from "./markdown-sections.js";

const DECISIONS = "## What the council decides, and by when";

const IG =
  "The data protection impact assessment, how long records are kept, and the rest of the information governance phase (sections 5 and 10)";
const plan = (config: CouncilConfig) => documentOf(config, "implementation-plan.md");
const decisions = (config: CouncilConfig) => part(plan(config), DECISIONS);

const withStart = (config: CouncilConfig, startDate: string): CouncilConfig => ({
  ...config,
  programme: { ...config.programme, startDate },
});

describe("the plan gathers what the council must decide, with the date each decision is needed by", () => {
  it.each(EXAMPLES)("has the list, before the next steps (%s)", (name) => {
    const text = plan(example(name));
    expect(text.indexOf(DECISIONS)).toBeGreaterThan(text.indexOf("## 13. Budget"));
    expect(text.indexOf(DECISIONS)).toBeLessThan(text.indexOf("## Next steps"));
  });

  it.each(EXAMPLES)("lists the decisions in the order they fall due (%s)", (name) => {
    const dates = decisions(example(name))
      .split("\n")
      .filter((line) => line.startsWith("| ") && !line.startsWith("| Decision") && !line.startsWith("| ---"))
      .map((line) => Date.parse(line.split(" | ").at(-1)!.replace(/ \|$/, "")));
    expect(dates.length).toBeGreaterThan(3);
    expect(dates.every((date) => !Number.isNaN(date))).toBe(true);
    expect(dates).toEqual([...dates].sort((a, b) => a - b));
  });

  it("dates each decision from the timeline (Brackenford: two waves, a budget and an evaluation partner)", () => {
    const list = decisions(example("brackenford"));
    // The leadership group agrees the neighbourhoods before the job evaluation phase (from 1 June 2026) finishes the
    // adverts that name them (review 40: the day before the first phase that needs a decision).
    expect(tableRow(list, "The neighbourhoods of section 4 and the waves")).toContain("31 May 2026");
    // HR's job evaluation of the first wave ends the day before the posts are advertised (1 August 2026).
    expect(tableRow(list, "The grades of the posts and the level of DBS check")).toContain("31 July 2026");
    expect(list).toContain("| Who leads the first coordinators' community recruitment");
    // The data protection work ends the day before the first coordinator starts (1 December 2026).
    expect(tableRow(list, IG)).toContain("30 November 2026");
    expect(
      tableRow(list, "How the programme is supported after Community Catalysts' support ends"),
    ).toContain("31 March 2027");
    expect(tableRow(list, "Whether to sustain the approach and grow it to more neighbourhoods")).toContain(
      "31 March 2029",
    );
    // The budget and the evaluation are configured: nothing to decide.
    expect(list).not.toContain("budget");
    expect(list).not.toContain("evaluation partner");
  });

  it("asks for what the configuration leaves open (Hollinbrook: a district, no budget, no partner, a small span)", () => {
    const list = decisions(example("hollinbrook"));
    expect(tableRow(list, "The yearly budget")).toContain("The sponsor");
    // Whether to appoint a partner before the evaluation design, which the partner takes part in (review 40).
    expect(list).toContain("| Whether to appoint an evaluation partner | The leadership group |");
    expect(list).toContain(
      "| The evaluation: when any summative evaluation reports | The leadership group |",
    );
    expect(
      tableRow(list, "Whether one Senior Local Area Coordinator for 3 coordinators suits the programme"),
    ).toContain("The council");
    // A district council writes the route for concerns about a child before coordinators start (1 December 2027).
    expect(
      tableRow(list, "How a coordinator raises a concern about a child with the county council"),
    ).toContain("30 November 2027");
    expect(list).not.toContain("Welsh");
  });

  it("asks a Welsh council for the Welsh language categories only while they are not set (Cwm Teg)", () => {
    const config = example("cwm-teg");
    expect(decisions(config)).not.toContain("Welsh language category");
    const unset = { ...config, team: { ...config.team, welshLanguage: undefined } };
    expect(
      tableRow(
        decisions(unset),
        "The grades of the posts and the level of DBS check, and the Welsh language category of each post",
      ),
    ).toContain("Welsh language category");
    expect(decisions(config)).not.toContain("Who leads the first coordinators' community recruitment");
  });

  it("moves the dates with a start at the end of a month and in a leap year", () => {
    const january = decisions(withStart(example("brackenford"), "2026-01-31"));
    expect(tableRow(january, "The neighbourhoods of section 4 and the waves")).toContain("30 March 2026");
    expect(tableRow(january, IG)).toContain("29 September 2026");
    const leap = decisions(withStart(example("brackenford"), "2028-02-29"));
    expect(tableRow(leap, "The neighbourhoods of section 4 and the waves")).toContain("28 April 2028");
    expect(tableRow(leap, "Whether to sustain the approach and grow it to more neighbourhoods")).toContain(
      "27 February 2031",
    );
  });
});

describe("a Welsh council considers the programme's effects on the Welsh language before it decides", () => {
  // The policy making standards (Welsh Language (Wales) Measure 2011; e.g. the Welsh Language Standards (No. 6)
  // Regulations 2017 Sch 2, standards 94 to 96): when a body formulates a new policy, it considers the effects on
  // opportunities to use Welsh and on treating Welsh no less favourably than English, and how to make them positive.
  it("has the decision, dated with the neighbourhoods, where the compliance notice imposes the standards (Cwm Teg)", () => {
    const row = tableRow(
      decisions(example("cwm-teg")),
      "The programme's effects on opportunities for people to use Welsh, and on treating Welsh no less favourably than English, and how to make them more positive or less adverse (the policy making standards, where the council's compliance notice imposes them)",
    );
    expect(row).toContain("31 October 2026");
  });

  it.each(EXAMPLES.filter((name) => name !== "cwm-teg"))(
    "is not asked of an English council (%s)",
    (name) => {
      expect(decisions(example(name))).not.toContain("Welsh");
    },
  );
});

describe("the plan's team names the neighbourhoods with a part-time post, as the role description does", () => {
  it("says which neighbourhood, not 'some neighbourhoods', when only one has one (Kingsmere)", () => {
    const team = part(plan(example("kingsmere")), "## 8. ");
    expect(team).toContain("In Northgate Estate, one post is part-time (0.5 full-time equivalent).");
    expect(team).not.toContain("Some neighbourhoods have part-time posts");
    const role = documentOf(example("kingsmere"), "roles/local-area-coordinator.md");
    expect(role).toContain("in Northgate Estate, one part-time post of 0.5 full-time equivalent");
  });
});

describe("the pack index's step for HR says when the job evaluation must be done, as the plan does", () => {
  it.each([
    ["brackenford", "31 July 2026"],
    ["cwm-teg", "31 December 2026"],
  ])("dates it from the first wave's job evaluation phase (%s)", (name, date) => {
    const step = part(documentOf(example(name), "README.md"), "## What to do next")
      .split("\n")
      .find((line) => line.startsWith("1. **Send the role descriptions to HR**"))!;
    expect(step).toContain(`by ${date}, before the posts are advertised`);
    expect(
      tableRow(decisions(example(name)), "The grades of the posts and the level of DBS check"),
    ).toContain(date);
  });
});

describe("the pack index points the lead to the plan's list of decisions", () => {
  it.each(EXAMPLES)("in its first step (%s)", (name) => {
    const readme = documentOf(example(name), "README.md");
    const first = part(readme, "## What to do next")
      .split("\n")
      .find((line) => line.startsWith("1. "))!;
    expect(first).toContain("what the council decides, and by when");
  });
});
