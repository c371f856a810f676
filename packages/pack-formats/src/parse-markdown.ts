import type { Code, Root, Table, TableRow } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { gfmFromMarkdown } from "mdast-util-gfm";
import { gfm } from "micromark-extension-gfm";

/** The GFM extensions, made once: making them for every document cost more than parsing a short one. */
let gfmOptions: Parameters<typeof fromMarkdown>[1] | undefined;

/** Markdown → mdast, with GitHub's tables, strikethrough, autolinks and task lists. */
export function parseMarkdown(markdown: string): Root {
  gfmOptions ??= { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] };
  return fromMarkdown(markdown, gfmOptions);
}

/** A Mermaid gantt block: the timeline the converters replace with a chart. */
export function isGanttBlock(node: Code): boolean {
  return node.lang === "mermaid" && /^\s*gantt\b/.test(node.value);
}

/** The plain text of any mdast node. */
export function plainText(node: unknown): string {
  const value = node as { value?: unknown; children?: unknown[] };
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
