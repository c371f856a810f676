// The line indented out of step in a configuration that the `yaml` library cannot read: found from
// the text's lines (their indentation, keys and list items), not by parsing YAML again. The library
// reports such a slip at the lines after it ("All mapping items must start at the same column") or
// inside a value it then misreads ("Nested mappings are not allowed in compact mappings"); this finds
// the one line to fix, so that one problem is reported, at that line.

/** A line holding a key (`name:`) or a list item (`- `), as far as its indentation goes. */
interface Entry {
  /** 1-based. */
  readonly line: number;
  /** The number of spaces before the key or the dash. */
  readonly indent: number;
  readonly kind: "key" | "item";
  /** The key's text (for a key). */
  readonly key?: string;
  /** A key with no value on its line (its value is the block below it), or an item. */
  readonly opens: boolean;
  /** The key after the dash of an item on the same line (`- name: X`), read as its own entry. */
  readonly inline?: boolean;
}

/** What a line out of step is, and the indentation of the lines it should be in step with. */
export interface OutOfStep {
  /** 1-based line and column (of the key or the dash). */
  readonly line: number;
  readonly column: number;
  readonly message: string;
  readonly hint: string;
}

const KEY =
  /^(?:"((?:[^"\\]|\\.)*)"|'((?:[^']|'')*)'|([^\s#"'[\]{},&*!|>%@`-][^#]*?|-[^\s#][^#]*?))[ \t]*:(?:[ \t]+(.*))?$/;

/** The longest line judged, in characters: a configuration's longest is under 200. */
const MAX_JUDGED_LINE = 1000;

const QUOTED = /^(?:"(?:[^"\\]|\\.)*"|'(?:[^']|'')*')/;

/** A value that is not complete on its line: an unclosed quote or bracket (the lines after it belong to it). */
function runsOn(value: string): boolean {
  const text = value.trim();
  if (/^["']/.test(text)) return !QUOTED.test(text);
  if (!/^[[{]/.test(text)) return false;
  const unquoted = text.replace(/"(?:[^"\\]|\\.)*"|'(?:[^']|'')*'/g, "");
  return (unquoted.match(/[[{]/g) ?? []).length > (unquoted.match(/[\]}]/g) ?? []).length;
}

/** The entries of the text's lines, or undefined where the lines cannot be judged this way (tabs, a flow or quoted value over several lines). */
function entriesOf(text: string): Entry[] | undefined {
  const entries: Entry[] = [];
  const lines = text.split("\n");
  /** The indentation a block scalar's (`|`, `>`) lines are deeper than, while in one. */
  let blockScalarAbove: number | undefined;
  for (const [index, raw] of lines.entries()) {
    // A line longer than any of a configuration's is not judged (and the patterns stay linear).
    if (raw.length > MAX_JUDGED_LINE) return undefined;
    const line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    const indent = line.length - line.trimStart().length;
    const rest = line.slice(indent);
    if (blockScalarAbove !== undefined) {
      if (rest === "" || indent > blockScalarAbove) continue;
      blockScalarAbove = undefined;
    }
    if (rest === "" || rest.startsWith("#")) continue;
    if (/^[^ ]/.test(line.slice(0, indent))) return undefined; // a tab in the indentation
    if (/^(?:---|\.\.\.)(?:\s|$)/.test(rest) || rest.startsWith("%")) continue;
    let column = indent;
    let body = rest;
    const item = /^-(?:([ \t]+)|$)/.exec(body);
    if (item !== null) {
      entries.push({ line: index + 1, indent: column, kind: "item", opens: true });
      column += 1 + (item[1]?.length ?? 0);
      body = body.slice(item[0].length);
      if (body === "" || body.startsWith("#")) continue;
      if (/^-(?:\s|$)/.test(body)) return undefined; // a list in a list on one line
    }
    const key = KEY.exec(body);
    if (key === null) {
      if (runsOn(body)) return undefined;
      continue;
    }
    const value = (key[4] ?? "").trim();
    if (/^[|>][-+0-9]*(?:\s+#.*)?$/.test(value)) blockScalarAbove = indent;
    else if (runsOn(value)) return undefined;
    entries.push({
      line: index + 1,
      indent: column,
      kind: "key",
      key: key[1] ?? key[2]?.replace(/''/g, "'") ?? key[3]?.trim() ?? "",
      opens: value === "" || value.startsWith("#") || /^[&!][^\s]*(?:\s+#.*)?$/.test(value),
      inline: item !== null,
    });
  }
  return entries;
}

/** What holds a block: the top level, a key, or a list item (of a key's list). */
type Holder =
  | { readonly kind: "root" }
  | { readonly kind: "key"; readonly key: string; readonly indent: number; readonly holder: Holder }
  | {
      readonly kind: "item";
      readonly of: string | undefined;
      readonly indent: number;
      readonly holder: Holder;
    };

function spaces(count: number): string {
  return `${count} ${count === 1 ? "space" : "spaces"}`;
}

function indented(count: number): string {
  return count === 0 ? "not indented" : `indented ${spaces(count)}`;
}

function indentHint(expected: number, what: "keys" | "items", where: "around" | "below"): string {
  return expected === 0
    ? `Remove the spaces before it, like the ${what === "keys" ? "sections" : what} ${where} it.`
    : `Indent it by ${spaces(expected)}, like the ${what} ${where} it (spaces, not tabs).`;
}

function outOfStep(entry: Entry, expected: number, holder: Holder): OutOfStep {
  const place = { line: entry.line, column: entry.indent + 1 };
  if (entry.kind === "item") {
    const of = holder.kind === "key" ? ` of ${JSON.stringify(holder.key)}` : " of this list";
    return {
      ...place,
      message: `This list item is ${indented(entry.indent)}, but the other items${of} are ${indented(expected)}.`,
      hint: indentHint(expected, "items", "around"),
    };
  }
  const name = JSON.stringify(entry.key ?? "");
  const others =
    holder.kind === "root"
      ? expected === 0
        ? "the other top-level sections start at the beginning of the line"
        : `the other top-level sections are ${indented(expected)}`
      : holder.kind === "key"
        ? `the other keys under ${JSON.stringify(holder.key)} are ${indented(expected)}`
        : `the other keys of this item${holder.of === undefined ? "" : ` of ${JSON.stringify(holder.of)}`} are ${indented(expected)}`;
  return {
    ...place,
    message: `${name} is ${indented(entry.indent)}, but ${others}.`,
    hint: indentHint(expected, "keys", "around"),
  };
}

/** A last key indented between its holder and the holder's other keys: it may belong with either. */
function betweenLevels(entry: Entry, expected: number, holder: Holder & { readonly kind: "key" }): OutOfStep {
  const parent = JSON.stringify(holder.key);
  return {
    line: entry.line,
    column: entry.indent + 1,
    message: `${JSON.stringify(entry.key ?? "")} is ${indented(entry.indent)}, in step neither with the other keys under ${parent} (${spaces(expected)}) nor with ${parent} itself (${spaces(holder.indent)}).`,
    hint: `Indent it by ${spaces(expected)} if it belongs under ${parent}, or by ${spaces(holder.indent)} if it comes after it (spaces, not tabs).`,
  };
}

/** Found where the lines cannot be judged: then nothing is reported. */
const CONFUSED: OutOfStep = { line: 0, column: 0, message: "", hint: "" };

/** The indentation most of the entries have; on a tie, the usual step of 2 past the holder's, or the first's. */
function usualIndent(indents: readonly number[], holder: Holder): number {
  // Top-level sections start at the beginning of the line, however many keys are out of step.
  if (holder.kind === "root" && indents.includes(0)) return 0;
  const counts = new Map<number, number>();
  for (const indent of indents) counts.set(indent, (counts.get(indent) ?? 0) + 1);
  const most = Math.max(...counts.values());
  const tied = [...counts.keys()].filter((indent) => counts.get(indent) === most);
  if (tied.length === 1) return tied[0] as number;
  const step = holder.kind === "root" ? 0 : holder.indent + 2;
  return tied.includes(step) ? step : (indents[0] as number);
}

/** How much deeper the file indents a key's block than the key, most often (2 when it cannot tell). */
function usualStep(entries: readonly Entry[]): number {
  const counts = new Map<number, number>();
  for (const [index, entry] of entries.entries()) {
    const next = entries[index + 1];
    if (entry.kind !== "key" || !entry.opens || next === undefined || next.indent <= entry.indent) continue;
    const step = next.indent - entry.indent;
    counts.set(step, (counts.get(step) ?? 0) + 1);
  }
  let usual = 2;
  for (const [step, count] of counts) if (count > (counts.get(usual) ?? 0)) usual = step;
  return usual;
}

/**
 * A key with a value written at the indentation of the key before it, whose block it belongs in:
 * `council:`, then `shortName: X` at the start of the line among `council:`'s keys. The keys after
 * it, deeper than a key with a value can hold, give it away.
 */
function belongsAbove(
  entries: readonly Entry[],
  direct: readonly number[],
  at: number,
  to: number,
  found: OutOfStep[],
): void {
  const entry = entries[at] as Entry;
  const beforeAt = direct.at(-2);
  const before = beforeAt === undefined ? undefined : (entries[beforeAt] as Entry);
  const next = at + 1 < to ? entries[at + 1] : undefined;
  if (
    beforeAt === undefined ||
    before?.kind !== "key" ||
    !before.opens ||
    entry.kind !== "key" ||
    entry.opens ||
    before.indent !== entry.indent ||
    next?.kind !== "key" ||
    next.indent <= entry.indent
  )
    return;
  // The keys the key before it holds, if any, must be as deep as those after it.
  const held = entries[beforeAt + 1] as Entry;
  if (held !== entry && held.indent !== next.indent) return;
  const name = JSON.stringify(entry.key ?? "");
  const parent = JSON.stringify(before.key ?? "");
  // One key alone deeper after it (`privacyNoticeUrl: X`, then `    sharingAgreement: Y`, then less
  // deep) may as well be the line out of step: then the message says what is seen, the hint both fixes.
  // Not when it is the first line after the key before it: moving the key after it instead would
  // leave that key holding nothing (`sponsor:`, `  role: X`, `    email: Y`).
  const alone = held !== entry && (entries[at + 2]?.indent ?? -1) !== next.indent;
  const nextName = JSON.stringify(next.key ?? "");
  found.push({
    line: entry.line,
    column: entry.indent + 1,
    message: alone
      ? `${name} is ${indented(entry.indent)}, like ${parent} itself, but ${nextName} on the line after it is ${indented(next.indent)}, like the keys under ${parent}.`
      : `${name} is ${indented(entry.indent)}, like ${parent} itself, but it belongs under ${parent}, whose keys are ${indented(next.indent)}.`,
    hint: alone
      ? `Indent it by ${spaces(next.indent)} if it belongs under ${parent}; if it comes after ${parent}, ${entry.indent === 0 ? "remove the spaces before" : "indent"} ${nextName} on line ${next.line}${entry.indent === 0 ? "" : ` by ${spaces(entry.indent)}`} instead${entry.indent === 0 ? "" : " (spaces, not tabs)"}.`
      : indentHint(next.indent, "keys", "around"),
  });
}

/**
 * A key at the indentation of the dashes of the list it is in (`- name: X`, then `population: 1`
 * under the dash rather than under `name`): it belongs with the keys of the item before it.
 */
function listKeyOutOfStep(
  entries: readonly Entry[],
  direct: readonly number[],
  holder: Holder,
  found: OutOfStep[],
): void {
  if ((entries[direct[0] as number] as Entry).kind !== "item") return;
  const keyAt = direct.find((at) => (entries[at] as Entry).kind === "key");
  if (keyAt === undefined) return;
  const key = entries[keyAt] as Entry;
  const previousItem = direct.filter((at) => at < keyAt).at(-1) as number;
  const inline = entries[previousItem + 1];
  // Only after an item of keys (`- name: X`), and not a key holding nothing (a section's name).
  if (inline?.inline !== true || inline.line !== (entries[previousItem] as Entry).line) return;
  if (key.opens && (entries[keyAt + 1]?.indent ?? 0) <= key.indent) return;
  const column = inline.indent;
  const item: Holder = {
    kind: "item",
    of: holder.kind === "key" ? holder.key : undefined,
    indent: key.indent,
    holder,
  };
  found.push(outOfStep(key, column, item));
}

/** The lines out of step in the block of entries [from, to), whose holder is `holder`, into `found`. */
function checkBlock(
  entries: readonly Entry[],
  from: number,
  to: number,
  holder: Holder,
  step: number,
  found: OutOfStep[],
): void {
  /** The direct entries of the block, and where the block of each ends. */
  const direct: number[] = [];
  let index = from;
  while (index < to) {
    const entry = entries[index] as Entry;
    direct.push(index);
    let end = index + 1;
    if (entry.kind === "item") {
      // Its keys are deeper than its dash; a list item no deeper than them is not inside it.
      const inline = entries[end];
      const content =
        inline?.inline === true && inline.line === entry.line ? inline.indent : entry.indent + 2;
      while (end < to) {
        const next = entries[end] as Entry;
        if (
          next.indent <= entry.indent ||
          (next.kind === "item" && next.indent <= content && next.line !== entry.line)
        )
          break;
        end += 1;
      }
    } else if (entry.opens) {
      // A list may start at its key's own indentation (`key:` then `- item`).
      const listHere = entries[end]?.kind === "item" && entries[end]?.indent === entry.indent;
      // A key off the file's usual step from its holder (`welshLanguage:` one space in, under
      // `team:`) does not hold a later key less deep than its own first one: that is its sibling.
      const offStep = entry.indent !== (holder.kind === "root" ? 0 : holder.indent + step);
      const firstInside = entries[end]?.indent ?? 0;
      while (end < to) {
        const next = entries[end] as Entry;
        const inside =
          next.indent > entry.indent || (listHere && next.kind === "item" && next.indent === entry.indent);
        if (!inside || (offStep && next.kind === "key" && next.indent < firstInside)) break;
        end += 1;
      }
    }
    if (end > index + 1) {
      const inner: Holder =
        entry.kind === "item"
          ? { kind: "item", of: holder.kind === "key" ? holder.key : undefined, indent: entry.indent, holder }
          : { kind: "key", key: entry.key ?? "", indent: entry.indent, holder };
      checkBlock(entries, index + 1, end, inner, step, found);
    }
    belongsAbove(entries, direct, index, to, found);
    index = end;
  }
  const expected = usualIndent(
    direct.map((at) => (entries[at] as Entry).indent),
    holder,
  );
  // List items among keys: the lines are too far out of step to tell which one is.
  const kinds = direct.map((at) => (entries[at] as Entry).kind);
  if (kinds[0] === "key" && kinds.includes("item")) {
    found.push(CONFUSED);
    return;
  }
  const oddAt = direct.find((at) => (entries[at] as Entry).indent !== expected);
  if (oddAt === undefined) {
    listKeyOutOfStep(entries, direct, holder, found);
    return;
  }
  const odd = entries[oddAt] as Entry;
  // The first key a whole step deeper than the others: as likely the key holding them a step too
  // shallow (`sponsor:` at the start of its line): too unsure to say which.
  if (oddAt === direct[0] && holder.kind !== "root" && (odd.indent - expected) % step === 0) return;
  // A list item right after the items of a key's list, less deep than them and like them (values,
  // or keys): it belongs with them (`places:` then `      - Northfield` then `    - Upper Northfield`).
  const previous = entries[oddAt - 1];
  const holdsKeys = (at: number): boolean =>
    entries[at + 1]?.inline === true && entries[at + 1]?.line === entries[at]?.line;
  if (
    odd.kind === "item" &&
    previous?.kind === "item" &&
    previous.indent > odd.indent &&
    holdsKeys(oddAt) === holdsKeys(oddAt - 1)
  ) {
    const listKey = entries
      .slice(from, oddAt)
      .findLast((entry) => entry.kind === "key" && entry.indent < previous.indent);
    if (listKey?.opens === true && listKey.indent >= odd.indent) {
      const list: Holder = { kind: "key", key: listKey.key ?? "", indent: listKey.indent, holder };
      found.push(outOfStep(odd, previous.indent, list));
      return;
    }
  }
  // Less indented than its neighbours, with its own keys no deeper than theirs: it belongs with
  // the holder (` programme:` after `council:`'s keys).
  const below = entries[oddAt + 1];
  if (
    holder.kind !== "root" &&
    odd.kind === "key" &&
    odd.opens &&
    odd.indent < expected &&
    // A whole step deeper than the holder (`sponsor:` at the start of its line, its keys and then
    // `  lead:`'s at 4): as likely the holder a step too shallow: too unsure to say which.
    (odd.indent - holder.indent) % step !== 0 &&
    below !== undefined &&
    below.line !== odd.line &&
    below.indent > odd.indent &&
    below.indent <= expected
  ) {
    found.push(outOfStep(odd, holder.indent, holder.holder));
    return;
  }
  if (
    holder.kind !== "root" &&
    odd.kind === "key" &&
    odd.opens &&
    odd.indent < expected &&
    below?.indent === expected
  ) {
    found.push(CONFUSED);
    return;
  }
  // The last key, between the holder and its keys: either may be meant (`   email:` after
  // `sponsor:`'s `    role:`, or `   privacyNoticeUrl:` after `retention:`'s keys).
  if (holder.kind === "key" && odd.kind === "key" && oddAt === direct.at(-1) && odd.indent < expected) {
    found.push(betweenLevels(odd, expected, holder));
    return;
  }
  // An item's keys split evenly between two indentations a whole step apart (`- organisation: X` a
  // step too shallow, its `sector:` where it was): either line may be the one out of step.
  const indents = direct.map((at) => (entries[at] as Entry).indent);
  const others = indents.filter((indent) => indent !== expected).length;
  if (holder.kind === "item" && others * 2 >= indents.length && (odd.indent - expected) % step === 0) {
    found.push(CONFUSED);
    return;
  }
  found.push(outOfStep(odd, expected, holder));
}

/**
 * The first line of the text indented out of step with the lines it belongs with, at or before
 * `atOrBefore` (the first line the `yaml` library reported an indentation error at); undefined if
 * none is found there, or if the lines cannot be judged by their indentation alone.
 */
export function lineOutOfStep(text: string, atOrBefore: number): OutOfStep | undefined {
  const entries = entriesOf(text);
  if (entries === undefined || entries.length === 0) return undefined;
  const found: OutOfStep[] = [];
  checkBlock(entries, 0, entries.length, { kind: "root" }, usualStep(entries), found);
  if (found.includes(CONFUSED)) return undefined;
  const first = found.sort((a, b) => a.line - b.line || a.column - b.column)[0];
  return first !== undefined && first.line <= atOrBefore ? first : undefined;
}

/** The text with its (1-based) line `line` indented `by` spaces more (fewer, when negative). */
function reindented(text: string, line: number, by: number): string {
  const lines = text.split("\n");
  const raw = lines[line - 1] ?? "";
  lines[line - 1] = by >= 0 ? `${" ".repeat(by)}${raw}` : raw.slice(-by);
  return lines.join("\n");
}

/**
 * The line moved a whole step that makes a key appear twice in one mapping, in YAML that is
 * otherwise valid; undefined for a key really written twice. The `yaml` library reports the later
 * key, at `line`; the line that moved is either
 * - a key a step too deep that so holds nothing (`  programme:` among `council:`'s keys): the keys
 *   below it, meant as its own, are read as keys of the mapping above, where one of them already is;
 * - or either key a step too shallow: with a block (`    receives:`, meant under `dataItems:`), as
 *   its lines below it, a step deeper than the keys it belongs with, show; or with a value, right
 *   after a key that so holds nothing (only if no other line explains the slip).
 * Each is reported only where moving that line back a step leaves YAML that `readsCleanly`; where a
 * key holding nothing and the key with a value after it read as well either way, both fixes are named.
 */
export function shiftedDuplicate(
  text: string,
  line: number,
  readsCleanly: (text: string) => boolean,
): OutOfStep | undefined {
  const entries = entriesOf(text);
  if (entries === undefined) return undefined;
  const at = entries.findIndex((entry) => entry.line === line && entry.kind === "key");
  const duplicate = entries[at];
  if (duplicate === undefined) return undefined;
  // The file's usual step, or two spaces (a short text may not show its step); a key with a value
  // under a key holding nothing only if no other line explains it.
  const found = [...new Set([usualStep(entries), 2])].map((step) =>
    shiftedBy(text, entries, at, step, readsCleanly),
  );
  return (
    found.find((slip) => slip.found !== undefined)?.found ?? found.find((slip) => slip.underEmpty)?.underEmpty
  );
}

/** {@link shiftedDuplicate} for a step of `step` spaces; `at` is the later key's entry. */
function shiftedBy(
  text: string,
  entries: readonly Entry[],
  at: number,
  step: number,
  readsCleanly: (text: string) => boolean,
): { readonly found?: OutOfStep; readonly underEmpty?: OutOfStep } {
  const duplicate = entries[at] as Entry;
  // The keys of its mapping before it, nearest first.
  const siblings: { readonly entry: Entry; readonly at: number }[] = [];
  for (let index = at - 1; index >= 0; index -= 1) {
    const entry = entries[index] as Entry;
    if (entry.indent < duplicate.indent) break;
    if (entry.indent === duplicate.indent && entry.kind === "key") siblings.push({ entry, at: index });
  }
  const first = siblings.find(({ entry }) => entry.key === duplicate.key);
  if (first === undefined) return {};
  const name = JSON.stringify(duplicate.key ?? "");
  const indentBy = (count: number): string =>
    count === 0 ? "Remove the spaces before it" : `Indent it by ${spaces(count)}`;
  const tabs = (count: number): string => (count === 0 ? "" : " (spaces, not tabs)");

  // Either key a step too shallow (the later one, or the first), under the key before it.
  let underEmpty: OutOfStep | undefined;
  for (const [index, shallow] of [{ entry: duplicate, at }, first].entries()) {
    const other = index === 0 ? first.entry : duplicate;
    const below = entries[shallow.at + 1];
    const previous = index === 0 ? siblings[0] : siblings[siblings.indexOf(first) + 1];
    if (shallow.entry.inline === true || previous?.entry.opens !== true || previous.entry.inline === true)
      continue;
    const meant = shallow.entry.indent + step;
    const held = entries[previous.at + 1];
    // Its block deeper by two steps, the keys before it by one, or none (it was the first of them).
    const blockTooDeep =
      shallow.entry.opens &&
      below !== undefined &&
      below.indent === shallow.entry.indent + 2 * step &&
      (held === shallow.entry || (held?.kind === "key" && held.indent === meant));
    // A key with a value right after the key it belongs under, which so holds nothing: unless
    // that key is a step too deep (below), as its keys after it show.
    const afterEmpty = !shallow.entry.opens && held === shallow.entry && underEmpty === undefined;
    if ((!blockTooDeep && !afterEmpty) || !readsCleanly(reindented(text, shallow.entry.line, step))) continue;
    const parent = JSON.stringify(previous.entry.key ?? "");
    const slip = {
      line: shallow.entry.line,
      column: shallow.entry.indent + 1,
      message: blockTooDeep
        ? `${name} is ${indented(shallow.entry.indent)}, so it is read in the same mapping as the ${name} on line ${other.line}, but the lines below it are ${indented((below as Entry).indent)}, as if it were under ${parent}, where it belongs.`
        : `${name} is ${indented(shallow.entry.indent)}, like ${parent} itself, so ${parent} holds nothing and ${name} is read in the same mapping as the ${name} on line ${other.line}: it belongs under ${parent}.`,
      hint: `Indent it by ${spaces(meant)}, so that it comes under ${parent} (spaces, not tabs).`,
    };
    if (blockTooDeep) return { found: slip };
    underEmpty = slip;
  }

  // A key a step too deep, holding nothing: either of the two, or a key between them.
  const empty = [{ entry: duplicate, at }, ...siblings].find(
    ({ entry, at: index }) =>
      entry.line >= first.entry.line &&
      entry.opens &&
      entry.inline !== true &&
      entries[index + 1]?.kind === "key" &&
      entries[index + 1]?.indent === entry.indent,
  );
  if (empty !== undefined && empty.entry.indent >= step) {
    const holder = entries.slice(0, empty.at).findLast((entry) => entry.indent < empty.entry.indent);
    const meant = empty.entry.indent - step;
    if (
      // Not the first key under a holder a step less deep: moving it back would leave the holder
      // holding nothing.
      (holder === undefined ||
        (holder.kind === "key" &&
          holder.opens &&
          holder.indent <= meant &&
          !(holder.indent === meant && entries[empty.at - 1] === holder))) &&
      readsCleanly(reindented(text, empty.entry.line, -step))
    ) {
      const parent = holder === undefined ? undefined : JSON.stringify(holder.key ?? "");
      const keys = parent === undefined ? "top-level keys" : `keys of ${parent}`;
      const twice =
        empty.entry === duplicate
          ? `it is then a second ${name} there (the first is on line ${first.entry.line})`
          : empty.entry === first.entry
            ? `a second ${name} is then there on line ${duplicate.line}`
            : `${name} on line ${duplicate.line} is then there twice (also on line ${first.entry.line})`;
      const like = holder?.indent === meant ? `, like ${parent}` : "";
      // The later key, the last after it and with a value, may as well be the line moved (a step too
      // shallow): either fix puts it under the key holding nothing; they differ in where that key is.
      const last = entries[at + 1] === undefined || (entries[at + 1] as Entry).indent < duplicate.indent;
      if (
        entries[empty.at + 1] === duplicate &&
        !duplicate.opens &&
        last &&
        readsCleanly(reindented(text, duplicate.line, step))
      ) {
        const key = JSON.stringify(empty.entry.key ?? "");
        const back = meant === 0 ? "remove the spaces before it" : `indent it by ${spaces(meant)}`;
        const beside = empty.entry === first.entry ? "it" : `the ${name} on line ${first.entry.line}`;
        return {
          found: {
            line: empty.entry.line,
            column: empty.entry.indent + 1,
            message: `${key} is ${indented(empty.entry.indent)}, like the ${parent === undefined ? "top-level keys" : `keys under ${parent}`}, so it holds nothing, and ${name} on line ${duplicate.line} after it is read in the same mapping as ${beside}.`,
            hint: `Indent ${name} on line ${duplicate.line} by ${spaces(duplicate.indent + step)} if ${key} belongs ${parent === undefined ? "where it is" : `under ${parent}`}; if ${key} comes ${parent === undefined ? "a step less deep" : `after ${parent}`}, ${back} instead (spaces, not tabs).`,
          },
        };
      }
      return {
        found: {
          line: empty.entry.line,
          column: empty.entry.indent + 1,
          message: `${JSON.stringify(empty.entry.key ?? "")} is ${indented(empty.entry.indent)}, like the ${parent === undefined ? "top-level keys" : `keys under ${parent}`}, so it holds nothing and the keys below it are read as ${keys}: ${twice}.`,
          hint: `${indentBy(meant)}${like}, so that the keys below it are its own${tabs(meant)}.`,
        },
      };
    }
  }
  return { underEmpty };
}
