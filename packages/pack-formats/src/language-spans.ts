import type { Data, Html, PhrasingContent, RootContent } from "mdast";

/**
 * Text in another language than the document's, as a template marks it: `<span lang="en-GB">…</span>`
 * around an English name, role title or paragraph in a Welsh document (or `lang="cy"` around Welsh in
 * an English one). GitHub and other Markdown viewers show the text and keep the `lang`; the Word writer
 * proofs its runs in that language and the HTML writer keeps the span (on the paragraph, when the span
 * is the whole paragraph), so that screen readers and spell checkers switch language.
 */
export interface LanguageSpan {
  readonly type: "languageSpan";
  readonly language: "en" | "cy";
  readonly children: PhrasingContent[];
  readonly data?: Data;
}

declare module "mdast" {
  interface PhrasingContentMap {
    languageSpan: LanguageSpan;
  }
  interface RootContentMap {
    languageSpan: LanguageSpan;
  }
}

/** `<span lang="en-GB">`, `<span lang="en">`, `<span lang="cy">` or `<span lang="cy-GB">`: the opening mark. */
const OPEN = /^<span\s+lang\s*=\s*(?:"(en|en-GB|cy|cy-GB)"|'(en|en-GB|cy|cy-GB)')\s*>$/;
const CLOSE = /^<\/span\s*>$/;

/** The language of a span's opening tag, or undefined when the node is not one. */
function opening(node: RootContent | PhrasingContent): "en" | "cy" | undefined {
  if (node.type !== "html") return undefined;
  const match = OPEN.exec(node.value.trim());
  const tag = match?.[1] ?? match?.[2];
  return tag === undefined ? undefined : tag.startsWith("en") ? "en" : "cy";
}

function isClosing(node: RootContent | PhrasingContent): node is Html {
  return node.type === "html" && CLOSE.test(node.value.trim());
}

/**
 * The phrasing children with each `<span lang>` … `</span>` pair of siblings (as micromark parses inline
 * HTML: each tag a node of its own) made one language span holding the nodes between them. Undefined
 * when there is none, so that the caller keeps its node as it is (the parsed tree is shared: see
 * prepareTree). A tag without its pair is left as it is.
 */
export function withLanguageSpans(children: readonly PhrasingContent[]): PhrasingContent[] | undefined {
  if (!children.some((child) => opening(child) !== undefined)) return undefined;
  const out: PhrasingContent[] = [];
  let changed = false;
  for (let index = 0; index < children.length; index += 1) {
    const child = children[index]!;
    const language = opening(child);
    const end = language === undefined ? -1 : children.findIndex((each, at) => at > index && isClosing(each));
    if (language === undefined || end < 0) {
      out.push(child);
      continue;
    }
    out.push({ type: "languageSpan", language, children: children.slice(index + 1, end) });
    changed = true;
    index = end;
  }
  return changed ? out : undefined;
}

/** The only language span a paragraph holds (besides white space), if that is all it holds. */
export function wholeLanguageSpan(children: readonly PhrasingContent[]): LanguageSpan | undefined {
  const meaningful = children.filter((child) => !(child.type === "text" && child.value.trim() === ""));
  const only = meaningful.length === 1 ? meaningful[0] : undefined;
  return only?.type === "languageSpan" ? only : undefined;
}
