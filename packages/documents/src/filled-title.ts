import { requireText } from "./argument-checks.js";
import { valueAt } from "./value-at.js";

/** A `{path}` in a manifest title: a dotted path of the pack's data in braces. */
const TITLE_PATH = /\{([\w.]+)\}/g;

/**
 * A manifest title with each `{path}` replaced by that text of the pack's data ("Role description:
 * {team.manager.title}" names the council's own title for the post), without the marks of English text
 * in a Welsh value (`<span lang="en-GB">…</span>`): a title is shown as plain text as well as in Markdown.
 * A path that names no text of the data is left as written, braces and all. The values of the pack's
 * data are Markdown text, so the title is too (`unescapeMarkdownText` gives the text it shows).
 */
export function filledTitle(title: string, data: unknown): string {
  requireText(title, "filledTitle (title)");
  return title.replace(TITLE_PATH, (whole, path: string) => {
    const value = valueAt(data, path);
    return typeof value === "string" ? value.replace(/<span lang="[\w-]+">|<\/span>/g, "") : whole;
  });
}

/** The `{path}`s a manifest title names, braces and all, in order ("{team.manager.title}"). */
export function titlePaths(title: string): string[] {
  requireText(title, "titlePaths (title)");
  return [...title.matchAll(TITLE_PATH)].map((match) => match[0]);
}

/** The `{path}`s of a title that name no text of the data, which {@link filledTitle} leaves as written. */
export function unfilledTitlePaths(title: string, data: unknown): string[] {
  return titlePaths(title).filter((path) => typeof valueAt(data, path.slice(1, -1)) !== "string");
}
