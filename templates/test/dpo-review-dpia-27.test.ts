// One test per defect found reading the DPIA of an English county council (Wendleshire) and a London
// borough (Kingsmere) whole, as their data protection officer would before signing it off (review 27).
import type { CouncilConfig } from "@lac/council";
import { describe, expect, it } from "vitest";
import { documentOf, example } from "./examples.js";
import { part, tableRow } from "./markdown-sections.js";

const dpiaOf = (config: CouncilConfig) => documentOf(config, "data-protection/dpia.md");
const step = (config: CouncilConfig, n: number) => part(dpiaOf(config), `## Step ${n}`);
const line = (text: string, start: string) => text.split("\n").find((l) => l.startsWith(start))!;
const BLANK = "____________________";

describe("the DPIA's risk register has a risk of records kept longer than needed (UK GDPR Art 5(1)(e))", () => {
  it("rates it in step 5, with the council's configured period, and gives its measures in step 6", () => {
    const wendleshire = example("wendleshire");
    const risk = tableRow(step(wendleshire, 5), "10");
    expect(risk).toContain(
      "| 10 | Records kept longer than needed (UK GDPR Art 5(1)(e)): kept beyond 6 years after the last contact with the person because nobody marks when the period starts",
    );
    expect(risk).toMatch(/\| possible \| significant \| medium \|$/);
    const measures = tableRow(step(wendleshire, 6), "10");
    expect(measures).toContain(
      "The period set in the case-note system from the council's records retention schedule (its entry: ____________________), with the date it runs from recorded for each person",
    );
    expect(measures).toContain("deleted as step 2 says");
    expect(measures).toContain("| reduced | low (remote, significant) |");
  });

  it("follows a configured period and start, and invents no period of its own", () => {
    const config = {
      ...example("kingsmere"),
      dataProtection: {
        ...example("kingsmere").dataProtection,
        retention: { years: 1, from: "the case is closed." },
      },
    } as CouncilConfig;
    const risks = step(config, 5);
    expect(risks).toContain("kept beyond 1 year after the case is closed because");
    const retention = `${tableRow(risks, "10")}\n${tableRow(step(config, 6), "10")}`;
    expect(retention).not.toMatch(/\b\d+ (months|years)\b/);
    // Step 2 takes the configured start without its full stop too.
    expect(step(config, 2)).toContain("1 year after the case is closed, then deleted");
  });

  it("says how, and by whom, records are deleted: the blank step 6 refers to", () => {
    expect(step(example("wendleshire"), 2)).toContain(
      `6 years after the last contact with the person, then deleted (how, and by whom: ${BLANK}).`,
    );
  });
});

describe("the DPIA names a controller inside a sentence with a small 'the'", () => {
  it("writes 'the controller is the partners of …' and 'the Commissioner of Police of the Metropolis'", () => {
    expect(step(example("brackenford"), 2)).toContain(
      "For Northfield Medical Practice, the controller is the partners of Northfield Medical Practice.",
    );
    expect(step(example("kingsmere"), 2)).toContain(
      "For Metropolitan Police Service, the controller is the Commissioner of Police of the Metropolis (derived by the toolkit: confirm the legal name).",
    );
  });

  it("leaves the name as configured at the start of a table cell, in the agreement", () => {
    expect(documentOf(example("brackenford"), "data-sharing/northfield-medical-practice.md")).toContain(
      "| The partners of Northfield Medical Practice |",
    );
  });
});

describe("the DPIA's blanks say what goes in them", () => {
  it("gives the local risk's ratings short blanks, one word each, and its description a long one", () => {
    const risks = step(example("wendleshire"), 5);
    const local = risks.split("\n").find((l) => l.includes("Other risks found locally"))!;
    expect(local).toMatch(/Other risks found locally \(one row each\): _{20} \| _{10} \| _{10} \| _{10} \|$/);
  });

  it("asks for the case-note system once, under how information is stored, not again under its technology", () => {
    const stepTwo = step(example("wendleshire"), 2);
    expect(line(stepTwo, "- **How it is stored:**")).toContain(`case-note system ${BLANK}`);
    expect(line(stepTwo, "- **The technology:**")).toBe(
      `- **The technology:** the case-note system above. No automated decision-making or profiling is planned; confirm: ${BLANK}.`,
    );
  });

  it("asks how transfers outside the UK are safeguarded, as the ICO's template does", () => {
    expect(step(example("wendleshire"), 4)).toContain(
      `| Are there transfers outside the UK, and how are they safeguarded? | ${BLANK} |`,
    );
  });

  it("says how often each person's record is added to", () => {
    expect(line(step(example("wendleshire"), 2), "- **How much and how often:**")).toBe(
      "- **How much and how often:** a record for each person, added to at each contact for as long as the relationship lasts, which has no time limit.",
    );
  });
});
