import type { ConfigProblem } from "@lac/council";
import { councilConfigSchema, descriptionOf, formatConfigPath, schemaAt, schemaDefault } from "@lac/council";
import type { ConfigPath } from "./config-path.js";
import type { Answers, FieldQuestion, Question } from "./question.js";

/** A required question: not optional, and without a default in the schema. */
function isRequired(question: FieldQuestion, path: ConfigPath): boolean {
  return !question.optional && schemaDefault(schemaAt(councilConfigSchema, path)) === undefined;
}

/** Every required question below `prefix`, with its full path (lists start at their first item). */
function requiredBelow(
  questions: readonly Question[],
  prefix: ConfigPath,
  answers: Answers,
): { path: ConfigPath; question: FieldQuestion }[] {
  const found: { path: ConfigPath; question: FieldQuestion }[] = [];
  const under = (path: ConfigPath) => prefix.every((part, index) => path[index] === part);
  for (const question of questions) {
    if (question.when && !question.when(answers, answers)) continue;
    if (question.kind === "section") continue; // optional parts of the configuration
    const base = question.path.split(".");
    if (question.kind === "group") {
      if (question.min === 0) continue;
      for (const inner of question.questions) {
        if (inner.when) continue; // asked only for some items
        const path = [...base, 0, ...inner.path.split(".")];
        if (under(path) && isRequired(inner, path)) found.push({ path, question: inner });
      }
      continue;
    }
    if (under(base) && isRequired(question, base)) found.push({ path: base, question });
  }
  return found;
}

/**
 * Replaces "the key `council` is missing" by one problem per required answer below it
 * (`council.name`, `council.nation`, …), so that a person or a script sees every missing answer at once.
 */
export function expandMissingAnswers(
  problems: readonly ConfigProblem[],
  questions: readonly Question[],
  answers: Answers,
): ConfigProblem[] {
  return problems.flatMap((problem) => {
    if (problem.code !== "missing-key") return [problem];
    const below = requiredBelow(questions, problem.path, answers).filter(
      ({ path }) => formatConfigPath(path) !== problem.pathText,
    );
    if (below.length === 0) return [problem];
    return below.map(({ path, question }) => ({
      ...problem,
      path,
      pathText: formatConfigPath(path),
      message: `Missing: ${question.message}.`.replace(/\?\.$/, "?"),
      hint: question.help ?? descriptionOf(schemaAt(councilConfigSchema, path)) ?? problem.hint,
    }));
  });
}
