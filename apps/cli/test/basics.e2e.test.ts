import { readFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { runLac, temporaryFolder } from "./run-lac.js";

const { version } = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as {
  version: string;
};
const folder = temporaryFolder();
afterAll(folder.remove);

describe("lac", () => {
  it("prints its version, and never claims a 0.0.0 release", () => {
    for (const flag of ["--version", "-v"]) {
      const run = runLac([flag], folder.dir);
      expect(run.status).toBe(0);
      if (version === "0.0.0") expect(run.stdout).toMatch(/^0\.0\.0-unreleased(\+g[0-9A-Za-z-]+)?\n$/);
      else expect(run.stdout).toBe(`${version}\n`);
    }
  });

  it("ships the licence notices of what it bundles", () => {
    const notices = readFileSync(new URL("../dist/THIRD-PARTY-NOTICES.md", import.meta.url), "utf8");
    for (const name of ["zod", "yaml", "handlebars", "@inquirer/prompts"]) {
      expect(notices).toMatch(new RegExp(`^## ${name.replace("/", "\\/")} \\d`, "m"));
    }
    expect(notices).toContain("Permission is hereby granted");
  });

  it("lists its commands in --help", () => {
    const run = runLac(["--help"], folder.dir);
    expect(run.status).toBe(0);
    for (const command of ["init", "generate", "validate", "principles", "schema"])
      expect(run.stdout).toContain(`  ${command}`);
    expect(run.stdout).toContain("NO_COLOR");
  });

  it("has --help on every command", () => {
    for (const command of ["init", "generate", "validate", "principles", "schema"]) {
      const run = runLac([command, "--help"], folder.dir);
      expect(run.status, command).toBe(0);
      expect(run.stdout, command).toContain(`Usage: lac ${command}`);
    }
    expect(runLac(["init", "--help"], folder.dir).stdout).toContain("--answers <file.yaml>");
  });

  it("exits with 2 on usage errors, saying what is wrong", () => {
    const unknownCommand = runLac(["int"], folder.dir);
    expect(unknownCommand.status).toBe(2);
    expect(unknownCommand.stderr).toMatch(/unknown command "int"/);
    const unknownOption = runLac(["init", "--anwsers", "x.yaml"], folder.dir);
    expect(unknownOption.status).toBe(2);
    expect(unknownOption.stderr).toMatch(/--anwsers/);
    expect(unknownOption.stderr).toContain("lac init --help");
    const badSet = runLac(["init", "--set", "council.name"], folder.dir);
    expect(badSet.status).toBe(2);
    expect(badSet.stderr).toMatch(/<path>=<value>/);
    const extra = runLac(["validate", "a.yaml", "b.yaml"], folder.dir);
    expect(extra.status).toBe(2);
    expect(runLac([], folder.dir).status).toBe(2);
  });

  it("answers usage errors in JSON with --json", () => {
    const run = runLac(["init", "--bogus", "--json"], folder.dir);
    expect(run.status).toBe(2);
    expect(JSON.parse(run.stdout)).toMatchObject({
      ok: false,
      stage: "usage",
      errors: [{ message: expect.stringContaining("--bogus") }],
    });
    const badSet = runLac(["init", "--set", "oops", "--json"], folder.dir);
    expect(badSet.status).toBe(2);
    expect(JSON.parse(badSet.stdout)).toMatchObject({ ok: false, stage: "usage" });
  });

  it("says what is wrong with an option in its own words", () => {
    const unknown = runLac(["init", "--answer", "x.yaml"], folder.dir);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain("lac init has no option --answer. Did you mean --answers?");
    expect(unknown.stderr).toContain("Its options are: --help, ");
    const short = runLac(["validate", "-x"], folder.dir);
    expect(short.status).toBe(2);
    expect(short.stderr).toContain("lac validate has no option -x.");
    const missing = runLac(["init", "pack", "--answers"], folder.dir);
    expect(missing.status).toBe(2);
    // The example is the value help names, so that a person knows what to give.
    expect(missing.stderr).toContain("--answers needs a value, for example --answers <file.yaml>.");
    const noChoice = runLac(["generate", "--conflicts"], folder.dir);
    expect(noChoice.status).toBe(2);
    expect(noChoice.stderr).toContain("--conflicts needs a value, for example --conflicts <refuse|markers>.");
    const switchValue = runLac(["init", "pack", "--force=yes"], folder.dir);
    expect(switchValue.status).toBe(2);
    expect(switchValue.stderr).toContain("--force is a switch and takes no value");
    const ambiguous = runLac(["init", "pack", "--answers", "--yes"], folder.dir);
    expect(ambiguous.status).toBe(2);
    expect(ambiguous.stderr).toContain("write it as --answers=--yes");
    for (const run of [unknown, short, missing, noChoice, switchValue, ambiguous]) {
      expect(run.stderr).not.toMatch(/ERR_PARSE_ARGS|Unknown option|To specify an option argument/);
    }
  });

  it("colours with --color or FORCE_COLOR, and not with --no-color, NO_COLOR or FORCE_COLOR=0", () => {
    const bold = "\u001b[1m1. Citizenship";
    expect(runLac(["principles", "--color"], folder.dir).stdout).toContain(bold);
    expect(runLac(["--color", "principles"], folder.dir).stdout).toContain(bold);
    expect(runLac(["principles"], folder.dir, { FORCE_COLOR: "1" }).stdout).toContain(bold);
    expect(runLac(["principles"], folder.dir, { FORCE_COLOR: "1", NO_COLOR: "1" }).stdout).toContain(bold);
    expect(runLac(["principles"], folder.dir, { FORCE_COLOR: "0" }).stdout).not.toContain("\u001b[");
    expect(
      runLac(["principles", "--color", "--no-color"], folder.dir, { FORCE_COLOR: "1" }).stdout,
    ).not.toContain("\u001b[");
    expect(runLac(["principles", "--json", "--color"], folder.dir).stdout).not.toContain("\u001b[");
    const help = runLac(["--help"], folder.dir);
    expect(help.stdout).toContain("--color, --no-color");
  });

  it("never colours output that is not a terminal", () => {
    expect(runLac(["principles"], folder.dir).stdout).not.toContain("\u001b[");
    expect(runLac(["validate", "nowhere.yaml"], folder.dir).stderr).not.toContain("\u001b[");
  });

  it("lists the ten principles, also as JSON", () => {
    const text = runLac(["principles"], folder.dir);
    expect(text.status).toBe(0);
    expect(text.stdout).toContain("1. Citizenship");
    expect(text.stdout).toContain("10. Complementary nature of services");
    const json = JSON.parse(runLac(["principles", "--json"], folder.dir).stdout) as {
      ok: boolean;
      principles: { id: string }[];
    };
    expect(json.ok).toBe(true);
    expect(json.principles).toHaveLength(10);
    expect(json.principles[2]?.id).toBe("natural-authority");
  });

  it("prints the JSON Schema of lac.config.yaml", () => {
    const run = runLac(["schema"], folder.dir);
    expect(run.status).toBe(0);
    const schema = JSON.parse(run.stdout) as {
      properties: Record<string, unknown>;
      additionalProperties: boolean;
    };
    expect(Object.keys(schema.properties)).toEqual(
      expect.arrayContaining(["council", "programme", "neighbourhoods", "partners"]),
    );
    expect(schema.additionalProperties).toBe(false);
  });
});
