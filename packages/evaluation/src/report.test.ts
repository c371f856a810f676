import { parsePersonRef } from "@lac/person-ref";
import { replayJourney, parseJourneyId, summarise, type Journey } from "@lac/journeys";
import { describe, expect, it } from "vitest";
import { createEvaluationTally } from "./evaluation-tally.js";
import { renderReportDocument } from "./report-document.js";
import { buildSafeReport } from "./safe-report.js";
import { syntheticPopulation } from "./synthetic-population.js";

const person = parsePersonRef("P-000001");
if (!person.ok) throw new Error(person.error.message);

function population(journeys: number, seed = 7): Journey[] {
  const made: Journey[] = [];
  for (const { journey, events } of syntheticPopulation({
    seed,
    journeys,
    period: { from: "2026-04-01", to: "2027-03-31" },
  })) {
    const id = parseJourneyId(journey);
    if (!id.ok) throw new Error(id.error.message);
    const replayed = replayJourney(id.id, person.ok ? person.ref : (undefined as never), events);
    if (!replayed.ok) throw new Error(`${journey}: ${replayed.error.message}`);
    made.push(replayed.journey);
  }
  return made;
}

describe("the synthetic population", () => {
  it("replays without error and is the same for the same seed", () => {
    const first = population(300);
    const again = population(300);
    expect(first.map((journey) => journey.events.length)).toEqual(
      again.map((journey) => journey.events.length),
    );
    expect(population(300, 8).map((journey) => journey.events.length)).not.toEqual(
      first.map((journey) => journey.events.length),
    );
  });
});

describe("createEvaluationTally", () => {
  const journeys = population(600);
  const period = { from: "2026-04-01", to: "2027-03-31" };
  const tally = createEvaluationTally({ period, groupBy: "neighbourhood" });
  for (const journey of journeys) tally.add(journey);
  const counts = tally.finish();

  it("agrees with @lac/journeys' summarise on what both count", () => {
    const summary = summarise(journeys, period);
    if (!summary.ok) throw new Error(summary.error.message);
    const s = summary.summary;
    expect(counts.current.introduced).toBe(s.totals.introduced);
    expect(counts.current.firstConversations).toBe(s.totals.firstConversations);
    expect(counts.current.ended).toBe(s.totals.ended);
    expect(counts.current.reopened).toBe(s.totals.reopened);
    expect(counts.current.openAtEnd).toBe(s.totals.openAtEnd);
    expect(counts.current.pausedAtEnd).toBe(s.totals.pausedAtEnd);
    expect(counts.current.bySource).toEqual(s.byIntroductionSource);
    expect(counts.current.stageAtEnd).toEqual(s.byStage);
    expect(counts.current.levelAtEnd).toEqual(s.byLevel);
    expect(counts.current.byEndReason).toEqual(s.byEndReason);
    expect(counts.current.byOutcome).toEqual(s.byOutcome);
    expect(counts.current.principlesCited).toEqual(s.principlesCited);
  });

  it("has groups that add up to the whole, and months that add up to the period", () => {
    const groups = [...counts.groups.values()];
    expect(groups.reduce((sum, group) => sum + group.introduced, 0)).toBe(counts.current.introduced);
    expect(groups.reduce((sum, group) => sum + group.supported, 0)).toBe(counts.current.supported);
    const months = Object.values(counts.current.months);
    expect(months.reduce((sum, month) => sum + month.ended, 0)).toBe(counts.current.ended);
    expect(counts.coversPrevious).toBe(true);
  });

  it("writes a report with no person or journey reference, and no count from 1 to 4", () => {
    const safe = buildSafeReport(counts, { threshold: 5 });
    const { markdown, charts } = renderReportDocument(safe);
    expect(markdown).not.toMatch(/P-0|J-0/);
    // Every number in a table cell is 0 or at least 5.
    for (const [, value] of markdown.matchAll(/\| (\d[\d,]*) \|/g)) {
      const number = Number(value!.replaceAll(",", ""));
      expect(number === 0 || number >= 5).toBe(true);
    }
    expect(markdown).toContain("Other neighbourhoods");
    expect(markdown).toContain("Compared with the previous period");
    expect(charts.map((chart) => chart.id)).toEqual([
      "introductions-by-source",
      "stages-at-end",
      "days-to-first-conversation",
      "outcome-markers",
      "monthly-trends",
    ]);
    for (const chart of charts) expect(JSON.stringify(chart.spec)).not.toMatch(/"count":[1-4][,}]/);
  });
});
