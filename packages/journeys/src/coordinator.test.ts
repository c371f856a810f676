import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { journeyId, journeyLogsArb, periodArb, personRef } from "../test/journey-arbitraries.js";
import { applyEvent } from "./apply-event.js";
import { parseStaffRef } from "./identifier.js";
import type { Journey } from "./journey.js";
import type { JourneyEventInput } from "./journey-event.js";
import { replayJourney } from "./replay-journey.js";
import { summarise, type JourneySummary } from "./summarise.js";

const person = personRef("P-000123");
const intro = (coordinator?: string, neighbourhood = "nbh-03"): JourneyEventInput => ({
  id: "e-1",
  occurredAt: "2025-04-02T10:00:00+01:00",
  type: "introduced",
  source: "self",
  neighbourhood,
  level: "short-term",
  ...(coordinator === undefined ? {} : { coordinator }),
});

function replay(id: string, events: readonly JourneyEventInput[]): Journey {
  const result = replayJourney(journeyId(id), person, events);
  if (!result.ok) throw new Error(result.error.message);
  return result.journey;
}

function summaryOf(
  journeys: readonly Journey[],
  groupBy?: "coordinator" | "neighbourhood",
  period = { from: "2025-04-01", to: "2026-03-31" },
): JourneySummary {
  const result = summarise(journeys, period, groupBy === undefined ? {} : { groupBy });
  if (!result.ok) throw new Error(result.error.message);
  return result.summary;
}

describe("the coordinator of a journey", () => {
  it("is named at the introduction or later, and changes with coordinator-changed", () => {
    expect(replay("J-1", [intro()]).coordinator).toBeUndefined();
    const journey = replay("J-1", [
      intro("STF-0042"),
      { id: "e-2", occurredAt: "2025-05-01T10:00:00Z", type: "paused" },
      // A handover can happen while the journey is paused.
      { id: "e-3", occurredAt: "2025-05-02T10:00:00Z", type: "coordinator-changed", to: "STF-0077" },
    ]);
    expect(journey.coordinator).toBe("STF-0077");
    // A handover written up late, before the one already recorded, does not change who it is now.
    const late = applyEvent(journey, {
      id: "e-4",
      occurredAt: "2025-04-20T10:00:00Z",
      type: "coordinator-changed",
      to: "STF-0050",
    });
    expect(late.ok && late.journey.coordinator).toBe("STF-0077");
  });

  it("refuses a change to the same coordinator, and a change after the journey ended", () => {
    const journey = replay("J-1", [intro("STF-0042")]);
    const same = applyEvent(journey, {
      id: "e-2",
      occurredAt: "2025-05-02T10:00:00Z",
      type: "coordinator-changed",
      to: "STF-0042",
    });
    expect(!same.ok && same.error.code).toBe("same-coordinator");
    const ended = replay("J-1", [
      intro("STF-0042"),
      { id: "e-2", occurredAt: "2025-05-01T10:00:00Z", type: "ended", reason: "moved-on" },
    ]);
    const after = applyEvent(ended, {
      id: "e-3",
      occurredAt: "2025-05-02T10:00:00Z",
      type: "coordinator-changed",
      to: "STF-0077",
    });
    expect(!after.ok && after.error.code).toBe("journey-ended");
  });

  it("is a pseudonymous staff reference, refused when it is a name or a direct identifier", () => {
    for (const good of ["STF-0042", "S-17", "0f8fad5b-d9cb-469f-a165-70867728950e"]) {
      expect(parseStaffRef(good).ok, good).toBe(true);
    }
    for (const bad of ["Mary Smith", "MarySmith1", "943 476 5919", "QQ123456C", "", 42]) {
      const result = parseStaffRef(bad);
      expect(result.ok, String(bad)).toBe(false);
      if (!result.ok && typeof bad === "string" && bad !== "")
        expect(result.error.message).not.toContain(bad);
    }
    const named = replayJourney(journeyId("J-1"), person, [
      { ...intro(), coordinator: "Mary Smith" } as never,
    ]);
    expect(!named.ok && named.error.issues?.[0]?.path).toBe("coordinator");
  });
});

describe("summarise by coordinator and by neighbourhood", () => {
  it("groups each journey under its coordinator at the end of the period", () => {
    const handedOver = replay("J-1", [
      intro("STF-0042"),
      { id: "e-2", occurredAt: "2025-06-01T10:00:00Z", type: "coordinator-changed", to: "STF-0077" },
      { id: "e-3", occurredAt: "2026-06-01T10:00:00Z", type: "coordinator-changed", to: "STF-0099" },
    ]);
    const unassigned = replay("J-2", [intro()]);
    const stayed = replay("J-3", [intro("STF-0042", "sketty")]);
    const summary = summaryOf([handedOver, unassigned, stayed], "coordinator");
    expect(summary.groupBy).toBe("coordinator");
    expect(summary.groups?.map((group) => [group.key, group.summary.totals.journeys])).toEqual([
      ["STF-0042", 1],
      ["STF-0077", 1],
      [null, 1],
    ]);
    const byNeighbourhood = summaryOf([handedOver, unassigned, stayed], "neighbourhood");
    expect(byNeighbourhood.groups?.map((group) => [group.key, group.summary.totals.journeys])).toEqual([
      ["nbh-03", 2],
      ["sketty", 1],
    ]);
  });

  it("has no groups unless asked, and refuses an unknown grouping", () => {
    expect(summaryOf([replay("J-1", [intro("STF-0042")])]).groups).toBeUndefined();
    const result = summarise([], { from: "2025-04-01", to: "2026-03-31" }, { groupBy: "ward" as never });
    expect(!result.ok && result.error.issues[0]?.path).toBe("options.groupBy");
  });

  it("gives each group the summary of its journeys alone (property)", () => {
    const staff = ["STF-0001", "STF-0002", undefined] as const;
    fc.assert(
      fc.property(
        journeyLogsArb(8, 12),
        fc.array(fc.constantFrom(...staff), { minLength: 8, maxLength: 8 }),
        periodArb,
        fc.constantFrom("coordinator" as const, "neighbourhood" as const),
        (logs, coordinators, period, groupBy) => {
          const journeys = logs.map((log, index) => {
            const [first, ...rest] = log.events;
            const coordinator = coordinators[index];
            const events = [{ ...first!, ...(coordinator === undefined ? {} : { coordinator }) }, ...rest];
            const result = replayJourney(log.id, log.person, events);
            if (!result.ok) throw new Error(result.error.message);
            return result.journey;
          });
          const summary = summaryOf(journeys, groupBy, period);
          for (const group of summary.groups ?? []) {
            const members = journeys.filter((journey) =>
              groupBy === "neighbourhood"
                ? journey.neighbourhood === group.key
                : (journey.coordinator ?? null) === group.key,
            );
            const { groupBy: _g, groups: _gs, ...alone } = summaryOf(members, undefined, period);
            expect(group.summary).toEqual(alone);
          }
          const sum = (summary.groups ?? []).reduce(
            (total, group) => total + group.summary.totals.journeys,
            0,
          );
          expect(sum).toBe(summary.totals.journeys);
        },
      ),
      { numRuns: 150 },
    );
  });
});
