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

const SPACE = 32;
const HASH = 35;
const DASH = 45;
const COLON = 58;
const PLUS = 43;
const DOT = 46;
const DIGIT_0 = 48;
const DIGIT_9 = 57;
const TILDE = 126;
const UPPER_F = 70;
const UPPER_N = 78;
const UPPER_T = 84;
const LOWER_F = 102;
const LOWER_N = 110;
const LOWER_T = 116;

/**
 * Where the simple key of a `key:` line ends (the index of its colon), or -1 when the line is not one:
 * a letter or underscore, then letters, digits, underscores or hyphens, a colon, and either nothing or
 * a space and the rest of the line. The regular expression `^([A-Za-z_][A-Za-z0-9_-]*):(?: (.*))?$`,
 * told without the match it would allocate (a line holds no line break).
 */
function keyEnd(content: string): number {
  const first = content.charCodeAt(0);
  if (!((first >= 65 && first <= 90) || (first >= 97 && first <= 122) || first === 95)) return -1;
  let index = 1;
  for (; index < content.length; index += 1) {
    const code = content.charCodeAt(index);
    const keyCharacter =
      (code >= 65 && code <= 90) ||
      (code >= 97 && code <= 122) ||
      (code >= 48 && code <= 57) ||
      code === 95 ||
      code === DASH;
    if (!keyCharacter) break;
  }
  if (content.charCodeAt(index) !== COLON) return -1;
  if (index + 1 < content.length && content.charCodeAt(index + 1) !== SPACE) return -1;
  return index;
}

/** How many spaces the text has from `from` on. */
function spacesFrom(text: string, from: number): number {
  let index = from;
  while (text.charCodeAt(index) === SPACE) index += 1;
  return index - from;
}

/**
 * The value of a plain scalar, as the core schema resolves it. Each regular expression is tried only
 * when the first character can start a match (most values are text that starts with a letter, which
 * none of the number patterns can match): the same answers, with a fifth of the regular expressions.
 */
function plainValue(text: string): unknown {
  const first = text.charCodeAt(0);
  if (INDICATOR_START.test(text) && !/^-[0-9]/.test(text)) giveUp();
  if (text.includes(": ") || text.endsWith(":") || text.includes(" #")) giveUp();
  // ~, null, Null, NULL.
  if ((first === TILDE || first === LOWER_N || first === UPPER_N) && NULL_WORD.test(text)) return null;
  // true, True, TRUE, false, False, FALSE.
  if (
    (first === LOWER_T || first === UPPER_T || first === LOWER_F || first === UPPER_F) &&
    BOOLEAN_WORD.test(text)
  ) {
    return text[0] === "t" || text[0] === "T";
  }
  // Numbers, .inf and .nan start with a sign, a digit or a dot.
  if (!(first === PLUS || first === DASH || first === DOT || (first >= DIGIT_0 && first <= DIGIT_9)))
    return text;
  if (DECIMAL_INTEGER.test(text)) return parseInt(text, 10);
  if (DECIMAL_FLOAT.test(text) || EXPONENT_FLOAT.test(text)) return parseFloat(text);
  if (OTHER_CORE_VALUE.test(text)) giveUp();
  return text;
}

/** Only whitespace, or a comment after whitespace, may follow a quoted scalar or a flow list. */
function checkTail(tail: string): void {
  if (!/^(?:\s*|\s+#.*)$/.test(tail)) giveUp();
}

function isListItem(content: string): boolean {
  return content === "-" || (content.charCodeAt(0) === DASH && content.charCodeAt(1) === SPACE);
}

/**
 * Reads the text's lines. With `withPlaces` it also builds the place of each value (the tree `placeOf`
 * reads); without, it reads the data alone, allocating nothing for places, and gives up exactly where
 * it would with them. Each method returns the value it read and, when places are built, leaves the
 * value's place in `place`.
 */
class Reader {
  private position = 0;
  /** The place of the value read last (only when places are built). */
  private place: PlaceTree | undefined;

  /**
   * The lines that hold something (neither blank nor only a comment): each one's 1-based number, its
   * indentation, and its content without the spaces around it.
   */
  constructor(
    private readonly numbers: number[],
    private readonly indents: number[],
    private readonly contents: string[],
    private readonly withPlaces: boolean,
  ) {}

  /** The whole text: a mapping at the first column, and nothing after it. */
  document(): { data: Record<string, unknown>; places: PlaceTree | undefined } {
    if (this.contents.length === 0 || this.indents[0] !== 0) giveUp();
    const data = this.mapping(0);
    if (this.position !== this.contents.length) giveUp();
    return { data: data as Record<string, unknown>, places: this.place };
  }

  /** The indentation of the current line, or -1 after the last one. */
  private indent(): number {
    return this.position < this.contents.length ? (this.indents[this.position] as number) : -1;
  }

  private mapping(indent: number): unknown {
    const withPlaces = this.withPlaces;
    const map: Record<string, unknown> = {};
    const entries = withPlaces ? new Map<string, { key: Place; value: PlaceTree }>() : undefined;
    const firstNumber = this.numbers[this.position] ?? 1;
    while (this.indent() === indent) {
      const content = this.contents[this.position] as string;
      const number = this.numbers[this.position] as number;
      const colon = keyEnd(content);
      if (colon === -1) return giveUp();
      const key = content.slice(0, colon);
      if (SPECIAL_KEYS.has(key) || key === "__proto__" || Object.hasOwn(map, key)) giveUp();
      const keyPlace = withPlaces ? { line: number, column: indent + 1 } : undefined;
      // The value starts after `: ` and any more spaces (a content ends with no space).
      const lead = colon + 1 < content.length ? spacesFrom(content, colon + 2) : 0;
      let rest = colon + 1 < content.length ? content.slice(colon + 2 + lead) : "";
      if (rest.charCodeAt(0) === HASH) rest = "";
      this.position += 1;
      let value: unknown;
      if (rest !== "") {
        const column = indent + key.length + 3 + lead;
        value = this.continued(this.inlineValue(rest, number, column), rest, number, indent);
      } else {
        const next = this.indent();
        if (next > indent) {
          value = isListItem(this.contents[this.position] as string) ? this.list(next) : this.mapping(next);
        } else if (next === indent && isListItem(this.contents[this.position] as string)) {
          // A list may start at its key's own indentation.
          value = this.list(indent);
        } else {
          value = null;
          if (keyPlace !== undefined) this.place = { kind: "scalar", at: keyPlace, empty: true };
        }
      }
      map[key] = value;
      if (entries !== undefined && keyPlace !== undefined)
        entries.set(key, { key: keyPlace, value: this.place as PlaceTree });
    }
    if (this.indent() > indent) giveUp();
    if (entries !== undefined)
      this.place = { kind: "map", at: { line: firstNumber, column: indent + 1 }, entries };
    return map;
  }

  /** The value written after `key: ` or `- ` on one line (never empty), which starts at `line`:`column`. */
  private inlineValue(text: string, line: number, column: number): unknown {
    const first = text[0];
    let value: unknown;
    if (first === "'") {
      const match = /^'((?:[^']|'')*)'/.exec(text);
      if (match === null) return giveUp();
      checkTail(text.slice(match[0].length));
      value = (match[1] ?? "").replaceAll("''", "'");
    } else if (first === '"') {
      const match = /^"((?:[^"\\]|\\.)*)"/.exec(text);
      if (match === null || match[0].includes("\\u")) return giveUp();
      checkTail(text.slice(match[0].length));
      try {
        // Where JSON reads an escape at all, it reads it as YAML does; others (\x, \0, \e…) give up.
        value = JSON.parse(match[0]) as string;
      } catch {
        return giveUp();
      }
    } else if (first === "[") {
      const close = text.indexOf("]");
      if (close === -1) return giveUp();
      const inside = text.slice(1, close);
      checkTail(text.slice(close + 1));
      if (/[[{}"]/.test(inside) || inside.includes(" #")) giveUp();
      const items: unknown[] = [];
      const places: PlaceTree[] | undefined = this.withPlaces ? [] : undefined;
      if (inside.trim() !== "") {
        let offset = 1;
        for (const item of inside.split(",")) {
          const trimmed = item.trim();
          // Flow context: no empty items, no quotes or brackets, no `key: value` pairs, no comments.
          if (trimmed === "" || /[[\]{}"]/.test(trimmed) || trimmed.startsWith("'") || trimmed.includes(":"))
            giveUp();
          items.push(plainValue(trimmed));
          if (places !== undefined) {
            const at = { line, column: column + offset + spacesFrom(item, 0) };
            places.push({ kind: "scalar", at, empty: false });
          }
          offset += item.length + 1;
        }
      }
      if (places !== undefined) this.place = { kind: "list", at: { line, column }, items: places };
      return items;
    } else {
      // The space is the only whitespace in the text (readSimpleYaml): a comment starts at " #".
      const comment = text.indexOf(" #");
      const plain = (comment === -1 ? text : text.slice(0, comment)).trimEnd();
      if (plain === "") giveUp();
      value = plainValue(plain);
    }
    if (this.withPlaces) this.place = { kind: "scalar", at: { line, column }, empty: false };
    return value;
  }

  /**
   * A value written on one line (`first`, on line `number`), continued by the more indented lines right
   * after it: a plain scalar folded over several lines, as YAML writers wrap long text. The lines are
   * joined with one space each. Anything else on those lines (a blank or comment line between them, a
   * quoted or flow value, a comment, an indicator, `: `) is left to the `yaml` library. The value's
   * place is its first line's, which inlineValue left.
   */
  private continued(value: unknown, first: string, number: number, indent: number): unknown {
    if (this.indent() <= indent) return value;
    if (/^['"[]/.test(first) || /\s#/.test(first)) giveUp();
    const parts = [first];
    let last = number;
    while (this.indent() > indent) {
      const text = this.contents[this.position] as string;
      const next = this.numbers[this.position] as number;
      if (next !== last + 1 || INDICATOR_START.test(text) || text.includes(": ") || text.endsWith(":"))
        giveUp();
      if (text.includes(" #")) giveUp();
      parts.push(text);
      last = next;
      this.position += 1;
    }
    return plainValue(parts.join(" "));
  }

  private list(indent: number): unknown {
    const items: unknown[] = [];
    const places: PlaceTree[] | undefined = this.withPlaces ? [] : undefined;
    const firstNumber = this.numbers[this.position] ?? 1;
    while (this.indent() === indent && isListItem(this.contents[this.position] as string)) {
      const content = this.contents[this.position] as string;
      const number = this.numbers[this.position] as number;
      const lead = spacesFrom(content, 1);
      const rest = content.slice(1 + lead);
      // An empty item, a nested block after the dash, or a list in a list: left to the `yaml` library.
      if (rest === "" || rest.charCodeAt(0) === HASH || isListItem(rest)) giveUp();
      const column = indent + 1 + lead;
      let value: unknown;
      if (keyEnd(rest) !== -1) {
        // A mapping that starts on the dash's line: its keys line up with the first one.
        this.indents[this.position] = column;
        this.contents[this.position] = rest;
        value = this.mapping(column);
      } else {
        this.position += 1;
        value = this.continued(this.inlineValue(rest, number, column + 1), rest, number, indent);
      }
      items.push(value);
      if (places !== undefined) places.push(this.place as PlaceTree);
    }
    if (this.indent() > indent) giveUp();
    if (places !== undefined)
      this.place = { kind: "list", at: { line: firstNumber, column: indent + 1 }, items: places };
    return items;
  }
}

/**
 * The text's data, read as the `yaml` library reads it (core schema), and where each value is, when
 * the text is within the plain subset and its top level is a mapping; otherwise `undefined`. With
 * `{ places: false }` it reads the data alone (no places), and is `undefined` for exactly the same
 * texts: a caller that needs a place only to report a problem reads the places when it needs them.
 */
export function readSimpleYaml(
  text: string,
): { readonly data: Record<string, unknown>; readonly places: PlaceTree } | undefined;
export function readSimpleYaml(
  text: string,
  options: { readonly places: false },
): { readonly data: Record<string, unknown> } | undefined;
export function readSimpleYaml(
  text: string,
  options: { readonly places: boolean } = { places: true },
): { readonly data: Record<string, unknown>; readonly places?: PlaceTree | undefined } | undefined {
  // Whitespace other than spaces and line feeds (tabs, carriage returns, no-break spaces, a byte-order
  // mark, Unicode line separators): left to the `yaml` library. So the space is the only whitespace to
  // skip below, as JavaScript's trim() would.
  if (/[^\S \n]/.test(text)) return undefined;
  const numbers: number[] = [];
  const indents: number[] = [];
  const contents: string[] = [];
  const length = text.length;
  for (let start = 0, number = 1; start <= length; number += 1) {
    let end = text.indexOf("\n", start);
    if (end === -1) end = length;
    let first = start;
    while (first < end && text.charCodeAt(first) === SPACE) first += 1;
    // Blank lines and comment lines hold nothing.
    if (first < end && text.charCodeAt(first) !== HASH) {
      let last = end;
      while (text.charCodeAt(last - 1) === SPACE) last -= 1;
      numbers.push(number);
      indents.push(first - start);
      contents.push(text.slice(first, last));
    }
    start = end + 1;
  }
  try {
    return new Reader(numbers, indents, contents, options.places).document();
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
