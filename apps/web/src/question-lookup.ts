import type { Answers, ConfigPath, Question } from "@lac/questions";
import { getAt } from "@lac/questions";

/**
 * The paths of the questions a page shows for these answers (what its `when`s and lists allow), so that
 * the page is drawn again when an answer typed in it shows or hides another question.
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
      for (const inner of question.questions)
        if (!inner.when || inner.when(answers, value)) shown.push(`${question.path}.${inner.path}`);
    }
  }
  return shown;
}

/** An answer written in Welsh (a Welsh name or role title): its control and its value are marked lang="cy". */
export function isWelshAnswer(path: ConfigPath): boolean {
  const last = path[path.length - 1];
  return last === "welshName" || last === "welshTitle";
}
