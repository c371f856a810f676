// The questions' own words for a place in the configuration: what a person at lac init's prompt or in
// the web builder is told of a missing answer or a problem, instead of the configuration's path.
import type { ConfigProblem, ProblemFix } from "@lac/council/quick";
import { formatConfigPath, getAt } from "./config-path.js";
import type { ConfigPath } from "./config-path.js";
import { choiceLabel, itemName } from "./question.js";
import type { Answers, FieldQuestion, Question } from "./question.js";

/**
 * The words a front end shows a question by. lac init's prompt shows its message as it is ("Wards or
 * places it covers (separated by commas)"); the web builder, which gives each item of a list its own
 * field, passes words without what is said of typing the list on one line.
 */
export type QuestionWords = (question: FieldQuestion) => string;

/** A question's message as lac init's prompt asks it: the words each function here uses unless told. */
export const promptWords: QuestionWords = (question) => question.message;

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
 * What a person is told of an answer that is missing: the question's own words ("Missing: Council's
 * official name.", "Missing: Population of the neighbourhood (neighbourhood 2)."), as lac init says of
 * a missing part, rather than the schema's "The required key "name" is missing."; undefined when no
 * question asks it.
 */
export function missingAnswerText(
  questions: readonly Question[],
  path: ConfigPath,
  words: QuestionWords = promptWords,
): string | undefined {
  const list = questions.find((question) => question.kind === "group" && question.path === path.join("."));
  if (list?.kind === "group")
    return `Missing: the ${list.item}s. Open their page to add them${list.min === 0 ? ", or continue with none" : ""}.`;
  const found = questionAt(questions, path);
  if (!found) return undefined;
  const asked = words(found.question);
  const message = asked.replace(/[.?]$/, "");
  const item = found.item ? ` (${found.item.name} ${found.item.index + 1})` : "";
  const end = asked.endsWith("?") && !item ? "?" : ".";
  return `Missing: ${message}${item}${end}`;
}

/** Every question's full path and its words, the longest path first (lists' items as `[]`). */
function questionPaths(
  questions: readonly Question[],
  words: QuestionWords,
): { path: string; message: string }[] {
  const found: { path: string; message: string }[] = [];
  for (const question of questions) {
    if (question.kind === "group" || question.kind === "section") {
      const join = question.kind === "group" ? "[]." : ".";
      for (const inner of question.questions)
        found.push({ path: `${question.path}${join}${inner.path}`, message: words(inner) });
    } else found.push({ path: question.path, message: words(question) });
  }
  return found.sort((a, b) => b.path.length - a.path.length);
}

/**
 * A problem's message with the configuration's paths ("Correct council.gssCode or council.nation") put
 * as the questions the person sees ("Correct "ONS GSS code of the council" or "Nation""). Paths in a
 * list (`partners[2].kind`) are left as they are.
 */
export function withQuestionWords(
  questions: readonly Question[],
  message: string,
  words: QuestionWords = promptWords,
): string {
  let result = message;
  for (const { path, message: asked } of questionPaths(questions, words)) {
    if (path.includes("[]")) continue;
    const pattern = new RegExp(`(?<![\\w.\\[])${path.replace(/\./g, "\\.")}(?![\\w\\[]|\\.\\w)`, "g");
    result = result.replace(pattern, `"${asked}"`);
  }
  return result;
}

/** The words of the question a problem is about, with its list item ("Neighbourhood 2: Neighbourhood name"). */
export function questionLabel(
  questions: readonly Question[],
  path: ConfigPath,
  words: QuestionWords = promptWords,
): string | undefined {
  const found = questionAt(questions, path);
  if (!found) return undefined;
  if (!found.item) return words(found.question);
  const item = found.item.name.charAt(0).toUpperCase() + found.item.name.slice(1);
  return `${item} ${found.item.index + 1}: ${words(found.question)}`;
}

/**
 * What a person at the prompt calls the place of a problem: the question in its own words, with the
 * list item by its name ("Partner 1 (Brackenford Adult Social Care): What kind of organisation it is"),
 * a list item itself ("Neighbourhood 2 (Riverside)"), a list ("The partners") or an optional part by its
 * yes/no question, an item of a list answered on one line by that list's question; undefined when no
 * question asks it.
 */
export function askedAs(
  questions: readonly Question[],
  path: ConfigPath,
  answers: Answers,
  words: QuestionWords = promptWords,
): string | undefined {
  // An item of a list typed on one line (`partners[0].anonymised[1]`) is placed by the list's question.
  if (typeof path.at(-1) === "number" && questionAt(questions, path.slice(0, -1))?.question.kind === "list")
    return askedAs(questions, path.slice(0, -1), answers, words);
  const text = path.map(String).join(".");
  for (const question of questions) {
    if (question.kind === "group") {
      const base = question.path.split(".");
      if (text === question.path) return `The ${question.item}s`;
      const index = path[base.length];
      if (!base.every((part, at) => path[at] === part) || typeof index !== "number") continue;
      const item = getAt(answers, path.slice(0, base.length + 1));
      const numbered = itemName(question, undefined, index);
      const name = itemName(question, item, index);
      const called = name === numbered ? numbered : `${numbered} (${name})`;
      if (path.length === base.length + 1) return called;
      const inner = questionAt(questions, path);
      return inner ? `${called}: ${words(inner.question)}` : undefined;
    }
    if (question.kind === "section" && text === question.path) return question.message;
  }
  const found = questionAt(questions, path);
  return found ? words(found.question) : undefined;
}

/**
 * A message's paths of list items ("first at neighbourhoods[0]", "partners[2].kind") put as the items
 * by their names ("first at Neighbourhood 1 (Riverside)"), and an item's field as its question in
 * quotes ("Partner 3 (Brackenshire Police): What kind of organisation it is"). A path that no question
 * asks is left as it is.
 */
export function withItemWords(
  questions: readonly Question[],
  message: string,
  answers: Answers,
  words: QuestionWords = promptWords,
): string {
  let result = message;
  for (const question of questions) {
    if (question.kind !== "group") continue;
    const base = question.path.split(".");
    const pattern = new RegExp(
      `(?<![\\w.\\]])${question.path.replace(/\./g, "\\.")}\\[(\\d+)\\]((?:\\.[A-Za-z]\\w*)*)`,
      "g",
    );
    result = result.replace(pattern, (whole, index: string, rest: string) => {
      const keys = rest === "" ? [] : rest.slice(1).split(".");
      const asked = askedAs(questions, [...base, Number(index), ...keys], answers, words);
      if (asked === undefined) return whole;
      return keys.length === 0 ? asked : `"${asked}"`;
    });
  }
  return result;
}

/**
 * A problem's fix said as the answer to give to its question, for a person who answers questions
 * rather than edits lac.config.yaml: 'answer "Service of this council" to "Partner 1 (…): What kind
 * of organisation it is" to say so, …', 'add "shares" to the answer to "…"'; starting with a capital
 * where the file's words (`fileWords`) do. Undefined when no question asks for it.
 */
export function fixInQuestionWords(
  questions: readonly Question[],
  fix: ProblemFix,
  answers: Answers,
  words: QuestionWords = promptWords,
): string | undefined {
  const found = questionAt(questions, fix.path);
  const asked = askedAs(questions, fix.path, answers, words);
  if (found === undefined || asked === undefined) return undefined;
  const { question } = found;
  let said: string;
  if (fix.value === undefined) said = `answer "${asked}"`;
  else if (question.kind === "list") said = `add "${fix.value}" to the answer to "${asked}"`;
  else {
    // The list item the question is asked in: the path up to its index.
    const itemPath = found.item ? fix.path.slice(0, fix.path.lastIndexOf(found.item.index) + 1) : [];
    const item = (found.item ? getAt(answers, itemPath) : answers) as Answers | undefined;
    const value =
      question.kind === "choice" ? choiceLabel(question, fix.value, answers, item ?? {}) : fix.value;
    said = `answer "${value}" to "${asked}"`;
  }
  said += fix.then ?? "";
  const first = fix.fileWords.charAt(0);
  return first === first.toUpperCase() ? said.charAt(0).toUpperCase() + said.slice(1) : said;
}

/**
 * A problem's message in the questions' words, without its path: its fix said as an answer
 * (`fixInQuestionWords`), the configuration's paths put as the questions (`withQuestionWords`) and
 * its list items by their names (`withItemWords`).
 */
export function messageInQuestionWords(
  questions: readonly Question[],
  problem: ConfigProblem,
  answers: Answers,
  words: QuestionWords = promptWords,
): string {
  let message = problem.message;
  const fix = problem.fix;
  if (fix !== undefined && message.includes(fix.fileWords)) {
    const said = fixInQuestionWords(questions, fix, answers, words);
    if (said !== undefined) message = message.replace(fix.fileWords, said);
  }
  return withItemWords(questions, withQuestionWords(questions, message, words), answers, words);
}

/**
 * A problem as a person at lac init's prompt reads it: placed by the question that asks it (`askedAs`),
 * its message with the configuration's paths put as the questions' words, and the path kept at the end
 * for someone who edits the configuration file ("(partners[0].kind in lac.config.yaml)"). A problem that
 * no question asks is given as it is. The path, code and severity stay as they were. The web builder
 * passes its own words for the questions (`words`).
 */
export function problemInQuestionWords(
  questions: readonly Question[],
  problem: ConfigProblem,
  answers: Answers,
  configFile = "lac.config.yaml",
  words: QuestionWords = promptWords,
): ConfigProblem {
  const asked = askedAs(questions, problem.path, answers, words);
  if (asked === undefined) return problem;
  const { line: _line, column: _column, ...unplaced } = problem;
  return {
    ...unplaced,
    pathText: asked,
    message: `${messageInQuestionWords(questions, problem, answers, words)} (${formatConfigPath(problem.path)} in ${configFile})`,
  };
}
