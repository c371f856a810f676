import * as z from "zod";
import { deepFreeze } from "./deep-freeze.js";

/**
 * The languages an agreement records: the one the person chooses for correspondence, and those of the notice
 * they were given. BCP 47 language tags, without a region: Welsh (`cy`) and English (`en`).
 */
export const CONSENT_LANGUAGES = /* @__PURE__ */ deepFreeze(["cy", "en"] as const);

export type ConsentLanguage = (typeof CONSENT_LANGUAGES)[number];

const NAMES: Readonly<Record<ConsentLanguage, string>> = { cy: "Welsh", en: "English" };

/** The English name of a language, such as "Welsh" for `cy`. */
export function languageName(language: ConsentLanguage): string {
  return NAMES[language];
}

/**
 * A language tag the records accept. The path of a problem names the field ("correspondenceLanguage: …"),
 * so the message says only what to write (as the package's other lists do: "Use one of the purpose ids").
 */
export const consentLanguageSchema = /* @__PURE__ */ z.enum(CONSENT_LANGUAGES, {
  message: 'Use "cy" for Welsh or "en" for English.',
});
