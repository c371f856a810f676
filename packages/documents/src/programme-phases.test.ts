import { describe, expect, it } from "vitest";
import { manifestPhaseSchema, manifestSchema } from "./manifest.js";
import { schedulePhases } from "./programme-phases.js";

describe("schedulePhases", () => {
  it("dates each phase from the programme start", () => {
    const phases = schedulePhases("2026-04-01", [
      { id: "a", name: "A", startMonth: 0, months: 3, summary: "s" },
      { id: "b", name: "B", startMonth: 3, months: 12, summary: "s" },
    ]);
    expect(phases.map(({ id, start, end }) => ({ id, start, end }))).toEqual([
      { id: "a", start: "2026-04-01", end: "2026-06-30" },
      { id: "b", start: "2026-07-01", end: "2027-06-30" },
    ]);
  });

  it("ends a phase that starts on the 31st on the day before the next month's same date", () => {
    const [phase] = schedulePhases("2026-01-31", [
      { id: "a", name: "A", startMonth: 0, months: 1, summary: "s" },
    ]);
    expect(phase).toMatchObject({ start: "2026-01-31", end: "2026-02-27" });
  });
});

describe("schedulePhases with waves", () => {
  const phases = [
    { id: "prep", name: "Preparation", startMonth: 0, months: 4, summary: "s" },
    { id: "group", name: "Leadership group", startMonth: 1, untilEnd: true, summary: "s" },
    { id: "recruit", name: "Recruitment", startMonth: 4, months: 3, summary: "s", perWave: true },
    { id: "grow", name: "Growth", startMonth: 12, months: 6, summary: "s", afterWaves: true },
  ];

  it("repeats a per-wave phase for each wave, the waves' months apart", () => {
    const scheduled = schedulePhases("2027-01-01", phases, { count: 3, monthsApart: 6 });
    expect(
      scheduled
        .filter((phase) => phase.id === "recruit")
        .map(({ name, start, wave }) => ({ name, start, wave })),
    ).toEqual([
      { name: "Recruitment (wave 1)", start: "2027-05-01", wave: 1 },
      { name: "Recruitment (wave 2)", start: "2027-11-01", wave: 2 },
      { name: "Recruitment (wave 3)", start: "2028-05-01", wave: 3 },
    ]);
  });

  it("moves a phase after the waves back by the last wave's offset, and runs an until-end phase to the last end", () => {
    const scheduled = schedulePhases("2027-01-01", phases, { count: 3, monthsApart: 6 });
    const grow = scheduled.find((phase) => phase.id === "grow")!;
    expect(grow).toMatchObject({ start: "2029-01-01", end: "2029-06-30" });
    expect(scheduled.find((phase) => phase.id === "group")).toMatchObject({
      start: "2027-02-01",
      end: "2029-06-30",
    });
  });

  it("keeps one wave's names as they are", () => {
    const scheduled = schedulePhases("2027-01-01", phases);
    expect(scheduled.map((phase) => phase.name)).toEqual([
      "Preparation",
      "Leadership group",
      "Recruitment",
      "Growth",
    ]);
  });
});

describe("schedulePhases order", () => {
  it("returns the phases in the order they start, whatever the waves", () => {
    const scheduled = schedulePhases(
      "2027-01-01",
      [
        { id: "recruit", name: "Recruitment", startMonth: 4, months: 3, summary: "s", perWave: true },
        { id: "induct", name: "Induction", startMonth: 7, months: 2, summary: "s", perWave: true },
      ],
      { count: 2, monthsApart: 6 },
    );
    expect(scheduled.map((phase) => phase.name)).toEqual([
      "Recruitment (wave 1)",
      "Induction (wave 1)",
      "Recruitment (wave 2)",
      "Induction (wave 2)",
    ]);
  });
});

describe("schedulePhases with a later waves' summary", () => {
  const phases = [
    {
      id: "grade",
      name: "Job evaluation",
      startMonth: 2,
      months: 2,
      summary: "HR evaluates the posts.",
      laterWaveSummary: "HR checks that the grades still fit.",
      perWave: true,
    },
  ];

  it("gives the first wave the summary and every later wave the later waves' summary", () => {
    const scheduled = schedulePhases("2027-01-01", phases, { count: 3, monthsApart: 6 });
    expect(scheduled.map(({ wave, summary }) => ({ wave, summary }))).toEqual([
      { wave: 1, summary: "HR evaluates the posts." },
      { wave: 2, summary: "HR checks that the grades still fit." },
      { wave: 3, summary: "HR checks that the grades still fit." },
    ]);
  });

  it("keeps the summary with one wave", () => {
    const [phase] = schedulePhases("2027-01-01", phases);
    expect(phase!.summary).toBe("HR evaluates the posts.");
  });
});

describe("manifestPhaseSchema's later waves' summary", () => {
  it("is refused on a phase that is not repeated for each wave", () => {
    const phase = { id: "a", name: "A", startMonth: 0, months: 1, summary: "s", laterWaveSummary: "t" };
    expect(manifestPhaseSchema.safeParse(phase).success).toBe(false);
    expect(manifestPhaseSchema.safeParse({ ...phase, perWave: true }).success).toBe(true);
  });
});

// The information-governance work (the DPIA, the agreements, the privacy notice) must be done before
// the first coordinator starts, that is before any processing: a phase can end the day before another
// phase's first wave starts, so that it stays before it whatever months that phase is moved to.
describe("schedulePhases with a phase that ends before another starts", () => {
  const phases = [
    { id: "prep", name: "Preparation", startMonth: 0, months: 4, summary: "s" },
    { id: "ig", name: "Information governance", startMonth: 2, endsBefore: "induct", summary: "s" },
    { id: "induct", name: "Induction", startMonth: 8, months: 2, summary: "s", perWave: true },
  ];

  it("ends the phase the day before the named phase's first wave starts", () => {
    const scheduled = schedulePhases("2027-01-01", phases, { count: 3, monthsApart: 6 });
    expect(
      scheduled
        .filter((phase) => phase.id === "ig")
        .map(({ name, start, end, wave }) => ({ name, start, end, wave })),
    ).toEqual([{ name: "Information governance", start: "2027-03-01", end: "2027-08-31", wave: undefined }]);
    expect(scheduled.find((phase) => phase.id === "induct")).toMatchObject({ start: "2027-09-01" });
  });

  it("moves its end with the named phase", () => {
    const later = phases.map((phase) => (phase.id === "induct" ? { ...phase, startMonth: 10 } : phase));
    expect(schedulePhases("2027-01-01", later).find((phase) => phase.id === "ig")).toMatchObject({
      start: "2027-03-01",
      end: "2027-10-31",
    });
  });
});

describe("manifestPhaseSchema's endsBefore", () => {
  const phase = { id: "ig", name: "IG", startMonth: 2, endsBefore: "induction", summary: "s" };

  it("takes the place of the phase's months", () => {
    expect(manifestPhaseSchema.safeParse(phase).success).toBe(true);
    expect(manifestPhaseSchema.safeParse({ ...phase, months: 2 }).success).toBe(false);
    expect(manifestPhaseSchema.safeParse({ ...phase, untilEnd: true }).success).toBe(false);
  });

  it("is refused on a phase repeated for each wave", () => {
    expect(manifestPhaseSchema.safeParse({ ...phase, perWave: true }).success).toBe(false);
  });
});

describe("manifestSchema's endsBefore", () => {
  const documents = [{ id: "plan", title: "Plan", purpose: "p", template: "plan", output: "plan.md" }];
  const induction = { id: "induction", name: "Induction", startMonth: 8, months: 2, summary: "s" };
  const ig = { id: "ig", name: "IG", startMonth: 2, endsBefore: "induction", summary: "s" };

  it("names a phase of the manifest that starts after the phase starts", () => {
    expect(manifestSchema.safeParse({ documents, phases: [ig, induction] }).success).toBe(true);
    const missing = manifestSchema.safeParse({ documents, phases: [ig] });
    expect(missing.success).toBe(false);
    expect(missing.error?.issues[0]?.message).toMatch(/no phase "induction"/);
    const earlier = manifestSchema.safeParse({ documents, phases: [{ ...ig, startMonth: 8 }, induction] });
    expect(earlier.success).toBe(false);
    expect(earlier.error?.issues[0]?.message).toMatch(/starts after/);
  });
});
