import * as z from "zod";
import { COUNCIL_RULES, type CouncilRuleName } from "./council-refinements.js";

/** The name of each `.superRefine` check made by {@link ruleCheck} (zod keeps only a wrapper of the rule). */
const ruleNames = new WeakMap<object, CouncilRuleName>();

/**
 * A zod check that runs one of {@link COUNCIL_RULES}, exactly as `.superRefine(rule, params)` would,
 * remembered by name so that the quick validator's plan can name it.
 */
export function ruleCheck<T>(name: CouncilRuleName, params?: Parameters<typeof z.superRefine>[1]) {
  const check = z.superRefine(
    COUNCIL_RULES[name] as unknown as (value: T, ctx: z.RefinementCtx<T>) => void,
    params,
  );
  ruleNames.set(check, name);
  return check;
}

/** The name of a check made by {@link ruleCheck}, or undefined. */
export function ruleNameOf(check: object): CouncilRuleName | undefined {
  return ruleNames.get(check);
}
