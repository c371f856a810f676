import type { Answers, ConfigPath, FieldQuestion, Question } from "@lac/questions";
import { getAt } from "@lac/questions";
import { listQuestionWords } from "./list-answer.js";

/** A question's words as its page shows them: a list's without the prompt's "(separated by commas)". */
export function pageWords(question: FieldQuestion): string {
  return question.kind === "list" ? listQuestionWords(question.message) : question.message;
}

/**
 * The question that asks for the value at `path` (`["neighbourhoods", 0, "name"]`), inside a list or an
 * optional section too; undefined when no question asks it.
 */
export function questionAt(
  questions: readonly Question[],
  path: ConfigPath,
): { question: FieldQuestion; item?: { readonly name: string; readonly index: number } } | undefined {
  const text = path.map(String);
  for (const question of questions) {
    const base = question.path.split(".");
    if (!base.every((part, index) => text[index] === part)) continue;
    if (question.kind === "group") {
      const index = path[base.length];
      if (typeof index !== "number") continue;
      const rest = text.slice(base.length + 1).join(".");
      const inner = question.questions.find((candidate) => candidate.path === rest);
      if (inner) return { question: inner, item: { name: question.item, index } };
    } else if (question.kind === "section") {
      const rest = text.slice(base.length).join(".");
      const inner = question.questions.find((candidate) => candidate.path === rest);
      if (inner) return { question: inner };
    } else if (base.length === text.length) return { question };
  }
  return undefined;
}

/**
 * What the page says of an answer that is missing: the question's own words ("Missing: Council's
 * official name.", "Missing: Population of the neighbourhood (neighbourhood 2)."), as lac init says of
 * a missing part, rather than the schema's "The required key "name" is missing."; undefined when no
 * question asks it.
 */
export function missingAnswerText(questions: readonly Question[], path: ConfigPath): string | undefined {
  const list = questions.find((question) => question.kind === "group" && question.path === path.join("."));
  if (list?.kind === "group")
    return `Missing: the ${list.item}s. Open their page to add them${list.min === 0 ? ", or continue with none" : ""}.`;
  const found = questionAt(questions, path);
  if (!found) return undefined;
  const words = pageWords(found.question);
  const message = words.replace(/[.?]$/, "");
  const item = found.item ? ` (${found.item.name} ${found.item.index + 1})` : "";
  const end = words.endsWith("?") && !item ? "?" : ".";
  return `Missing: ${message}${item}${end}`;
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

/** An answer written in Welsh (a Welsh name or role title): its control and its value are marked lang="cy". */
export function isWelshAnswer(path: ConfigPath): boolean {
  const last = path[path.length - 1];
  return last === "welshName" || last === "welshTitle";
}

/** Every question's full path and its words, the longest path first (lists' items as `[]`). */
function questionPaths(questions: readonly Question[]): { path: string; message: string }[] {
  const found: { path: string; message: string }[] = [];
  for (const question of questions) {
    if (question.kind === "group" || question.kind === "section") {
      const join = question.kind === "group" ? "[]." : ".";
      for (const inner of question.questions)
        found.push({ path: `${question.path}${join}${inner.path}`, message: pageWords(inner) });
    } else found.push({ path: question.path, message: pageWords(question) });
  }
  return found.sort((a, b) => b.path.length - a.path.length);
}

/**
 * A problem's message with the configuration's paths ("Correct council.gssCode or council.nation") put
 * as the questions the person sees ("Correct "ONS GSS code of the council" or "Nation""). Paths in a
 * list (`partners[2].kind`) are left as they are.
 */
export function withQuestionWords(questions: readonly Question[], message: string): string {
  let result = message;
  for (const { path, message: words } of questionPaths(questions)) {
    if (path.includes("[]")) continue;
    const pattern = new RegExp(`(?<![\\w.\\[])${path.replace(/\./g, "\\.")}(?![\\w\\[]|\\.\\w)`, "g");
    result = result.replace(pattern, `"${words}"`);
  }
  return result;
}

/** The words of the question a problem is about, with its list item ("Neighbourhood 2: Neighbourhood name"). */
export function questionLabel(questions: readonly Question[], path: ConfigPath): string | undefined {
  const found = questionAt(questions, path);
  if (!found) return undefined;
  if (!found.item) return pageWords(found.question);
  const item = found.item.name.charAt(0).toUpperCase() + found.item.name.slice(1);
  return `${item} ${found.item.index + 1}: ${pageWords(found.question)}`;
}
