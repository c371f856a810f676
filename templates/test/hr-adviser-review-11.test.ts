// One test per gap an HR adviser found reading the implementation plan's timeline (review 11): no step
// for job evaluation and the DBS decision before recruitment, and recruitment ending the day before
// induction, with no time for offers, pre-employment checks and notice.
import type { CouncilConfig } from "@lac/council";
import { renderPack } from "@lac/documents";
import type { ScheduledPhase } from "@lac/documents";
import { describe, expect, it } from "vitest";
import { templateSet } from "../dist/index.js";
import { documentOf, example } from "./examples.js";
import { part } from "./markdown-sections.js";

/** The ISO date one day after an ISO date. */
function dayAfter(date: string): string {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}

function phasesOf(config: CouncilConfig): readonly ScheduledPhase[] {
  const result = renderPack(config, templateSet);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.phases;
}

/** The phase with this id in each wave (one wave: the phase without a wave number). */
function inEachWave(phases: readonly ScheduledPhase[], id: string): readonly ScheduledPhase[] {
  return phases.filter((phase) => phase.id === id).sort((a, b) => (a.wave ?? 1) - (b.wave ?? 1));
}

const timeline = (config: CouncilConfig) => part(documentOf(config, "implementation-plan.md"), "## 5.");

describe("the timeline has a step for job evaluation and the DBS decision before recruitment", () => {
  it.each(["kingsmere", "stanmoor"])(
    "in every wave, ending the day before recruitment starts, in %s",
    (name) => {
      const phases = phasesOf(example(name));
      const evaluation = inEachWave(phases, "job-evaluation");
      const recruitment = inEachWave(phases, "recruitment");
      expect(evaluation.length).toBeGreaterThan(0);
      expect(evaluation).toHaveLength(recruitment.length);
      evaluation.forEach((phase, index) => {
        expect(phase.wave).toBe(recruitment[index]!.wave);
        expect(dayAfter(phase.end)).toBe(recruitment[index]!.start);
      });
    },
  );

  it("says what the step covers: job evaluation of both role descriptions, the DBS level, the advert and the panel", () => {
    const [phase] = inEachWave(phasesOf(example("kingsmere")), "job-evaluation");
    expect(phase!.summary).toContain("HR evaluates the two role descriptions");
    expect(phase!.summary).toContain("job evaluation scheme, which sets their grades");
    expect(phase!.summary).toContain("level of DBS check from the duties the posts will do");
    expect(phase!.summary).toContain("the advert is finished");
    expect(phase!.summary).toContain("community recruitment panel and briefed");
  });

  it("tells the council whether HR decides the DBS level or confirms the one configured", () => {
    const kingsmere = example("kingsmere");
    expect(kingsmere.team.dbsCheck).toBe("to-be-decided");
    expect(timeline(kingsmere)).toContain(
      "Recruitment cannot start until HR has evaluated both role descriptions under Kingsmere's job evaluation scheme, which sets the grades, and decided the level of DBS check from the duties the posts will do: the job evaluation phase is for that",
    );
    const decided: CouncilConfig = {
      ...kingsmere,
      team: { ...kingsmere.team, dbsCheck: "enhanced-with-adults-barred-list" },
    };
    expect(timeline(decided)).toContain(
      "and confirmed the DBS check in the role descriptions against the duties the posts will do: the job evaluation phase is for that",
    );
  });

  it("adds the Welsh language assessment of the posts for a Welsh council, and a later wave's check", () => {
    expect(timeline(example("cwm-teg"))).toContain(
      ", and the council has assessed the Welsh language skills each post needs (section 8): the job evaluation phase is for that",
    );
    expect(timeline(example("kingsmere"))).not.toContain("Welsh language skills");
    expect(timeline(example("stanmoor"))).toContain(
      "the job evaluation phase of each wave is for that, and for the adverts and the community recruitment panel (for a later wave, HR checks that the grades and the DBS level still fit the duties).",
    );
  });

  it("asks HR for job evaluation and the DBS decision in the next steps", () => {
    expect(documentOf(example("kingsmere"), "implementation-plan.md")).toContain(
      "3. Send the role descriptions to HR for job evaluation and the DBS decision, and the data protection documents",
    );
  });
});

describe("the timeline leaves time for offers, checks and notice between the interviews and the first day", () => {
  it.each(["kingsmere", "stanmoor"])("in every wave, between recruitment and induction, in %s", (name) => {
    const phases = phasesOf(example(name));
    const recruitment = inEachWave(phases, "recruitment");
    const offers = inEachWave(phases, "offers");
    const induction = inEachWave(phases, "induction");
    expect(offers.length).toBeGreaterThan(0);
    expect(offers).toHaveLength(recruitment.length);
    expect(offers).toHaveLength(induction.length);
    offers.forEach((phase, index) => {
      expect(dayAfter(recruitment[index]!.end)).toBe(phase.start);
      expect(dayAfter(phase.end)).toBe(induction[index]!.start);
      // Recruitment no longer ends the day before the coordinators' first day.
      expect(dayAfter(recruitment[index]!.end)).not.toBe(induction[index]!.start);
    });
  });

  it("names the offer, the pre-employment checks and the notice, and invents no notice period", () => {
    const [phase] = inEachWave(phasesOf(example("kingsmere")), "offers");
    expect(phase!.summary).toContain("The council offers the posts");
    expect(phase!.summary).toContain(
      "pre-employment checks the role descriptions list (right to work, identity and references, and a DBS check where the duties need one)",
    );
    expect(phase!.summary).toContain("gives the notice their contract sets before their first day");
    expect(phase!.summary).not.toMatch(/statutory|\d+ (weeks?|months?)/);
  });

  it("says the plan's gap is a model, and to move the start on when notice or the checks take longer", () => {
    const text = timeline(example("kingsmere"));
    expect(text).toContain(
      "the model leaves a phase between the interviews and the first day for the offer, the pre-employment checks and the notice that a successful candidate in work gives their employer. Each candidate's contract sets their notice period, and the notice or the checks may take longer than the model allows: when a coordinator's first day is later, move the induction and start in the neighbourhoods on.",
    );
    expect(timeline(example("stanmoor"))).toContain(
      "move that wave's induction and start in the neighbourhoods on.",
    );
  });
});

describe("the plan says who leads the first recruitment when the manager is not yet in post", () => {
  // Not Cwm Teg: its manager is the programme lead, in post from the start (managers-with-lead.test.ts).
  it.each(["kingsmere", "stanmoor"])(
    "in %s, naming the manager's title, with a blank for whoever leads it until then",
    (name) => {
      const config = example(name);
      const team = part(documentOf(config, "implementation-plan.md"), "## 8.");
      expect(team).toMatch(
        new RegExp(
          `The ${config.team.manager.title} leads the community recruitment of coordinators \\(the manager's role description\\), so the (first )?${config.team.manager.title} is appointed before the first coordinators are recruited, or the council names who leads that recruitment until then: _{5,}\\.`,
        ),
      );
    },
  );
});
