// A page break a template asks for: a line of its own, `<!-- page-break -->`, before a heading. Markdown
// has no page break, and a comment is invisible where Markdown is read (GitHub, editors); the Word writer
// starts the next heading on a new page, and the HTML writer breaks the page there when printed.
import type { RootContent } from "mdast";

/** The comment, as a template writes it on a line of its own. */
export const PAGE_BREAK = "<!-- page-break -->";

/** Whether a parsed block is the page-break comment (spaces inside the comment allowed). */
export function isPageBreak(node: RootContent): boolean {
  return node.type === "html" && /^<!--\s*page-break\s*-->$/.test(node.value.trim());
}
