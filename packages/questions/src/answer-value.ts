import { argumentChecks, type ArgumentChecks } from "@lac/council/quick";
import type { AnswerKind } from "./question.js";

const checks: ArgumentChecks = argumentChecks();

/** Every kind of answer, for the message of a kind that is not one. */
const ANSWER_KINDS: readonly AnswerKind[] = ["text", "integer", "number", "boolean", "choice", "list"];

/**
 * Turns typed text (a prompt answer or the value of --set) into the value of a field of that kind.
 * Text that does not fit the kind is returned unchanged, so that the schema reports it with its
 * usual message ("Expected a whole number, but found the text …"). A `kind` that is not a question's
 * kind, or `text` that is not a string, is a TypeError that says so.
 */
export function valueFromText(kind: AnswerKind, text: string): unknown {
  if (!(ANSWER_KINDS as readonly unknown[]).includes(kind))
    throw new TypeError(
      `valueFromText's kind must be one of ${ANSWER_KINDS.map((known) => `"${known}"`).join(", ")} (a question's kind), not ${
        typeof kind === "string" ? `"${kind}"` : checks.kindOf(kind)
      }.`,
    );
  checks.requireText(text, "valueFromText's text (what was typed)");
  const trimmed = text.trim();
  switch (kind) {
    case "integer":
    case "number": {
      const normalised = trimmed.replace(/,(?=\d{3}(\D|$))/g, "").replace(/^£/, "");
      if (normalised === "" || !/^-?\d+(\.\d+)?$/.test(normalised)) return trimmed;
      return Number(normalised);
    }
    case "boolean": {
      const lower = trimmed.toLowerCase();
      if (["true", "yes", "y"].includes(lower)) return true;
      if (["false", "no", "n"].includes(lower)) return false;
      return trimmed;
    }
    case "list":
      return trimmed === ""
        ? []
        : trimmed
            .split(",")
            .map((item) => item.trim())
            .filter((item) => item !== "");
    case "text":
    case "choice":
      return trimmed;
  }
}

/** How a value is shown as a default in a prompt. */
export function textFromValue(kind: AnswerKind, value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (kind === "list" && Array.isArray(value)) return value.join(", ");
  return String(value);
}
