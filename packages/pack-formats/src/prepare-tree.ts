import type { Link, Parent, PhrasingContent, Root, RootContent, Text } from "mdast";
import { FORMAT_LABELS, isPackMarkdownLink, linkForFormat } from "./links.js";
import type { PackFormat } from "./options.js";
import { parseMarkdown } from "./parse-markdown.js";

function isParent(node: unknown): node is Parent {
  return Array.isArray((node as { children?: unknown }).children);
}

/**
 * The last document parsed, kept as parsed: a document is usually converted to Word and then to HTML (the pack's
 * output formats, lac report), and parsing it again cost more than either conversion's own work. Each
 * conversion gets its own copy, since the converters change the tree.
 */
let lastParsed: { readonly markdown: string; readonly tree: Root } | undefined;

function parseOnce(markdown: string): Root {
  if (lastParsed?.markdown !== markdown) lastParsed = { markdown, tree: parseMarkdown(markdown) };
  return structuredClone(lastParsed.tree);
}

/**
 * Parses the Markdown and points every link to another document of the pack at that document in `format`.
 * With `otherFormats`, each such link is followed by links to the same document in those formats.
 */
export function prepareTree(
  markdown: string,
  format: PackFormat,
  otherFormats: readonly PackFormat[] = [],
): Root {
  const tree = parseOnce(markdown);
  const alternatives = otherFormats.filter((other) => other !== format);
  const visit = (node: Root | RootContent) => {
    if (!isParent(node)) return;
    const children: (RootContent | PhrasingContent)[] = [];
    for (const child of node.children as RootContent[]) {
      visit(child);
      if (child.type !== "link" || !isPackMarkdownLink(child.url)) {
        children.push(child);
        continue;
      }
      const original = child.url;
      children.push({ ...child, url: linkForFormat(original, format) });
      if (alternatives.length === 0) continue;
      const extra: PhrasingContent[] = [{ type: "text", value: " (also as " } satisfies Text];
      alternatives.forEach((other, index) => {
        if (index > 0) extra.push({ type: "text", value: index === alternatives.length - 1 ? " or " : ", " });
        extra.push({
          type: "link",
          url: linkForFormat(original, other),
          children: [{ type: "text", value: FORMAT_LABELS[other] }],
        } satisfies Link);
      });
      extra.push({ type: "text", value: ")" });
      children.push(...extra);
    }
    (node as Parent).children = children as Parent["children"];
  };
  visit(tree);
  return tree;
}
