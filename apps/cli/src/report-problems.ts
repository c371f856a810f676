import type { ConfigProblem } from "@lac/council";
import { formatProblem } from "@lac/council";
import type { Style } from "./style.js";

/** Lines of "file:line:col error path: message" for people, coloured by severity. */
export function problemLines(problems: readonly ConfigProblem[], fileName: string, style: Style): string {
  return problems
    .map((problem) => {
      const line = formatProblem(problem, fileName);
      return problem.severity === "error"
        ? line.replace(" error ", ` ${style.red("error")} `)
        : line.replace(" warning ", ` ${style.yellow("warning")} `);
    })
    .join("\n");
}

/** The same problems as plain data, for --json. */
export function problemsJson(problems: readonly ConfigProblem[], fileName: string) {
  return problems.map((problem) => ({ file: fileName, ...problem }));
}
