import {
  isCollection,
  isMap,
  isNode,
  isScalar,
  isSeq,
  type Document,
  type LineCounter,
  type Node,
} from "yaml";
import type { ConfigPath } from "./config-problem.js";

/** A 1-based line and column. */
export interface Location {
  readonly line: number;
  readonly column: number;
}

function keyText(key: unknown): string | undefined {
  return isScalar(key) ? String(key.value) : undefined;
}

function locationOf(offset: number, lineCounter: LineCounter): Location {
  const { line, col } = lineCounter.linePos(offset);
  return { line, column: col };
}

/**
 * The line and column of the YAML node at a path.
 *
 * When the path goes further than the document (a missing key), it is the place of the deepest
 * mapping or list that exists. A mapping or list that is the value of a key is shown at its key
 * (`council:` rather than the first line inside it); with `atKey`, so is a scalar (for unknown keys).
 */
export function locatePath(
  doc: Document,
  lineCounter: LineCounter,
  path: ConfigPath,
  options: { readonly atKey?: boolean } = {},
): Location {
  let node: unknown = doc.contents;
  let key: Node | undefined;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => keyText(item.key) === String(segment));
      if (pair === undefined) break;
      key = isNode(pair.key) ? pair.key : undefined;
      node = pair.value;
      if (!isNode(node)) break;
    } else if (isSeq(node) && typeof segment === "number") {
      const item: unknown = node.items[segment];
      if (!isNode(item)) break;
      key = undefined;
      node = item;
    } else {
      break;
    }
  }
  const emptyValue = isScalar(node) && node.value === null && node.range?.[0] === node.range?.[1];
  const showKey =
    key !== undefined && (!isNode(node) || isCollection(node) || emptyValue || options.atKey === true);
  const target = showKey ? key : isNode(node) ? node : undefined;
  const offset = target?.range?.[0] ?? 0;
  return locationOf(offset, lineCounter);
}

function startOf(node: unknown): number | undefined {
  return isNode(node) ? node.range?.[0] : undefined;
}

function endOf(node: unknown): number | undefined {
  return isNode(node) ? node.range?.[2] : undefined;
}

function contains(node: unknown, offset: number): node is Node {
  const start = startOf(node);
  const end = endOf(node);
  return start !== undefined && end !== undefined && start <= offset && offset < Math.max(end, start + 1);
}

/** The path of the deepest node at an offset of the text (for YAML errors, which have only an offset). */
export function pathAtOffset(doc: Document, offset: number): ConfigPath {
  const path: (string | number)[] = [];
  let node: unknown = doc.contents;
  for (;;) {
    let next: unknown;
    if (isMap(node)) {
      for (const pair of node.items) {
        const text = keyText(pair.key);
        const start = startOf(pair.key);
        const end = endOf(pair.value) ?? endOf(pair.key);
        if (text === undefined || start === undefined || end === undefined) continue;
        if (offset < start || offset >= Math.max(end, start + 1)) continue;
        path.push(text);
        // Inside the value itself: look deeper. Between the key and its value (a tag, an anchor): this pair.
        if (contains(pair.value, offset)) next = pair.value;
        break;
      }
    } else if (isSeq(node)) {
      const index = node.items.findIndex((item) => contains(item, offset));
      if (index >= 0) {
        path.push(index);
        next = node.items[index];
      }
    }
    if (next === undefined) return path;
    node = next;
  }
}
