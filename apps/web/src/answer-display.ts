import type { schemaAt } from "@lac/council";
import { formatDate, formatNumber } from "@lac/documents";

type Schema = ReturnType<typeof schemaAt>;

/**
 * Whether an answer's schema is a date of the configuration (`isoDateSchema`: a string checked as
 * zod's ISO date, YYYY-MM-DD), read from the schema, so that the question model need not say it.
 */
export function isDateSchema(schema: Schema): boolean {
  const checks = (schema?._zod.def as { checks?: readonly { _zod: { def: object } }[] } | undefined)?.checks;
  return (checks ?? []).some((check) => {
    const def = check._zod.def as { check?: string; format?: string };
    return def.check === "string_format" && def.format === "date";
  });
}

/**
 * An answer as the check page shows it, as the documents write it: a date as GOV.UK writes dates
 * ("2027-04-01" → "1 April 2027"), which the answers and lac.config.yaml keep as YYYY-MM-DD; a number
 * with its digits grouped by commas (688400 → "688,400"); anything else, and a date that is not a real
 * one, as it was entered (the problem is shown at the top of the page).
 */
export function answerDisplayText(schema: Schema, text: string | number): string {
  if (typeof text === "number") return Number.isFinite(text) ? formatNumber(text) : String(text);
  if (!isDateSchema(schema)) return text;
  try {
    return formatDate(text.trim());
  } catch {
    return text;
  }
}

/**
 * A question's label as the check page shows it beside its answer: a date's without the form it is
 * typed in ("Programme start date (YYYY-MM-DD)" → "Programme start date"), as the answer beside it is
 * written "1 April 2027". The question's page and the problems keep the form, which tells how to fix one.
 */
export function answerDisplayLabel(schema: Schema, label: string): string {
  return isDateSchema(schema) ? label.replace(/ \(YYYY-MM-DD\)$/, "") : label;
}
