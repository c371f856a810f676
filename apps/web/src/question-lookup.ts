import type { ConfigProblem } from "@lac/council";
import type { Answers, ConfigPath, FieldQuestion, Question } from "@lac/questions";
import { askedAs, choiceListWords, getAt, messageInQuestionWords, missingAnswerText } from "@lac/questions";
import { listQuestionWords } from "./list-answer.js";

/**
 * A question's words as its page shows them: a list's without the prompt's "(separated by commas)",
 * and a list of labelled choices (asked with checkboxes) without its closing "(markdown, docx, html)".
 * The model's word-lookup functions (missingAnswerText, withQuestionWords, questionLabel,
 * problemInQuestionWords) are given these, so that a problem names a question as its page does.
 */
export function pageWords(question: FieldQuestion): string {
  if (question.kind !== "list") return question.message;
  return question.labels ? choiceListWords(question.message) : listQuestionWords(question.message);
}

/**
 * A problem's message as the error summary and its field say it: a missing answer in its question's
 * words ("Missing: Council's official name.", a list item by its name as well as its number), any other in the questions' words as lac init says it
 * at its prompt (the keys as the page's questions, a ticked box by its label, a choice's answer by its
 * words), without the configuration's path.
 */
export function pageProblemMessage(
  questions: readonly Question[],
  problem: ConfigProblem,
  answers: Answers,
): string {
  const missing =
    problem.code === "missing-key"
      ? missingAnswerText(questions, problem.path, pageWords, answers)
      : undefined;
  return missing ?? messageInQuestionWords(questions, problem, answers, pageWords);
}

/** What shownQuestionPaths names the questions of an optional section by, while the section is included. */
export function sectionPartsKey(path: string): string {
  return `${path} (included)`;
}

/**
 * The paths of the questions a page shows for these answers (what its `when`s and lists allow), so that
 * the questions an answer shows are drawn, and those it hides taken away, as it is given; an optional
 * section that is included adds its sectionPartsKey.
 */
export function shownQuestionPaths(questions: readonly Question[], answers: Answers): string[] {
  const shown: string[] = [];
  for (const question of questions) {
    if (question.when && !question.when(answers, answers)) continue;
    shown.push(question.path);
    if (question.kind === "group") {
      const items = getAt(answers, question.path.split("."));
      if (!Array.isArray(items)) continue;
      items.forEach((item: Answers, index) => {
        for (const inner of question.questions)
          if (!inner.when || inner.when(answers, item)) shown.push(`${question.path}.${index}.${inner.path}`);
      });
    } else if (question.kind === "section") {
      const value = getAt(answers, question.path.split(".")) as Answers | undefined;
      if (value === undefined) continue;
      shown.push(sectionPartsKey(question.path));
      for (const inner of question.questions)
        if (!inner.when || inner.when(answers, value)) shown.push(`${question.path}.${inner.path}`);
    }
  }
  return shown;
}

/**
 * The question that lac init's words for a problem's place name (`problemPlace`, `askedAs`: "Partner 1
 * (Ashby Care): What kind of organisation it is", "Manager's role title in Welsh (optional)", a list's
 * item "Partner 2", a list "The partners", an optional part by its question), among those these answers
 * ask, in the page's words: so that a warning's link leads to its field. Undefined when none is so called.
 */
export function pathOfPlace(
  questions: readonly Question[],
  answers: Answers,
  place: string,
): ConfigPath | undefined {
  const asked = (question: Question, item: Answers) => !question.when || question.when(answers, item);
  const candidates: ConfigPath[] = [];
  for (const question of questions) {
    if (!asked(question, answers)) continue;
    const base = question.path.split(".");
    candidates.push(base);
    if (question.kind !== "group" && question.kind !== "section") continue;
    const value = getAt(answers, base);
    const items: [ConfigPath, Answers][] =
      question.kind === "group"
        ? (Array.isArray(value) ? value : []).map((item: Answers, index) => [[...base, index], item])
        : value === undefined
          ? []
          : [[base, value as Answers]];
    for (const [itemPath, item] of items) {
      if (itemPath !== base) candidates.push(itemPath);
      for (const inner of question.questions)
        if (asked(inner, item)) candidates.push([...itemPath, ...inner.path.split(".")]);
    }
  }
  return candidates.find((path) => askedAs(questions, path, answers, pageWords) === place);
}

/** An answer written in Welsh (a Welsh name or role title): its control and its value are marked lang="cy". */
export function isWelshAnswer(path: ConfigPath): boolean {
  const last = path[path.length - 1];
  return last === "welshName" || last === "welshTitle" || last === "welshRole";
}
