// The values the implementation plan reads for the items of the independent review of the plans:
// the summative evaluation in the timeline, the waves' review, the leadership group's health members
// and the manager's span.
import { describe, expect, it } from "vitest";
import { exampleConfig } from "../test/example-config.js";
import { buildPackContext } from "./pack-context.js";
import { schedulePhases } from "./programme-phases.js";

const modelPhases = [
  { id: "recruitment", name: "Recruitment", startMonth: 4, months: 3, summary: "s", perWave: true },
  { id: "starting", name: "Starting", startMonth: 9, months: 3, summary: "s", perWave: true },
  { id: "group", name: "Leadership group", startMonth: 1, untilEnd: true, summary: "s" },
  { id: "growth", name: "Growth", startMonth: 18, months: 12, summary: "s", afterWaves: true },
  { id: "summative", name: "Summative", startMonth: 0, months: 1, summary: "s", atSummativeReport: true },
];

describe("schedulePhases and the summative evaluation", () => {
  it("places a phase marked atSummativeReport at the configured month, and the programme runs until it ends", () => {
    const scheduled = schedulePhases("2026-04-01", modelPhases, { count: 2, monthsApart: 6 }, 36);
    expect(scheduled.find((phase) => phase.id === "summative")).toMatchObject({
      start: "2029-04-01",
      end: "2029-04-30",
    });
    expect(scheduled.find((phase) => phase.id === "group")?.end).toBe("2029-04-30");
  });

  it("leaves the phase out when no month is configured", () => {
    const scheduled = schedulePhases("2026-04-01", modelPhases, { count: 2, monthsApart: 6 });
    expect(scheduled.map((phase) => phase.id)).not.toContain("summative");
    expect(scheduled.find((phase) => phase.id === "group")?.end).toBe("2029-03-31");
  });
});

describe("buildPackContext for the implementation plan", () => {
  const brackenford = exampleConfig("brackenford");

  it("says when the summative evaluation reports against the growth phase", () => {
    const late = buildPackContext(brackenford, modelPhases).summativeEvaluation;
    expect(late).toMatchObject({
      months: 36,
      reports: "2029-04-01",
      growthStart: "2028-04-01",
      informsGrowth: false,
    });
    const early = buildPackContext(
      { ...brackenford, evaluation: { ...brackenford.evaluation!, summativeReportMonths: 20 } },
      modelPhases,
    ).summativeEvaluation;
    expect(early).toMatchObject({ reports: "2027-12-01", informsGrowth: true });
    const none = buildPackContext({ ...brackenford, evaluation: undefined }, modelPhases);
    expect(none.summativeEvaluation).toBeUndefined();
  });

  it("tells whether each later wave recruits only once the wave before has started in its neighbourhoods", () => {
    expect(buildPackContext(brackenford, modelPhases).laterWavesRecruitAfterPreviousStarts).toBe(true);
    const close = {
      ...brackenford,
      programme: { ...brackenford.programme, waves: { neighbourhoodsPerWave: 2, monthsApart: 2 } },
    };
    expect(buildPackContext(close, modelPhases).laterWavesRecruitAfterPreviousStarts).toBe(false);
  });

  it("tells whether a health body is in the leadership group", () => {
    expect(buildPackContext(brackenford, modelPhases).leadershipGroup.hasHealth).toBe(true);
    const withoutHealth = {
      ...brackenford,
      leadershipGroup: {
        members: brackenford.leadershipGroup.members.filter(
          (member) => !["nhs-trust", "integrated-care-board", "primary-care"].includes(member.sector),
        ),
      },
    };
    expect(buildPackContext(withoutHealth, modelPhases).leadershipGroup.hasHealth).toBe(false);
  });

  it("tells whether the manager's span is outside the rule of thumb, and whether the lead is the manager", () => {
    const withSpan = (span: number, leadRole = brackenford.programme.lead.role) =>
      buildPackContext(
        {
          ...brackenford,
          programme: { ...brackenford.programme, lead: { ...brackenford.programme.lead, role: leadRole } },
          team: { ...brackenford.team, manager: { ...brackenford.team.manager, span } },
        },
        modelPhases,
      ).team;
    expect(withSpan(9)).toMatchObject({
      spanRange: { min: 6, max: 10 },
      spanBelowRange: false,
      spanAboveRange: false,
    });
    expect(withSpan(5)).toMatchObject({ spanBelowRange: true, spanAboveRange: false, managerIsLead: false });
    expect(withSpan(11)).toMatchObject({ spanBelowRange: false, spanAboveRange: true });
    expect(withSpan(5, brackenford.team.manager.title).managerIsLead).toBe(true);
  });
});

describe("buildPackContext and the information governance phase", () => {
  const phases = [
    { id: "information-governance", name: "IG", startMonth: 2, endsBefore: "induction", summary: "s" },
    { id: "induction", name: "Induction", startMonth: 8, months: 2, summary: "s", perWave: true },
  ];

  it("gives the phase, which ends the day before the first coordinator starts", () => {
    const context = buildPackContext(exampleConfig("brackenford"), phases);
    expect(context.firstCoordinatorStarts).toBe("2026-12-01");
    expect(context.informationGovernance).toMatchObject({ start: "2026-06-01", end: "2026-11-30" });
  });

  it("is undefined when the model has no such phase", () => {
    expect(
      buildPackContext(exampleConfig("brackenford"), phases.slice(1)).informationGovernance,
    ).toBeUndefined();
  });
});
