/**
 * A list answer (a neighbourhood's places, what a partner shares) as the page asks it: one field per
 * item, so that an item may hold a comma ("Brackenford Homes, Housing Services"), unlike the one line
 * of `lac init`'s prompt, which splits what is typed at its commas.
 */

/** The texts of a list's fields for the value of the answers: one per item, and one empty field for none. */
export function listFieldTexts(value: unknown): string[] {
  if (value === undefined || value === null) return [""];
  if (!Array.isArray(value)) return [String(value)];
  return value.length === 0 ? [""] : value.map((item) => String(item));
}

/** The list the fields give: each item as typed, without the spaces around it; an empty field is no item. */
export function listFromFieldTexts(texts: readonly string[]): string[] {
  return texts.map((text) => text.trim()).filter((text) => text !== "");
}

/**
 * A list question's words for a page that gives each item its own field: without the prompt's
 * "(separated by commas; empty for none)", which is about typing the list on one line.
 */
export function listQuestionWords(message: string): string {
  return message.replace(/\s*\([^()]*separated by[^()]*\)/, "");
}

/** The list the ticked boxes give: the values ticked, in the order of the boxes (the schema's). */
export function listFromTicked(options: readonly string[], ticked: ReadonlySet<string>): string[] {
  return options.filter((option) => ticked.has(option));
}
