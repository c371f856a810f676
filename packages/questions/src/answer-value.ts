import type { AnswerKind } from "./question.js";

/**
 * Turns typed text (a prompt answer or the value of --set) into the value of a field of that kind.
 * Text that does not fit the kind is returned unchanged, so that the schema reports it with its
 * usual message ("Expected a whole number, but found the text …").
 */
export function valueFromText(kind: AnswerKind, text: string): unknown {
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
