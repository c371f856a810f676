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

/** Looks up a principle by its id. An unknown id is returned as an error, never thrown. */
export function getPrinciple(id: string): GetPrincipleResult {
  const principle = isPrincipleId(id) ? principles.find((candidate) => candidate.id === id) : undefined;
  if (principle) return { ok: true, principle };
  return {
    ok: false,
    error: {
      code: "unknown-principle",
      id,
      message: `There is no principle with the id ${JSON.stringify(id)}. Use one of: ${principleIds.join(", ")}.`,
    },
  };
}
