// The speed of `lac report`: the 1,000-journey example council (target: under a second), and large
// journey logs: time per event and peak memory at each size, to show that reading streams (memory does
// not grow with the log; limit 500 MB) and that time grows linearly. `pnpm bench` runs it (10,000 and
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

/** One run of lac: wall time in ms and peak memory in MiB (when GNU time is there). */
function runLac(lac, args, env) {
  const started = process.hrtime.bigint();
  const run = GNU_TIME
    ? spawnSync(GNU_TIME, ["-f", "%M", process.execPath, lac, ...args], { encoding: "utf8", env })
    : spawnSync(process.execPath, [lac, ...args], { encoding: "utf8", env });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (run.status !== 0) throw new Error(`lac ${args.join(" ")} failed:\n${run.stderr}`);
  const peak = GNU_TIME ? Number(run.stderr.trim().split("\n").at(-1)) / 1024 : undefined;
  return { ms, peakMiB: peak };
}

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
    if (exampleRuns > 0) {
      runLac(lac, exampleArgs, env);
      exampleMs = median(Array.from({ length: exampleRuns }, () => runLac(lac, exampleArgs, env).ms));
      progress(`lac report --example: ${Math.round(exampleMs)} ms`);
    }
    const rows = [];
    for (const journeys of sizes) {
      const file = join(dir, `log-${journeys}.jsonl`);
      const events = await writeLog(file, journeys);
      const args = ["report", file, "--from", PERIOD.from, "--to", PERIOD.to, "--out", join(dir, "pack")];
      const { ms, peakMiB } = runLac(lac, [...args, "--force"], env);
      rows.push({
        journeys,
        events,
        ms: Math.round(ms),
        usPerEvent: Number(((ms * 1000) / events).toFixed(2)),
        peakMiB: peakMiB === undefined ? null : Math.round(peakMiB),
      });
      progress(`${journeys} journeys, ${events} events: ${JSON.stringify(rows.at(-1))}`);
      rmSync(file);
    }
    const growth =
      rows.length > 1 ? Number((rows.at(-1).usPerEvent / rows[0].usPerEvent).toFixed(2)) : undefined;
    return {
      exampleMs: exampleMs === undefined ? null : Math.round(exampleMs),
      exampleTargetMs: EXAMPLE_TARGET_MS,
      rows,
      perEventGrowth: growth,
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
  for (const row of result.rows) {
    if (row.peakMiB !== null && row.peakMiB > REPORT_MEMORY_LIMIT_MIB)
      failures.push(
        `lac report on ${row.journeys} journeys: peak memory ${row.peakMiB} MiB, limit ${REPORT_MEMORY_LIMIT_MIB} MiB`,
      );
  }
  return failures;
}

/** The results as a Markdown table and a sentence. */
export function reportScaleMarkdown(result) {
  return [
    result.exampleMs === null
      ? "`lac report --example` was not measured in this run."
      : `\`lac report --example\` (1,000 journeys, about 6,000 events; Markdown, Word with its chart pictures, HTML): ${result.exampleMs} ms (target < ${EXAMPLE_TARGET_MS} ms).`,
    "",
    "| Journeys | Events | Time | Time per event | Peak memory |",
    "| ---: | ---: | ---: | ---: | ---: |",
    ...result.rows.map(
      (row) =>
        `| ${row.journeys.toLocaleString("en-GB")} | ${row.events.toLocaleString("en-GB")} | ${(row.ms / 1000).toFixed(1)} s | ${row.usPerEvent} µs | ${row.peakMiB ?? "–"} MiB |`,
    ),
    "",
    result.perEventGrowth === undefined
      ? ""
      : `Time per event at ${result.rows.at(-1).journeys.toLocaleString("en-GB")} journeys ÷ at ${result.rows[0].journeys.toLocaleString("en-GB")}: ${result.perEventGrowth} (1 is linear); peak memory limit ${REPORT_MEMORY_LIMIT_MIB} MiB.`,
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
