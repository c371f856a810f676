// Bad input as an attacker or a careless person would give it (issue 16): every case is refused
// with a located problem, exits non-zero and writes nothing.
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { example, runLac, temporaryFolder } from "./run-lac.js";

let folder: ReturnType<typeof temporaryFolder>;
beforeEach(() => {
  folder = temporaryFolder();
});
afterEach(() => folder.remove());

const brackenford = readFileSync(example("brackenford"), "utf8");

function writeConfig(text: string | Uint8Array, name = "bad.yaml"): string {
  writeFileSync(join(folder.dir, name), text);
  return name;
}

describe("dates lac computes from", () => {
  it.each(["9998-01-01", "0026-04-01"])(
    "refuses startDate %s in validate and init, at the value, writing nothing",
    (date) => {
      const file = writeConfig(brackenford.replace(/startDate: .*/, `startDate: ${date}`));
      const line = brackenford.split("\n").findIndex((text) => text.includes("startDate:")) + 1;
      const validate = runLac(["validate", file], folder.dir);
      expect(validate.status).toBe(1);
      expect(validate.stderr).toMatch(
        new RegExp(`bad\\.yaml:${line}:\\d+ error programme\\.startDate: .*between 2000 and 2100`),
      );
      const init = runLac(["init", "pack", "--answers", file, "--yes", "--json"], folder.dir);
      expect(init.status).toBe(1);
      expect(JSON.parse(init.stdout)).toMatchObject({ ok: false });
      expect(init.stderr).not.toContain("RangeError");
      expect(existsSync(join(folder.dir, "pack"))).toBe(false);
    },
  );
});

describe("--yes fills only what is absent", () => {
  it.each([
    ["team: 5", /^team:\n(?: {2}.*\n)+/m, "team: 5\n", "team"],
    ["team: text", /^team:\n(?: {2}.*\n)+/m, "team: text\n", "team"],
    ["team: true", /^team:\n(?: {2}.*\n)+/m, "team: true\n", "team"],
    ["team.manager: a scalar", /^ {2}manager:\n(?: {4}.*\n)+/m, "  manager: Team Manager\n", "team.manager"],
    ["programme: text", /^programme:\n(?: {2}.*\n)+/m, "programme: text\n", "programme"],
  ])(
    "refuses %s under init --answers --yes, as validate does, writing nothing",
    (_, section, replacement, path) => {
      expect(brackenford).toMatch(section);
      const file = writeConfig(brackenford.replace(section, replacement));
      const validate = runLac(["validate", file], folder.dir);
      expect(validate.status).toBe(1);
      const init = runLac(["init", "pack", "--answers", file, "--yes"], folder.dir);
      expect(init.status, init.stderr).toBe(1);
      expect(init.stderr).toMatch(new RegExp(`error ${path.replace(".", "\\.")}: `));
      expect(existsSync(join(folder.dir, "pack"))).toBe(false);
    },
  );
});

describe("values are text in the documents", () => {
  it("writes an organisation named '<!-- Brackenford Homes' as text, escaped, in the Markdown", () => {
    const file = writeConfig(
      brackenford.replaceAll("organisation: Brackenford Homes\n", 'organisation: "<!-- Brackenford Homes"\n'),
    );
    const init = runLac(["init", "pack", "--answers", file], folder.dir);
    expect(init.status, init.stderr).toBe(0);
    const agreements = readdirSync(join(folder.dir, "pack", "data-sharing")).filter((name) =>
      name.endsWith(".md"),
    );
    const text = agreements
      .map((name) => readFileSync(join(folder.dir, "pack", "data-sharing", name), "utf8"))
      .join("\n");
    expect(text).toContain("\\<!-- Brackenford Homes");
    expect(text).not.toMatch(/(?<!\\)<!--/);
  });
});

describe("sizes, characters and YAML features", () => {
  it("refuses a file larger than 1 MiB without reading it as YAML", () => {
    const file = writeConfig(`${brackenford}\n# ${"x".repeat(1024 * 1024)}\n`);
    const run = runLac(["validate", file], folder.dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("bad.yaml: is too large");
  });

  it("refuses a text field of 10 MB-like length with a located error (at most 300 characters)", () => {
    const file = writeConfig(
      brackenford.replace("name: Brackenford Borough Council (fictional)", `name: ${"B".repeat(5000)}`),
    );
    const run = runLac(["validate", file], folder.dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/bad\.yaml:\d+:\d+ error council\.name: .*at most 300 allowed/);
  });

  it("refuses bytes that are not UTF-8, with their place, instead of turning them into U+FFFD", () => {
    const text = Buffer.from(
      brackenford.replace("shortName: Brackenford", "shortName: Brack\u0000enford"),
      "utf8",
    );
    const at = text.indexOf(0);
    text[at] = 0xff;
    const file = writeConfig(text);
    const run = runLac(["validate", file], folder.dir);
    expect(run.status).toBe(1);
    const line = brackenford.split("\n").findIndex((row) => row.includes("shortName:")) + 1;
    expect(run.stderr).toContain(`bad.yaml: is not UTF-8 text: the bytes at line ${line}, column 19`);
  });

  it.each([
    ["a C1 control character", "shortName: Brack\u009benford"],
    ["NUL in a comment", "shortName: Brackenford # a\u0000b"],
    ["a JavaScript tag", "shortName: !!js/regexp /Brackenford/"],
  ])("refuses %s with its place", (_, line) => {
    const file = writeConfig(brackenford.replace("shortName: Brackenford", line));
    const run = runLac(["validate", file], folder.dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/bad\.yaml:\d+:\d+ error/);
  });

  it("reports 20,000 unknown keys quickly: the first 50, then how many more", () => {
    const extra = Array.from({ length: 20_000 }, (_, index) => `unknownKey${index}: value\n`).join("");
    const file = writeConfig(`${brackenford}\n${extra}`);
    const started = Date.now();
    const run = runLac(["validate", file, "--json"], folder.dir);
    const elapsed = Date.now() - started;
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout) as { errors: { message: string }[] };
    expect(report.errors).toHaveLength(51);
    expect(report.errors.at(-1)?.message).toContain("and 19,950 more problems");
    // Under a second on a quiet machine (17 s before); generous for a busy CI machine.
    expect(elapsed).toBeLessThan(15_000);
  }, 30_000);
});
