import { readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { example, runLac, temporaryFolder } from "./run-lac.js";

let folder: ReturnType<typeof temporaryFolder>;
beforeEach(() => {
  folder = temporaryFolder();
  const init = runLac(["init", "--answers", example("brackenford")], folder.dir);
  if (init.status !== 0) throw new Error(init.stderr);
});
afterEach(() => folder.remove());

const path = (...parts: string[]) => join(folder.dir, ...parts);
const read = (...parts: string[]) => readFileSync(path(...parts), "utf8");

describe("lac generate", () => {
  it("writes nothing when nothing changed, not even its state file", () => {
    const state = statSync(path(".lac", "state.json")).mtimeMs;
    const run = runLac(["generate", "--json"], folder.dir);
    expect(statSync(path(".lac", "state.json")).mtimeMs).toBe(state);
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout) as {
      summary: { create: number; modify: number; conflict: number };
    };
    expect(report.summary).toMatchObject({ create: 0, modify: 0, conflict: 0 });
  });

  it("renders the pack again from an edited lac.config.yaml", () => {
    writeFileSync(
      path("lac.config.yaml"),
      read("lac.config.yaml").replace(/startDate: "?2026-04-01"?/, 'startDate: "2026-10-01"'),
    );
    const run = runLac(["generate"], folder.dir);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/update\s+implementation-plan\.md/);
    expect(read("implementation-plan.md")).toContain("1 October 2026");
    expect(read("lac.config.yaml")).toContain('startDate: "2026-10-01"');
  });

  it("merges a document edited by hand with the new render, keeping the edits", () => {
    writeFileSync(path("implementation-plan.md"), `${read("implementation-plan.md")}\nOur own notes.\n`);
    writeFileSync(
      path("lac.config.yaml"),
      read("lac.config.yaml").replace(/startDate: "?2026-04-01"?/, 'startDate: "2026-10-01"'),
    );
    const run = runLac(["generate"], folder.dir);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/merged\s+implementation-plan\.md/);
    expect(read("implementation-plan.md")).toContain("1 October 2026");
    expect(read("implementation-plan.md")).toMatch(/\nOur own notes\.\n$/);
  });

  it("never overwrites an edit to lines the new render changes, unless --force", () => {
    const original = read("implementation-plan.md");
    expect(original).toContain("| Programme start | 1 April 2026 |");
    const edited = original.replace(
      "| Programme start | 1 April 2026 |",
      "| Programme start | Spring 2026 |",
    );
    writeFileSync(path("implementation-plan.md"), edited);
    writeFileSync(
      path("lac.config.yaml"),
      read("lac.config.yaml").replace(/startDate: "?2026-04-01"?/, 'startDate: "2026-10-01"'),
    );
    const refused = runLac(["generate"], folder.dir);
    expect(refused.status).toBe(1);
    const line = edited.split("\n").indexOf("| Programme start | Spring 2026 |") + 1;
    expect(refused.stderr).toMatch(new RegExp(`conflict\\s+implementation-plan\\.md \\(lines? ${line}\\b`));
    expect(read("implementation-plan.md")).toBe(edited);
    // Nothing else was written either: the unedited role descriptions still hold the old dates.
    expect(read("README.md")).toContain("1 April 2026");

    const dryRun = runLac(["generate", "--dry-run"], folder.dir);
    expect(dryRun.status).toBe(1);
    expect(dryRun.stdout).toMatch(/conflict\s+implementation-plan\.md/);

    const forced = runLac(["generate", "--force"], folder.dir);
    expect(forced.status).toBe(0);
    expect(read("implementation-plan.md")).toContain("1 October 2026");
  });

  it("reports an invalid lac.config.yaml with file:line:col and writes nothing", () => {
    writeFileSync(
      path("lac.config.yaml"),
      read("lac.config.yaml").replace("nation: england", "nation: scotland"),
    );
    const before = read("implementation-plan.md");
    const run = runLac(["generate"], folder.dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^lac\.config\.yaml:\d+:\d+ error council\.nation:/m);
    expect(read("implementation-plan.md")).toBe(before);
  });

  it("keeps documents that are no longer part of the pack", () => {
    const config = read("lac.config.yaml");
    writeFileSync(
      path("lac.config.yaml"),
      config.replace("sharingAgreement: per-partner", "sharingAgreement: multi-party"),
    );
    const run = runLac(["generate"], folder.dir);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/obsolete\s+data-sharing\/brackenshire-police\.md/);
    expect(read("data-sharing", "brackenshire-police.md")).toContain("Data-sharing agreement");
    expect(read("data-sharing", "multi-party-agreement.md")).toContain("Multi-party data-sharing agreement");
  });

  it("says what to do when there is no lac.config.yaml", () => {
    const empty = temporaryFolder();
    try {
      const run = runLac(["generate"], empty.dir);
      expect(run.status).toBe(1);
      expect(run.stderr).toContain("lac.config.yaml: file not found. Run lac init");
    } finally {
      empty.remove();
    }
  });
});
