import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { example, runLac, temporaryFolder } from "./run-lac.js";

const folder = temporaryFolder();
afterAll(folder.remove);

describe("lac validate", () => {
  it("exits with 0 for a valid file", () => {
    const run = runLac(["validate", example("wendleshire")], folder.dir);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/is valid \(0 errors, 0 warnings\)/);
  });

  it("reads standard input with -", () => {
    const valid = runLac(["validate", "-"], folder.dir, {}, readFileSync(example("brackenford"), "utf8"));
    expect(valid.status).toBe(0);
    expect(valid.stdout).toMatch(/^✓ <stdin> is valid/m);
    const broken = runLac(["validate", "-", "--json"], folder.dir, {}, "council:\n  natoin: england\n");
    expect(broken.status).toBe(1);
    const report = JSON.parse(broken.stdout) as { file: string; valid: boolean; errors: { line?: number }[] };
    expect(report).toMatchObject({ file: "<stdin>", valid: false });
    expect(report.errors.some((error) => error.line === 2)).toBe(true);
    const empty = runLac(["validate", "-"], folder.dir, {}, "");
    expect(empty.status).toBe(1);
  });

  it("refuses standard input that is not UTF-8, or larger than 1 MiB, as it refuses such a file", () => {
    const latin1 = Buffer.concat([
      Buffer.from("council:\n  name: Caf"),
      Buffer.from([0xe9]),
      Buffer.from("\n"),
    ]);
    const notUtf8 = runLac(["validate", "-"], folder.dir, {}, latin1);
    expect(notUtf8.status).toBe(1);
    expect(notUtf8.stderr).toMatch(
      /standard input: is not UTF-8 text: the bytes at line 2, column 12 \(byte 21\)/,
    );
    const huge = runLac(["validate", "-", "--json"], folder.dir, {}, `# ${"x".repeat(1024 * 1024)}\n`);
    expect(huge.status).toBe(1);
    expect(JSON.parse(huge.stdout)).toMatchObject({
      valid: false,
      errors: [{ message: expect.stringMatching(/standard input: is too large/) as unknown }],
    });
  });

  it("warns when a partner is a service of the council itself, and still exits with 0", () => {
    const run = runLac(["validate", example("brackenford")], folder.dir);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/is valid \(0 errors, 1 warning\)/);
    expect(run.stderr).toMatch(/:\d+:\d+ warning partners\[0\]\.kind: .*internal information-sharing note/);
  });

  it("reports each problem as file:line:col and exits with 1", () => {
    const file = join(folder.dir, "broken.yaml");
    writeFileSync(file, "council:\n  name: Testham Council\n  natoin: england\n");
    const run = runLac(["validate", "broken.yaml"], folder.dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^broken\.yaml:3:3 error council\.natoin: .*Did you mean "nation"/m);
    expect(run.stderr).toMatch(/^broken\.yaml:\d+:\d+ error programme: /m);
    expect(run.stderr).toMatch(/is not valid/);
  });

  it("reports YAML syntax errors with their place", () => {
    writeFileSync(join(folder.dir, "syntax.yaml"), "council:\n  name: [unclosed\n");
    const run = runLac(["validate", "syntax.yaml"], folder.dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^syntax\.yaml:\d+:\d+ error/m);
  });

  it("reports a missing file with what to do", () => {
    const run = runLac(["validate"], folder.dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("lac.config.yaml: file not found. Run lac init");
  });

  it("gives errors and warnings as JSON", () => {
    writeFileSync(join(folder.dir, "empty.yaml"), "# nothing yet\n");
    const run = runLac(["validate", "empty.yaml", "--json"], folder.dir);
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout) as {
      valid: boolean;
      errors: { code: string; file: string; line: number }[];
    };
    expect(report.valid).toBe(false);
    expect(report.errors[0]).toMatchObject({ code: "empty-file", file: "empty.yaml", line: 1 });
  });
});
