// Benchmark of summarise(): builds journeys of 50 events from a fixed seed, then times summarise at
// 10,000 and 100,000 journeys and prints the time per event at each size, so that linear growth shows.
// Not part of `pnpm test` (benchmarks are not timed unit tests). Run `pnpm build` first: it measures the
// built package in dist/. 100,000 journeys hold 5 million events: `pnpm bench` gives Node.js 8 GB of heap.
//
// Old and new in the same run: the journeys store the instants of their events when they are replayed, so
// summarise no longer parses a date. The old summarise parsed every event's time on every call; the table
// shows what that parsing costs on the same events ("Date.parse") and so what a call cost before
// ("old = new + Date.parse").
//
//   node bench/summarise.mjs            a table, then one JSON line
//   node bench/summarise.mjs --json     the JSON line only
//   options: --runs N (default 7), --seed N (default 20250401),
//            --sizes A,B,… (numbers of journeys, default 10000,100000; `pnpm bench` at the root uses 2500,10000)
import process from "node:process";
import { performance } from "node:perf_hooks";
import { parsePersonRef } from "@lac/person-ref";
import { principleIds } from "@lac/principles";
import {
  activityKinds,
  endReasons,
  introductionSources,
  outcomeMarkers,
  replayJourney,
  stages,
  summarise,
} from "../dist/index.js";

const DEFAULT_SIZES = [10_000, 100_000];
const EVENTS_PER_JOURNEY = 50;
const PERIOD = { from: "2025-04-01", to: "2026-03-31" };

function option(name, fallback) {
  const index = process.argv.indexOf(name);
  if (index === -1) return fallback;
  const value = Number(process.argv[index + 1]);
  if (!Number.isInteger(value) || value <= 0) {
    process.stderr.write(`${name} needs a positive whole number.\n`);
    process.exit(2);
  }
  return value;
}

const jsonOnly = process.argv.includes("--json");
const runs = option("--runs", 7);
const seed = option("--seed", 20250401);
const SIZES = sizesOption();

function sizesOption() {
  const index = process.argv.indexOf("--sizes");
  if (index === -1) return DEFAULT_SIZES;
  const sizes = String(process.argv[index + 1])
    .split(",")
    .map(Number);
  if (sizes.some((size) => !Number.isInteger(size) || size <= 0)) {
    process.stderr.write(
      "--sizes needs positive whole numbers separated by commas, for example 2500,10000.\n",
    );
    process.exit(2);
  }
  return sizes.sort((a, b) => a - b);
}

/** mulberry32: a small seeded random number generator, so every run builds the same journeys. */
function randomFrom(start) {
  let state = start >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const random = randomFrom(seed);
const pick = (list) => list[Math.floor(random() * list.length)];
const some = (list, max) => [
  ...new Set(Array.from({ length: Math.floor(random() * (max + 1)) }, () => pick(list))),
];

function citations() {
  const principles = some(principleIds, 2);
  const outcomes = random() < 0.2 ? some(outcomeMarkers, 1) : [];
  return {
    ...(principles.length > 0 ? { principles } : {}),
    ...(outcomes.length > 0 ? { outcomes } : {}),
  };
}

/** A valid log of exactly `count` events: a random walk that only takes steps allowed at that point. */
function makeEvents(journeyNumber, count) {
  let time = Date.UTC(2024, 0, 1) + Math.floor(random() * 2 * 365 * 86_400_000);
  const at = () => new Date(time).toISOString().slice(0, 19) + "Z";
  const next = () => (time += Math.floor(random() * 10 * 86_400_000));
  let status = "active";
  let stage = "introduced";
  let level = random() < 0.6 ? "short-term" : "longer-term";
  let talked = false;
  const events = [
    {
      id: `j${journeyNumber}-0`,
      occurredAt: at(),
      type: "introduced",
      source: pick(introductionSources),
      neighbourhood: `nbh-${1 + Math.floor(random() * 12)}`,
      level,
      ...citations(),
    },
  ];
  for (let i = 1; i < count; i += 1) {
    next();
    const base = { id: `j${journeyNumber}-${i}`, occurredAt: at(), ...citations() };
    const allowed =
      status === "ended"
        ? ["reopened"]
        : status === "paused"
          ? ["resumed", "resumed", "ended"]
          : [
              talked ? "activity-recorded" : "first-conversation",
              "activity-recorded",
              "activity-recorded",
            ].concat(["stage-changed", "stage-changed", "level-changed", "paused", "ended"]);
    const type = pick(allowed);
    if (type === "first-conversation") {
      talked = true;
      events.push({ ...base, type });
    } else if (type === "activity-recorded") {
      events.push({ ...base, type, kind: pick(activityKinds) });
    } else if (type === "stage-changed") {
      stage = pick(stages.filter((s) => s !== stage));
      events.push({ ...base, type, to: stage });
    } else if (type === "level-changed") {
      level = level === "short-term" ? "longer-term" : "short-term";
      events.push({ ...base, type, to: level });
    } else if (type === "paused" || type === "resumed") {
      status = type === "paused" ? "paused" : "active";
      events.push({ ...base, type });
    } else if (type === "ended") {
      status = "ended";
      events.push({ ...base, type, reason: pick(endReasons) });
    } else {
      status = "active";
      stage = pick(stages);
      level = pick(["short-term", "longer-term"]);
      events.push({ ...base, type, stage, level });
    }
  }
  return events;
}

function buildJourneys(count) {
  const journeys = [];
  for (let n = 0; n < count; n += 1) {
    const person = parsePersonRef(`P-${String(n).padStart(6, "0")}`);
    if (!person.ok) throw new Error(person.error.message);
    const result = replayJourney(`J-${n}`, person.ref, makeEvents(n, EVENTS_PER_JOURNEY));
    if (!result.ok) throw new Error(`The benchmark built an invalid journey: ${result.error.message}`);
    journeys.push(result.journey);
  }
  return journeys;
}

function medianOf(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function time(journeys) {
  for (let i = 0; i < 2; i += 1) summarise(journeys, PERIOD); // warm up
  const timings = [];
  let checksum = 0;
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    const result = summarise(journeys, PERIOD);
    timings.push(performance.now() - start);
    if (!result.ok) throw new Error(result.error.message);
    checksum = result.summary.totals.introduced + result.summary.totals.openAtEnd;
  }
  return { medianMs: medianOf(timings), checksum };
}

/** The parsing the old summarise did on every call: Date.parse of every event's time, in timeline order. */
function timeParsing(journeys) {
  const parse = () => {
    let sum = 0;
    for (const journey of journeys) {
      for (const event of journey.timeline) sum += Date.parse(event.occurredAt);
    }
    return sum;
  };
  parse(); // warm up
  const timings = [];
  let checksum = 0;
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    checksum = parse();
    timings.push(performance.now() - start);
  }
  return { medianMs: medianOf(timings), checksum };
}

const all = buildJourneys(Math.max(...SIZES));
const sizes = SIZES.map((size) => {
  const journeys = all.slice(0, size);
  const events = journeys.reduce((sum, journey) => sum + journey.events.length, 0);
  const { medianMs, checksum } = time(journeys);
  const parsing = timeParsing(journeys);
  const perEvent = (ms) => Number(((ms * 1e6) / events).toFixed(2));
  return {
    journeys: size,
    events,
    medianMs: Number(medianMs.toFixed(3)),
    nsPerEvent: perEvent(medianMs),
    dateParseNsPerEvent: perEvent(parsing.medianMs),
    oldNsPerEvent: perEvent(medianMs + parsing.medianMs),
    checksum,
  };
});

const smallest = sizes[0];
const largest = sizes[sizes.length - 1];
const report = {
  benchmark: "@lac/journeys summarise",
  node: process.version,
  seed,
  runs,
  eventsPerJourney: EVENTS_PER_JOURNEY,
  period: PERIOD,
  sizes,
  // Time per event at the largest size divided by time per event at the smallest: near 1 means linear.
  perEventGrowth: Number((largest.nsPerEvent / smallest.nsPerEvent).toFixed(2)),
};

if (!jsonOnly) {
  process.stdout.write(
    `summarise(): median of ${runs} runs, ${EVENTS_PER_JOURNEY} events per journey, seed ${seed}\n`,
  );
  process.stdout.write(
    "journeys     events   median ms   ns per event (new)   Date.parse ns   ns per event (old = new + Date.parse)\n",
  );
  for (const row of sizes) {
    process.stdout.write(
      `${String(row.journeys).padStart(8)}  ${String(row.events).padStart(9)}  ${row.medianMs.toFixed(2).padStart(10)}  ${row.nsPerEvent.toFixed(1).padStart(19)}  ${row.dateParseNsPerEvent.toFixed(1).padStart(14)}  ${row.oldNsPerEvent.toFixed(1).padStart(38)}\n`,
    );
  }
  process.stdout.write(
    `time per event at ${largest.journeys} / at ${smallest.journeys}: ${report.perEventGrowth}\n`,
  );
}
process.stdout.write(`${JSON.stringify(report)}\n`);
