// Helpers for the tests only (not exported by the package): the shipped examples, and small edits of them.
import { readFileSync } from "node:fs";
import { parseDocument } from "yaml";

export const EXAMPLE_NAMES = ["brackenford", "cwm-teg", "wendleshire"] as const;
export type ExampleName = (typeof EXAMPLE_NAMES)[number];

/** The text of a shipped example, such as `examples/brackenford.lac.config.yaml`. */
export function exampleText(name: ExampleName): string {
  return readFileSync(new URL(`../examples/${name}.lac.config.yaml`, import.meta.url), "utf8");
}

/** Marks a key to remove in {@link patchYaml}. */
export const REMOVE = Symbol("remove");

/** The YAML text with one value changed (or removed), through the yaml Document API, comments kept. */
export function patchYaml(text: string, path: readonly (string | number)[], value: unknown): string {
  const doc = parseDocument(text);
  if (value === REMOVE) doc.deleteIn(path);
  else doc.setIn(path, value);
  return doc.toString();
}

/** The 1-based line and column where `needle` first occurs in the text (after `after`, when given). */
export function positionOf(text: string, needle: string, after?: string): { line: number; column: number } {
  const start = after === undefined ? 0 : text.indexOf(after);
  if (start < 0) throw new Error(`"${after ?? ""}" is not in the text`);
  const offset = text.indexOf(needle, start);
  if (offset < 0) throw new Error(`"${needle}" is not in the text`);
  const before = text.slice(0, offset).split("\n");
  return { line: before.length, column: (before.at(-1) ?? "").length + 1 };
}
