import type * as z from "zod";
import type { ConfigPath, RuleProblemCode } from "./config-problem.js";

/** Where a rule reports what it found (zod's refinement context). */
export interface IssueSink {
  addIssue(issue: z.core.$ZodSuperRefineIssue): void;
}

/** A zod issue carrying the rule's problem code (and an optional hint) in its params. */
export function ruleIssue(
  code: RuleProblemCode,
  message: string,
  path: ConfigPath,
  hint?: string,
): z.core.$ZodSuperRefineIssue {
  return { code: "custom", message, path: [...path], params: hint === undefined ? { code } : { code, hint } };
}
