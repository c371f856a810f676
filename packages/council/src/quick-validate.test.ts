// The quick validator against zod: on generated configurations, valid and invalid, both accept and
// refuse exactly the same ones, and parse the accepted ones to the same configuration.
import { isDeepStrictEqual } from "node:util";
import fc from "fast-check";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { councilConfigSchema } from "./council-config-schema.js";
import { councilConfigErrorMap } from "./issue-messages.js";
import { quickParseCouncilConfig } from "./quick-validate.js";
import { EXAMPLE_NAMES, exampleText, validConfigArbitrary } from "./test-helpers.js";
import { validateCouncilConfig, validateCouncilConfigWithZod } from "./validate-council-config.js";

const RUNS = Number(process.env["FUZZ_RUNS"] ?? 200);
/** Generous: zod is slow on a loaded machine, and `pnpm fuzz` runs many more cases. */
const TIMEOUT_MS = 300_000;

type Path = readonly (string | number)[];

/** Every path in plain data: each key of each mapping and each item of each list. */
function pathsOf(value: unknown, prefix: Path = []): Path[] {
  if (Array.isArray(value)) {
    return value.flatMap((item, index) => [[...prefix, index], ...pathsOf(item, [...prefix, index])]);
  }
  if (typeof value === "object" && value !== null) {
    return Object.entries(value).flatMap(([key, item]) => [
      [...prefix, key],
      ...pathsOf(item, [...prefix, key]),
    ]);
  }
  return [];
}

/** A copy of the data with the value at a path replaced (or the key removed, with REMOVE). */
const REMOVE = Symbol("remove");
function withValue(data: unknown, path: Path, value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  const copy: Record<string | number, unknown> | unknown[] = Array.isArray(data)
    ? [...(data as unknown[])]
    : { ...(data as Record<string, unknown>) };
  const next = withValue((copy as Record<string | number, unknown>)[head as string], rest, value);
  if (next === REMOVE) {
    if (Array.isArray(copy)) copy.splice(head as number, 1);
    else delete copy[head as string];
  } else (copy as Record<string | number, unknown>)[head as string] = next;
  return copy;
}

/** Values near the edges of what the schema takes: lengths, patterns, formats, numbers, choices. */
const edgeValues: unknown[] = [
  undefined,
  null,
  "",
  " ",
  "\u00a0x\u00a0",
  "  padded  ",
  "a".repeat(300),
  "a".repeat(301),
  ` ${"a".repeat(300)} `,
  "x\ny",
  "x\u2028y",
  "tab\tinside",
  "\ud800 lone",
  "😀",
  "true",
  "lac.team@council.example.gov.uk",
  " lac.team@council.example.gov.uk ",
  "a@b",
  "a@b.c",
  "A.B@EXAMPLE.ORG",
  "a..b@example.org",
  `${"a".repeat(250)}@x.org`,
  "https://www.council.example.gov.uk/privacy",
  " https://www.council.example.gov.uk ",
  "https://localhost",
  "https://example",
  "http://www.example.org",
  "HTTPS://WWW.EXAMPLE.ORG",
  "https:www.example.org",
  "https://exa\tmple.org",
  "https://www.example.org/a b",
  "https://user@www.example.org",
  "https://www.example.org:8080/x?y#z",
  "ftp://www.example.org",
  "2026-04-01",
  " 2026-04-01 ",
  "2026-02-29",
  "2028-02-29",
  "1999-12-31",
  "2100-12-31",
  "2101-01-01",
  "2026-4-1",
  "E06000001",
  "E07000001",
  " W06000001 ",
  "S12000001",
  "e06000001",
  "Z1234567",
  "ZA123456",
  "Z123456",
  "#1f4e79",
  "#ffffff",
  "#FFF",
  "#1F4E79",
  "Arial",
  "Noto Sans",
  "-Arial",
  "templates",
  "local/templates",
  "../x",
  "/abs",
  ".lac/t",
  "a//b",
  "england",
  "wales",
  "scotland",
  "Wales",
  "markdown",
  "docx",
  "html",
  "pdf",
  "en",
  "cy",
  "council",
  "council-service",
  "charity",
  "district",
  "shares",
  "receives",
  "permanent",
  "enhanced",
  "multi-party",
  "health-or-social-care",
  "dpia",
  "Not-an-id",
  0,
  -1,
  1,
  1.5,
  1.005,
  0.01,
  2,
  10,
  37,
  48,
  48.5,
  100,
  101,
  2 ** 53,
  Number.MAX_SAFE_INTEGER,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  -0,
  Number.NaN,
  true,
  false,
  [],
  ["markdown"],
  ["markdown", "markdown"],
  ["en", "cy"],
  ["cy"],
  ["docx"],
  ["x"],
  [""],
  {},
  { role: "Data Protection Officer", email: "dpo@council.example.gov.uk" },
  { unknown: 1 },
];

/** One change to valid data: a value at a path replaced, a key removed, a key added, an item repeated. */
const mutation = fc.oneof(
  fc.record({ kind: fc.constant("set" as const), at: fc.nat(), value: fc.constantFrom(...edgeValues) }),
  fc.record({
    kind: fc.constant("set" as const),
    at: fc.nat(),
    value: fc.oneof(fc.string({ maxLength: 12 }), fc.double(), fc.integer(), fc.jsonValue({ maxDepth: 2 })),
  }),
  fc.record({ kind: fc.constant("remove" as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant("add-key" as const),
    at: fc.nat(),
    key: fc.constantFrom("extra", "name", "kind", "welshName", "templates", "waspi", "__proto__"),
  }),
  fc.record({ kind: fc.constant("repeat" as const), at: fc.nat() }),
);

type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

function mutate(data: unknown, change: Mutation): unknown {
  const paths = [[], ...pathsOf(data)] as Path[];
  const path = paths[change.at % paths.length] as Path;
  switch (change.kind) {
    case "set":
      return withValue(data, path, change.value);
    case "remove":
      return path.length === 0 ? data : withValue(data, path, REMOVE);
    case "add-key": {
      const target = paths.filter((candidate) => {
        let value: unknown = data;
        for (const segment of candidate) value = (value as Record<string | number, unknown>)[segment];
        return typeof value === "object" && value !== null && !Array.isArray(value);
      });
      if (target.length === 0) return data;
      const at = target[change.at % target.length] as Path;
      return withValue(data, [...at, change.key], "Brackenford");
    }
    case "repeat": {
      const lists = paths.filter((candidate) => typeof candidate.at(-1) === "number");
      if (lists.length === 0) return data;
      const item = lists[change.at % lists.length] as Path;
      const listPath = item.slice(0, -1);
      let list: unknown = data;
      for (const segment of listPath) list = (list as Record<string | number, unknown>)[segment];
      return withValue(data, listPath, [...(list as unknown[]), (list as unknown[])[item.at(-1) as number]]);
    }
  }
}

/** A deep copy that keeps each object's prototype (structuredClone makes every object plain). */
function copyWithPrototypes(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(copyWithPrototypes);
  if (typeof value !== "object" || value === null) return value;
  const copy = Object.create(Object.getPrototypeOf(value) as object | null) as Record<string, unknown>;
  for (const [key, item] of Object.entries(value)) copy[key] = copyWithPrototypes(item);
  return copy;
}

/** The shipped examples as read from YAML (defaults not filled in). */
const examples = EXAMPLE_NAMES.map((name) => parse(exampleText(name)) as unknown);

/** Valid data: the examples, and generated configurations, some with their defaulted keys left out. */
const validData = fc.oneof(
  fc.constantFrom(...examples),
  validConfigArbitrary,
  fc
    .tuple(validConfigArbitrary, fc.array(fc.nat(), { maxLength: 6 }))
    .map(([config, removals]) =>
      removals.reduce<unknown>((data, at) => mutate(data, { kind: "remove", at }), config),
    ),
);

/** Data to check: valid data with up to three changes, most of which make it invalid. */
const someData = fc
  .tuple(validData, fc.array(mutation, { maxLength: 3 }))
  .map(([data, changes]) => changes.reduce((current, change) => mutate(current, change), data));

function expectSameAsZod(data: unknown): void {
  const zod = councilConfigSchema.safeParse(data, { error: councilConfigErrorMap, reportInput: true });
  const quick = quickParseCouncilConfig(data);
  expect(quick !== undefined, "the quick validator and zod disagree on whether the data is valid").toBe(
    zod.success,
  );
  if (zod.success) expect(isDeepStrictEqual(quick, zod.data), "the parsed configurations differ").toBe(true);
}

describe("the quick validator", () => {
  it("accepts the shipped examples, with the configuration zod gives", () => {
    for (const example of examples) {
      expect(quickParseCouncilConfig(example)).toBeDefined();
      expectSameAsZod(example);
    }
  });

  it(
    "accepts and refuses exactly what zod does, with the same parsed configuration",
    () => {
      let accepted = 0;
      let refused = 0;
      fc.assert(
        fc.property(someData, (data) => {
          expectSameAsZod(data);
          if (quickParseCouncilConfig(data) === undefined) refused += 1;
          else accepted += 1;
        }),
        { numRuns: RUNS },
      );
      // Both sides of the property were tried, many times.
      expect(accepted).toBeGreaterThan(RUNS / 10);
      expect(refused).toBeGreaterThan(RUNS / 10);
    },
    TIMEOUT_MS,
  );

  it(
    "accepts and refuses exactly what zod does for values of every kind at every place",
    () => {
      fc.assert(
        fc.property(validData, fc.nat(), fc.constantFrom(...edgeValues), (data, at, value) => {
          expectSameAsZod(mutate(data, { kind: "set", at, value }));
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT_MS,
  );

  it("leaves the data it checks as it was", () => {
    fc.assert(
      fc.property(someData, (data) => {
        const before = copyWithPrototypes(data);
        quickParseCouncilConfig(data);
        expect(isDeepStrictEqual(data, before)).toBe(true);
      }),
      { numRuns: 50 },
    );
  });

  it("refuses what it cannot take for plain data, for zod to explain: a class instance, a list for a mapping", () => {
    expect(quickParseCouncilConfig(new Date())).toBeUndefined();
    expect(quickParseCouncilConfig([])).toBeUndefined();
    expect(quickParseCouncilConfig("council: x")).toBeUndefined();
  });
});

describe("validateCouncilConfig", () => {
  it(
    "gives the same result as zod alone: the configuration and warnings, or the same problems",
    () => {
      fc.assert(
        fc.property(someData, (data) => {
          expect(validateCouncilConfig(data)).toStrictEqual(validateCouncilConfigWithZod(data));
          expect(validateCouncilConfig(data, { cap: false })).toStrictEqual(
            validateCouncilConfigWithZod(data, { cap: false }),
          );
        }),
        { numRuns: Math.ceil(RUNS / 3) },
      );
    },
    TIMEOUT_MS,
  );
});
