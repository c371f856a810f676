// The end-to-end fuzz run (issue 16): generated bad configurations through `lac validate` and
// `lac init --answers`. Properties: a located problem and exit code 1, never a crash (no stack
// trace), nothing written, within a time bound. A bounded number per run (FUZZ_CLI_RUNS, 6 in
// `pnpm test`; `pnpm fuzz` runs more); a failure is replayed with FUZZ_SEED.
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { example, runLac, temporaryFolder } from "./run-lac.js";

const RUNS = Number(process.env["FUZZ_CLI_RUNS"] ?? 6);
const SEED =
  process.env["FUZZ_SEED"] === undefined
    ? Date.now() ^ (Math.random() * 0x100000000)
    : Number(process.env["FUZZ_SEED"]);
const BOUND_MS = 20_000;

let folder: ReturnType<typeof temporaryFolder>;
beforeAll(() => {
  folder = temporaryFolder();
});
afterAll(() => folder.remove());

const lines = readFileSync(example("brackenford"), "utf8").split("\n");
const valueLines = lines
  .map((line, index) => ({ line, index }))
  .filter(({ line }) => /^\s*[A-Za-z]+: (?![[{]|true|false)\S/.test(line));

/** One damage that makes the configuration invalid: a bad value, a bad key, a bad YAML feature. */
const startDateLine = lines.findIndex((line) => line.includes("startDate:"));
const damage = fc.oneof(
  fc
    .constantFrom("9998-01-01", "0026-04-01", "1999-12-31", "2026-02-30")
    .map((date) => ({ index: startDateLine, line: `  startDate: ${date}` })),
  fc
    .tuple(
      fc.constantFrom(...valueLines),
      fc.constantFrom(
        "-5",
        "1e400",
        "[]",
        "{}",
        "!!js/regexp /x/",
        "!custom x",
        '"\\u0085"',
        '"\\u0000"',
        "*nowhere",
        `"${"x".repeat(400)}"`,
        "[",
        "null",
      ),
    )
    .map(([{ line, index }, value]) => ({ index, line: `${line.split(":")[0]}: ${value}` })),
  fc
    .tuple(fc.constantFrom(...valueLines), fc.constantFrom("programe", "gss_code", "nmae", "x\u0000y"))
    .map(([{ line, index }, key]) => ({ index, line: `${line.match(/^\s*/)?.[0] ?? ""}${key}: 1` })),
);

describe("fuzz: lac validate and lac init --answers on generated bad configurations", () => {
  it("refuse each with a located problem and exit code 1, write nothing, and finish in time", () => {
    console.log(`fuzz lac: seed ${SEED}, ${RUNS} runs (replay: FUZZ_SEED=${SEED})`);
    let count = 0;
    fc.assert(
      fc.property(fc.array(damage, { minLength: 1, maxLength: 3 }), (damages) => {
        count += 1;
        const edited = [...lines];
        for (const { index, line } of damages) edited[index] = line;
        const name = `bad-${count}.yaml`;
        writeFileSync(join(folder.dir, name), edited.join("\n"));
        const before = readdirSync(folder.dir).sort();
        for (const args of [
          ["validate", name],
          ["init", `pack-${count}`, "--answers", name, "--yes"],
        ]) {
          const started = Date.now();
          const run = runLac(args, folder.dir);
          expect(Date.now() - started).toBeLessThan(BOUND_MS);
          expect(run.status, run.stderr).toBe(1);
          expect(run.stderr).toMatch(new RegExp(`${name.replace(".", "\\.")}(?::\\d+:\\d+)? error`));
          expect(run.stderr).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/);
          expect(readdirSync(folder.dir).sort()).toEqual(before);
        }
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );
  }, 600_000);
});
