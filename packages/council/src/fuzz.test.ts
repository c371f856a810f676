// The fuzz suite of the configuration reader (issue 16): arbitrary YAML-ish text and arbitrary
// JSON values. Properties: it never throws, every result is a valid configuration or problems
// placed inside the file, and each call finishes within a bound.
//
// A small budget runs in `pnpm test`; `pnpm fuzz` runs many more (FUZZ_RUNS). A failure prints its
// seed: replay it with FUZZ_SEED=<seed> (and FUZZ_PATH=<path> to go straight to the counterexample).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseCouncilConfig, validateCouncilConfig, type CouncilConfigResult } from "./index.js";
import { exampleText } from "./test-helpers.js";

const RUNS = Number(process.env["FUZZ_RUNS"] ?? 150);
const SEED =
  process.env["FUZZ_SEED"] === undefined
    ? Date.now() ^ (Math.random() * 0x100000000)
    : Number(process.env["FUZZ_SEED"]);
const PATH = process.env["FUZZ_PATH"];
/** The most one reading may take: a configuration is read in milliseconds. */
const BOUND_MS = 2000;

const settings = (name: string): fc.Parameters<unknown> => {
  console.log(`fuzz ${name}: seed ${SEED}, ${RUNS} runs (replay: FUZZ_SEED=${SEED})`);
  return { numRuns: RUNS, seed: SEED, ...(PATH === undefined ? {} : { path: PATH }), endOnFailure: true };
};

const brackenford = exampleText("brackenford");
const lines = brackenford.split("\n");

/** Pieces of YAML and of the configuration, glued at random: syntax, keys, values, YAML features. */
const fragment = fc.oneof(
  fc.constantFrom(
    "council:",
    "programme:",
    "team:",
    "  manager:",
    "neighbourhoods:",
    "partners:",
    "  - name: x",
    "- ",
    "  name: Brackenford",
    "startDate: 9998-01-01",
    "startDate: 0026-04-01",
    "population: 1e400",
    "&a [*a, *a]",
    "*a",
    "!!js/regexp /x/",
    "!custom x",
    "%YAML 9.9",
    "%TAG ! tag:x,2026:",
    "---",
    "...",
    "? complex",
    "{",
    "}",
    "[",
    "]",
    "'",
    '"',
    "|",
    ">",
    "#",
    "\t",
    "<<: *a",
    "~",
    "null",
    "true",
    "\u0000",
    "\u0085",
    "\uD800",
    "\u202E",
    "<!--",
    "`",
    "\\",
  ),
  fc.string({ maxLength: 20 }),
  fc.string({ unit: "binary", maxLength: 10 }),
);

const yamlishText = fc.oneof(
  fc
    .array(fc.tuple(fc.nat(6), fragment), { maxLength: 30 })
    .map((parts) => parts.map(([indent, text]) => `${" ".repeat(indent)}${text}`).join("\n")),
  // The real example, damaged: a line replaced, removed or repeated.
  fc
    .array(fc.tuple(fc.nat(lines.length - 1), fc.oneof(fragment, fc.constant(null))), {
      minLength: 1,
      maxLength: 5,
    })
    .map((changes) => {
      const edited = [...lines];
      for (const [at, text] of changes) {
        if (text === null) edited.splice(at, 1);
        else edited[at] = `${edited[at]?.match(/^\s*/)?.[0] ?? ""}${text}`;
      }
      return edited.join("\n");
    }),
);

function checkResult(result: CouncilConfigResult, text?: string): void {
  if (result.ok) return;
  expect(result.errors.length).toBeGreaterThan(0);
  const lineCount = text === undefined ? undefined : text.split(/\r\n|\r|\n/).length;
  for (const problem of [...result.errors, ...result.warnings]) {
    expect(problem.message.length).toBeGreaterThan(0);
    if (text === undefined) continue;
    expect(problem.line, problem.message).toBeGreaterThanOrEqual(1);
    expect(problem.line, problem.message).toBeLessThanOrEqual(lineCount ?? 0);
    expect(problem.column, problem.message).toBeGreaterThanOrEqual(1);
  }
}

function timed<T>(call: () => T): T {
  const started = performance.now();
  const result = call();
  expect(performance.now() - started).toBeLessThan(BOUND_MS);
  return result;
}

describe("fuzz: parseCouncilConfig and validateCouncilConfig", () => {
  it("reads any YAML-ish text without throwing: a valid configuration or problems placed in the file", () => {
    fc.assert(
      fc.property(yamlishText, (text) => {
        checkResult(
          timed(() => parseCouncilConfig(text)),
          text,
        );
      }),
      settings("YAML-ish text"),
    );
  }, 120_000);

  it("reads any JSON value, as data and as text, without throwing", () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        checkResult(timed(() => validateCouncilConfig(value)));
        const text = JSON.stringify(value) ?? "null";
        checkResult(
          timed(() => parseCouncilConfig(text)),
          text,
        );
      }),
      settings("JSON values"),
    );
  }, 120_000);

  it("reads any value at any place of a valid configuration without throwing", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...leafPaths(parseYamlData())),
        fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.string({ unit: "binary", maxLength: 400 })),
        (path, value) => {
          const changed = structuredClone(parseYamlData()) as Record<string, unknown>;
          let node = changed as Record<string | number, unknown>;
          for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
          node[path.at(-1) as string | number] = value;
          checkResult(timed(() => validateCouncilConfig(changed)));
        },
      ),
      settings("values at every place"),
    );
  }, 120_000);
});

let cached: unknown;
function parseYamlData(): unknown {
  if (cached === undefined) {
    const result = parseCouncilConfig(brackenford);
    if (!result.ok) throw new Error("the example is valid");
    cached = result.config;
  }
  return cached;
}

function leafPaths(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value))
    return [path, ...value.flatMap((item, index) => leafPaths(item, [...path, index]))];
  if (value !== null && typeof value === "object") {
    return [
      ...(path.length > 0 ? [path] : []),
      ...Object.entries(value).flatMap(([key, item]) => leafPaths(item, [...path, key])),
    ];
  }
  return [path];
}
