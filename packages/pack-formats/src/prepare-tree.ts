import type { Link, Parent, PhrasingContent, Root, RootContent, Text } from "mdast";
import { FORMAT_LABELS, isPackMarkdownLink, linkForFormat } from "./links.js";
import { withLanguageSpans } from "./language-spans.js";
import type { PackFormat } from "./options.js";
import { parseShared } from "./parse-markdown.js";

function isParent(node: unknown): node is Parent {
  return Array.isArray((node as { children?: unknown }).children);
}

/** The nodes whose children are phrasing content (text, emphasis, links, inline HTML). */
const PHRASING_PARENTS = new Set([
  "paragraph",
  "heading",
  "tableCell",
  "emphasis",
  "strong",
  "delete",
  "link",
  "linkReference",
]);

/**
 * Parses the Markdown and points every link to another document of the pack at that document in `format`.
 * With `otherFormats`, each such link is followed by links to the same document in those formats. Text
 * marked `<span lang="en-GB">…</span>` (or `lang="cy"`) becomes a language span (see language-spans.ts).
 *
 * The parsed tree is shared between the formats of a document (see parseShared), so it is not changed:
 * a node whose children change is copied, and the rest of the tree is used as it is.
 */
export function prepareTree(
  markdown: string,
  format: PackFormat,
  otherFormats: readonly PackFormat[] = [],
): Root {
  const tree = parseShared(markdown);
  const alternatives = otherFormats.filter((other) => other !== format);
  /** The node with its pack links rewritten: the node itself when nothing in it changes. */
  const visit = <T extends Root | RootContent>(node: T): T => {
    if (!isParent(node)) return node;
    let children: (RootContent | PhrasingContent)[] | undefined;
    const original = node.children as RootContent[];
    original.forEach((child, index) => {
      const visited = visit(child);
      if (visited.type !== "link" || !isPackMarkdownLink(visited.url)) {
        if (visited !== child) children ??= original.slice(0, index);
        children?.push(visited);
        return;
      }
      children ??= original.slice(0, index);
      const url = visited.url;
      children.push({ ...visited, url: linkForFormat(url, format) });
      if (alternatives.length === 0) return;
      const extra: PhrasingContent[] = [{ type: "text", value: " (also as " } satisfies Text];
      alternatives.forEach((other, position) => {
        if (position > 0)
          extra.push({ type: "text", value: position === alternatives.length - 1 ? " or " : ", " });
        extra.push({
          type: "link",
          url: linkForFormat(url, other),
          children: [{ type: "text", value: FORMAT_LABELS[other] }],
        } satisfies Link);
      });
      extra.push({ type: "text", value: ")" });
      children.push(...extra);
    });
    const spans = PHRASING_PARENTS.has(node.type)
      ? withLanguageSpans((children ?? original) as PhrasingContent[])
      : undefined;
    if (spans !== undefined) children = spans;
    return children === undefined ? node : ({ ...node, children } as T);
  };
  return visit(tree);
}
