import {
  endReasons,
  introductionSources,
  outcomeMarkers,
  stages,
  type JourneyEventInput,
  type JourneyId,
  type Stage,
  type SupportLevel,
} from "@lac/journeys";
import { principleIds } from "@lac/principles";
import { dayNumberOf, type ReportPeriod } from "./report-period.js";

/**
 * One fictional journey: its id (a `JourneyId`, so that `replayJourney` takes it as it is) and its events, in
 * the order they happened (and were written up).
 */
export interface SyntheticJourney {
  readonly journey: JourneyId;
  readonly events: readonly JourneyEventInput[];
}

export interface SyntheticPopulationOptions {
  /** The same seed gives the same population. */
  readonly seed: number;
  readonly journeys: number;
  /** Introductions fall in this period and the year before it, so a report can compare the two. */
  readonly period: ReportPeriod;
  /** Events per journey, about (default 8). */
  readonly eventsPerJourney?: number;
}

/** A small, fast, seeded generator (mulberry32): the same seed gives the same numbers on every machine. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Fictional neighbourhoods and weights: "nbh-09" is deliberately tiny, so the report merges it into "other".
const NEIGHBOURHOODS = [
  ["nbh-01", 22],
  ["nbh-02", 18],
  ["nbh-03", 16],
  ["nbh-04", 14],
  ["nbh-05", 12],
  ["nbh-06", 9],
  ["nbh-07", 6],
  ["nbh-08", 3],
  ["nbh-09", 0.2],
] as const;
const SOURCE_WEIGHTS = [14, 10, 12, 22, 20, 14, 6, 2];
const OUTCOME_WEIGHTS = [30, 18, 14, 6, 8, 6, 5, 4, 5, 1];

function pick<T>(next: () => number, items: readonly T[], weights?: readonly number[]): T {
  if (!weights) return items[Math.floor(next() * items.length)]!;
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  let roll = next() * total;
  for (let i = 0; i < items.length; i += 1) {
    roll -= weights[i]!;
    if (roll < 0) return items[i]!;
  }
  return items.at(-1)!;
}

const pad = (value: number, width: number) => String(value).padStart(width, "0");

/**
 * A synthetic, seeded, clearly fictional population of journeys, for examples, tests and benchmarks. No
 * person reference is made at all; journey ids are J-000001 upwards. Every journey follows the rules of
 * @lac/journeys (it replays without error).
 */
export function* syntheticPopulation(options: SyntheticPopulationOptions): Generator<SyntheticJourney> {
  const next = random(options.seed);
  const end = dayNumberOf(options.period.to)!;
  const start = dayNumberOf(options.period.from)! - 365;
  const target = options.eventsPerJourney ?? 8;
  // The chance that a step ends the journey (1 in 10 for the default 8 events) and the most days between
  // steps (20 for 8 events): both less for longer journeys, so that they are not cut short by an ending
  // or by the end of the period, and a journey has about `target` events.
  const endChance = Math.min(0.1, 6.4 / (target * target));
  const maxGapDays = Math.min(20, Math.max(1, Math.round(160 / target)));
  const coordinatorsPer = new Map<string, string[]>();
  NEIGHBOURHOODS.forEach(([id], index) =>
    coordinatorsPer.set(id, [`STF-${pad(index * 2 + 1, 4)}`, `STF-${pad(index * 2 + 2, 4)}`]),
  );
  for (let j = 1; j <= options.journeys; j += 1) {
    const events: JourneyEventInput[] = [];
    // Hours from the start, rising: events are 1 to 20 days apart, in working hours.
    let day = start + Math.floor(next() * (end - start + 1));
    let minute = 9 * 60;
    const at = () => {
      const date = new Date((day * 1440 + minute) * 60_000);
      return `${date.toISOString().slice(0, 19)}Z`;
    };
    const later = (maxDays: number) => {
      day += 1 + Math.floor(next() * maxDays);
      minute = 9 * 60 + Math.floor(next() * 8 * 60);
    };
    const neighbourhood = pick(
      next,
      NEIGHBOURHOODS.map(([id]) => id),
      NEIGHBOURHOODS.map(([, w]) => w),
    );
    let coordinator = pick(next, coordinatorsPer.get(neighbourhood)!);
    let level: SupportLevel = next() < 0.6 ? "short-term" : "longer-term";
    let stage: Stage = "introduced";
    let status: "active" | "paused" | "ended" = "active";
    let count = 0;
    const id = () => `e-${(count += 1)}`;
    const citations = () => (next() < 0.5 ? { principles: [pick(next, principleIds)] } : {});
    events.push({
      id: id(),
      occurredAt: at(),
      type: "introduced",
      source: pick(next, introductionSources, SOURCE_WEIGHTS),
      neighbourhood,
      level,
      coordinator,
    });
    if (next() < 0.92) {
      later(next() < 0.7 ? 7 : 40);
      if (next() < 0.15) day -= 1; // some on the day after the introduction, or the same day
      if (day <= end) events.push({ id: id(), occurredAt: at(), type: "first-conversation", ...citations() });
    }
    const length = Math.max(2, Math.round(target * (0.5 + next())));
    while (events.length < length) {
      later(maxGapDays);
      if (day > end) break;
      const roll = next();
      if (status === "ended") {
        if (roll < 0.1) {
          status = "active";
          stage = "getting-to-know-each-other";
          events.push({ id: id(), occurredAt: at(), type: "reopened", stage, level });
        } else break;
      } else if (status === "paused") {
        status = "active";
        events.push({ id: id(), occurredAt: at(), type: "resumed" });
      } else if (roll < 0.35) {
        events.push({
          id: id(),
          occurredAt: at(),
          type: "activity-recorded",
          kind: pick(
            next,
            ["conversation", "community-connection", "information-shared", "meeting-with-services"] as const,
            [5, 3, 2, 1],
          ),
          ...citations(),
          ...(next() < 0.4 ? { outcomes: [pick(next, outcomeMarkers, OUTCOME_WEIGHTS)] } : {}),
        });
      } else if (roll < 0.6) {
        const forward: number = stages.indexOf(stage) + (next() < 0.85 ? 1 : -1);
        const to: Stage = stages[Math.min(Math.max(forward, 1), stages.length - 1)]!;
        if (to !== stage) {
          stage = to;
          events.push({ id: id(), occurredAt: at(), type: "stage-changed", to, ...citations() });
        }
      } else if (roll < 0.68) {
        level = level === "short-term" ? "longer-term" : "short-term";
        events.push({ id: id(), occurredAt: at(), type: "level-changed", to: level });
      } else if (roll < 0.73) {
        status = "paused";
        events.push({ id: id(), occurredAt: at(), type: "paused" });
      } else if (roll < 0.76) {
        const others = coordinatorsPer.get(neighbourhood)!.filter((other) => other !== coordinator);
        coordinator = others[0]!;
        events.push({ id: id(), occurredAt: at(), type: "coordinator-changed", to: coordinator });
      } else if (roll < 0.76 + endChance) {
        status = "ended";
        events.push({
          id: id(),
          occurredAt: at(),
          type: "ended",
          reason:
            stage === "connected-and-contributing" || stage === "moving-on"
              ? "moved-on"
              : pick(next, endReasons),
          ...(next() < 0.5 ? { outcomes: [pick(next, outcomeMarkers, OUTCOME_WEIGHTS)] } : {}),
        });
      }
    }
    // "J-" and six digits is an opaque journey id (the tests check it with parseJourneyId).
    yield { journey: `J-${pad(j, 6)}` as JourneyId, events };
  }
}
