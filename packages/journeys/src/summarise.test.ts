import { principleIds } from "@lac/principles";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  journeyId,
  journeyLogsArb,
  periodArb,
  personRef,
  type GeneratedLog,
} from "../test/journey-arbitraries.js";
import { activityKinds } from "./activity-kind.js";
import { endReasons } from "./end-reason.js";
import { introductionSources } from "./introduction-source.js";
import type { Journey } from "./journey.js";
import type { JourneyEventInput } from "./journey-event.js";
import { outcomeMarkers } from "./outcome-marker.js";
import type { Period } from "./period.js";
import { replayJourney } from "./replay-journey.js";
import { stages } from "./stage.js";
import { summarise, type JourneySummary, type SummariseResult } from "./summarise.js";
import { supportLevels } from "./support-level.js";

function replay(log: {
  id: string;
  person: GeneratedLog["person"];
  events: readonly JourneyEventInput[];
}): Journey {
  const result = replayJourney(journeyId(log.id), log.person, log.events);
  if (!result.ok) throw new Error(result.error.message);
  return result.journey;
}

function summaryOf(journeys: readonly Journey[], period: Period): JourneySummary {
  const result = summarise(journeys, period);
  if (!result.ok) throw new Error(result.error.message);
  return result.summary;
}

const person = personRef("P-000123");
const intro = (id: string, at: string, source: "self" | "gp-or-health" = "self"): JourneyEventInput => ({
  id,
  occurredAt: at,
  type: "introduced",
  source,
  neighbourhood: "nbh-03",
  level: "short-term",
});

describe("summarise", () => {
  const journeys = [
    replay({
      id: "J-1",
      person,
      events: [
        intro("a1", "2025-03-30T10:00:00Z", "gp-or-health"),
        {
          id: "a2",
          occurredAt: "2025-04-03T10:00:00+01:00",
          type: "first-conversation",
          principles: ["relationships"],
        },
        {
          id: "a3",
          occurredAt: "2025-05-01T10:00:00+01:00",
          type: "stage-changed",
          to: "vision-of-a-good-life",
        },
        {
          id: "a4",
          occurredAt: "2025-06-01T10:00:00+01:00",
          type: "activity-recorded",
          kind: "community-connection",
          principles: ["community", "relationships"],
          outcomes: ["new-community-connection"],
        },
        { id: "a5", occurredAt: "2026-05-01T10:00:00+01:00", type: "ended", reason: "moved-on" },
      ],
    }),
    replay({
      id: "J-2",
      person: personRef("P-000124"),
      events: [
        intro("b1", "2025-04-01T09:00:00+01:00"),
        { id: "b2", occurredAt: "2025-04-01T15:00:00+01:00", type: "first-conversation" },
        { id: "b3", occurredAt: "2025-04-20T15:00:00+01:00", type: "level-changed", to: "longer-term" },
        { id: "b4", occurredAt: "2025-07-01T15:00:00+01:00", type: "paused" },
      ],
    }),
    replay({
      id: "J-3",
      person: personRef("P-000125"),
      events: [
        intro("c1", "2025-04-10T09:00:00+01:00"),
        { id: "c2", occurredAt: "2025-04-20T09:00:00+01:00", type: "first-conversation" },
        {
          id: "c3",
          occurredAt: "2025-09-01T09:00:00+01:00",
          type: "ended",
          reason: "person-chose-to-end",
          outcomes: ["crisis-avoided"],
        },
        {
          id: "c4",
          occurredAt: "2026-01-05T09:00:00Z",
          type: "reopened",
          stage: "planning",
          level: "longer-term",
        },
      ],
    }),
    replay({ id: "J-4", person: personRef("P-000126"), events: [intro("d1", "2026-04-01T09:00:00+01:00")] }),
  ];
  const year = { from: "2025-04-01", to: "2026-03-31" };

  it("counts introductions in the period by source", () => {
    const summary = summaryOf(journeys, year);
    // J-4 was introduced after the period: it did not exist yet, so it is not counted.
    expect(summary.totals.journeys).toBe(3);
    expect(summary.totals.introduced).toBe(2);
    expect(summary.byIntroductionSource).toMatchObject({ self: 2, "gp-or-health": 0 });
  });

  it("describes the journeys open at the end of the period by level and stage", () => {
    const summary = summaryOf(journeys, year);
    expect(summary.totals).toMatchObject({ openAtEnd: 3, activeAtEnd: 2, pausedAtEnd: 1 });
    expect(summary.byLevel).toEqual({ "short-term": 1, "longer-term": 2 });
    expect(summary.byStage).toMatchObject({ "vision-of-a-good-life": 1, introduced: 1, planning: 1 });
  });

  it("counts endings, re-openings, activities, outcomes and principles dated in the period", () => {
    const summary = summaryOf(journeys, year);
    expect(summary.totals).toMatchObject({ ended: 1, reopened: 1, firstConversations: 3 });
    expect(summary.byEndReason).toMatchObject({ "person-chose-to-end": 1, "moved-on": 0 });
    expect(summary.byActivityKind["community-connection"]).toBe(1);
    expect(summary.byOutcome).toMatchObject({ "new-community-connection": 1, "crisis-avoided": 1 });
    expect(summary.principlesCited).toMatchObject({ relationships: 2, community: 1, citizenship: 0 });
  });

  it("gives the median calendar days from introduction to first conversation", () => {
    // J-1: 30 March to 3 April = 4 days; J-2: same day = 0; J-3: 10 to 20 April = 10.
    expect(summaryOf(journeys, year).medianDaysToFirstConversation).toBe(4);
    expect(summaryOf(journeys, { from: "2025-04-02", to: "2025-04-30" }).medianDaysToFirstConversation).toBe(
      7,
    );
    expect(
      summaryOf(journeys, { from: "2027-01-01", to: "2027-12-31" }).medianDaysToFirstConversation,
    ).toBeNull();
  });

  it("puts an event on the local date of the instant it happened, whatever offset it was written with", () => {
    const withFirstConversationAt = (at: string) =>
      replay({
        id: "J-2",
        person,
        events: [
          intro("x1", "2025-03-01T10:00:00Z"),
          { id: "x2", occurredAt: at, type: "first-conversation" },
        ],
      });
    // The same instant: 00:30 British Summer Time on 1 April 2025.
    for (const at of ["2025-03-31T23:30:00Z", "2025-04-01T00:30:00+01:00", "2025-03-31T18:30:00-05:00"]) {
      expect(summaryOf([withFirstConversationAt(at)], year).totals.firstConversations, at).toBe(1);
      expect(
        summaryOf([withFirstConversationAt(at)], { from: "2025-03-01", to: "2025-03-31" }).totals
          .firstConversations,
        at,
      ).toBe(0);
    }
    // 23:30 on 31 March in British Summer Time is still 31 March.
    const late = replay({ id: "J-9", person, events: [intro("z1", "2025-03-31T23:30:00+01:00")] });
    expect(summaryOf([late], year).totals.introduced).toBe(0);
    expect(summaryOf([late], { from: "2025-03-31", to: "2025-03-31" }).totals.introduced).toBe(1);
  });

  it("uses the calendar of the time zone it is given", () => {
    // 03:00 UTC on 1 April is still 31 March in New York.
    const early = replay({ id: "J-9", person, events: [intro("z1", "2025-04-01T03:00:00Z")] });
    expect(summaryOf([early], year).totals.introduced).toBe(1);
    const newYork = summarise([early], year, { timeZone: "America/New_York" });
    expect(newYork.ok && newYork.summary.totals.introduced).toBe(0);
    expect(newYork.ok && newYork.summary.timeZone).toBe("America/New_York");
    expect(summaryOf([early], year).timeZone).toBe("Europe/London");
  });

  it("counts calendar days to the first conversation in the time zone, not as written", () => {
    // Introduced at 23:30 in New York on 1 June (04:30 on 2 June in London); first conversation at 06:00 on
    // 2 June in London: the same day there.
    const journey = replay({
      id: "J-3",
      person,
      events: [
        intro("i1", "2025-06-01T23:30:00-05:00"),
        { id: "i2", occurredAt: "2025-06-02T05:00:00Z", type: "first-conversation" },
      ],
    });
    expect(summaryOf([journey], { from: "2025-01-01", to: "2025-12-31" }).medianDaysToFirstConversation).toBe(
      0,
    );
  });

  it("counts days to the first conversation from the opening of the spell in which it happened", () => {
    const journey = replay({
      id: "J-1",
      person,
      events: [
        intro("e-1", "2023-01-10T10:00:00Z"),
        { id: "e-2", occurredAt: "2023-02-10T10:00:00Z", type: "ended", reason: "no-longer-in-contact" },
        {
          id: "e-3",
          occurredAt: "2025-05-01T10:00:00Z",
          type: "reopened",
          stage: "introduced",
          level: "short-term",
        },
        { id: "e-4", occurredAt: "2025-05-02T10:00:00Z", type: "first-conversation" },
      ],
    });
    expect(summaryOf([journey], year).medianDaysToFirstConversation).toBe(1);
  });

  it("never counts a journey as ended in the period and open at its end when the ending came last", () => {
    // Written dates suggest the pause is on 1 April, but it happened at 23:10 UTC on 31 March, before the
    // resumption and the ending.
    const journey = replay({
      id: "J-4",
      person,
      events: [
        intro("e-1", "2025-03-01T10:00:00Z"),
        { id: "e-2", occurredAt: "2025-03-31T23:10:00+01:00", type: "paused" },
        { id: "e-3", occurredAt: "2025-03-31T22:20:00Z", type: "resumed" },
        { id: "e-4", occurredAt: "2025-03-31T22:30:00Z", type: "ended", reason: "moved-on" },
      ],
    });
    const summary = summaryOf([journey], { from: "2025-03-01", to: "2025-03-31" });
    expect(summary.totals).toMatchObject({ ended: 1, openAtEnd: 0, activeAtEnd: 0, pausedAtEnd: 0 });
  });

  it("counts a journey given twice once, and refuses two different journeys with the same id", () => {
    const [first] = journeys;
    const again = replay({ id: "J-1", person, events: first!.events });
    expect(summaryOf([first!, first!, again], year)).toEqual(summaryOf([first!], year));
    const other = replay({ id: "J-1", person, events: [intro("a1", "2025-03-30T10:00:00Z")] });
    const result = summarise([first!, other], year);
    expect(!result.ok && result.error).toEqual({
      code: "conflicting-journeys",
      message:
        "journeys[0] and journeys[1] have the same id but different logs. Pass each journey once, in its latest version.",
      issues: [
        {
          path: "journeys[1]",
          message:
            "journeys[0] and journeys[1] have the same id but different logs. Pass each journey once, in its latest version.",
        },
      ],
    });
  });

  it("returns typed errors for bad input instead of throwing", () => {
    const codeOf = (...args: unknown[]) => {
      const result = (summarise as (...values: unknown[]) => SummariseResult)(...args);
      return result.ok ? "ok" : result.error.code;
    };
    expect(codeOf(null, year)).toBe("invalid-input");
    expect(codeOf([{}], year)).toBe("invalid-journey");
    expect(codeOf([null], year)).toBe("invalid-journey");
    expect(codeOf([{ ...journeys[0] }], year)).toBe("invalid-journey");
    expect(codeOf([], null)).toBe("invalid-period");
    expect(codeOf([], year, null)).toBe("invalid-input");
    expect(codeOf([], year, { timeZone: "Mars/Olympus_Mons" })).toBe("invalid-time-zone");
    expect(codeOf([], year, { timeZone: 1 })).toBe("invalid-time-zone");
    const forged = summarise([journeys[0]!, {}] as unknown as Journey[], year);
    expect(!forged.ok && forged.error.issues[0]?.path).toBe("journeys[1]");
  });

  it("returns an error for an invalid period instead of throwing", () => {
    const result = summarise(journeys, { from: "2026-03-31", to: "2025-04-01" });
    expect(result).toEqual({
      ok: false,
      error: {
        code: "invalid-period",
        message:
          "The period is not valid. At to: The period ends (2025-04-01) before it starts (2026-03-31). Swap the dates, or check them.",
        issues: [
          {
            path: "to",
            message:
              "The period ends (2025-04-01) before it starts (2026-03-31). Swap the dates, or check them.",
          },
        ],
      },
    });
  });

  it("counts to the end of a period that ends on the last date there is, 9999-12-31", () => {
    const toTheEnd = summaryOf(journeys, { from: "2025-04-01", to: "9999-12-31" });
    expect(toTheEnd.totals).toEqual(summaryOf(journeys, { from: "2025-04-01", to: "2030-12-31" }).totals);
    expect(toTheEnd.totals.journeys).toBeGreaterThan(0);
  });

  it("refuses an impossible calendar date as the period's end", () => {
    expect(summarise(journeys, { from: "2025-04-01", to: "2026-02-30" })).toMatchObject({
      ok: false,
      error: { code: "invalid-period", issues: [{ path: "to" }] },
    });
  });

  it("summarises no journeys as zeros", () => {
    const summary = summaryOf([], year);
    expect(summary.totals).toEqual({
      journeys: 0,
      introduced: 0,
      firstConversations: 0,
      ended: 0,
      reopened: 0,
      openAtEnd: 0,
      activeAtEnd: 0,
      pausedAtEnd: 0,
    });
    expect(Object.values(summary.byStage).every((count) => count === 0)).toBe(true);
    expect(summary.medianDaysToFirstConversation).toBeNull();
  });

  it("returns a frozen summary", () => {
    const summary = summaryOf(journeys, year);
    expect(Object.isFrozen(summary)).toBe(true);
    expect(Object.isFrozen(summary.byOutcome)).toBe(true);
    expect(Object.isFrozen(summary.totals)).toBe(true);
  });
});

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

/** The last Sunday of a month, at 01:00 UTC: when British Summer Time starts (March) or ends (October). */
function lastSundayAtOneUtc(year: number, month: number): number {
  const lastDay = new Date(Date.UTC(year, month + 1, 0));
  return Date.UTC(year, month, lastDay.getUTCDate() - lastDay.getUTCDay(), 1);
}

/** The date in London of an instant, by the UK rule for summer time (written out, not taken from Intl). */
function londonDate(at: string): string {
  const instant = Date.parse(at);
  const year = new Date(instant).getUTCFullYear();
  const summer = instant >= lastSundayAtOneUtc(year, 2) && instant < lastSundayAtOneUtc(year, 9);
  return new Date(instant + (summer ? HOUR_MS : 0)).toISOString().slice(0, 10);
}

/**
 * A deliberately simple recomputation, independent of summarise: it takes each event's date in London,
 * keeps the events on or before the end of the period, replays them, and filters events by date.
 */
function naiveSummary(logs: readonly GeneratedLog[], period: Period) {
  const zero = <T extends string>(ids: readonly T[]) =>
    Object.fromEntries(ids.map((id) => [id, 0])) as Record<T, number>;
  const inPeriod = (event: JourneyEventInput) =>
    londonDate(event.occurredAt) >= period.from && londonDate(event.occurredAt) <= period.to;
  const all = logs.flatMap((log) => log.events.filter(inPeriod).map((event) => ({ log, event })));
  const ofType = <T extends JourneyEventInput["type"]>(type: T) =>
    all.filter((item) => item.event.type === type) as {
      log: GeneratedLog;
      event: Extract<JourneyEventInput, { type: T }>;
    }[];

  const byIntroductionSource = zero(introductionSources);
  for (const { event } of ofType("introduced")) byIntroductionSource[event.source] += 1;
  const byEndReason = zero(endReasons);
  for (const { event } of ofType("ended")) byEndReason[event.reason] += 1;
  const byActivityKind = zero(activityKinds);
  for (const { event } of ofType("activity-recorded")) byActivityKind[event.kind] += 1;
  const byOutcome = zero(outcomeMarkers);
  for (const marker of outcomeMarkers)
    byOutcome[marker] = all.filter(({ event }) => event.outcomes?.includes(marker)).length;
  const principlesCited = zero(principleIds);
  for (const id of principleIds)
    principlesCited[id] = all.filter(({ event }) => event.principles?.includes(id)).length;

  const byLevel = zero(supportLevels);
  const byStage = zero(stages);
  let existing = 0;
  let activeAtEnd = 0;
  let pausedAtEnd = 0;
  for (const log of logs) {
    const untilEnd = log.events.filter((event) => londonDate(event.occurredAt) <= period.to);
    if (untilEnd.length === 0) continue;
    existing += 1;
    const atEnd = replay({ ...log, events: untilEnd });
    if (atEnd.status === "ended") continue;
    if (atEnd.status === "active") activeAtEnd += 1;
    else pausedAtEnd += 1;
    byLevel[atEnd.level] += 1;
    byStage[atEnd.stage] += 1;
  }

  const days = ofType("first-conversation")
    .map(({ log, event }) => {
      const before = log.events.slice(0, log.events.indexOf(event));
      const opening = before.findLast((e) => e.type === "introduced" || e.type === "reopened")!;
      return (Date.parse(londonDate(event.occurredAt)) - Date.parse(londonDate(opening.occurredAt))) / DAY_MS;
    })
    .sort((a, b) => a - b);
  const middle = days.length >> 1;
  const median =
    days.length === 0 ? null : days.length % 2 ? days[middle]! : (days[middle - 1]! + days[middle]!) / 2;

  return {
    period,
    timeZone: "Europe/London",
    totals: {
      journeys: existing,
      introduced: ofType("introduced").length,
      firstConversations: days.length,
      ended: ofType("ended").length,
      reopened: ofType("reopened").length,
      openAtEnd: activeAtEnd + pausedAtEnd,
      activeAtEnd,
      pausedAtEnd,
    },
    byIntroductionSource,
    byLevel,
    byStage,
    byEndReason,
    byActivityKind,
    byOutcome,
    principlesCited,
    medianDaysToFirstConversation: median,
  };
}

describe("summarise: properties", () => {
  it("equals a naive recomputation from the logs", () => {
    fc.assert(
      fc.property(journeyLogsArb(), periodArb, (logs, period) => {
        expect(summaryOf(logs.map(replay), period)).toEqual(naiveSummary(logs, period));
      }),
      { numRuns: 300 },
    );
  });

  it("counts each journey once, however many times it is given", () => {
    fc.assert(
      fc.property(
        journeyLogsArb().chain((logs) =>
          fc.tuple(
            fc.constant(logs),
            fc.array(fc.nat({ max: Math.max(0, logs.length - 1) }), { maxLength: 5 }),
          ),
        ),
        periodArb,
        ([logs, repeats], period) => {
          const journeys = logs.map(replay);
          const doubled = [
            ...journeys,
            ...repeats.flatMap((i) => (journeys[i] ? [journeys[i], replay(logs[i]!)] : [])),
          ];
          expect(summaryOf(doubled, period)).toEqual(summaryOf(journeys, period));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("does not depend on the order of the journeys", () => {
    fc.assert(
      fc.property(
        journeyLogsArb().chain((logs) =>
          fc.tuple(fc.constant(logs), fc.shuffledSubarray(logs, { minLength: logs.length })),
        ),
        periodArb,
        ([logs, shuffled], period) => {
          expect(summaryOf(shuffled.map(replay), period)).toEqual(summaryOf(logs.map(replay), period));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("keeps its totals consistent", () => {
    fc.assert(
      fc.property(journeyLogsArb(), periodArb, (logs, period) => {
        const summary = summaryOf(logs.map(replay), period);
        const sum = (counts: Readonly<Record<string, number>>) =>
          Object.values(counts).reduce((a, b) => a + b, 0);
        expect(sum(summary.byIntroductionSource)).toBe(summary.totals.introduced);
        expect(sum(summary.byLevel)).toBe(summary.totals.openAtEnd);
        expect(sum(summary.byStage)).toBe(summary.totals.openAtEnd);
        expect(sum(summary.byEndReason)).toBe(summary.totals.ended);
        expect(summary.totals.openAtEnd).toBeLessThanOrEqual(summary.totals.journeys);
      }),
      { numRuns: 300 },
    );
  });

  it("never throws, whatever the period", () => {
    fc.assert(
      fc.property(
        journeyLogsArb(4, 6),
        fc.oneof(periodArb, fc.record({ from: fc.string(), to: fc.string() }), fc.anything()),
        (logs, period) => {
          const result = summarise(logs.map(replay), period as Period);
          if (!result.ok) {
            expect(result.error.code).toBe("invalid-period");
            expect(result.error.issues.length).toBeGreaterThan(0);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it("never throws, whatever the journeys and options", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          journeyLogsArb(4, 6).map((logs) => logs.map(replay)),
          fc.array(fc.anything(), { maxLength: 3 }),
          fc.anything(),
        ),
        fc.oneof(
          fc.constant(undefined),
          fc.record({ timeZone: fc.oneof(fc.string(), fc.anything()) }),
          fc.anything(),
        ),
        (journeys, options) => {
          const result = (summarise as (...values: unknown[]) => SummariseResult)(
            journeys,
            { from: "2025-04-01", to: "2026-03-31" },
            options,
          );
          if (!result.ok) expect(result.error.issues.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("summarise: late write-ups", () => {
  it("counts a journey the same whatever order its events were written up in", () => {
    fc.assert(
      fc.property(journeyLogsArb(6, 15), periodArb, fc.nat(), (logs, period, seed) => {
        const inOrder = logs.map((log) => replay(log));
        // Write every log up in reverse (after the introduction), a minute apart after its last event.
        const late = logs.map((log) => {
          const [first, ...rest] = log.events;
          const reversed = [first!, ...rest.reverse()];
          const last = Math.max(...log.events.map((event) => Date.parse(event.occurredAt)));
          const written = reversed.map((event, k) => ({
            ...event,
            recordedAt: new Date(last + (k + seed) * 60_000).toISOString(),
          }));
          // Events at the same instant must keep their order, so only logs without ties are reversed.
          const instants = rest.map((event) => Date.parse(event.occurredAt));
          return new Set(instants).size === instants.length ? written : log.events;
        });
        const lateJourneys = logs.map((log, index) => replay({ ...log, events: late[index]! }));
        expect(summaryOf(lateJourneys, period)).toEqual(summaryOf(inOrder, period));
      }),
      { numRuns: 200 },
    );
  });
});
