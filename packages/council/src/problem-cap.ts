import { createProblem, type ConfigProblem } from "./config-problem.js";
import { formatWholeNumber } from "./describe-value.js";

/** The most errors reported at once; the rest are counted in a last problem ("… and 19,950 more"). */
export const MAX_REPORTED_PROBLEMS = 50;

/**
 * The first {@link MAX_REPORTED_PROBLEMS} problems (in the order given), then one that counts the
 * rest: "… and 19,950 more problems", placed at `location`, or else where the first of the rest is.
 */
export function capProblems(
  problems: readonly ConfigProblem[],
  location?: { readonly line: number; readonly column: number },
): readonly ConfigProblem[] {
  if (problems.length <= MAX_REPORTED_PROBLEMS) return problems;
  const rest = problems.length - MAX_REPORTED_PROBLEMS;
  const next = problems[MAX_REPORTED_PROBLEMS];
  const place = location ?? (next?.line === undefined ? {} : { line: next.line, column: next.column ?? 1 });
  return [
    ...problems.slice(0, MAX_REPORTED_PROBLEMS),
    createProblem({
      severity: "error",
      code: "too-many-problems",
      message: `… and ${formatWholeNumber(rest)} more ${rest === 1 ? "problem" : "problems"} not shown (only the first ${MAX_REPORTED_PROBLEMS} are reported). Fix these and run again.`,
      path: [],
      ...place,
    }),
  ];
}
