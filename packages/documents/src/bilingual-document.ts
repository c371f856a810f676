// One bilingual document from a Welsh document and the English one it translates, in Markdown.
//
// The languages are marked with HTML comments on lines of their own, which Markdown readers do not
// show and which @lac/pack-formats reads to set the language of each part (lang="cy" in HTML, the
// cy-GB proofing language in Word):
//   <!-- lac:bilingual welsh-first -->   or   <!-- lac:bilingual side-by-side -->   (after the title)
//   <!-- lac:lang cy -->  …Welsh part…   <!-- lac:lang en -->  …English part…
// Side by side, each Welsh part is a section (a "## " heading and what follows) followed by the
// English section at the same position: Word and HTML put the two in columns.

import { englishSpan } from "./english-text.js";

export type BilingualLayout = "welsh-first" | "side-by-side";

const LANG_MARKER = { cy: "<!-- lac:lang cy -->", en: "<!-- lac:lang en -->" } as const;

/** The document's title (its first "# " line) and the rest. */
function splitTitle(markdown: string): { title: string | undefined; body: string } {
  const match = /^# (.+)\n+/.exec(markdown);
  if (!match) return { title: undefined, body: markdown };
  return { title: match[1], body: markdown.slice(match[0].length) };
}

/** The parts of a document: what comes before the first "## " heading, then each "## " section. */
export function splitSections(markdown: string): string[] {
  const sections: string[] = [];
  let current: string[] = [];
  let inFence = false;
  for (const line of markdown.split("\n")) {
    if (/^(```|~~~)/.test(line)) inFence = !inFence;
    if (!inFence && line.startsWith("## ") && current.length > 0) {
      sections.push(current.join("\n").trim());
      current = [];
    }
    current.push(line);
  }
  sections.push(current.join("\n").trim());
  return sections.filter((section) => section !== "");
}

function part(language: "cy" | "en", markdown: string): string {
  return `${LANG_MARKER[language]}\n\n${markdown.trim()}`;
}

/**
 * The Welsh and English documents as one bilingual Markdown document: one title ("Welsh title /
 * English title", the English half marked as English), then the Welsh text and the English text,
 * Welsh first, or section beside section.
 */
export function bilingualMarkdown(welsh: string, english: string, layout: BilingualLayout): string {
  const cy = splitTitle(welsh);
  const en = splitTitle(english);
  // The title comes before the parts, in the document's language (Welsh): its English half is marked.
  const title = [cy.title, en.title === undefined ? undefined : englishSpan(en.title)]
    .filter((text) => text !== undefined)
    .join(" / ");
  const heading = title === "" ? "" : `# ${title}\n\n`;
  const marker = `<!-- lac:bilingual ${layout} -->\n\n`;
  let parts: string[];
  if (layout === "welsh-first") {
    parts = [part("cy", cy.body), part("en", en.body)];
  } else {
    const cySections = splitSections(cy.body);
    const enSections = splitSections(en.body);
    parts = [];
    for (let index = 0; index < Math.max(cySections.length, enSections.length); index += 1) {
      const cySection = cySections[index];
      const enSection = enSections[index];
      if (cySection !== undefined) parts.push(part("cy", cySection));
      if (enSection !== undefined) parts.push(part("en", enSection));
    }
  }
  return `${heading}${marker}${parts.join("\n\n")}\n`;
}
