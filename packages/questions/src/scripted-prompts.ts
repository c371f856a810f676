import type { PromptApi } from "./prompt-api.js";

export interface PromptRecord {
  readonly kind: "text" | "confirm" | "choice" | "several";
  readonly message: string;
  readonly answer: string | boolean | readonly string[];
  /** The help shown with the question, if any. */
  readonly help?: string;
  /** The default a text question offered (what an empty answer gives) or a choice started at, if any. */
  readonly default?: string;
  /** What validation said about each rejected answer before the accepted one. */
  readonly rejected: readonly string[];
}

/**
 * A prompt that answers from a script, for tests: each question's answer is looked up by the start
 * of its message; a text answer may be a list, tried in order until one passes validation. With
 * `ticks`, a list of a fixed set of choices is asked as choices to tick (`several`, as lac init's
 * prompt does), answered as its text would be typed ("markdown, docx"; empty for its default);
 * without, it is asked as text, as a prompt without `several` asks it.
 */
export function scriptedPrompts(
  script: ReadonlyArray<readonly [messageStart: string, answer: string | boolean | readonly string[]]>,
  options: { readonly ticks?: boolean } = {},
): PromptApi & { readonly asked: PromptRecord[] } {
  const asked: PromptRecord[] = [];
  const used = new Set<number>();
  const next = (message: string) => {
    const index = script.findIndex(([start], i) => !used.has(i) && message.startsWith(start));
    if (index < 0) throw new Error(`No scripted answer for: ${message}`);
    used.add(index);
    return script[index]![1];
  };
  const prompts: PromptApi & { readonly asked: PromptRecord[] } = {
    asked,
    async text({ message, help, validate, default: fallback }) {
      const answers = next(message);
      const tries = Array.isArray(answers) ? answers : [answers];
      const rejected: string[] = [];
      for (const raw of tries) {
        const text = raw === "" && fallback !== undefined ? fallback : String(raw);
        const verdict = validate(text);
        if (verdict === true) {
          asked.push({
            kind: "text",
            message,
            answer: text,
            rejected,
            ...(help ? { help } : {}),
            ...(fallback !== undefined ? { default: fallback } : {}),
          });
          return text;
        }
        rejected.push(verdict);
      }
      throw new Error(`Every scripted answer to "${message}" was rejected: ${rejected.join(" | ")}`);
    },
    async confirm({ message, help }) {
      const answer = next(message);
      if (typeof answer !== "boolean")
        throw new Error(`Scripted answer to "${message}" must be true or false`);
      asked.push({ kind: "confirm", message, answer, rejected: [], ...(help ? { help } : {}) });
      return answer;
    },
    async choice({ message, help, choices, default: fallback }) {
      const answer = next(message);
      if (typeof answer !== "string" || !choices.includes(answer)) {
        throw new Error(
          `Scripted answer ${JSON.stringify(answer)} to "${message}" is not one of ${choices.join(", ")}`,
        );
      }
      asked.push({
        kind: "choice",
        message,
        answer,
        rejected: [],
        ...(help ? { help } : {}),
        ...(fallback !== undefined ? { default: fallback } : {}),
      });
      return answer;
    },
  };
  if (!options.ticks) return prompts;
  return {
    ...prompts,
    async several({ message, help, choices, default: fallback, validate }) {
      const answers = next(message);
      const tries = Array.isArray(answers) ? answers : [answers];
      const rejected: string[] = [];
      for (const raw of tries) {
        if (typeof raw !== "string") throw new Error(`Scripted answer to "${message}" must be text`);
        const typed = raw
          .split(",")
          .map((value) => value.trim())
          .filter((value) => value !== "");
        const unknown = typed.filter((value) => !choices.includes(value));
        if (unknown.length > 0)
          throw new Error(`Scripted answer to "${message}": ${unknown.join(", ")} not offered`);
        const values = raw.trim() === "" ? [...fallback] : choices.filter((choice) => typed.includes(choice));
        const verdict = validate(values);
        if (verdict === true) {
          asked.push({ kind: "several", message, answer: values, rejected, ...(help ? { help } : {}) });
          return values;
        }
        rejected.push(verdict);
      }
      throw new Error(`Every scripted answer to "${message}" was rejected: ${rejected.join(" | ")}`);
    },
  };
}
