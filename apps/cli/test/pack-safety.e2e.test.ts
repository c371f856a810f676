import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { example, runLac, runLacAsync, temporaryFolder } from "./run-lac.js";

// Several lac runs on one pack, and what killed runs and damaged files leave behind (issue 16: 5, 8, 11).

let folder: ReturnType<typeof temporaryFolder>;
beforeEach(() => {
  folder = temporaryFolder();
});
afterEach(() => folder.remove());

const path = (...parts: string[]) => join(folder.dir, ...parts);
const read = (...parts: string[]) => readFileSync(path(...parts), "utf8");

/** Brackenford's answers with another council name and start date: nearly every file differs. */
function laterAnswers(): string {
  const file = path("later.yaml");
  const text = readFileSync(example("brackenford"), "utf8")
    .replace("name: Brackenford Borough Council (fictional)", "name: Brackenford City Council (fictional)")
    .replace("startDate: 2026-04-01", "startDate: 2026-10-01");
  writeFileSync(file, text);
  return file;
}

function initPack(): void {
  const init = runLac(["init", "pack", "--answers", example("brackenford")], folder.dir);
  if (init.status !== 0) throw new Error(init.stderr);
}

/** What `lac generate --dry-run` would do: nothing at all when the pack is whole and its state matches it. */
function pendingChanges(): { create: number; modify: number; conflict: number } {
  const dryRun = runLac(["generate", "pack", "--dry-run", "--json"], folder.dir);
  const report = JSON.parse(dryRun.stdout) as {
    summary: { create: number; modify: number; conflict: number };
  };
  const { create, modify, conflict } = report.summary;
  return { create, modify, conflict };
}

/** The id of a process that has exited. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ["-e", ""]);
  await new Promise((resolve) => child.on("exit", resolve));
  return child.pid ?? 999_999;
}

/** Makes each file write of a run slow (test/slow-renames.cjs), so that two runs started together overlap. */
const SLOW_WRITES = {
  NODE_OPTIONS: `--require ${JSON.stringify(fileURLToPath(new URL("./slow-renames.cjs", import.meta.url)))}`,
  LAC_SLOW_RENAME_MS: "15",
};

const LOCKED = /Another lac run is writing this pack: lac (init|generate) \(process \d+, started [^)]+\)/;

describe("two lac runs at once", () => {
  it("refuses to write a pack while another run holds its lock, and writes nothing", () => {
    initPack();
    writeFileSync(
      path("pack", "lac.config.yaml"),
      read("pack", "lac.config.yaml").replace("startDate: 2026-04-01", "startDate: 2026-10-01"),
    );
    const lock = {
      pid: process.pid,
      hostname: hostname(),
      startedAt: new Date().toISOString(),
      command: "lac init",
      token: "abc",
    };
    writeFileSync(path("pack", ".lac", "lock"), JSON.stringify(lock));
    const before = read("pack", ".lac", "state.json");

    const run = runLac(["generate", "pack"], folder.dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(LOCKED);
    expect(run.stderr).toContain(`delete ${join("pack", ".lac", "lock")}`);
    expect(run.stderr).toContain("Nothing was written.");
    expect(read("pack", ".lac", "state.json")).toBe(before);
    expect(read("pack", "README.md")).toContain("1 April 2026");

    const json = runLac(["generate", "pack", "--json"], folder.dir);
    expect(json.status).toBe(1);
    expect(JSON.parse(json.stdout)).toMatchObject({
      ok: false,
      stage: "lock",
      errors: [{ code: "pack-locked", path: ".lac/lock" }],
    });
    // The lock is the other run's: it stays.
    expect(JSON.parse(read("pack", ".lac", "lock"))).toEqual(lock);
  });

  it("takes over a lock left by a run that was killed, and says so", async () => {
    initPack();
    const pid = await deadPid();
    const lock = {
      pid,
      hostname: hostname(),
      startedAt: "2026-11-30T19:00:00.000Z",
      command: "lac generate",
      token: "abc",
    };
    writeFileSync(path("pack", ".lac", "lock"), JSON.stringify(lock));
    const run = runLac(["init", "pack", "--answers", laterAnswers(), "--force"], folder.dir);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain(
      `lac removed a stale lock of this pack, left by lac generate (process ${pid}, started 2026-11-30T19:00:00.000Z)`,
    );
    expect(existsSync(path("pack", ".lac", "lock"))).toBe(false);
    expect(read("pack", "README.md")).toContain("1 October 2026");
  });

  it("a dry run needs no lock", () => {
    initPack();
    writeFileSync(
      path("pack", ".lac", "lock"),
      JSON.stringify({
        pid: process.pid,
        hostname: hostname(),
        startedAt: "x",
        command: "lac init",
        token: "abc",
      }),
    );
    expect(runLac(["generate", "pack", "--dry-run"], folder.dir).status).toBe(0);
  });

  it("leaves no lock and no new folder behind when a run into a new folder fails", () => {
    mkdirSync(path("pack"));
    writeFileSync(path("pack", "README.md"), "Our own readme\n");
    const run = runLac(["init", "pack", "--answers", example("brackenford")], folder.dir);
    expect(run.status).toBe(1);
    expect(readdirSync(path("pack"))).toEqual(["README.md"]);
  });

  // Real processes, started together again and again: one may fail (the lock), neither may mix the pack.
  it(
    "never mixes the pack: one run writes it whole, the other writes all or nothing",
    { timeout: 240_000 },
    async () => {
      initPack();
      const later = laterAnswers();
      const trials = 6;
      let refused = 0;
      for (let trial = 0; trial < trials; trial += 1) {
        // Each trial starts from a pack both runs must change: generate renders lac.config.yaml
        // (1 April), init --force renders the later answers (1 October).
        const first = runLac(["init", "pack", "--answers", example("brackenford"), "--force"], folder.dir);
        expect(first.status).toBe(0);
        const runs = await Promise.all([
          runLacAsync(["init", "pack", "--answers", later, "--force"], folder.dir, SLOW_WRITES),
          trial % 2 === 0
            ? runLacAsync(["generate", "pack", "--force"], folder.dir, SLOW_WRITES)
            : runLacAsync(
                ["init", "pack", "--answers", example("brackenford"), "--force"],
                folder.dir,
                SLOW_WRITES,
              ),
        ]);
        for (const run of runs) {
          if (run.status !== 0) {
            refused += 1;
            expect(run.status).toBe(1);
            expect(run.stderr).toMatch(LOCKED);
          }
        }
        expect(runs.some((run) => run.status === 0)).toBe(true);
        expect(pendingChanges()).toEqual({ create: 0, modify: 0, conflict: 0 });
        expect(existsSync(path("pack", ".lac", "lock"))).toBe(false);
      }
      // Not an assertion on timing: how often the runs overlapped, for whoever reads the log.
      console.log(`${refused} of ${trials} trials had a run refused by the lock`);
    },
  );
});

describe("what a killed or damaged run leaves behind", () => {
  it("escapes control characters from a damaged state file in its messages", () => {
    initPack();
    writeFileSync(path("pack", ".lac", "state.json"), "\u001b[2J\u001b]0;pwned\u0007\u0000{not json");
    const run = runLac(["generate", "pack"], folder.dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("is damaged");
    // eslint-disable-next-line no-control-regex -- matching control characters is the point
    expect(run.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(run.stderr).toContain("\\u001b");
    // With colour on, lac's own colours still pass, and only they do.
    const coloured = runLac(["generate", "pack", "--color"], folder.dir);
    expect(coloured.stderr).toContain("\u001b[31merror\u001b[39m");
    expect(coloured.stderr).not.toContain("\u001b[2J");
    expect(coloured.stderr).not.toContain("\u0000");
  });

  it("removes lac's own leftover temporary files, only those, and says so", () => {
    initPack();
    const leftovers = [".README.md.lac-7b5fa719c65c.tmp", join(".lac", ".state.json.lac-0123456789ab.tmp")];
    for (const name of leftovers) writeFileSync(path("pack", name), "half written");
    const notLacs = [".README.md.lac-notours.tmp", "README.md.lac-7b5fa719c65c.tmp", "notes.tmp"];
    for (const name of notLacs) writeFileSync(path("pack", name), "mine");
    const mtime = statSync(path("pack", ".lac", "state.json")).mtimeMs;

    const run = runLac(["generate", "pack"], folder.dir);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain(
      "removed 2 temporary files left by an earlier lac run that stopped while writing: .README.md.lac-7b5fa719c65c.tmp, .lac/.state.json.lac-0123456789ab.tmp",
    );
    for (const name of leftovers) expect(existsSync(path("pack", name))).toBe(false);
    for (const name of notLacs) expect(read("pack", name)).toBe("mine");
    // Nothing else needed writing.
    expect(statSync(path("pack", ".lac", "state.json")).mtimeMs).toBe(mtime);

    writeFileSync(path("pack", ".plan.md.lac-aaaaaaaaaaaa.tmp"), "half written");
    const json = runLac(["generate", "pack", "--json"], folder.dir);
    expect(JSON.parse(json.stdout)).toMatchObject({
      ok: true,
      removedTempFiles: [".plan.md.lac-aaaaaaaaaaaa.tmp"],
    });
  });
});
