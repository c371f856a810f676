// lac report's second thread (the charts' pictures for Word) and its code cache, end to end: a thread that
// cannot draw gives a clear error and writes nothing, and a report run keeps its compiled code for the next.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { LAC, temporaryFolder } from "./run-lac.js";

const folder = temporaryFolder();
afterAll(folder.remove);

/** Runs a copy of dist/'s lac (which a test may break) in a clean environment with its own code cache. */
function runCopy(lac: string, args: readonly string[], cache: string) {
  return spawnSync(process.execPath, [lac, ...args], {
    cwd: folder.dir,
    env: { PATH: process.env.PATH, HOME: folder.dir, CI: "true", LAC_CACHE_DIR: cache },
    encoding: "utf8",
    timeout: 120_000,
  });
}

/** A copy of the dist folder, broken by `breakIt`. */
function brokenDist(name: string, breakIt: (dist: string) => void): string {
  const dist = join(folder.dir, name);
  cpSync(dirname(LAC), dist, { recursive: true });
  breakIt(dist);
  return join(dist, "lac.cjs");
}

describe("lac report's drawing thread", () => {
  const cases: [string, (dist: string) => void, RegExp][] = [
    [
      "its WebAssembly damaged",
      (dist) => writeFileSync(join(dist, "report-assets", "resvg.wasm"), "not WebAssembly"),
      /WebAssembly/,
    ],
    ["its bundle missing", (dist) => rmSync(join(dist, "report-raster.cjs")), /report-raster\.cjs/],
    ["its font missing", (dist) => rmSync(join(dist, "report-assets", "Arimo-Bold.ttf")), /Arimo-Bold\.ttf/],
  ];
  for (const [what, breakIt, why] of cases) {
    it(`with ${what}: says the pictures could not be drawn, exits with 1 and writes nothing`, () => {
      const slug = what.replace(/\W+/g, "-");
      const lac = brokenDist(`dist-${slug}`, breakIt);
      const out = join(folder.dir, `pack-${slug}`);
      const run = runCopy(lac, ["report", "--example", "--out", out], join(folder.dir, `cache-${slug}`));
      expect(run.status, run.stderr).toBe(1);
      expect(run.stdout).toBe("");
      expect(run.stderr).toMatch(
        /^error the charts' pictures for the Word report could not be drawn: .+ Nothing was written\.\n$/s,
      );
      expect(run.stderr).toMatch(why);
      expect(run.stderr).not.toContain("unexpected error");
      expect(existsSync(out)).toBe(false);
    }, 120_000);
  }
});

describe("lac report's drawing thread, started early", () => {
  it("is started once, before report.cjs is read, and draws the pictures", () => {
    const record = join(folder.dir, "threads.json");
    const preload = fileURLToPath(new URL("./record-threads.cjs", import.meta.url));
    const run = spawnSync(
      process.execPath,
      ["--require", preload, LAC, "report", "--example", "--out", join(folder.dir, "pack-early")],
      {
        cwd: folder.dir,
        env: {
          PATH: process.env.PATH,
          HOME: folder.dir,
          CI: "true",
          LAC_CACHE_DIR: join(folder.dir, "cache-early"),
          LAC_RECORD_THREADS: record,
        },
        encoding: "utf8",
        timeout: 120_000,
      },
    );
    expect(run.status, run.stderr).toBe(0);
    const seen = (JSON.parse(readFileSync(record, "utf8")) as string[]).filter(
      (each) => each.startsWith("thread") || each === "read report.cjs",
    );
    expect(seen).toEqual(["thread report-raster.cjs", "read report.cjs"]);
    // The thread loads ICU's data for the process (its first Intl object) while report.cjs loads, so that the
    // main thread's calendar does not wait for it.
    expect(readFileSync(`${record}.intl`, "utf8").split("\n")).toContain("worker");
  }, 120_000);
});

describe("lac report's code cache", () => {
  it("is written by the first run and used, not written again, by the next", () => {
    const cache = join(folder.dir, "cache-kept");
    const out = join(folder.dir, "pack-cache");
    const first = runCopy(LAC, ["report", "--example", "--out", out], cache);
    expect(first.status, first.stderr).toBe(0);
    const files = () =>
      Object.fromEntries(
        readdirSync(cache)
          .filter((name) => name.startsWith("report-"))
          .map((name) => [name, statSync(join(cache, name)).mtimeMs]),
      );
    const written = files();
    expect(Object.keys(written)).toEqual([expect.stringMatching(/^report-[0-9a-f]{16}-report\.cache$/)]);
    // A cache V8 refuses (made under other V8 flags, such as the WebAssembly one resvg is drawn with) would be
    // written again by every run.
    const second = runCopy(LAC, ["report", "--example", "--out", out, "--force"], cache);
    expect(second.status, second.stderr).toBe(0);
    expect(files()).toEqual(written);
  }, 180_000);
});
