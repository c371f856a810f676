import type * as z from "zod";

/** One problem found in raw input: where it is (a path such as `events[3].principles[0]`) and what to do. */
export interface ValidationIssue {
  /** Where the problem is; an empty string means the value as a whole. */
  readonly path: string;
  readonly message: string;
}

/** Writes a zod path the way it would be written in code: `events[3].principles[0]`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let text = "";
  for (const key of path) {
    if (typeof key === "number") text += `[${key}]`;
    else text += text === "" ? String(key) : `.${String(key)}`;
  }
  return text;
}

/** Turns zod issues into validation issues, with `prefix` put before each path. */
export function toValidationIssues(
  issues: readonly z.core.$ZodIssue[],
  prefix: readonly PropertyKey[] = [],
): ValidationIssue[] {
  return issues.map((issue) => ({ path: formatPath([...prefix, ...issue.path]), message: issue.message }));
}

/** True when the issue is an unknown principle id in an event's `principles` list. */
export function isUnknownPrincipleIssue(issue: z.core.$ZodIssue): boolean {
  const at = issue.path.lastIndexOf("principles");
  return issue.code === "invalid_value" && at >= 0 && at === issue.path.length - 2;
}

/** One sentence that names the first problem and says how many more there are. */
export function summariseIssues(issues: readonly ValidationIssue[]): string {
  const [first] = issues;
  if (!first) return "The value is not valid.";
  const where = first.path === "" ? "" : `At ${first.path}: `;
  const more =
    issues.length > 1
      ? ` (${issues.length - 1} more problem${issues.length > 2 ? "s" : ""} listed in "issues".)`
      : "";
  return `${where}${first.message}${more}`;
}
