import type { PackFormat } from "./options.js";
import { deepFreeze } from "./deep-freeze.js";

const EXTENSIONS: Record<PackFormat, string> = { markdown: ".md", docx: ".docx", html: ".html" };

export const FORMAT_LABELS: Readonly<Record<PackFormat, string>> = /* @__PURE__ */ deepFreeze({
  markdown: "Markdown",
  docx: "Word",
  html: "web page",
});

/** A link to another Markdown file of the pack: relative, no scheme, ending in .md (with an optional #fragment). */
const PACK_MARKDOWN_LINK = /^(?![a-z][a-z0-9+.-]*:)(?!\/)(?!#)([^?#]*)\.md(#.*)?$/i;

/** True when `href` points at another Markdown document of the pack. */
export function isPackMarkdownLink(href: string): boolean {
  return PACK_MARKDOWN_LINK.test(href);
}

/** `roles/team-manager.md#purpose` → `roles/team-manager.docx#purpose` for docx; other links unchanged. */
export function linkForFormat(href: string, format: PackFormat): string {
  const match = PACK_MARKDOWN_LINK.exec(href);
  if (!match) return href;
  return `${match[1]}${EXTENSIONS[format]}${match[2] ?? ""}`;
}

/** The pack path of a document in a format: `plan.md` → `plan.html`. */
export function pathForFormat(markdownPath: string, format: PackFormat): string {
  return markdownPath.replace(/\.md$/i, EXTENSIONS[format]);
}
