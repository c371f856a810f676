import * as z from "zod";
import { quote, shownInput } from "./describe-value.js";

/**
 * The characters a one-line text may not hold: the C0 control characters (U+0000–U+001F, which
 * include the tab and the line feed), DEL (U+007F), and the line and paragraph separators
 * (U+2028, U+2029). They would break the Markdown tables and headings the text is written into.
 */
const CONTROL_CHARACTERS = "\\u0000-\\u001F\\u007F\\u2028\\u2029";

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
  const code = (found.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0");
  return `the control character U+${code}`;
}

function oneLineMessage(input: unknown): string {
  if (typeof input !== "string") return `${shownInput(input)} is not text.`;
  return `${quote(input)} must be on one line, without tabs or control characters: remove ${controlCharacterName(input)}.`;
}

/**
 * Text: trimmed, not empty once trimmed, and on one line: no line break, tab or other control
 * character (U+0000–U+001F, U+007F, U+2028, U+2029). Every text field of the configuration uses it.
 */
export const textSchema = z
  .string()
  .trim()
  .min(1)
  .regex(ONE_LINE_PATTERN, { error: (issue) => oneLineMessage(issue.input) });

/** A whole number greater than 0. */
export const positiveIntegerSchema = z.number().int().positive();

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** True when a number has at most two decimal places (allowing for binary rounding). */
function hasAtMostTwoDecimals(value: number): boolean {
  return Math.abs(value * 100 - Math.round(value * 100)) < 1e-9;
}

/** Full-time equivalents: a number greater than 0 with at most two decimal places, such as 1, 1.5 or 0.6. */
export const fullTimeEquivalentSchema = z
  .number()
  .positive()
  .refine(hasAtMostTwoDecimals, {
    error: (issue) =>
      `${capitalise(shownInput(issue.input))} has more than two decimal places. Write full-time equivalents such as 1, 1.5 or 0.6.`,
  });

/** A work email address: a shared team or role mailbox is best; never a personal address. */
export const workEmailSchema = z
  .string()
  .trim()
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

/** A real calendar date written YYYY-MM-DD (ISO 8601). */
export const isoDateSchema = z
  .string()
  .trim()
  .check(
    z.iso.date({
      error: (issue) =>
        `${shownInput(issue.input)} is not a real calendar date written YYYY-MM-DD. Write it like 2026-04-01 (year, month, day).`,
    }),
  )
  .meta({ description: "A calendar date written YYYY-MM-DD.", examples: ["2026-04-01"] });

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
