// The speed of `lac report`: the 1,000-journey example council (target: under a second), and large
// journey logs: time per event and peak memory at each size, to show that reading streams (memory does
// not grow with the log; limit 500 MB) and that time grows linearly: the time per event without the fixed
// cost (measured on a log of 100 journeys) must not grow from the smallest size to the largest (at most by
// LINEARITY_TOLERANCE, on CPU time when GNU time is there). `pnpm bench` runs it (10,000 and
// 30,000 journeys by default; LAC_BENCH_REPORT_SIZES=10000,100000 for the national-scale case, which
// writes a log of about 1 GB to the temporary folder and takes minutes). Or on its own:
//
//   node apps/cli/bench/report-scale.mjs                          10,000 and 30,000 journeys
//   node apps/cli/bench/report-scale.mjs --sizes 10000,100000     other sizes
//   … --lac <path to lac.cjs>                                     another build of lac
//   … --no-example                                                leave out the 1,000-journey example
//
// `runReportScale({ sizes })` returns the results, for the benchmark runner. Build first (pnpm build).
import { spawnSync } from "node:child_process";
import { createWriteStream, mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { LAC } from "./cases.mjs";
import { GNU_TIME, median } from "./measure.mjs";

const require = createRequire(import.meta.url);
const PERIOD = { from: "2024-04-01", to: "2029-03-31" };
export const DEFAULT_REPORT_SIZES = [10_000, 30_000];
/** Issue #18: reading 100,000 journeys of 50 events stays under 500 MB. */
export const REPORT_MEMORY_LIMIT_MIB = 500;
/** Issue #18: a 1,000-journey council report renders in under a second. */
export const EXAMPLE_TARGET_MS = 1000;

/** The same clean environment as the main benchmark: PATH and HOME only, plus CI=true. */
function cleanEnv(cacheDir) {
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    CI: "true",
    NO_COLOR: "1",
    LAC_CACHE_DIR: cacheDir,
  };
}

/** Writes a synthetic log of `journeys` journeys (about 50 events each) as JSON Lines; returns its event count. */
async function writeLog(file, journeys) {
  const evaluation = await import(pathToFileURL(require.resolve("@lac/evaluation")).href);
  const out = createWriteStream(file);
  let events = 0;
  let chunk = "";
  for (const { journey, events: list } of evaluation.syntheticPopulation({
    seed: 42,
    journeys,
    period: PERIOD,
    eventsPerJourney: 50,
  })) {
    for (const event of list) chunk += `${JSON.stringify({ journey, ...event })}\n`;
    events += list.length;
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await new Promise((resolve) => out.once("drain", resolve));
      chunk = "";
    }
  }
  out.end(chunk);
  await new Promise((resolve) => out.once("finish", resolve));
  return events;
}

/**
 * One run of lac: wall time in ms, and, when GNU time is there, CPU time (user + system) in ms and peak memory
 * in MiB. On a shared machine the CPU time is the steadier figure.
 */
function runLac(lac, args, env) {
  const started = process.hrtime.bigint();
  const run = GNU_TIME
    ? spawnSync(GNU_TIME, ["-f", "%U %S %M", process.execPath, lac, ...args], { encoding: "utf8", env })
    : spawnSync(process.execPath, [lac, ...args], { encoding: "utf8", env });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (run.status !== 0) throw new Error(`lac ${args.join(" ")} failed:\n${run.stderr}`);
  if (!GNU_TIME) return { ms, cpuMs: undefined, peakMiB: undefined };
  const [user, system, peak] = run.stderr.trim().split("\n").at(-1).split(" ").map(Number);
  return { ms, cpuMs: (user + system) * 1000, peakMiB: peak / 1024 };
}

/** The journeys of the small log whose time is taken as lac report's fixed cost (start-up, charts, Word). */
export const FIXED_COST_JOURNEYS = 100;

/**
 * Time per event without the fixed cost: (time − the small log's time) ÷ (events − its events). This is the
 * figure that must not grow with the log (issue #18: linear from 10,000 to 100,000 journeys); the plain time per
 * event falls as the log grows, since the fixed cost is shared by more events.
 */
const netPerEvent = (ms, events, fixed) =>
  fixed === undefined || ms === undefined
    ? null
    : Number((((ms - fixed.ms) * 1000) / (events - fixed.events)).toFixed(2));

/**
 * Times `lac report --example` (the 1,000-journey synthetic council, all three formats), median of
 * `runs` runs after one warm-up (which also fills lac's code cache), and `lac report` on a log of each size.
 */
export async function runReportScale({
  sizes = DEFAULT_REPORT_SIZES,
  lac = LAC,
  exampleRuns = 5,
  progress = () => {},
} = {}) {
  const dir = mkdtempSync(join(tmpdir(), "lac-report-bench-"));
  const env = cleanEnv(join(dir, "cache"));
  try {
    const exampleArgs = ["report", "--example", "--out", join(dir, "example"), "--force"];
    let exampleMs;
    let exampleCpuMs;
    if (exampleRuns > 0) {
      runLac(lac, exampleArgs, env);
      const runs = Array.from({ length: exampleRuns }, () => runLac(lac, exampleArgs, env));
      exampleMs = median(runs.map((run) => run.ms));
      exampleCpuMs = GNU_TIME ? median(runs.map((run) => run.cpuMs)) : undefined;
      progress(
        `lac report --example: ${Math.round(exampleMs)} ms (CPU ${Math.round(exampleCpuMs ?? NaN)} ms)`,
      );
    }
    const logArgs = (file) => [
      "report",
      file,
      "--from",
      PERIOD.from,
      "--to",
      PERIOD.to,
      "--out",
      join(dir, "pack"),
    ];
    // The fixed cost: a log of 100 journeys, median of 3 runs after a warm-up (which fills the code cache).
    let fixed;
    if (sizes.length > 0) {
      const file = join(dir, "log-fixed.jsonl");
      const events = await writeLog(file, FIXED_COST_JOURNEYS);
      runLac(lac, [...logArgs(file), "--force"], env);
      const runs = Array.from({ length: 3 }, () => runLac(lac, [...logArgs(file), "--force"], env));
      fixed = {
        journeys: FIXED_COST_JOURNEYS,
        events,
        ms: median(runs.map((run) => run.ms)),
        cpuMs: GNU_TIME ? median(runs.map((run) => run.cpuMs)) : undefined,
      };
      progress(`fixed cost (${FIXED_COST_JOURNEYS} journeys, ${events} events): ${Math.round(fixed.ms)} ms`);
      rmSync(file);
    }
    const rows = [];
    for (const journeys of sizes) {
      const file = join(dir, `log-${journeys}.jsonl`);
      const events = await writeLog(file, journeys);
      const { ms, cpuMs, peakMiB } = runLac(lac, [...logArgs(file), "--force"], env);
      rows.push({
        journeys,
        events,
        ms: Math.round(ms),
        cpuMs: cpuMs === undefined ? null : Math.round(cpuMs),
        usPerEvent: Number(((ms * 1000) / events).toFixed(2)),
        netUsPerEvent: netPerEvent(ms, events, fixed),
        netCpuUsPerEvent:
          cpuMs === undefined
            ? null
            : netPerEvent(cpuMs, events, fixed && { ms: fixed.cpuMs, events: fixed.events }),
        peakMiB: peakMiB === undefined ? null : Math.round(peakMiB),
      });
      progress(`${journeys} journeys, ${events} events: ${JSON.stringify(rows.at(-1))}`);
      rmSync(file);
    }
    const ratio = (key) =>
      rows.length > 1 && rows[0][key] && rows.at(-1)[key] !== null
        ? Number((rows.at(-1)[key] / rows[0][key]).toFixed(2))
        : undefined;
    return {
      exampleMs: exampleMs === undefined ? null : Math.round(exampleMs),
      exampleCpuMs: exampleCpuMs === undefined ? null : Math.round(exampleCpuMs),
      exampleTargetMs: EXAMPLE_TARGET_MS,
      fixed:
        fixed === undefined
          ? null
          : {
              ...fixed,
              ms: Math.round(fixed.ms),
              cpuMs: fixed.cpuMs === undefined ? null : Math.round(fixed.cpuMs),
            },
      rows,
      perEventGrowth: ratio("usPerEvent"),
      netPerEventGrowth: ratio("netUsPerEvent"),
      netCpuPerEventGrowth: ratio("netCpuUsPerEvent"),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Where the results miss a requirement of issue #18, as sentences. */
export function reportScaleFailures(result) {
  const failures = [];
  if (result.exampleMs !== null && result.exampleMs > EXAMPLE_TARGET_MS)
    failures.push(
      `lac report --example (1,000 journeys): ${result.exampleMs} ms, target ${EXAMPLE_TARGET_MS} ms`,
    );
  // Linearity, on CPU time when it is known (steadier than wall time on a shared machine).
  const growth = result.netCpuPerEventGrowth ?? result.netPerEventGrowth;
  if (growth !== undefined && growth !== null && growth > LINEARITY_TOLERANCE)
    failures.push(
      `lac report: time per event (without the fixed cost) at ${result.rows.at(-1).journeys} journeys is ${growth} times that at ${result.rows[0].journeys} (linear: at most ${LINEARITY_TOLERANCE})`,
    );
  for (const row of result.rows) {
    if (row.peakMiB !== null && row.peakMiB > REPORT_MEMORY_LIMIT_MIB)
      failures.push(
        `lac report on ${row.journeys} journeys: peak memory ${row.peakMiB} MiB, limit ${REPORT_MEMORY_LIMIT_MIB} MiB`,
      );
  }
  return failures;
}

/** Where the results miss the linearity of issue #18: time per event, without the fixed cost, growing by 25%. */
export const LINEARITY_TOLERANCE = 1.25;

/** The results as a Markdown table and a sentence. */
export function reportScaleMarkdown(result) {
  const number = (value) => value.toLocaleString("en-GB");
  const first = result.rows[0];
  const last = result.rows.at(-1);
  return [
    result.exampleMs === null
      ? "`lac report --example` was not measured in this run."
      : `\`lac report --example\` (1,000 journeys, about 6,000 events; Markdown, Word with its chart pictures, HTML): ${result.exampleMs} ms${result.exampleCpuMs === null ? "" : ` (CPU ${result.exampleCpuMs} ms)`}, target < ${EXAMPLE_TARGET_MS} ms: ${result.exampleMs <= EXAMPLE_TARGET_MS ? "met" : "**not met**"}.`,
    "",
    result.fixed === null
      ? ""
      : `Fixed cost (a log of ${number(result.fixed.journeys)} journeys, ${number(result.fixed.events)} events: start-up, charts, Word, HTML): ${result.fixed.ms} ms${result.fixed.cpuMs === null ? "" : ` (CPU ${result.fixed.cpuMs} ms)`}. Time per event without it: (time − fixed cost) ÷ (events − its events).`,
    "",
    "| Journeys | Events | Time | CPU time | Time per event | Without the fixed cost (CPU) | Peak memory |",
    "| ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...result.rows.map(
      (row) =>
        `| ${number(row.journeys)} | ${number(row.events)} | ${(row.ms / 1000).toFixed(1)} s | ${row.cpuMs === null ? "–" : `${(row.cpuMs / 1000).toFixed(1)} s`} | ${row.usPerEvent} µs | ${row.netUsPerEvent ?? "–"} µs (${row.netCpuUsPerEvent ?? "–"} µs) | ${row.peakMiB ?? "–"} MiB |`,
    ),
    "",
    result.rows.length < 2
      ? ""
      : `Time per event without the fixed cost at ${number(last.journeys)} journeys ÷ at ${number(first.journeys)}: ${result.netPerEventGrowth ?? "–"} (CPU ${result.netCpuPerEventGrowth ?? "–"}; 1 is linear, at most ${LINEARITY_TOLERANCE} counts as linear here); with it, ${result.perEventGrowth}. Peak memory limit ${REPORT_MEMORY_LIMIT_MIB} MiB.`,
  ].join("\n");
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const option = (name) =>
    process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined;
  const sizes = option("--sizes")?.split(",").map(Number);
  const result = await runReportScale({
    sizes,
    lac: option("--lac"),
    exampleRuns: process.argv.includes("--no-example") ? 0 : 5,
    progress: (line) => console.error(`${new Date().toISOString().slice(11, 19)} ${line}`),
  });
  console.log(reportScaleMarkdown(result));
  const failures = reportScaleFailures(result);
  if (failures.length > 0) console.log(`\nNot met:\n  ${failures.join("\n  ")}`);
  console.log(JSON.stringify(result));
}
