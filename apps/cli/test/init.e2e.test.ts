import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { example, runLac, temporaryFolder } from "./run-lac.js";

let folder: ReturnType<typeof temporaryFolder>;
beforeEach(() => {
  folder = temporaryFolder();
});
afterEach(() => folder.remove());

const read = (...path: string[]) => readFileSync(join(folder.dir, ...path), "utf8");

function listFiles(dir: string, prefix = ""): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? listFiles(join(dir, entry.name), `${prefix}${entry.name}/`)
      : [`${prefix}${entry.name}`],
  );
}

describe("lac init, without a terminal", () => {
  it("names a pack folder given by its absolute path by that path, not by a climb out of the current folder, and so do lac generate and lac templates", () => {
    mkdirSync(join(folder.dir, "here"));
    const pack = join(folder.dir, "elsewhere", "pack");
    const run = runLac(["init", pack, "--answers", example("brackenford")], join(folder.dir, "here"));
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`✓ ${pack}: `);
    expect(run.stdout).toContain(`Start with ${pack}/README.md`);
    expect(run.stdout).toContain(`run lac generate ${pack}.`);
    expect(run.stdout).not.toContain("../");
    const generate = runLac(["generate", pack], join(folder.dir, "here"));
    expect(generate.status).toBe(0);
    expect(generate.stdout).toContain(`✓ ${pack}: `);
    expect(generate.stdout).not.toContain("../");
    const copy = runLac(["templates", "copy", "implementation-plan", pack], join(folder.dir, "here"));
    expect(copy.status, copy.stderr).toBe(0);
    expect(`${copy.stdout}${copy.stderr}`).toContain(`${pack}/templates/documents/implementation-plan.hbs`);
    expect(`${copy.stdout}${copy.stderr}`).not.toContain("../");
  });

  it("writes the configuration and the whole pack from an answers file", () => {
    const run = runLac(["init", "pack", "--answers", example("brackenford")], folder.dir);
    // The summary says where to start, that the documents are drafts for review, and how to change an answer.
    expect(run.stdout).toContain(
      "Start with pack/README.md: it says what each document is for and who reviews it. Every document is a draft for local legal, HR and information-governance review.\nTo change an answer later, edit pack/lac.config.yaml and run lac generate pack.\n",
    );
    // The example lists a service of the council on purpose: one warning, and the internal note.
    expect(run.stderr.trim().split("\n")).toEqual([expect.stringMatching(/warning partners\[0\]\.kind: /)]);
    expect(run.status).toBe(0);
    const files = listFiles(join(folder.dir, "pack"));
    expect(files).toEqual(
      expect.arrayContaining([
        "lac.config.yaml",
        ".lac/state.json",
        ".lac/lac.config.schema.json",
        "README.md",
        "implementation-plan.md",
        "roles/local-area-coordinator.md",
        "roles/team-manager.md",
        "roles/community-recruitment-panel-guide.md",
        "data-sharing/brackenshire-police.md",
        "data-sharing/internal-information-sharing-note.md",
        "data-sharing/aggregate-data-note.md",
        "data-protection/dpia.md",
        "data-protection/privacy-notice.md",
        "data-protection/privacy-notice-easy-read.md",
        "data-protection/agreement-to-share-form.md",
        ".markdownlint.jsonc",
      ]),
    );
    expect(read("pack", "lac.config.yaml")).toMatch(
      /^# yaml-language-server: \$schema=\.\/\.lac\/lac\.config\.schema\.json\n/,
    );
    // A complete answers file that nothing changed is kept as written, comments and all.
    const exampleText = readFileSync(example("brackenford"), "utf8").replace(
      /^# yaml-language-server:.*\n/,
      "",
    );
    expect(read("pack", "lac.config.yaml")).toContain(exampleText.trim());
    expect(run.stdout).toMatch(/create\s+implementation-plan\.md/);
    expect(run.stdout).toContain("README.md");
    const state = JSON.parse(read("pack", ".lac", "state.json")) as {
      lac: { version: string };
      templates: { name: string; version: string };
      answers: { council: { name: string } };
      files: Record<string, string>;
    };
    expect(state.templates.name).toBe("@lac/templates");
    expect(state.answers.council.name).toBe("Brackenford Borough Council (fictional)");
    expect(state.files["implementation-plan.md"]).toMatch(/^sha256-[0-9a-f]{64}$/);
    expect(read("pack", "implementation-plan.md")).toContain("**Draft for local review.**");
    // No temporary files are left behind.
    expect(files.filter((file) => file.includes(".tmp"))).toEqual([]);
  });

  it("copies an answers file saved with a byte-order mark and CRLF line endings without either fault", () => {
    const text = readFileSync(example("brackenford"), "utf8").replace(/\n/g, "\r\n");
    writeFileSync(join(folder.dir, "windows.yaml"), `\uFEFF${text}`);
    const run = runLac(["init", "pack", "--answers", "windows.yaml"], folder.dir);
    expect(run.status, run.stderr).toBe(0);
    const config = read("pack", "lac.config.yaml");
    expect(config).not.toContain("\uFEFF");
    expect(config.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    expect(config.startsWith("# yaml-language-server: $schema=./.lac/lac.config.schema.json\r\n")).toBe(true);
  });

  it("is idempotent: a second run finds every file unchanged", () => {
    expect(runLac(["init", "--answers", example("brackenford")], folder.dir).status).toBe(0);
    const before = statSync(join(folder.dir, "implementation-plan.md")).mtimeMs;
    const again = runLac(["init", "--answers", example("brackenford"), "--json"], folder.dir);
    expect(again.status).toBe(0);
    const report = JSON.parse(again.stdout) as {
      summary: { create: number; modify: number; unchanged: number };
    };
    expect(report.summary).toMatchObject({ create: 0, modify: 0 });
    expect(report.summary.unchanged).toBeGreaterThan(5);
    expect(statSync(join(folder.dir, "implementation-plan.md")).mtimeMs).toBe(before);
  });

  it("lists every missing answer at once, exits with 1 and writes nothing", () => {
    writeFileSync(join(folder.dir, "partial.yaml"), "council:\n  name: Testham Council\n  nation: england\n");
    const run = runLac(["init", "out", "--answers", "partial.yaml"], folder.dir);
    expect(run.status).toBe(1);
    // Every missing answer by its own path, not just the missing sections.
    for (const path of [
      "council.shortName",
      "council.gssCode",
      "programme.startDate",
      "programme.sponsor.role",
      "neighbourhoods[0].name",
      "team.manager.span",
      "leadershipGroup.members[0].organisation",
      "dataProtection.retention.years",
    ]) {
      const escaped = path.replace(/[.[\]]/g, "\\$&");
      expect(run.stderr).toMatch(new RegExp(`^partial\\.yaml:\\d+:\\d+ error ${escaped}: .*missing`, "mi"));
    }
    expect(run.stderr).toMatch(/no questions are asked without a terminal/);
    expect(existsSync(join(folder.dir, "out"))).toBe(false);
  });

  it("with no answers at all, lists what is needed instead of waiting for input", () => {
    const run = runLac(["init"], folder.dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("council");
    expect(readdirSync(folder.dir)).toEqual([]);
  });

  it("--set wins over the answers file, and --yes fills in defaults", () => {
    const run = runLac(
      [
        "init",
        "--answers",
        example("brackenford"),
        "--set",
        "programme.startDate=2027-09-01",
        "--set",
        "council.population=160,000",
        "--yes",
      ],
      folder.dir,
    );
    expect(run.status).toBe(0);
    expect(read("lac.config.yaml")).toContain('startDate: "2027-09-01"');
    expect(read("lac.config.yaml")).toContain("population: 160000");
    expect(read("implementation-plan.md")).toContain("1 September 2027");
  });

  it("refuses a --set that would leave a gap in a list, at once", () => {
    const run = runLac(
      ["init", "--answers", example("brackenford"), "--set", "neighbourhoods[99999999].name=x"],
      folder.dir,
    );
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(
      /position \[99999999\] would leave a gap: neighbourhoods has 5 items, so a new one goes at \[5\]/,
    );
  });

  it("without an answers file, names no file in its problems", () => {
    const run = runLac(["init", "--set", "council.name=Testham Council"], folder.dir);
    expect(run.status).toBe(1);
    // Each problem line starts with its severity: there is no file to name.
    expect(run.stderr).toMatch(/^error council\.nation: /m);
    expect(run.stderr).toMatch(/^error council\.gssCode: /m);
  });

  it("adds list items given by --set in any order", () => {
    const run = runLac(
      [
        "init",
        "--answers",
        example("brackenford"),
        "--set",
        "neighbourhoods[6].name=Seventh",
        "--set",
        "neighbourhoods[5].name=Sixth",
        "--dry-run",
      ],
      folder.dir,
    );
    // Not a gap: both are added (and then reported as incomplete, without a file line for --set values).
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(
      /^error neighbourhoods\[5\]\.population: .*\(from --set neighbourhoods\[5\]\.name=Sixth\)/m,
    );
  });

  it("takes an empty answers file as no answers", () => {
    writeFileSync(join(folder.dir, "empty.yaml"), "# to be filled in\n");
    const run = runLac(["init", "out", "--answers", "empty.yaml"], folder.dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^error council\.name: Missing/m);
  });

  it("says which --set gave an invalid value", () => {
    const run = runLac(
      ["init", "--answers", example("brackenford"), "--set", "council.gssCode=X123"],
      folder.dir,
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/council\.gssCode: .*from --set council\.gssCode=X123/);
    expect(readdirSync(folder.dir)).toEqual([]);
  });

  it("reports invalid YAML in the answers file with its line and column", () => {
    writeFileSync(join(folder.dir, "bad.yaml"), "council:\n  name: Testham\n  name: Again\n");
    const run = runLac(["init", "--answers", "bad.yaml"], folder.dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^bad\.yaml:3:3 error/m);
    expect(readdirSync(folder.dir)).toEqual(["bad.yaml"]);
  });

  it("points at the line of an invalid value in the answers file", () => {
    const text = readFileSync(example("brackenford"), "utf8").replace(
      /population: 151800/,
      "population: lots",
    );
    writeFileSync(join(folder.dir, "answers.yaml"), text);
    const line = text.split("\n").findIndex((l) => l.includes("population: lots")) + 1;
    const run = runLac(["init", "out", "--answers", "answers.yaml"], folder.dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(new RegExp(`^answers\\.yaml:${line}:\\d+ error council\\.population:`, "m"));
  });

  it("reports a missing answers file", () => {
    const run = runLac(["init", "--answers", "nowhere.yaml"], folder.dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("nowhere.yaml: file not found");
  });

  it("fails clearly, writing nothing, when the folder cannot be written", () => {
    writeFileSync(join(folder.dir, "a-file"), "not a folder");
    const run = runLac(["init", "a-file/pack", "--answers", example("brackenford")], folder.dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/a-file/);
    expect(readdirSync(folder.dir)).toEqual(["a-file"]);
  });

  it("renders a Welsh council's Information Sharing Protocol", () => {
    const run = runLac(["init", "--answers", example("cwm-teg")], folder.dir);
    expect(run.status).toBe(0);
    expect(existsSync(join(folder.dir, "data-sharing", "information-sharing-protocol.md"))).toBe(true);
  });
});

describe("lac init --dry-run", () => {
  it("prints the plan and writes nothing", () => {
    const run = runLac(["init", "--answers", example("brackenford"), "--dry-run"], folder.dir);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/Dry run/);
    expect(run.stdout).toMatch(/create\s+lac\.config\.yaml/);
    expect(readdirSync(folder.dir)).toEqual([]);
  });

  it("shows conflicts, and exits with 1 because a real run would refuse", () => {
    writeFileSync(join(folder.dir, "README.md"), "my own notes\n");
    const run = runLac(["init", "--answers", example("brackenford"), "--dry-run", "--json"], folder.dir);
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout) as { files: { path: string; action: string }[] };
    expect(report.files.find((f) => f.path === "README.md")).toMatchObject({ action: "conflict" });
    expect(read("README.md")).toBe("my own notes\n");
    const text = runLac(["init", "--answers", example("brackenford"), "--dry-run"], folder.dir);
    expect(text.status).toBe(1);
    expect(text.stdout).toContain(
      "1 conflict: a real run would write nothing. To keep a listed file, move it",
    );
    expect(text.stdout).not.toContain("--conflicts");
  });
});

describe("lac init over files a person wrote", () => {
  it("refuses to overwrite them, writes nothing, and overwrites with --force", () => {
    mkdirSync(join(folder.dir, "roles"));
    writeFileSync(join(folder.dir, "roles", "team-manager.md"), "our own role description\n");
    writeFileSync(join(folder.dir, "notes.txt"), "kept\n");
    const refused = runLac(["init", "--answers", example("brackenford")], folder.dir);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/conflict\s+roles\/team-manager\.md/);
    expect(refused.stderr).toContain("--force");
    // The advice fits the conflict and the command: move a file lac did not write aside; lac init has no --conflicts.
    expect(refused.stderr).toContain(
      "To keep a listed file, move it out of the folder (or rename it) and run lac again; or run again with --force to overwrite the listed files and lose what is in them.",
    );
    expect(refused.stderr).not.toContain("--conflicts");
    expect(refused.stderr).not.toContain("Edit the listed lines");
    expect(listFiles(folder.dir).sort()).toEqual(["notes.txt", "roles/team-manager.md"]);
    expect(read("roles", "team-manager.md")).toBe("our own role description\n");

    const forced = runLac(["init", "--answers", example("brackenford"), "--force"], folder.dir);
    expect(forced.status).toBe(0);
    expect(read("roles", "team-manager.md")).toContain("# Role description");
    expect(read("notes.txt")).toBe("kept\n");
  });
});
