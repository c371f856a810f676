// Helpers for the package's vocabularies (introduction sources, stages, outcome markers, …).
import * as z from "zod";
import { describeValue } from "./describe-value.js";

/**
 * A zod enum whose error says which value was wrong and lists the valid ids, for example
 * `"gp" is not an introduction source. Use one of: self, family-or-friend, …`.
 */
export function enumSchema<const T extends readonly [string, ...string[]]>(ids: T, noun: string) {
  const choices = `Use one of: ${ids.join(", ")}.`;
  return z.enum(ids, {
    error: (issue) =>
      issue.input === undefined
        ? `Missing ${noun}. ${choices}`
        : `${describeValue(issue.input)} is not ${noun}. ${choices}`,
  });
}

/**
 * Freezes a record of labels, one per id, so that it cannot be changed at run time. Its calls are annotated
 * `@__PURE__`, so that bundlers drop a record an application does not import.
 */
export function labelRecord<T extends string>(labels: Record<T, string>): Readonly<Record<T, string>> {
  return Object.freeze(labels);
}
