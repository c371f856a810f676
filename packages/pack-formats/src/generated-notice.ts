import type { DerivedFormat } from "./options.js";

/** A language of the pack's documents: English, or Welsh. */
export type NoticeLanguage = "en" | "cy";

const FORMAT_NAMES: Record<DerivedFormat, string> = { docx: "Word document", html: "web page" };
/** The Welsh names, each with its article and demonstrative (both nouns are feminine, so "hon"). */
const WELSH_FORMAT_NAMES: Record<DerivedFormat, string> = {
  docx: "Cafodd y ddogfen Word hon",
  html: "Cafodd y dudalen we hon",
};

/**
 * The notice at the top of every derived file: where it comes from and where changes belong, in the
 * document's language (a Welsh document's notice is in Welsh, as the Welsh Language Standards ask of a
 * Welsh document; the Welsh follows the words of the Welsh Markdown footer, "disodli").
 */
export function generatedNotice(
  format: DerivedFormat,
  sourcePath: string,
  language: NoticeLanguage = "en",
): string {
  if (language === "cy")
    return (
      `${WELSH_FORMAT_NAMES[format]} ei chreu o ${sourcePath}. ` +
      `Gwnewch newidiadau yn y ffeil Markdown honno neu yn lac.config.yaml, yna rhedwch lac generate: ` +
      `nid yw newidiadau a wneir yma yn cael eu cario'n ôl, ac ni fydd lac yn disodli'r ffeil hon ar ôl iddi gael ei golygu heb --force.`
    );
  return (
    `This ${FORMAT_NAMES[format]} is generated from ${sourcePath}. ` +
    `Make changes in that Markdown file or in lac.config.yaml, then run lac generate: ` +
    `changes made here are not carried back, and lac will not overwrite this file once it has been edited unless you use --force.`
  );
}

/**
 * The languages of a document's page furniture (the generated notice, and the Word footer's words): the
 * document's own, and for a bilingual document (language "cy", with English parts) Welsh then English,
 * as its text is.
 */
export function furnitureLanguages(language: NoticeLanguage, bilingual: boolean): readonly NoticeLanguage[] {
  return language === "cy" && bilingual ? ["cy", "en"] : [language];
}

/** The Word footer's words around the page numbers: "Draft for local review · Page 1 of 5". */
export const FOOTER_WORDS: Readonly<Record<NoticeLanguage, { draft: string; page: string; of: string }>> = {
  en: { draft: "Draft for local review", page: "Page", of: "of" },
  // "Drafft i'w adolygu'n lleol", as the Welsh draft notice of the documents says it.
  cy: { draft: "Drafft i'w adolygu'n lleol", page: "Tudalen", of: "o" },
};
