import { isPrincipleId, principleIds } from "./principle-id.js";
import type { Principle } from "./principle.js";
import { principles } from "./principles.js";

export interface UnknownPrincipleError {
  readonly code: "unknown-principle";
  readonly id: string;
  readonly message: string;
}

export type GetPrincipleResult =
  | { readonly ok: true; readonly principle: Principle }
  | { readonly ok: false; readonly error: UnknownPrincipleError };

/** Names what was passed instead of a string, without `JSON.stringify` (which throws on a BigInt or a cycle). */
function describeNonString(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  return typeof value === "object" ? "an object" : `a value of type ${typeof value}`;
}

/** Looks up a principle by its id. An unknown id is returned as an error, never thrown. */
export function getPrinciple(id: string): GetPrincipleResult {
  const principle = isPrincipleId(id) ? principles.find((candidate) => candidate.id === id) : undefined;
  if (principle) return { ok: true, principle };
  return {
    ok: false,
    error: {
      code: "unknown-principle",
      // The type promises a string, and a BigInt here would make JSON.stringify of the error throw.
      id: typeof id === "object" || typeof id === "function" ? describeNonString(id) : String(id),
      message:
        typeof id === "string"
          ? `There is no principle with the id ${JSON.stringify(id)}. Use one of: ${principleIds.join(", ")}.`
          : `A principle id must be a string, not ${describeNonString(id)}. Use one of: ${principleIds.join(", ")}.`,
    },
  };
}
