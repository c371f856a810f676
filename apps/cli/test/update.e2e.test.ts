import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseBases, type Bases } from "@lac/pack-files";
import { hashContent } from "../src/pack-files/content-hash.js";
import { example, folderTexts, runLac, temporaryFolder } from "./run-lac.js";
import { templateSetReleases } from "./template-fixtures.js";

// Two releases of a small template set (test/fixtures): a pack is made with the old one, edited the way
// a council would, and updated to the new one.
const folder = temporaryFolder();
afterAll(folder.remove);
let made: string;

const releases = templateSetReleases(folder.dir);
const { withOld, withNew } = releases;
const read = (dir: string, path: string) => readFileSync(join(dir, path), "utf8");

const snapshot = folderTexts;

/** The bases recorded in a pack's .lac/bases (given as its text). */
function basesIn(text: string | undefined): Bases {
  const parsed = parseBases(text ?? "");
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.bases;
}
/** The base lac recorded for a file of the pack in `dir`. */
const baseOf = (dir: string, path: string) => basesIn(read(dir, ".lac/bases"))[path];

/** A copy of the pack made with the old release, to edit. */
function copyOfPack(name: string): string {
  const dir = join(folder.dir, name);
  rmSync(dir, { recursive: true, force: true });
  cpSync(made, dir, { recursive: true });
  return dir;
}

/** The council's edits: a paragraph added, a table row changed, a section deleted. */
function editLikeACouncil(dir: string): void {
  const plan = read(dir, "plan.md");
  const edited = plan
    .replace(
      "Recruitment may take longer than planned.\n",
      "Recruitment may take longer than planned.\n\nOur own risk: the winter budget may be cut.\n",
    )
    .replace("| Start | 1 April 2026 |", "| Start | April 2026, once the cabinet agrees |")
    .replace("## Partners\n\nPartners are listed in the data-sharing documents.\n\n", "");
  expect(edited).not.toBe(plan);
  writeFileSync(join(dir, "plan.md"), edited);
}

/** Edits the pack in `dir` as a council would, then updates it to the new release, which must succeed. */
function editAndUpdate(dir: string): ReturnType<typeof runLac> {
  editLikeACouncil(dir);
  const run = runLac(["update", dir], folder.dir, withNew());
  expect(run.status, run.stderr).toBe(0);
  return run;
}

/** Updates the pack in `dir` again, which must succeed with nothing left to update, merge or resolve. */
function expectNothingMoreToUpdate(dir: string): void {
  const again = runLac(["update", dir, "--json"], folder.dir, withNew());
  expect(again.status, again.stderr).toBe(0);
  expect((JSON.parse(again.stdout) as { statuses: Record<string, number> }).statuses).toMatchObject({
    update: 0,
    merged: 0,
    conflict: 0,
  });
}

/**
 * A copy of the pack whose .lac/bases is replaced by what `bases` makes of its text, edited as a council
 * would, then updated to the new release, which must refuse (exit 1) and write nothing.
 */
function refusedWithBases(name: string, bases: (text: string) => string) {
  const dir = copyOfPack(name);
  writeFileSync(join(dir, ".lac/bases"), bases(read(dir, ".lac/bases")));
  editLikeACouncil(dir);
  const before = snapshot(dir);
  const refused = runLac(["update", dir], folder.dir, withNew());
  expect(refused.status).toBe(1);
  expect(snapshot(dir)).toEqual(before);
  return { dir, before, refused };
}

beforeAll(() => {
  releases.build();
  made = join(folder.dir, "made");
  const init = runLac(["init", made, "--answers", example("brackenford")], folder.dir, withOld());
  if (init.status !== 0) throw new Error(`${init.status} ${init.stdout} ${init.stderr}`);
});

describe("lac update", () => {
  it("made the pack with the old release, and says so in the pack index", () => {
    expect(read(made, "README.md")).toContain("Made with the templates @lac/templates 1.0.0.");
    expect(baseOf(made, "plan.md")).toBe(read(made, "plan.md"));
    // One file holds every base: no copy of each file.
    expect(existsSync(join(made, ".lac/base"))).toBe(false);
    const state = JSON.parse(read(made, ".lac/state.json")) as { templates: { version: string } };
    expect(state.templates.version).toBe("1.0.0");
  });

  it("keeps every council edit and takes every template change; a second update writes nothing", () => {
    const dir = copyOfPack("council");
    editLikeACouncil(dir);
    const before = snapshot(dir);

    const dry = runLac(["update", dir, "--dry-run", "--diff"], folder.dir, withNew());
    expect(dry.status, dry.stderr).toBe(0);
    expect(snapshot(dir)).toEqual(before);
    expect(dry.stdout).toMatch(/merged\s+plan\.md/);
    expect(dry.stdout).toMatch(/update\s+README\.md/);
    expect(dry.stdout).toMatch(/create\s+roles\/coordinator\.md/);
    expect(dry.stdout).toMatch(/obsolete\s+old-note\.md/);
    expect(dry.stdout).toMatch(/unchanged\s+\.markdownlint\.jsonc/);
    expect(dry.stdout).toContain("+The programme board meets every month and reports to the cabinet.");
    expect(dry.stdout).toContain("-The programme board meets monthly.");

    const run = runLac(["update", dir], folder.dir, withNew());
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain("The templates move from @lac/templates 1.0.0 to 1.1.0. What changed:");
    expect(run.stdout).toContain("The governance section says whom the programme board reports to");
    expect(run.stdout).not.toContain("The first release.");

    const plan = read(dir, "plan.md");
    // The council's edits survive.
    expect(plan).toContain(
      "Recruitment may take longer than planned.\n\nOur own risk: the winter budget may be cut.\n",
    );
    expect(plan).toContain("| Start | April 2026, once the cabinet agrees |");
    expect(plan).not.toContain("## Partners");
    // The template changes arrive.
    expect(plan).toContain("how Local Area Coordination starts and grows.");
    expect(plan).toContain("The programme board meets every month and reports to the cabinet.");
    expect(plan).toContain("We will evaluate after one year.\nEvaluation follows the Network's framework.\n");
    expect(plan).not.toContain("meets monthly");
    expect(read(dir, "README.md")).toContain("Made with the templates @lac/templates 1.1.0.");
    expect(read(dir, "roles/coordinator.md")).toContain("Role description: Local Area Coordinator");
    // Listed, never deleted; its base is kept too.
    expect(read(dir, "old-note.md")).toContain("This note is not in the next release.");
    expect(baseOf(dir, "old-note.md")).toBe(read(dir, "old-note.md"));
    // The new base is the new render, and the state records the new release.
    expect(baseOf(dir, "plan.md")).toContain("meets every month");
    expect(baseOf(dir, "plan.md")).toContain("## Partners");
    expect(
      (JSON.parse(read(dir, ".lac/state.json")) as { templates: { version: string } }).templates.version,
    ).toBe("1.1.0");
    expect(readdirSync(join(dir, ".lac"))).not.toContain("update-pending.json");

    const after = snapshot(dir);
    const times = Object.keys(after).map((path) => statSync(join(dir, path)).mtimeMs);
    const again = runLac(["update", dir, "--json"], folder.dir, withNew());
    expect(again.status, again.stderr).toBe(0);
    const report = JSON.parse(again.stdout) as {
      statuses: Record<string, number>;
      templates: { from: string; to: string };
    };
    expect(report.statuses).toMatchObject({ update: 0, merged: 0, create: 0, conflict: 0, obsolete: 1 });
    expect(report.templates).toMatchObject({ from: "1.1.0", to: "1.1.0" });
    expect(snapshot(dir)).toEqual(after);
    expect(Object.keys(after).map((path) => statSync(join(dir, path)).mtimeMs)).toEqual(times);
  });

  it("lists overlapping edits as conflicts with their lines and writes nothing; --conflicts=markers writes both sides", () => {
    const dir = copyOfPack("overlap");
    editLikeACouncil(dir);
    const edited = read(dir, "plan.md").replace(
      "The programme board meets monthly.",
      "The programme board meets every six weeks.",
    );
    writeFileSync(join(dir, "plan.md"), edited);
    const line = edited.split("\n").indexOf("The programme board meets every six weeks.") + 1;
    const before = snapshot(dir);

    const refused = runLac(["update", dir], folder.dir, withNew());
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(
      new RegExp(`conflict\\s+plan\\.md \\(line ${line}: your edits and the new render`),
    );
    expect(refused.stderr).toContain("--conflicts=markers");
    expect(snapshot(dir)).toEqual(before);

    const json = runLac(["update", dir, "--dry-run", "--json"], folder.dir, withNew());
    expect(json.status).toBe(1);
    const report = JSON.parse(json.stdout) as {
      ok: boolean;
      files: { path: string; status: string; conflicts?: { lines: string }[] }[];
    };
    expect(report.ok).toBe(false);
    expect(report.files.find((file) => file.path === "plan.md")).toMatchObject({
      status: "conflict",
      conflicts: [{ lines: `line ${line}` }],
    });

    const marked = runLac(["update", dir, "--conflicts=markers"], folder.dir, withNew());
    expect(marked.status, marked.stderr).toBe(0);
    expect(marked.stdout).toMatch(/conflict\s+plan\.md .*markers at lines/);
    const plan = read(dir, "plan.md");
    expect(plan).toContain(
      "<<<<<<< your edits\nThe programme board meets every six weeks.\n=======\nThe programme board meets every month and reports to the cabinet.\n>>>>>>> @lac/templates 1.1.0\n",
    );
    // Everything that did not overlap merged as usual.
    expect(plan).toContain("Our own risk: the winter budget may be cut.");
    expect(plan).toContain("starts and grows.");
    expect(read(dir, "roles/coordinator.md")).toContain("Local Area Coordinator at");

    // The council resolves the conflict; the next update has nothing more to do.
    writeFileSync(
      join(dir, "plan.md"),
      plan.replace(/<<<<<<< your edits\n(.*\n)=======\n.*\n>>>>>>> .*\n/, "$1"),
    );
    expectNothingMoreToUpdate(dir);
    expect(read(dir, "plan.md")).toContain("meets every six weeks");
  });

  it("refuses an unknown --conflicts value", () => {
    const run = runLac(["update", made, "--conflicts=theirs"], folder.dir, withNew());
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--conflicts must be "markers"');
  });

  it("finishes the job after a run killed once the files were written but before the state was", () => {
    const finished = copyOfPack("finished");
    editLikeACouncil(finished);
    const done = runLac(["update", finished], folder.dir, withNew());
    expect(done.status, done.stderr).toBe(0);
    const expected = snapshot(finished);

    // What a run killed part-way leaves: its record of the bases (written before any file), some of the
    // new files (each written whole, by rename), and the old bases and state.
    // The record as lac writes it (a new content that is its own base is recorded by its hash alone),
    // and as earlier versions wrote it (every base in full).
    const records = [true, false].map((ownBaseByHash) => {
      const pending: Record<string, { written: string; base?: string }> = {};
      for (const path of [
        ".markdownlint.jsonc",
        ".lac/lac.config.schema.json",
        "README.md",
        "plan.md",
        "roles/coordinator.md",
      ]) {
        const base = basesIn(expected[".lac/bases"])[path]!;
        pending[path] =
          ownBaseByHash && base === expected[path]
            ? { written: hashContent(expected[path]!) }
            : { written: hashContent(expected[path]!), base };
      }
      return pending;
    });
    expect(Object.values(records[0]!).some((file) => file.base === undefined)).toBe(true);
    expect(Object.values(records[0]!).some((file) => file.base !== undefined)).toBe(true);
    for (const [pending, written] of records.flatMap((record) =>
      [
        ["plan.md"],
        ["plan.md", "README.md"],
        ["plan.md", "README.md", "roles/coordinator.md", ".lac/bases"],
      ].map((files) => [record, files] as const),
    )) {
      const killed = copyOfPack("killed");
      editLikeACouncil(killed);
      writeFileSync(join(killed, ".lac/update-pending.json"), `${JSON.stringify({ files: pending })}\n`);
      for (const path of written) {
        cpSync(join(finished, path), join(killed, path));
      }
      const rerun = runLac(["update", killed], folder.dir, withNew());
      expect(rerun.status, `${written.join(", ")}: ${rerun.stderr}`).toBe(0);
      expect(snapshot(killed)).toEqual(expected);
    }
  });

  it("after a real kill at any moment, each file is old or new, and the next update finishes", async () => {
    const finished = join(folder.dir, "finished");
    const expected = snapshot(finished);
    const start = copyOfPack("start");
    editLikeACouncil(start);
    const original = snapshot(start);
    const { spawn } = await import("node:child_process");
    const { LAC } = await import("./run-lac.js");
    for (const delay of [150, 300, 450, 600, 800]) {
      const dir = copyOfPack("kill");
      editLikeACouncil(dir);
      const child = spawn(process.execPath, [LAC, "update", dir], {
        env: { ...process.env, CI: "true", ...withNew() },
        stdio: "ignore",
      });
      // Listen before the kill: a run that finishes before its kill has already closed.
      const closed = new Promise((resolve) => child.on("close", resolve));
      await new Promise((resolve) => setTimeout(resolve, delay));
      child.kill("SIGKILL");
      await closed;
      const left = snapshot(dir);
      for (const [path, text] of Object.entries(left)) {
        if (path === ".lac/update-pending.json" || path === ".lac/state.json") continue;
        // The killed run's lock and temporary files: the next run clears them (checked below).
        if (path === ".lac/lock" || /\.lac-[0-9a-f]{12}\.tmp$/.test(path)) continue;
        expect([original[path], expected[path]], path).toContain(text);
      }
      const rerun = runLac(["update", dir], folder.dir, withNew());
      expect(rerun.status, rerun.stderr).toBe(0);
      expect(snapshot(dir)).toEqual(expected);
    }
  });
});

/**
 * The pack made with the old release, laid out as lac laid out packs before .lac/bases: a copy of
 * each file's base under .lac/base/, recorded in the state file.
 */
function copyInEarlierLayout(name: string): string {
  const dir = copyOfPack(name);
  const state = JSON.parse(read(dir, ".lac/state.json")) as {
    stateVersion: number;
    files: Record<string, string>;
  };
  state.stateVersion = 1;
  for (const [path, base] of Object.entries(basesIn(read(dir, ".lac/bases")))) {
    const copy = join(dir, ".lac/base", path);
    mkdirSync(dirname(copy), { recursive: true });
    writeFileSync(copy, base);
    state.files[`.lac/base/${path}`] = hashContent(base);
  }
  rmSync(join(dir, ".lac/bases"));
  delete state.files[".lac/bases"];
  writeFileSync(join(dir, ".lac/state.json"), `${JSON.stringify(state, null, 2)}\n`);
  return dir;
}

describe("lac update of a pack whose bases are in the earlier layout (a copy of each under .lac/base)", () => {
  it("merges from those copies, records the new bases in .lac/bases, and leaves the copies where they are", () => {
    const dir = copyInEarlierLayout("earlier-layout");
    const copies = Object.fromEntries(
      Object.entries(snapshot(dir)).filter(([path]) => path.startsWith(".lac/base/")),
    );
    expect(Object.keys(copies)).toContain(".lac/base/plan.md");
    const run = editAndUpdate(dir);
    // The council's edits and the template changes, merged as from .lac/bases.
    const plan = read(dir, "plan.md");
    expect(plan).toContain("Our own risk: the winter budget may be cut.");
    expect(plan).toContain("The programme board meets every month and reports to the cabinet.");
    expect(baseOf(dir, "plan.md")).toContain("meets every month");
    // lac never deletes files: the earlier copies stay, unchanged, and are neither listed nor called obsolete.
    const after = snapshot(dir);
    for (const [path, text] of Object.entries(copies)) expect(after[path], path).toBe(text);
    expect(run.stdout).not.toMatch(/\.lac\/base(\/|s\.json)/);
    expect((JSON.parse(read(dir, ".lac/state.json")) as { stateVersion: number }).stateVersion).toBe(2);
    expectNothingMoreToUpdate(dir);
    expect(snapshot(dir)).toEqual(after);

    // The state file no longer records the older copies, and lac merges from .lac/bases, not from them:
    // the council deletes a line the new release added; from the old render's copy as the base, the
    // deletion would be a conflict with the new release's change of that line.
    const recorded = Object.keys((JSON.parse(read(dir, ".lac/state.json")) as { files: object }).files);
    expect(recorded.filter((path) => path.startsWith(".lac/base/"))).toEqual([]);
    const added = "The programme board meets every month and reports to the cabinet.\n";
    expect(read(dir, ".lac/base/plan.md")).not.toContain(added);
    writeFileSync(join(dir, "plan.md"), read(dir, "plan.md").replace(added, ""));
    const kept = snapshot(dir);
    expectNothingMoreToUpdate(dir);
    // The deletion stays, and so does every base (the state file now records the edited plan).
    expect(read(dir, "plan.md")).toBe(kept["plan.md"]);
    expect(read(dir, ".lac/bases")).toBe(kept[".lac/bases"]);
  });

  it("does not fall back on the older copies when .lac/bases is there but damaged", () => {
    const dir = copyInEarlierLayout("earlier-layout-damaged");
    writeFileSync(join(dir, ".lac/bases"), "{}");
    editLikeACouncil(dir);
    const refused = runLac(["update", dir], folder.dir, withNew());
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(
      /conflict\s+plan\.md \(edited, and lac's record of what it wrote here cannot be read \(\.lac\/bases does not start with the line "lac-bases 1"/,
    );
  });
});

describe("lac update of a pack whose .lac/bases is damaged", () => {
  it("updates the files nobody edited, and says why it cannot merge an edited one", () => {
    const { dir, refused } = refusedWithBases("damaged-bases", () => 'lac-bases 1\n=== 2 "plan.md"\nA');
    expect(refused.stderr).toMatch(
      /conflict\s+plan\.md \(edited, and lac's record of what it wrote here cannot be read \(\.lac\/bases line 2: the base of "plan\.md" is not 2 UTF-16 code units followed by a newline/,
    );
    const dry = runLac(["update", dir, "--dry-run"], folder.dir, withNew());
    expect(dry.status).toBe(1);
    expect(dry.stdout).toMatch(/update\s+README\.md/);
    // A successful run writes the file again, whole.
    const forced = runLac(["update", dir, "--force"], folder.dir, withNew());
    expect(forced.status, forced.stderr).toBe(0);
    expect(baseOf(dir, "plan.md")).toBe(read(dir, "plan.md"));
    expect(baseOf(dir, "README.md")).toBe(read(dir, "README.md"));
  });
});

describe("lac update of a pack whose .lac/bases was edited by hand", () => {
  it("does not merge from it, even when its layout still holds, and says why", () => {
    // The same length: the file still reads as lac's bases; only the state file's hash tells.
    const { dir, refused } = refusedWithBases("edited-bases", (text) =>
      text.replace("meets monthly", "meets weekly."),
    );
    expect(basesIn(read(dir, ".lac/bases"))["plan.md"]).toContain("meets weekly.");
    expect(refused.stderr).toContain(
      "conflict  plan.md (edited, and lac's record of what it wrote here cannot be read (.lac/bases changed since lac wrote it), so it cannot merge: restore .lac/bases from a backup or version control, or copy this file aside, run lac again with --force and put your edits back)",
    );
  });
});

describe("lac update of a pack whose .lac/bases is read-only", () => {
  it("lists it as a conflict, in a dry run too, and writes nothing", () => {
    const dir = copyOfPack("read-only-bases");
    chmodSync(join(dir, ".lac/bases"), 0o444);
    const before = snapshot(dir);
    for (const args of [
      ["update", dir, "--dry-run"],
      ["update", dir],
    ]) {
      const refused = runLac(args, folder.dir, withNew());
      expect(refused.status, args.join(" ")).toBe(1);
      expect(`${refused.stdout}${refused.stderr}`).toMatch(/conflict\s+\.lac\/bases \(read-only/);
    }
    expect(snapshot(dir)).toEqual(before);
    // --force writes it, as any read-only file of the pack.
    const forced = runLac(["update", dir, "--force"], folder.dir, withNew());
    expect(forced.status, forced.stderr).toBe(0);
    expect(baseOf(dir, "plan.md")).toBe(read(dir, "plan.md"));
  });
});

describe("lac update of a pack whose .lac/bases a newer lac wrote", () => {
  it("writes nothing and asks for a newer lac", () => {
    const { dir, before, refused } = refusedWithBases("newer-bases", () => "lac-bases 2\n{}\n");
    expect(refused.stderr).toContain(
      "error .lac/bases is of layout 2, so a newer lac wrote it; this lac only understands layout 1. Upgrade lac and run it again. Nothing was written.",
    );
    const json = runLac(["generate", dir, "--json"], folder.dir, withNew());
    expect(json.status).toBe(1);
    expect(JSON.parse(json.stdout)).toMatchObject({
      ok: false,
      stage: "state",
      errors: [{ code: "unsupported-bases-version", path: ".lac/bases" }],
    });
    expect(snapshot(dir)).toEqual(before);
  });
});

describe("lac update of a pack whose .lac/bases was deleted", () => {
  it("says so for an edited file, and does not take it for a pack of an older lac", () => {
    const dir = copyOfPack("deleted-bases");
    rmSync(join(dir, ".lac", "bases"));
    editLikeACouncil(dir);
    const refused = runLac(["update", dir], folder.dir, withNew());
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(
      /conflict\s+plan\.md \(edited, and lac's record of what it wrote here cannot be read \(\.lac\/bases is missing\), so it cannot merge: restore \.lac\/bases/,
    );
  });
});

describe("lac update of a pack made before lac recorded bases", () => {
  it("updates the files nobody edited, and calls an edited one a conflict it cannot merge", () => {
    // The earlier layout, without its copies: a state file of layout 1 that records no base.
    const dir = copyInEarlierLayout("before-bases");
    rmSync(join(dir, ".lac", "base"), { recursive: true });
    const state = JSON.parse(read(dir, ".lac/state.json")) as { files: Record<string, string> };
    for (const path of Object.keys(state.files)) if (path.startsWith(".lac/base/")) delete state.files[path];
    writeFileSync(join(dir, ".lac/state.json"), `${JSON.stringify(state, null, 2)}\n`);
    editLikeACouncil(dir);
    const refused = runLac(["update", dir], folder.dir, withNew());
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(
      /conflict\s+plan\.md \(edited, and lac has no record of what it wrote here \(the pack was made by an older lac\), so it cannot merge/,
    );
    const forced = runLac(["update", dir, "--dry-run"], folder.dir, withNew());
    expect(forced.stdout).toMatch(/update\s+README\.md/);
  });
});

describe("lac update with Word and HTML", { timeout: 120_000 }, () => {
  it("makes the HTML again from the merged Markdown, and calls a hand-edited HTML file a conflict", () => {
    const dir = join(folder.dir, "with-html");
    const init = runLac(
      ["init", dir, "--answers", example("brackenford"), "--set", "output.formats=[markdown, html]"],
      folder.dir,
      withOld(),
    );
    expect(init.status, init.stderr).toBe(0);
    editAndUpdate(dir);
    const html = read(dir, "plan.html");
    expect(html).toContain("Our own risk: the winter budget may be cut.");
    expect(html).toContain("reports to the cabinet");

    writeFileSync(join(dir, "plan.html"), html.replace("Our own risk", "Our risk"));
    writeFileSync(join(dir, "plan.md"), read(dir, "plan.md").replace("Our own risk", "A risk"));
    const refused = runLac(["update", dir], folder.dir, withNew());
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/conflict\s+plan\.html \(edited since lac last wrote it\)/);
  });
});
