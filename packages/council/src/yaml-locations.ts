import {
  isCollection,
  isMap,
  isNode,
  isScalar,
  isSeq,
  type Document,
  type LineCounter,
  type Node,
  type Pair,
  type YAMLMap,
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

/** Each mapping's pairs by key text, made once: so that locating thousands of paths stays linear. */
const pairsByKey = new WeakMap<YAMLMap, Map<string, Pair>>();

function pairOf(map: YAMLMap, key: string): Pair | undefined {
  let pairs = pairsByKey.get(map);
  if (pairs === undefined) {
    pairs = new Map();
    for (const item of map.items) {
      const text = keyText(item.key);
      if (text !== undefined && !pairs.has(text)) pairs.set(text, item);
    }
    pairsByKey.set(map, pairs);
  }
  return pairs.get(key);
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
      const pair = pairOf(node, String(segment));
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

/** The first pair whose key and value span the offset. */
function pairAtOffset(pairs: readonly Pair[], offset: number): Pair | undefined {
  return pairs.find((pair) => {
    const start = startOf(pair.key);
    const end = endOf(pair.value) ?? endOf(pair.key);
    if (keyText(pair.key) === undefined || start === undefined || end === undefined) return false;
    return offset >= start && offset < Math.max(end, start + 1);
  });
}

/** The path of the deepest node at an offset of the text (for YAML errors, which have only an offset). */
export function pathAtOffset(doc: Document, offset: number): ConfigPath {
  const path: (string | number)[] = [];
  let node: unknown = doc.contents;
  for (;;) {
    let next: unknown;
    if (isMap(node)) {
      // Pairs are in the order of the text: start at the last one that starts at or before the
      // offset (a binary search, so that placing thousands of problems stays fast).
      const items = node.items;
      let low = 0;
      let high = items.length;
      while (low < high) {
        const middle = (low + high) >> 1;
        const start = startOf(items[middle]?.key);
        if (start !== undefined && start > offset) high = middle;
        else low = middle + 1;
      }
      const nearest = items.slice(Math.max(0, low - 1), low + 1);
      const pair = pairAtOffset(nearest, offset) ?? pairAtOffset(items, offset);
      const text = keyText(pair?.key);
      if (pair !== undefined && text !== undefined) {
        path.push(text);
        // Inside the value itself: look deeper. Between the key and its value (a tag, an anchor): this pair.
        if (contains(pair.value, offset)) next = pair.value;
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
