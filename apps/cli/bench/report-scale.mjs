// The speed of `lac report` on large journey logs: time per event and peak memory at each size, to show
// that reading streams (memory does not grow with the log) and that time grows linearly. A module of its
// own, outside the main benchmark's rounds (a 100,000-journey log takes minutes to write and read):
//
//   node apps/cli/bench/report-scale.mjs                         10,000 and 100,000 journeys
//   node apps/cli/bench/report-scale.mjs --sizes 1000,10000      other sizes
//
// `runReportScale(sizes)` returns the results, for a benchmark runner to call. Build first (pnpm build).
import { createWriteStream, mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { spawnSync } from "node:child_process";
import { LAC } from "./cases.mjs";
import { GNU_TIME } from "./measure.mjs";

const require = createRequire(import.meta.url);
const PERIOD = { from: "2024-04-01", to: "2029-03-31" };

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

/** One `lac report` run on a log: wall time in ms and peak memory in MiB (when GNU time is there). */
function runReport(file, outDir) {
  const args = [LAC, "report", file, "--from", PERIOD.from, "--to", PERIOD.to, "--out", outDir, "--force"];
  const started = process.hrtime.bigint();
  const run = GNU_TIME
    ? spawnSync(GNU_TIME, ["-f", "%M", process.execPath, ...args], {
        encoding: "utf8",
        env: { ...process.env, CI: "true" },
      })
    : spawnSync(process.execPath, args, { encoding: "utf8", env: { ...process.env, CI: "true" } });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (run.status !== 0) throw new Error(`lac report failed:\n${run.stderr}`);
  const peak = GNU_TIME ? Number(run.stderr.trim().split("\n").at(-1)) / 1024 : undefined;
  return { ms, peakMiB: peak };
}

/** Times `lac report` at each size; returns one row per size. */
export async function runReportScale(sizes = [10_000, 100_000]) {
  const dir = mkdtempSync(join(tmpdir(), "lac-report-bench-"));
  try {
    const rows = [];
    for (const journeys of sizes) {
      const file = join(dir, `log-${journeys}.jsonl`);
      const events = await writeLog(file, journeys);
      const { ms, peakMiB } = runReport(file, join(dir, "pack"));
      rows.push({
        journeys,
        events,
        ms: Math.round(ms),
        usPerEvent: Number(((ms * 1000) / events).toFixed(2)),
        peakMiB: peakMiB && Math.round(peakMiB),
      });
      rmSync(file);
    }
    return rows;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const index = process.argv.indexOf("--sizes");
  const sizes = index === -1 ? undefined : process.argv[index + 1].split(",").map(Number);
  const rows = await runReportScale(sizes);
  console.log("| Journeys | Events | Time | Time per event | Peak memory |");
  console.log("| ---: | ---: | ---: | ---: | ---: |");
  for (const row of rows) {
    console.log(
      `| ${row.journeys} | ${row.events} | ${(row.ms / 1000).toFixed(1)} s | ${row.usPerEvent} µs | ${row.peakMiB ?? "–"} MiB |`,
    );
  }
  console.log(JSON.stringify(rows));
}
