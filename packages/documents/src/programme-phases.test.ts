import { describe, expect, it } from "vitest";
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
