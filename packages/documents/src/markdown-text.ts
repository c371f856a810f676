import { requireText } from "./argument-checks.js";
// Configured values are text, never markup: a council or partner name must not open an HTML
// comment, a link, a code span or emphasis in the Markdown documents (nor, through them, in the
// Word and HTML versions, which are made from the Markdown).

/**
 * The characters that Markdown (CommonMark with GitHub's extensions) or HTML inside it would read
 * as markup anywhere in a line: backslash, backtick, emphasis, links and images, HTML, tables,
 * strikethrough and headings. (A web or email address written in a value still shows as a link to
 * itself, as GitHub shows any address: GitHub finds them in the text, after the escapes, and only
 * for http, https and mailto addresses.)
 */
const INLINE_MARKUP = /[\\`*_[\]<>|~#]/g;

/** `&` that starts an entity (`&amp;`, `&#60;`): Markdown would show the character it names. */
const ENTITY_START = /&(?=#?[A-Za-z0-9]+;)/g;

/** What starts a block at the beginning of a line: a list item, a setext underline, a numbered item. */
const BLOCK_START = /^(?:[-+=]|\d{1,9}(?=[.)]))/;

/**
 * A configured value as Markdown that shows exactly that text: every character Markdown or HTML
 * would interpret is escaped with a backslash (Markdown shows `\*` as `*`, in tables and running
 * text alike), so that `<!-- x`, `<script>`, `[x](javascript:…)` or a backtick stay visible text.
 */
export function escapeMarkdownText(text: string): string {
  requireText(text, "escapeMarkdownText");
  return text
    .replace(INLINE_MARKUP, "\\$&")
    .replace(ENTITY_START, "\\&")
    .replace(BLOCK_START, (start) => (/^\d/.test(start) ? `${start}\\` : `\\${start}`));
}

/** The text a value escaped by {@link escapeMarkdownText} shows: the backslash escapes removed. */
export function unescapeMarkdownText(markdown: string): string {
  requireText(markdown, "unescapeMarkdownText");
  return markdown.replace(/\\([!-/:-@[-`{-~])/g, "$1");
}
