/**
 * A fast reader for the plain subset of YAML that configurations are written in: block mappings with
 * simple keys, block lists, one-line flow lists, single-quoted and double-quoted one-line scalars,
 * plain scalars (on one line, or folded over the more indented lines that follow, as YAML writers
 * wrap long text), and comments. It gives the same data as the `yaml` library's document model (core
 * schema), in a fraction of its time, and gives up (`undefined`) on anything else: anchors, tags,
 * block scalars (`|`, `>`), quoted scalars over several lines, blank or comment lines inside a folded
 * scalar, directives, tabs, duplicate keys, syntax errors. Then the caller reads the text with the
 * `yaml` library, which places every problem at its line and column.
 *
 * Giving up is always safe; reading anything differently from the `yaml` library is not. So every
 * rule below errs towards giving up (simple-yaml.test.ts compares both on generated texts).
 */

/** Thrown inside the reader when the text is beyond its subset; never escapes it. */
class BeyondSubset extends Error {}

const giveUp = (): never => {
  throw new BeyondSubset();
};

interface Line {
  /** 1-based. */
  readonly number: number;
  readonly indent: number;
  readonly content: string;
}

/** A 1-based line and column. */
export interface Place {
  readonly line: number;
  readonly column: number;
}

/**
 * Where each value is, as the `yaml` library's nodes place it: a scalar or a flow list where it
 * starts; a block mapping at its first key, a block list at its first dash; an empty value (`key:`
 * and nothing) as empty, so that it is shown at its key.
 */
export type PlaceTree =
  | { readonly kind: "scalar"; readonly at: Place; readonly empty: boolean }
  | {
      readonly kind: "map";
      readonly at: Place;
      readonly entries: ReadonlyMap<string, { readonly key: Place; readonly value: PlaceTree }>;
    }
  | { readonly kind: "list"; readonly at: Place; readonly items: readonly PlaceTree[] };

type Read = readonly [value: unknown, place: PlaceTree];

/** A simple key: a letter or underscore, then letters, digits, underscores or hyphens. */
const KEY_LINE = /^([A-Za-z_][A-Za-z0-9_-]*):(?: (.*))?$/;
/** Keys the core schema would read as null or a boolean, and the one that means a prototype. */
const SPECIAL_KEYS = new Set(["null", "Null", "NULL", "true", "True", "TRUE", "false", "False", "FALSE"]);

const NULL_WORD = /^(?:~|[Nn]ull|NULL)$/;
const BOOLEAN_WORD = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const DECIMAL_INTEGER = /^[-+]?[0-9]+$/;
const DECIMAL_FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;
const EXPONENT_FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
/** Other core-schema values (hexadecimal, octal, infinities, not-a-number): left to the `yaml` library. */
const OTHER_CORE_VALUE = /^(?:0x|0o|[-+]?\.(?:inf|Inf|INF)$|\.(?:nan|NaN|NAN)$)/;
/** Characters that cannot start a plain scalar, or that start one only in some places. */
const INDICATOR_START = /^[-?:,[\]{}#&*!|>'"%@`]/;

/** The value of a plain scalar, as the core schema resolves it. */
function plainValue(text: string): unknown {
  if (INDICATOR_START.test(text) && !/^-[0-9]/.test(text)) giveUp();
  if (text.includes(": ") || text.endsWith(":") || text.includes(" #")) giveUp();
  if (NULL_WORD.test(text)) return null;
  if (BOOLEAN_WORD.test(text)) return text[0] === "t" || text[0] === "T";
  if (DECIMAL_INTEGER.test(text)) return parseInt(text, 10);
  if (DECIMAL_FLOAT.test(text) || EXPONENT_FLOAT.test(text)) return parseFloat(text);
  if (OTHER_CORE_VALUE.test(text)) giveUp();
  return text;
}

/** Only whitespace, or a comment after whitespace, may follow a quoted scalar or a flow list. */
function checkTail(tail: string): void {
  if (!/^(?:\s*|\s+#.*)$/.test(tail)) giveUp();
}

/** The value written after `key: ` or `- ` on one line (never empty), which starts at `at`. */
function inlineValue(text: string, at: Place): Read {
  const scalar = (value: unknown): Read => [value, { kind: "scalar", at, empty: false }];
  const first = text[0];
  if (first === "'") {
    const match = /^'((?:[^']|'')*)'/.exec(text);
    if (match === null) return giveUp();
    checkTail(text.slice(match[0].length));
    return scalar((match[1] ?? "").replaceAll("''", "'"));
  }
  if (first === '"') {
    const match = /^"((?:[^"\\]|\\.)*)"/.exec(text);
    if (match === null || match[0].includes("\\u")) return giveUp();
    checkTail(text.slice(match[0].length));
    try {
      // Where JSON reads an escape at all, it reads it as YAML does; others (\x, \0, \e…) give up.
      return scalar(JSON.parse(match[0]) as string);
    } catch {
      return giveUp();
    }
  }
  if (first === "[") {
    const close = text.indexOf("]");
    if (close === -1) return giveUp();
    const inside = text.slice(1, close);
    checkTail(text.slice(close + 1));
    if (/[[{}"]/.test(inside) || inside.includes(" #")) giveUp();
    const items: unknown[] = [];
    const places: PlaceTree[] = [];
    if (inside.trim() !== "") {
      let offset = 1;
      for (const item of inside.split(",")) {
        const trimmed = item.trim();
        // Flow context: no empty items, no quotes or brackets, no `key: value` pairs, no comments.
        if (trimmed === "" || /[[\]{}"]/.test(trimmed) || trimmed.startsWith("'") || trimmed.includes(":"))
          giveUp();
        items.push(plainValue(trimmed));
        const column = at.column + offset + (item.length - item.trimStart().length);
        places.push({ kind: "scalar", at: { line: at.line, column }, empty: false });
        offset += item.length + 1;
      }
    }
    return [items, { kind: "list", at, items: places }];
  }
  const comment = text.search(/\s#/);
  const plain = (comment === -1 ? text : text.slice(0, comment)).trimEnd();
  if (plain === "") giveUp();
  return scalar(plainValue(plain));
}

class Reader {
  private position = 0;

  constructor(private readonly lines: Line[]) {}

  /** The whole text: a mapping at the first column, and nothing after it. */
  document(): { data: Record<string, unknown>; places: PlaceTree } {
    if (this.lines.length === 0 || this.lines[0]?.indent !== 0) giveUp();
    const [data, places] = this.mapping(0);
    if (this.position !== this.lines.length) giveUp();
    return { data: data as Record<string, unknown>, places };
  }

  private get line(): Line | undefined {
    return this.lines[this.position];
  }

  private mapping(indent: number): Read {
    const map: Record<string, unknown> = {};
    const entries = new Map<string, { key: Place; value: PlaceTree }>();
    const first = this.line;
    for (let line = this.line; line !== undefined && line.indent === indent; line = this.line) {
      const match = KEY_LINE.exec(line.content);
      if (match === null) return giveUp();
      const key = match[1] ?? "";
      if (SPECIAL_KEYS.has(key) || key === "__proto__" || Object.hasOwn(map, key)) giveUp();
      const keyPlace = { line: line.number, column: indent + 1 };
      const afterColon = match[2] ?? "";
      let rest = afterColon.trim();
      if (rest.startsWith("#")) rest = "";
      this.position += 1;
      let read: Read;
      if (rest !== "") {
        const column = indent + key.length + 3 + (afterColon.length - afterColon.trimStart().length);
        read = this.continued(inlineValue(rest, { line: line.number, column }), rest, line.number, indent);
      } else {
        const next = this.line;
        if (next !== undefined && next.indent > indent) {
          read = isListItem(next.content) ? this.list(next.indent) : this.mapping(next.indent);
        } else if (next !== undefined && next.indent === indent && isListItem(next.content)) {
          // A list may start at its key's own indentation.
          read = this.list(indent);
        } else {
          read = [null, { kind: "scalar", at: keyPlace, empty: true }];
        }
      }
      map[key] = read[0];
      entries.set(key, { key: keyPlace, value: read[1] });
    }
    if ((this.line?.indent ?? -1) > indent) giveUp();
    const at = { line: first?.number ?? 1, column: indent + 1 };
    return [map, { kind: "map", at, entries }];
  }

  /**
   * A value written on one line (`first`, on line `number`), continued by the more indented lines right
   * after it: a plain scalar folded over several lines, as YAML writers wrap long text. The lines are
   * joined with one space each. Anything else on those lines (a blank or comment line between them, a
   * quoted or flow value, a comment, an indicator, `: `) is left to the `yaml` library.
   */
  private continued(read: Read, first: string, number: number, indent: number): Read {
    let next = this.line;
    if (next === undefined || next.indent <= indent) return read;
    if (/^['"[]/.test(first) || /\s#/.test(first)) giveUp();
    const parts = [first];
    let last = number;
    for (; next !== undefined && next.indent > indent; next = this.line) {
      const text = next.content;
      if (next.number !== last + 1 || INDICATOR_START.test(text) || text.includes(": ") || text.endsWith(":"))
        giveUp();
      if (text.includes(" #")) giveUp();
      parts.push(text);
      last = next.number;
      this.position += 1;
    }
    return [plainValue(parts.join(" ")), read[1]];
  }

  private list(indent: number): Read {
    const items: unknown[] = [];
    const places: PlaceTree[] = [];
    const first = this.line;
    for (
      let line = this.line;
      line !== undefined && line.indent === indent && isListItem(line.content);
      line = this.line
    ) {
      const afterDash = line.content.slice(1);
      const rest = afterDash.trimStart();
      // An empty item, a nested block after the dash, or a list in a list: left to the `yaml` library.
      if (rest === "" || rest.startsWith("#") || isListItem(rest)) giveUp();
      const column = indent + 1 + afterDash.length - rest.length;
      let read: Read;
      if (KEY_LINE.test(rest)) {
        // A mapping that starts on the dash's line: its keys line up with the first one.
        this.lines[this.position] = { number: line.number, indent: column, content: rest };
        read = this.mapping(column);
      } else {
        this.position += 1;
        read = this.continued(
          inlineValue(rest, { line: line.number, column: column + 1 }),
          rest,
          line.number,
          indent,
        );
      }
      items.push(read[0]);
      places.push(read[1]);
    }
    if ((this.line?.indent ?? -1) > indent) giveUp();
    const at = { line: first?.number ?? 1, column: indent + 1 };
    return [items, { kind: "list", at, items: places }];
  }
}

function isListItem(content: string): boolean {
  return content === "-" || content.startsWith("- ");
}

/**
 * The text's data, read as the `yaml` library reads it (core schema), and where each value is, when
 * the text is within the plain subset and its top level is a mapping; otherwise `undefined`.
 */
export function readSimpleYaml(
  text: string,
): { readonly data: Record<string, unknown>; readonly places: PlaceTree } | undefined {
  // Whitespace other than spaces and line feeds (tabs, carriage returns, no-break spaces, a byte-order
  // mark, Unicode line separators): left to the `yaml` library. So JavaScript's trim() trims spaces only.
  if (/[^\S \n]/.test(text)) return undefined;
  const lines: Line[] = [];
  const raws = text.split("\n");
  for (let index = 0; index < raws.length; index += 1) {
    const raw = raws[index] ?? "";
    const content = raw.trim();
    if (content === "" || content.startsWith("#")) continue;
    lines.push({ number: index + 1, indent: raw.length - raw.trimStart().length, content });
  }
  try {
    return new Reader(lines).document();
  } catch (error) {
    if (error instanceof BeyondSubset) return undefined;
    throw error;
  }
}

/**
 * The place of the value at a path, as `locatePath` (yaml-locations.ts) finds it in the `yaml`
 * library's document: the deepest part of the path that exists; a mapping, a list or an empty value
 * at its key, and so is any value with `atKey`.
 */
export function placeOf(
  places: PlaceTree,
  path: readonly (string | number)[],
  options: { readonly atKey?: boolean } = {},
): Place {
  let node: PlaceTree = places;
  let key: Place | undefined;
  for (const segment of path) {
    if (node.kind === "map") {
      const entry = node.entries.get(String(segment));
      if (entry === undefined) break;
      key = entry.key;
      node = entry.value;
    } else if (node.kind === "list" && typeof segment === "number") {
      const item: PlaceTree | undefined = node.items[segment];
      if (item === undefined) break;
      key = undefined;
      node = item;
    } else {
      break;
    }
  }
  const showKey = key !== undefined && (node.kind !== "scalar" || node.empty || options.atKey === true);
  return showKey && key !== undefined ? key : node.at;
}
