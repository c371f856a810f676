import type { Root, RootContent } from "mdast";

/** How a bilingual document is laid out (its `<!-- lac:bilingual … -->` mark). */
export type BilingualLayout = "welsh-first" | "side-by-side";

/** A run of the document in one language, from its `<!-- lac:lang cy -->` or `<!-- lac:lang en -->` mark. */
export interface LanguagePart {
  readonly language: "cy" | "en";
  readonly nodes: readonly RootContent[];
}

/** A document split at its language marks: what comes before the first mark (the title), then the parts. */
export interface LanguageParts {
  readonly layout: BilingualLayout | undefined;
  readonly before: readonly RootContent[];
  readonly parts: readonly LanguagePart[];
}

const LANGUAGE_MARK = /^<!--\s*lac:lang (cy|en)\s*-->$/;
const LAYOUT_MARK = /^<!--\s*lac:bilingual (welsh-first|side-by-side)\s*-->$/;

/**
 * The language parts of a bilingual pack document (see @lac/documents' bilingual-document.ts). A
 * document without marks has no parts: it is all in the language of the document.
 */
export function languageParts(tree: Root): LanguageParts {
  let layout: BilingualLayout | undefined;
  const before: RootContent[] = [];
  const parts: { language: "cy" | "en"; nodes: RootContent[] }[] = [];
  for (const node of tree.children) {
    if (node.type === "html") {
      const layoutMatch = LAYOUT_MARK.exec(node.value.trim());
      if (layoutMatch) {
        layout = layoutMatch[1] as BilingualLayout;
        continue;
      }
      const languageMatch = LANGUAGE_MARK.exec(node.value.trim());
      if (languageMatch) {
        parts.push({ language: languageMatch[1] as "cy" | "en", nodes: [] });
        continue;
      }
    }
    const current = parts.at(-1);
    if (current) current.nodes.push(node);
    else before.push(node);
  }
  return { layout, before, parts };
}

/** Side by side: each Welsh part with the English part after it, as the rows of two columns. */
export function sideBySideRows(
  parts: readonly LanguagePart[],
): [LanguagePart | undefined, LanguagePart | undefined][] {
  const rows: [LanguagePart | undefined, LanguagePart | undefined][] = [];
  for (const part of parts) {
    const last = rows.at(-1);
    if (part.language === "en" && last && last[1] === undefined && last[0] !== undefined) last[1] = part;
    else rows.push(part.language === "cy" ? [part, undefined] : [undefined, part]);
  }
  return rows;
}
