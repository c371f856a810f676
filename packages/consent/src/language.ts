import * as z from "zod";
import { deepFreeze } from "./deep-freeze.js";

/**
 * The languages an agreement records: the one the person chooses for correspondence, and those of the notice
 * they were given. BCP 47 language tags, without a region: Welsh (`cy`) and English (`en`).
 */
export const CONSENT_LANGUAGES = /* @__PURE__ */ deepFreeze(["cy", "en"] as const);

export type ConsentLanguage = (typeof CONSENT_LANGUAGES)[number];

const NAMES: Readonly<Record<ConsentLanguage, string>> = { cy: "Welsh", en: "English" };

/** What people write for each language instead of its tag (lower case): names in English and in Welsh. */
const SPELLINGS: Readonly<Record<ConsentLanguage, readonly string[]>> = {
  cy: ["welsh", "cymraeg"],
  en: ["english", "saesneg"],
};

/** The English name of a language, such as "Welsh" for `cy`. */
export function languageName(language: ConsentLanguage): string {
  return NAMES[language];
}

/** The tag meant by a near miss such as "en-GB", "CY" or "Cymraeg", if there is one. */
function meant(input: unknown): ConsentLanguage | undefined {
  if (typeof input !== "string") return undefined;
  const text = input.trim().toLowerCase();
  const primary = text.split(/[-_]/)[0] ?? "";
  return CONSENT_LANGUAGES.find((language) => primary === language || SPELLINGS[language].includes(text));
}

function languageMessage(what: string, input: unknown): string {
  const codes = `${what} is "cy" for Welsh or "en" for English (a language tag)`;
  const hint = meant(input);
  if (hint !== undefined) return `${codes}: for ${JSON.stringify(input)}, write "${hint}".`;
  if (typeof input === "string") return `${codes}; ${JSON.stringify(input)} is not one of them.`;
  return `${codes}.`;
}

/** A language tag the records accept, with a message that says what the field is and what to write. */
export function consentLanguageSchema(what: string) {
  return z.enum(CONSENT_LANGUAGES, { error: (issue) => languageMessage(what, issue.input) });
}
