// Helpers for the tests of the messages about hand-edited YAML (not exported by the package).
import fc from "fast-check";
import { expect } from "vitest";
import { parseCouncilConfig, readCouncilYaml, type ConfigProblem } from "./index.js";

/** The (1-based) number of the first line of `text` that starts with `start`. */
export function lineStartingWith(text: string, start: string): number {
  const index = text.split("\n").findIndex((line) => line.startsWith(start));
  if (index < 0) throw new Error(`no line starts with ${start}`);
  return index + 1;
}

/** The one error of a configuration, which readCouncilYaml (answers files) reports the same. */
export function onlyError(text: string): ConfigProblem {
  const result = parseCouncilConfig(text);
  if (result.ok) throw new Error("expected an error");
  expect(result.errors, JSON.stringify(result.errors, null, 2)).toHaveLength(1);
  const read = readCouncilYaml(text);
  expect(read.ok ? [] : read.errors).toEqual(result.errors);
  return result.errors[0] as ConfigProblem;
}

/** The text with its (1-based) line `line` moved `by` spaces right (left, when negative). */
export function moved(text: string, line: number, by: number): string {
  const lines = text.split("\n");
  const raw = lines[line - 1] ?? "";
  return lines.with(line - 1, by >= 0 ? `${" ".repeat(by)}${raw}` : raw.slice(-by)).join("\n");
}

/** A mapping of a few keys from a small set (so that keys of different mappings often match). */
export type Mapping = readonly (readonly [string, string | Mapping])[];

export const mapping: fc.Arbitrary<Mapping> = fc.letrec<{ mapping: Mapping; value: string | Mapping }>(
  (tie) => ({
    value: fc.oneof({ depthSize: "small", withCrossShrink: true }, fc.constantFrom("x", "y"), tie("mapping")),
    mapping: fc.uniqueArray(fc.tuple(fc.constantFrom("a", "b", "c", "d"), tie("value")), {
      minLength: 1,
      maxLength: 4,
      selector: ([key]) => key,
    }),
  }),
).mapping;

/** The lines of a mapping, indented two spaces a level. */
export function linesOf(map: Mapping, indent = 0): string[] {
  return map.flatMap(([key, value]) =>
    typeof value === "string"
      ? [`${" ".repeat(indent)}${key}: ${value}`]
      : [`${" ".repeat(indent)}${key}:`, ...linesOf(value, indent + 2)],
  );
}
