import type { Code, Nodes, Root, Table, TableRow } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import type { Extension as MdastExtension, Transform } from "mdast-util-from-markdown";
import { gfmFromMarkdown } from "mdast-util-gfm";
import { gfmAutolinkLiteral } from "micromark-extension-gfm-autolink-literal";
import { gfmFootnote } from "micromark-extension-gfm-footnote";
import { gfmStrikethrough } from "micromark-extension-gfm-strikethrough";
import { gfmTable } from "micromark-extension-gfm-table";
import { gfmTaskListItem } from "micromark-extension-gfm-task-list-item";
/** A micromark syntax extension. */
type Extension = ReturnType<typeof gfmTable>;

type ParseOptions = NonNullable<Parameters<typeof fromMarkdown>[1]>;

/**
 * A CommonMark autolink in angle brackets (`<https://…>`, `<name@example.org>`), a narrower pattern than
 * micromark's (no backslash before it; no backquote, "|" or backslash in it; shorter schemes and labels),
 * so that what it matches is an autolink wherever it is text: no construct that starts before it can
 * end inside it, and a table's "|" cannot split it. Where it is not text (code, HTML, a link's
 * destination), no autolink literal can be either.
 */
const ANGLE_AUTOLINK =
  // eslint-disable-next-line no-control-regex -- controls end a URL in micromark, so they are left out here
  /(?<!\\)<(?:[A-Za-z][A-Za-z\d+.-]{1,30}:[^\x00-\x20\x7f<>`|\\]*|[\w.+-]+@[A-Za-z\d](?:[A-Za-z\d-]{0,60}[A-Za-z\d])?(?:\.[A-Za-z\d](?:[A-Za-z\d-]{0,60}[A-Za-z\d])?)*)>/g;

/**
 * The GFM syntax extensions, in the order `micromark-extension-gfm` combines them, each with a test of
 * the Markdown that is true whenever the extension could match anything in it. Each extension is tried
 * at every place its first character could start it (autolink literals at the start of every word, a
 * table at the start of every block), so leaving out the ones that cannot match makes parsing faster and
 * gives the same tree: every GFM construct starts with a character that these tests look for, in the
 * source as written (the syntax sees no character references decoded).
 */
const GFM_SYNTAX: readonly {
  readonly name: string;
  readonly make: () => Extension;
  readonly can: (markdown: string) => boolean;
}[] = [
  // An email needs one of `[\w+.-]` then "@"; a www link "www." and a protocol link "http://" or
  // "https://", in any case; outside CommonMark's autolinks in angle brackets, which take them first.
  {
    name: "autolink",
    make: gfmAutolinkLiteral,
    can: (markdown) => /[\w+.-]@|www\.|https?:\/\//i.test(markdown.replace(ANGLE_AUTOLINK, " ")),
  },
  // A footnote call or definition starts "[^".
  { name: "footnote", make: gfmFootnote, can: (markdown) => markdown.includes("[^") },
  // Strikethrough is made of "~"; without one, "~" cannot be an attention marker either.
  { name: "strikethrough", make: gfmStrikethrough, can: (markdown) => markdown.includes("~") },
  // A table's delimiter row has a "|", or, in a table of one column without pipes, a colon beside a dash (":--").
  { name: "table", make: gfmTable, can: (markdown) => /\||:-|-:/.test(markdown) },
  // A task list item's check is "[", then whitespace, "x" or "X".
  { name: "taskListItem", make: gfmTaskListItem, can: (markdown) => /\[[\t\n\r xX]/.test(markdown) },
];

/**
 * What the autolink literal transform looks for in a text node: each of its regular expressions needs
 * "www." or "http://" or "https://" (in any case), or an "@" between one of `[\w+\-.]` and one of `[\w-]`.
 */
const AUTOLINK_LITERAL_CANDIDATE = /www\.|https?:\/\/|[\w+\-.]@[\w-]/i;

/** Whether any text node outside links (which the transform ignores) could hold an autolink literal. */
function hasAutolinkCandidate(node: Nodes): boolean {
  if (node.type === "link" || node.type === "linkReference") return false;
  if (node.type === "text") return AUTOLINK_LITERAL_CANDIDATE.test(node.value);
  return "children" in node && node.children.some(hasAutolinkCandidate);
}

/**
 * The mdast extensions of `mdast-util-gfm`, with the autolink literal transform (a find-and-replace over
 * every text node, after parsing) run only when a text node outside links could hold a URL or an email
 * address: it changes nothing in any other tree.
 */
function mdastExtensions(): MdastExtension[] {
  return gfmFromMarkdown().map((extension) => {
    // Only mdast-util-gfm-autolink-literal's extension (the one that handles `literalAutolink`) has a transform.
    if (extension.enter?.literalAutolink === undefined || !extension.transforms) return extension;
    const transforms = extension.transforms.map(
      (transform): Transform =>
        (tree) =>
          hasAutolinkCandidate(tree) ? transform(tree) : undefined,
    );
    return { ...extension, transforms };
  });
}

/** The extensions and the options for each set of them, made once: making them cost more than parsing a short document. */
let syntax:
  | { readonly name: string; readonly extension: Extension; readonly can: (markdown: string) => boolean }[]
  | undefined;
let fromMarkdownExtensions: MdastExtension[] | undefined;
const optionsBySet = new Map<string, ParseOptions>();

function optionsFor(markdown: string): ParseOptions {
  syntax ??= GFM_SYNTAX.map(({ name, make, can }) => ({ name, extension: make(), can }));
  fromMarkdownExtensions ??= mdastExtensions();
  const used = syntax.filter((each) => each.can(markdown));
  const key = used.map((each) => each.name).join(" ");
  let options = optionsBySet.get(key);
  if (options === undefined) {
    options = { extensions: used.map((each) => each.extension), mdastExtensions: fromMarkdownExtensions };
    optionsBySet.set(key, options);
  }
  return options;
}

/** Markdown → mdast, with GitHub's tables, strikethrough, autolinks, footnotes and task lists. */
export function parseMarkdown(markdown: string): Root {
  return fromMarkdown(markdown, optionsFor(markdown));
}

/** The last document parsed for the converters, whose tree they share (read only). */
let lastParsed: { readonly markdown: string; readonly tree: Root } | undefined;

/**
 * The tree of `markdown`, shared with the previous caller when it was the same Markdown: lac writes a
 * document's Word and HTML files one after the other, from one parse. The tree must not be changed.
 */
export function parseShared(markdown: string): Root {
  if (lastParsed?.markdown !== markdown) lastParsed = { markdown, tree: parseMarkdown(markdown) };
  return lastParsed.tree;
}

/** A Mermaid gantt block: the timeline the converters replace with a chart. */
export function isGanttBlock(node: Code): boolean {
  return node.lang === "mermaid" && /^\s*gantt\b/.test(node.value);
}

/** The plain text of any mdast node: the text a reader sees, so no inline HTML (`<span lang="en-GB">`). */
export function plainText(node: unknown): string {
  const value = node as { type?: unknown; value?: unknown; children?: unknown[] };
  if (value.type === "html") return "";
  if (typeof value.value === "string") return value.value;
  if (Array.isArray(value.children)) return value.children.map(plainText).join("");
  return "";
}

/** A header row with no text in any cell: a key–value table, whose keys are in the first column. */
export function hasEmptyHeader(table: Table): boolean {
  const header = table.children[0];
  return header !== undefined && header.children.every((cell) => plainText(cell).trim() === "");
}

/** A table people sign: a row whose first cell starts with "Signature". Keep it on one page. */
export function isSignatureTable(table: Table): boolean {
  return table.children.some((row: TableRow) => /^\s*signature/i.test(plainText(row.children[0] ?? {})));
}
