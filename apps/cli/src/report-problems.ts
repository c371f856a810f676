import type { ConfigProblem } from "@lac/council/quick";
import { formatProblem } from "@lac/council/quick";
import type { Style } from "./style.js";

/**
 * Lines of "file:line:col error path: message" for people, coloured by severity. Without a file
 * (answers from --set or defaults), a line is just "error path: message".
 */
export function problemLines(
  problems: readonly ConfigProblem[],
  fileName: string | undefined,
  style: Style,
): string {
  return problems
    .map((problem) => {
      // Only a problem with a place in the file is shown with the file's name.
      const line =
        fileName === undefined || problem.line === undefined
          ? formatProblem(problem, "").trimStart()
          : formatProblem(problem, fileName);
      return problem.severity === "error"
        ? line.replace(/(^| )error /, `$1${style.red("error")} `)
        : line.replace(/(^| )warning /, `$1${style.yellow("warning")} `);
    })
    .join("\n");
}

/** The same problems as plain data, for --json. */
export function problemsJson(problems: readonly ConfigProblem[], fileName: string | undefined) {
  return problems.map((problem) =>
    fileName === undefined || problem.line === undefined ? { ...problem } : { file: fileName, ...problem },
  );
}
