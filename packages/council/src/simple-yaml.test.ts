// The quick reader of plain YAML (simple-yaml.ts) against the `yaml` library's document, which it
// stands in for on the usual path: on every text, readCouncilYaml (quick where it can be) and
// readCouncilYamlWithDocument (always the document) give the same data, warnings, errors and places.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseCouncilConfig } from "./index.js";
import { readCouncilYaml, readCouncilYamlWithDocument } from "./parse-council-config.js";
import { readCouncilYamlWithPlaces } from "./read-council-yaml.js";
import { readSimpleYaml } from "./simple-yaml.js";
import { EXAMPLE_NAMES, exampleText } from "./test-helpers.js";

const RUNS = Number(process.env["FUZZ_RUNS"] ?? 200);

type Path = (string | number)[];

/** Every path into the data, and one step past each (a missing key or item). */
function pathsOf(value: unknown, prefix: Path = [], into: Path[] = []): Path[] {
  into.push(prefix, [...prefix, "missing"], [...prefix, 99]);
  if (Array.isArray(value)) value.forEach((item, index) => pathsOf(item, [...prefix, index], into));
  else if (value !== null && typeof value === "object")
    for (const [key, item] of Object.entries(value)) pathsOf(item, [...prefix, key], into);
  return into;
}

/**
 * Both readers agree on the text: the same result, and the same place for every path. And the quick
 * reader, which reads the data alone and the places only when something is located, gives up on the
 * same texts and reads the same data either way.
 */
function expectSameReading(text: string): void {
  const withPlaces = readSimpleYaml(text);
  const dataOnly = readSimpleYaml(text, { places: false });
  expect(dataOnly === undefined).toBe(withPlaces === undefined);
  expect(dataOnly?.data).toStrictEqual(withPlaces?.data);
  expectSameAsDocument(text, readCouncilYaml(text, { fileName: "answers.yaml" }));
  expectSameAsDocument(text, readCouncilYamlWithPlaces(text, { fileName: "answers.yaml" }));
}

/** A quick reading (places read on demand, or with the data) gives what the yaml library's document gives. */
function expectSameAsDocument(text: string, quick: ReturnType<typeof readCouncilYaml>): void {
  const located = readCouncilYamlWithDocument(text, { fileName: "answers.yaml" });
  const { locate: quickLocate, ...quickRest } = quick.ok ? quick : { ...quick, locate: undefined };
  const { locate: locatedLocate, ...locatedRest } = located.ok ? located : { ...located, locate: undefined };
  expect(quickRest).toStrictEqual(locatedRest);
  if (quickLocate !== undefined && locatedLocate !== undefined) {
    for (const path of pathsOf(located.ok ? located.data : undefined)) {
      expect(quickLocate(path)).toStrictEqual(locatedLocate(path));
      expect(quickLocate(path, { atKey: true })).toStrictEqual(locatedLocate(path, { atKey: true }));
    }
  }
}

const keys = fc.constantFrom(
  "council",
  "name",
  "population",
  "places",
  "nation",
  "a",
  "b_c",
  "d-e",
  "null",
  "true",
  "__proto__",
  "St Anne's",
  "'quoted'",
  '"double"',
  "x y",
  "1",
  "<<",
  "?",
);
/** Values written after `key: ` or `- `: plain, odd and broken. */
const SCALARS = [
  "Brackenford",
  "Mill Lane",
  "St Anne's",
  "Health & Care",
  "https://example.gov.uk/a?b=c#d",
  "a#b",
  "a #comment",
  "a: b",
  "a:",
  "key:value",
  "12",
  "-3",
  "+4",
  "007",
  "0",
  "-0",
  "1.5",
  ".5",
  "1.",
  "1e3",
  "-2.5E-3",
  "12345678901234567890",
  "0x1F",
  "0o17",
  ".inf",
  "-.Inf",
  ".nan",
  "2026-04-01",
  "~",
  "null",
  "Null",
  "NULL",
  "true",
  "True",
  "FALSE",
  "yes",
  "no",
  "on",
  "'single'",
  "'it''s'",
  "'unclosed",
  "'a' trailing",
  "'a' # comment",
  '"double"',
  '"with \\"escape\\" \\n \\t \\/ \\\\"',
  '"\\x41"',
  '"\\u00e9"',
  '"\\e"',
  '"a" #c',
  '"a"#c',
  "[]",
  "[ ]",
  "[a, b]",
  "[Castle, Riverside]",
  "[St Anne's]",
  "[a,,b]",
  "[a, b,]",
  "[a, [b]]",
  "[a, 'b']",
  '[a, "b"]',
  "[a: b]",
  "[a, b] # c",
  "[a, b]x",
  "[a #c]",
  "[-1, 2.5, true, null, ~]",
  "[a",
  "{}",
  "{a: b}",
  "&anchor value",
  "*anchor",
  "!tag value",
  "!!str 12",
  "|",
  ">",
  "- item",
  "-item",
  "? key",
  "%x",
  "@x",
  "`x`",
  "a  b",
  "a\u00a0b",
  "a\tb",
  "",
  "# only a comment",
  "value ",
  // First characters that start a null, a boolean or a number, in words that are none.
  "nullx",
  "Nope",
  "NULLS",
  "~x",
  "tru",
  "Truth",
  "fals",
  "Falsey",
  "+",
  ".",
  "+5",
  ".5e3",
  "5e",
  "0o17",
  "0x1F",
  "09",
  "1.2.3",
  ".inf",
  "Infinity",
];
const scalars = fc.constantFrom(...SCALARS);
const indents = fc.constantFrom("", "", "", " ", "  ", "  ", "    ", "      ");

/** One line of YAML-ish text: indentation, an optional list dash, a key or not, a value or not. */
const line = fc
  .tuple(
    indents,
    fc.constantFrom("", "", "- ", "-  ", "-", "- - "),
    fc.option(keys, { freq: 3 }),
    scalars,
    fc.constantFrom("", "", "", " # note", "  ", "\r"),
  )
  .map(([indent, dash, key, value, tail]) => {
    const body = key === null ? value : `${key}:${value === "" ? "" : ` ${value}`}`;
    return `${indent}${dash}${body}${tail}`;
  });
const extraLines = fc.constantFrom(
  "",
  "# a comment",
  "   # indented comment",
  "---",
  "...",
  "%YAML 1.2",
  "\t",
);

const lineSoup = fc
  .array(fc.oneof({ weight: 6, arbitrary: line }, { weight: 1, arbitrary: extraLines }), {
    minLength: 1,
    maxLength: 12,
  })
  .map((lines) => lines.join("\n"));

/** Keys as configurations write them, and now and then one that only the yaml library reads. */
const plainKeys = fc.oneof(
  {
    weight: 40,
    arbitrary: fc.constantFrom("council", "name", "population", "places", "role", "email", "days"),
  },
  { weight: 1, arbitrary: keys },
);
/** Scalars as configurations write them, and now and then one of the odd ones above. */
const plainScalars = fc.oneof(
  {
    weight: 40,
    arbitrary: fc.constantFrom(
      "Brackenford Borough Council",
      "St Anne's",
      "E06999001",
      "151800",
      "2026-04-01",
      "https://brackenford.example.gov.uk",
      "'Quoted: text'",
      '"Double \\"quoted\\""',
      "england",
      "true",
      "30",
      "[Castle, Riverside]",
      "[]",
    ),
  },
  { weight: 1, arbitrary: scalars },
);

/** Lines that may continue a plain scalar wrapped over several lines: text, and what may not continue one. */
const continuations = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.constantFrom(
      "per coordinator.",
      "and more text",
      "12",
      "St Anne's",
      "Health & Care",
      "true",
    ),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      "a: b",
      "a:",
      "# c",
      "- x",
      "x #y",
      "'q'",
      '"q"',
      "[a]",
      "",
      "  ",
      "? x",
      "&a b",
      "...",
    ),
  },
);

type Tree =
  | {
      readonly kind: "scalar";
      readonly text: string;
      readonly comment: boolean;
      /** Lines that continue the scalar (a long text wrapped), indented `wrapStep` more than its key. */
      readonly more: readonly string[];
      readonly wrapStep: number;
    }
  | { readonly kind: "map"; readonly entries: readonly (readonly [string, Tree])[]; readonly step: number }
  | {
      readonly kind: "list";
      readonly items: readonly Tree[];
      readonly step: number;
      readonly atKey: boolean;
    };

const tree = fc.letrec<{ tree: Tree; map: Tree; scalar: Tree }>((tie) => ({
  scalar: fc.record({
    kind: fc.constant("scalar" as const),
    text: plainScalars,
    comment: fc.boolean(),
    more: fc.oneof(
      { weight: 3, arbitrary: fc.constant([]) },
      { weight: 1, arbitrary: fc.array(continuations, { minLength: 1, maxLength: 3 }) },
    ),
    wrapStep: fc.constantFrom(0, 1, 2, 2, 4),
  }),
  tree: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    tie("scalar"),
    tie("map"),
    fc.record({
      kind: fc.constant("list" as const),
      items: fc.array(
        fc.oneof(
          { weight: 4, arbitrary: tie("scalar") },
          { weight: 3, arbitrary: tie("map") },
          { weight: 1, arbitrary: tie("tree") },
        ),
        { minLength: 1, maxLength: 4 },
      ),
      step: fc.constantFrom(0, 2, 2, 4),
      atKey: fc.boolean(),
    }),
  ),
  map: fc.record({
    kind: fc.constant("map" as const),
    entries: fc.uniqueArray(fc.tuple(plainKeys, tie("tree")), {
      minLength: 1,
      maxLength: 4,
      selector: ([key]) => key,
    }),
    step: fc.constantFrom(1, 2, 2, 4),
  }),
}));

const spaces = (count: number) => " ".repeat(count);

/** The lines of a value written under a key (or after a dash) at an indentation. */
function written(node: Tree, indent: number): { inline?: string; lines: string[] } {
  if (node.kind === "scalar") {
    const more = node.more.map((text) => `${spaces(indent + node.wrapStep)}${text}`);
    return { inline: `${node.text}${node.comment ? " # note" : ""}`, lines: more };
  }
  if (node.kind === "map") {
    const at = indent + node.step;
    return { lines: node.entries.flatMap(([key, value]) => entryLines(key, value, at)) };
  }
  const at = node.atKey ? indent : indent + Math.max(node.step, 1);
  return { lines: node.items.flatMap((item) => itemLines(item, at)) };
}

function entryLines(key: string, value: Tree, indent: number): string[] {
  const { inline, lines } = written(value, indent);
  return inline === undefined
    ? [`${spaces(indent)}${key}:`, ...lines]
    : [`${spaces(indent)}${key}: ${inline}`, ...lines];
}

function itemLines(item: Tree, indent: number): string[] {
  if (item.kind === "map") {
    // The first key on the dash's line, the others lined up with it.
    const lines = item.entries.flatMap(([key, value]) => entryLines(key, value, indent + 2));
    return lines.map((line, index) => (index === 0 ? `${spaces(indent)}- ${line.slice(indent + 2)}` : line));
  }
  const { inline, lines } = written(item, indent);
  return inline === undefined ? [`${spaces(indent)}-`, ...lines] : [`${spaces(indent)}- ${inline}`, ...lines];
}

/** Configuration-like documents, mostly in the plain subset, with comments and blank lines here and there. */
const plainDocument = fc
  .tuple(
    tree.map,
    fc.array(fc.tuple(fc.nat(), fc.constantFrom("", "# comment", "    # comment")), { maxLength: 3 }),
  )
  .map(([root, extras]) => {
    const lines =
      root.kind === "map" ? root.entries.flatMap(([key, value]) => entryLines(key, value, 0)) : [];
    for (const [at, extra] of extras) lines.splice(at % (lines.length + 1), 0, extra);
    return `${lines.join("\n")}\n`;
  });

/** An example with a few lines changed: removed, repeated, indented, or replaced by another line. */
const editedExample = fc
  .tuple(
    fc.constantFrom(...EXAMPLE_NAMES),
    fc.array(fc.tuple(fc.nat(), fc.constantFrom("remove", "repeat", "indent", "outdent", "replace"), line), {
      minLength: 1,
      maxLength: 3,
    }),
  )
  .map(([name, edits]) => {
    const lines = exampleText(name).split("\n");
    for (const [at, edit, replacement] of edits) {
      const index = at % lines.length;
      const original = lines[index] ?? "";
      if (edit === "remove") lines.splice(index, 1);
      else if (edit === "repeat") lines.splice(index, 0, original);
      else if (edit === "indent") lines[index] = ` ${original}`;
      else if (edit === "outdent") lines[index] = original.replace(/^ /, "");
      else lines[index] = replacement;
    }
    return lines.join("\n");
  });

describe("the quick YAML reader", () => {
  it("reads every shipped example the quick way, as the yaml library does", () => {
    for (const name of EXAMPLE_NAMES) {
      const text = exampleText(name);
      expect(readSimpleYaml(text), name).toBeDefined();
      expectSameReading(text);
      expect(parseCouncilConfig(text).ok).toBe(true);
    }
  });

  it("gives up on what only the yaml library reads right", () => {
    for (const text of [
      "a: &x 1\nb: *x",
      "a: !!str 1",
      "a: |\n  text",
      "a: 1\na: 2",
      "%YAML 1.2\n---\na: 1",
      "a:\n\tb: 1",
      "a: 0x1F",
      "a: [1,\n  2]",
      "- a",
      "",
      "# nothing",
    ]) {
      expect(readSimpleYaml(text), text).toBeUndefined();
      expectSameReading(text);
    }
  });

  it("agrees with the yaml library on every value, in a mapping, a list and a flow list", () => {
    for (const value of SCALARS) {
      for (const text of [
        `a: ${value}`,
        `a: ${value}\nb: 1`,
        `a:\n  - ${value}\n  - x`,
        `a:\n- ${value}`,
        `a: [${value}]`,
        `a: [x, ${value}, y]`,
        `a:\n  - b: ${value}\n    c: 1`,
        `${value}: 1`,
      ]) {
        expectSameReading(text);
      }
    }
  });

  it("reads a plain scalar folded over several lines, as YAML writers wrap long text", () => {
    for (const text of [
      "a: one\n  two",
      "a: one\n two\n   three\nb: 1",
      "notes: An invented figure for the example. Public sources give no typical budget\n  per coordinator.",
      "a:\n  - one\n    two\n  - three",
      "a:\n- one\n  two",
      "a:\n  - b: one\n      two\n    c: 1",
      "a:\n  b: 12\n    34",
      "a: one  \n  two  ",
    ]) {
      expect(readSimpleYaml(text), text).toBeDefined();
      expectSameReading(text);
    }
    for (const text of [
      "a: one\n\n  two",
      "a: one\n  # comment\n  two",
      "a: one # comment\n  two",
      "a: 'one\n  two'",
      "a: [one,\n  two]",
      "a: one\n  - two",
      "a: one\n  b: two",
      "a:\n  - b: one\n    two",
    ]) {
      expect(readSimpleYaml(text), text).toBeUndefined();
      expectSameReading(text);
    }
  });

  it("reads the values of the core schema as the yaml library does", () => {
    const text = [
      "a: 12",
      "b: -3",
      "c: +4",
      "d: 007",
      "e: 1.5",
      "f: 1e3",
      "g: ~",
      "h: null",
      "i: True",
      "j: yes",
      "k: 2026-04-01",
      "l: 'it''s'",
      'm: "a\\tb"',
      "n: [a, -1, 2.5, true, ~]",
      "o: []",
      "p:",
      "q: a#b # comment",
    ].join("\n");
    expect(readSimpleYaml(text)).toBeDefined();
    expectSameReading(text);
  });

  it("agrees with the yaml library on plain data in every style", () => {
    fc.assert(fc.property(plainDocument, expectSameReading), { numRuns: RUNS });
  });

  it("agrees with the yaml library on lines glued at random, valid and broken", () => {
    fc.assert(fc.property(lineSoup, expectSameReading), { numRuns: RUNS });
  });

  it("agrees with the yaml library on edited examples, and places their problems alike", () => {
    fc.assert(
      fc.property(editedExample, (text) => {
        expectSameReading(text);
      }),
      { numRuns: RUNS },
    );
  });
});
