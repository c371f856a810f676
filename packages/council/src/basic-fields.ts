import * as z from "zod";
import { COUNCIL_PREDICATES, LONE_SURROGATE } from "./council-refinements.js";
import { quote, shownInput } from "./describe-value.js";
import { deepFreeze } from "./deep-freeze.js";

/**
 * The characters a one-line text may not hold: the C0 control characters (U+0000–U+001F, which
 * include the tab and the line feed), DEL (U+007F), the C1 control characters (U+0080–U+009F), and
 * the line and paragraph separators (U+2028, U+2029). They would break the Markdown tables and
 * headings the text is written into, or reach a reader's terminal as control codes.
 */
const CONTROL_CHARACTERS = "\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029";

/** The most characters a one-line text of the configuration may hold. */
export const MAX_TEXT_LENGTH = 300;

/** The most characters an email address may hold (RFC 5321: 254 in a path). */
export const MAX_EMAIL_LENGTH = 254;

/** The most characters a web address may hold. */
export const MAX_URL_LENGTH = 2000;

/** The earliest and latest years of a configured date: the dates of the plan are worked out from it. */
export const DATE_YEARS = /* @__PURE__ */ deepFreeze({ min: 2000, max: 2100 } as const);

const CONTROL_CHARACTER = new RegExp(`[${CONTROL_CHARACTERS}]`);

/**
 * Text without control characters, except in the white space around it (which is trimmed): so that
 * the JSON Schema, which does not trim, accepts a folded YAML scalar (`>`) ending with a line break.
 * It is written so that it backtracks little: it runs in about linear time, however long the text.
 */
const ONE_LINE_PATTERN = new RegExp(
  `^\\s*(?:[^\\s${CONTROL_CHARACTERS}](?:[^${CONTROL_CHARACTERS}]*[^\\s${CONTROL_CHARACTERS}])?)?\\s*$`,
);

/** What to remove, in words: "the line break", "the tab" or "the control character U+0007". */
function controlCharacterName(text: string): string {
  const found = CONTROL_CHARACTER.exec(text)?.[0] ?? "";
  if (/[\n\r\u2028\u2029]/.test(found)) return "the line break";
  if (found === "\t") return "the tab";
  if (found === "\u0085") return "the next-line character U+0085";
  const code = (found.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0");
  return `the control character U+${code}`;
}

function oneLineMessage(input: unknown): string {
  if (typeof input !== "string") return `${shownInput(input)} is not text.`;
  return `${quote(input)} must be on one line, without tabs or control characters: remove ${controlCharacterName(input)}.`;
}

/** The message for text holding a lone surrogate, with its position in the text (1-based). */
function loneSurrogateMessage(input: unknown): string {
  const text = typeof input === "string" ? input : "";
  const match = LONE_SURROGATE.exec(text);
  const position = (match?.index ?? 0) + 1;
  const code = (match?.[0].charCodeAt(0) ?? 0).toString(16).toUpperCase();
  return `The text is not valid Unicode: character ${position} is half of a UTF-16 surrogate pair (U+${code}) without its other half. Retype the value, or remove the character.`;
}

/** The message for text longer than {@link MAX_TEXT_LENGTH} (or a lower maximum). */
function tooLongMessage(maximum: number) {
  return (issue: { readonly input?: unknown }) =>
    typeof issue.input === "string"
      ? `${quote(issue.input)} is too long: ${issue.input.length} characters, at most ${maximum} allowed. Shorten it.`
      : `${shownInput(issue.input)} is not text.`;
}

/**
 * Text: trimmed, not empty once trimmed, at most {@link MAX_TEXT_LENGTH} characters, valid Unicode
 * (no lone surrogate), and on one line: no line break, tab or other control character
 * (U+0000–U+001F, U+007F–U+009F, U+2028, U+2029). Every text field of the configuration uses it.
 */
export const textSchema = z
  .string()
  .trim()
  .min(1)
  .max(MAX_TEXT_LENGTH, { error: tooLongMessage(MAX_TEXT_LENGTH) })
  .regex(ONE_LINE_PATTERN, { error: (issue) => oneLineMessage(issue.input) })
  .refine(COUNCIL_PREDICATES.validUnicode, { error: (issue) => loneSurrogateMessage(issue.input) });

/** A whole number greater than 0. */
export const positiveIntegerSchema = z.number().int().positive();

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Full-time equivalents: a number greater than 0 with at most two decimal places, such as 1, 1.5 or 0.6. */
export const fullTimeEquivalentSchema = z
  .number()
  .positive()
  .refine(COUNCIL_PREDICATES.atMostTwoDecimals, {
    error: (issue) =>
      `${capitalise(shownInput(issue.input))} has more than two decimal places. Write full-time equivalents such as 1, 1.5 or 0.6.`,
  });

/** A work email address: a shared team or role mailbox is best; never a personal address. */
export const workEmailSchema = z
  .string()
  .trim()
  .max(MAX_EMAIL_LENGTH, { error: tooLongMessage(MAX_EMAIL_LENGTH) })
  .check(
    z.email({
      error: (issue) =>
        `${shownInput(issue.input)} is not an email address. Write a work email address, such as lac.team@council.example.gov.uk (a shared team or role mailbox is best).`,
    }),
  )
  .meta({
    description:
      "A work email address for the role: a shared team or role mailbox is best. Never a personal address.",
    examples: ["lac.team@council.example.gov.uk"],
  });

/** A web address that starts with https:// and has a full domain name. */
export const httpsUrlSchema = z
  .string()
  .trim()
  .max(MAX_URL_LENGTH, { error: tooLongMessage(MAX_URL_LENGTH) })
  .check(
    z.url({
      protocol: /^https$/,
      hostname: z.regexes.domain,
      error: (issue) =>
        `${shownInput(issue.input)} is not a secure web address. Write a full address that starts with https://, such as https://www.council.example.gov.uk/privacy.`,
    }),
  )
  .meta({
    description: "A web address that starts with https://.",
    examples: ["https://www.council.example.gov.uk"],
  });

/**
 * A year from {@link DATE_YEARS}.min to .max at the start of a YYYY-MM-DD date; text that does not
 * start with four digits and a hyphen passes (the date format check reports it).
 */
const PLAUSIBLE_YEAR = /^(?!\s*\d{4}-)|^\s*(?:20\d\d|2100)-/;

/** A real calendar date written YYYY-MM-DD (ISO 8601), in the years 2000 to 2100. */
export const isoDateSchema = z
  .string()
  .trim()
  .check(
    z.iso.date({
      error: (issue) =>
        `${shownInput(issue.input)} is not a real calendar date written YYYY-MM-DD. Write it like 2026-04-01 (year, month, day).`,
    }),
  )
  .regex(PLAUSIBLE_YEAR, {
    error: (issue) =>
      `${shownInput(issue.input)} is not a plausible date for the programme: its year must be between ${DATE_YEARS.min} and ${DATE_YEARS.max}, written with four digits (the dates of the plan are worked out from it). Check the year, for example 2026-04-01.`,
  })
  .meta({
    description: `A calendar date written YYYY-MM-DD, in the years ${DATE_YEARS.min} to ${DATE_YEARS.max}.`,
    examples: ["2026-04-01"],
  });

/** A role and its work contact: the role title and a work email, never a person's name. */
export const roleContactSchema = z
  .strictObject({
    role: textSchema.meta({
      title: "Role title",
      description:
        'The title of the role, for example "Local Area Coordination Programme Manager" or "Caldicott Guardian". Never a person\'s name.',
    }),
    email: workEmailSchema,
  })
  .meta({ description: "A role title and its work email address. Never a person's name." });
