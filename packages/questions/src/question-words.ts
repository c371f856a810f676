// The questions' own words for a place in the configuration: what a person at lac init's prompt or in
// the web builder is told of a missing answer or a problem, instead of the configuration's path.
import type { ConfigProblem, ProblemFix } from "@lac/council/quick";
import { formatConfigPath, getAt } from "./config-path.js";
import type { ConfigPath } from "./config-path.js";
import { choiceLabel, choiceLabels, itemName } from "./question.js";
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
 * question asks it. Given the `answers`, a list item is also named by its answer, as the other messages
 * name it ("Missing: What kind of organisation it is (partner 1, Brackenford Homes).").
 */
export function missingAnswerText(
  questions: readonly Question[],
  path: ConfigPath,
  words: QuestionWords = promptWords,
  answers?: Answers,
): string | undefined {
  const list = questions.find((question) => question.kind === "group" && question.path === path.join("."));
  if (list?.kind === "group")
    return `Missing: the ${list.item}s. Open their page to add them${list.min === 0 ? ", or continue with none" : ""}.`;
  const found = questionAt(questions, path);
  if (!found) return undefined;
  const asked = words(found.question);
  const message = asked.replace(/[.?]$/, "");
  const item = found.item
    ? ` (${found.item.name} ${found.item.index + 1}${namedAs(questions, path, answers)})`
    : "";
  const end = asked.endsWith("?") && !item ? "?" : ".";
  return `Missing: ${message}${item}${end}`;
}

/**
 * ", Brackenford Homes": the name the answers give the list item that `path` is in, for a message that
 * already numbers it; "" when there are no answers or the item has no name yet.
 */
function namedAs(questions: readonly Question[], path: ConfigPath, answers: Answers | undefined): string {
  if (answers === undefined) return "";
  for (const question of questions) {
    if (question.kind !== "group") continue;
    const base = question.path.split(".");
    const index = path[base.length];
    if (typeof index !== "number" || !base.every((part, at) => path[at] === part)) continue;
    const name = itemName(question, getAt(answers, path.slice(0, base.length + 1)), index);
    return name === itemName(question, undefined, index) ? "" : `, ${name}`;
  }
  return "";
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

/** A key that a problem's message may name, and the question that asks it. */
interface KeyMention {
  /** The key as the message writes it: a whole path (`council.welshName`) or a key of the part the problem is in (`publicAuthority`). */
  readonly text: string;
  /** The question that asks it, or the words of a key no question asks (a question's `unasked`). */
  readonly question:
    | FieldQuestion
    | Extract<Question, { kind: "section" }>
    | { readonly kind: "unasked"; readonly words: string };
  /** The list item or part of the configuration the key is in, for a choice's words. */
  readonly item: ConfigPath;
  /** A key that is also an English word (`shares`, `kind`): taken as a key only in the file's phrases for it. */
  readonly plain: boolean;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * The keys a problem at `path` may name: every whole path that a question or an optional part asks,
 * and the keys of the list item or part the problem is in (`publicAuthority` for a problem of
 * `partners[0]`), the nearest part first.
 */
function keyMentions(questions: readonly Question[], path: ConfigPath): KeyMention[] {
  const mentions: KeyMention[] = [];
  const seen = new Set<string>();
  const add = (mention: KeyMention) => {
    if (seen.has(mention.text)) return;
    seen.add(mention.text);
    mentions.push(mention);
  };
  // The keys of each part the problem is in, the nearest first.
  for (let length = path.length; length >= 1; length -= 1) {
    const scope = path.slice(0, length);
    if (typeof scope.at(-1) === "string" && length === path.length && questionAt(questions, scope)) continue;
    const scopeText = scope
      .map((part) => (typeof part === "number" ? "[]" : `.${part}`))
      .join("")
      .slice(1);
    for (const question of questions) {
      const inner =
        question.kind === "group" || question.kind === "section"
          ? question.questions.map((field) => ({
              full: `${question.path}${question.kind === "group" ? "[]" : ""}.${field.path}`,
              field,
            }))
          : [{ full: question.path, field: question }];
      for (const { full, field } of inner) {
        if (!full.startsWith(`${scopeText}.`)) continue;
        const key = full.slice(scopeText.length + 1);
        if (key.includes(".")) continue;
        add({ text: key, question: field, item: scope, plain: !/[A-Z]/.test(key) });
      }
    }
  }
  // Whole paths: the longest first, so that a path is not taken for the start of a longer one.
  const whole: KeyMention[] = [];
  for (const question of questions) {
    if (question.kind === "group") continue;
    whole.push({ text: question.path, question, item: [], plain: false });
    if (question.kind === "section")
      for (const field of question.questions)
        whole.push({
          text: `${question.path}.${field.path}`,
          question: field,
          item: question.path.split("."),
          plain: false,
        });
  }
  for (const question of questions) {
    const fields =
      question.kind === "group" ? [] : question.kind === "section" ? question.questions : [question];
    for (const field of fields)
      for (const [text, said] of Object.entries(field.unasked ?? {}))
        whole.push({ text, question: { kind: "unasked", words: said }, item: [], plain: false });
  }
  whole.sort((a, b) => b.text.length - a.text.length).forEach(add);
  return mentions;
}

/** `replacement` with its first letter as `matched`'s (a verb at the start of a sentence keeps its capital). */
function sameCase(matched: string, replacement: string): string {
  const first = matched.charAt(0);
  return first === first.toUpperCase()
    ? replacement.charAt(0).toUpperCase() + replacement.slice(1)
    : replacement.charAt(0).toLowerCase() + replacement.slice(1);
}

/** True when `offset` of `text` starts a sentence. */
const startsSentence = (text: string, offset: number) =>
  offset === 0 || /[.!?]\s+$/.test(text.slice(0, offset));

/**
 * A problem's message with the keys it names in the file's terms ("Add publicAuthority: true or
 * false", "The neighbourhood "Riverside" has no welshName", "team.welshLanguage is missing") said as
 * the questions that ask them ('Answer "Is it a public authority …?"', 'has no answer to "Its name in
 * Welsh (optional)"', 'The answer to "Has the council assessed …?" is no'); a value of a list of fixed
 * choices, which a person ticks, as its box ('Tick "Welsh" in "Languages of the documents"', '"Welsh" is
 * not ticked in …'), and a choice's answer by its label ('the answer to "Nation" is "England"'). The keys of the list item
 * or part the problem (at `path`) is in are found without their path; a key that is also an English
 * word ("shares", "kind") only in the file's phrases for a key. A whole path said in none of those
 * phrases is left for `withQuestionWords`.
 */
export function withKeyWords(
  questions: readonly Question[],
  message: string,
  path: ConfigPath,
  answers: Answers,
  words: QuestionWords = promptWords,
): string {
  let result = message;
  for (const mention of keyMentions(questions, path)) {
    const { question, text } = mention;
    const key = `(?<![\\w.\\[\\]"-])${escapeRegExp(text)}(?![\\w\\[-]|\\.\\w)`;
    if (!new RegExp(key).test(result)) continue;
    const rules: [RegExp, (match: string, ...groups: string[]) => string][] = [];
    const rule = (pattern: string, said: (match: string, ...groups: string[]) => string) =>
      rules.push([new RegExp(pattern, "g"), said]);
    if (question.kind === "unasked") rule(key, () => question.words);
    else if (question.kind === "section") {
      const asked = `"${question.message}"`;
      rule(`\\b([Aa]dd) ${key} with\\b`, (_, verb) => sameCase(verb!, `answer yes to ${asked} and give`));
      rule(`\\b([Aa]dd) ${key}`, (_, verb) => sameCase(verb!, `answer yes to ${asked}`));
      rule(`\\b([Rr]emove) ${key}`, (_, verb) => sameCase(verb!, `answer no to ${asked}`));
      rule(`${key} is missing`, () => `the answer to ${asked} is no`);
      rule(key, () => asked);
    } else {
      const asked = `"${words(question)}"`;
      rule(`\\b([Ss]et|[Uu]se|[Aa]dd) ${key}: true or false`, (_, verb) =>
        sameCase(verb!, `answer ${asked}`),
      );
      rule(`\\b([Ss]et|[Uu]se|[Aa]dd) ${key}: ([\\w-]+)`, (_, verb, value) => {
        const item = (getAt(answers, mention.item) ?? {}) as Answers;
        const shown = question.kind === "choice" ? choiceLabel(question, value!, answers, item) : value!;
        return sameCase(verb!, `answer "${shown}" to ${asked}`);
      });
      // A list of fixed choices is answered by ticking boxes: a value with a box is said as its label.
      const box = (value: string) => {
        if (question.kind !== "list") return undefined;
        const labels = choiceLabels(question, answers, (getAt(answers, mention.item) ?? {}) as Answers);
        return labels !== undefined && Object.hasOwn(labels, value) ? labels[value] : undefined;
      };
      rule(`\\b([Aa]dd) "([^"]*)" to ${key}`, (match, verb, value) => {
        const label = box(value!);
        return label === undefined ? match : sameCase(verb!, `tick "${label}" in ${asked}`);
      });
      rule(`\\b([Rr]emove) "([^"]*)" from ${key}`, (match, verb, value) => {
        const label = box(value!);
        return label === undefined ? match : sameCase(verb!, `untick "${label}" in ${asked}`);
      });
      if (question.kind === "list" && question.labels !== undefined)
        rule(`\\b([Rr]emove) it from ${key}`, (_, verb) => sameCase(verb!, `untick it in ${asked}`));
      rule(`${key} has no "([^"]*)"`, (match, value) => {
        const label = box(value!);
        return label === undefined ? match : `"${label}" is not ticked in ${asked}`;
      });
      rule(`${key} lists "([^"]*)"`, (match, value) => {
        const label = box(value!);
        return label === undefined ? match : `"${label}" is ticked in ${asked}`;
      });
      if (question.kind === "choice")
        rule(`${key} is "([^"]*)"`, (_, value) => {
          const item = (getAt(answers, mention.item) ?? {}) as Answers;
          return `the answer to ${asked} is "${choiceLabel(question, value!, answers, item)}"`;
        });
      rule(
        `\\b([Aa]dd "[^"]*" to|[Rr]emove (?:"[^"]*"|it) from) ${key}`,
        (_, said) => `${said} the answer to ${asked}`,
      );
      rule(`${key} is missing`, () => `there is no answer to ${asked}`);
      rule(`\\bhas no ${key}`, () => `has no answer to ${asked}`);
      rule(`\\b([Rr]emove) ${key}`, (_, verb) => sameCase(verb!, `leave ${asked} empty`));
      rule(`\\b([Aa]dd|[Gg]ive) ${key}`, (_, verb) => sameCase(verb!, `answer ${asked}`));
      if (question.kind === "boolean")
        rule(
          `${key} is (true|false)`,
          (_, value) => `the answer to ${asked} is ${value === "true" ? "yes" : "no"}`,
        );
      rule(`\\bunder ${key}`, () => `in the answer to ${asked}`);
      rule(`${key} lists (?=")`, () => `the answer to ${asked} has `);
      rule(`(?:the partner's |its )?${key} list\\b`, () => `the answer to ${asked}`);
      // A key of the part the problem is in, in any other phrase ("the lawful bases follow publicAuthority").
      if (!mention.plain && !text.includes(".")) rule(key, () => `the answer to ${asked}`);
    }
    for (const [pattern, said] of rules) {
      result = result.replace(pattern, (...args: unknown[]) => {
        const offset = args.find((arg) => typeof arg === "number") as number;
        const whole = args[0] as string;
        const groups = args.slice(1, args.indexOf(offset)) as string[];
        const text = said(whole, ...groups);
        // A phrase left as it is (a value with no box) is not a new sentence's start.
        if (text === whole) return whole;
        return startsSentence(result, offset) ? text.charAt(0).toUpperCase() + text.slice(1) : text;
      });
    }
  }
  return result;
}

/**
 * What a person at the prompt calls the place of a problem (`askedAs`); for a problem of a part that
 * no question asks (`council`, `team.manager`), the question of the first key of that part its message
 * names ("council.welshName is missing" is placed at "Council's official name in Welsh (optional)"),
 * or the words of a key no question asks ("The number of managers"); undefined when there is none.
 */
export function problemPlace(
  questions: readonly Question[],
  problem: Pick<ConfigProblem, "path" | "message">,
  answers: Answers,
  words: QuestionWords = promptWords,
): string | undefined {
  const asked = askedAs(questions, problem.path, answers, words);
  if (asked !== undefined) return asked;
  const place = formatConfigPath(problem.path);
  let first: { at: number; mention: KeyMention } | undefined;
  for (const mention of keyMentions(questions, problem.path)) {
    if (mention.text !== place && !mention.text.startsWith(`${place}.`)) continue;
    const key = new RegExp(`(?<![\\w.\\[\\]"-])${escapeRegExp(mention.text)}(?![\\w\\[-]|\\.\\w)`);
    const at = problem.message.search(key);
    if (at >= 0 && (first === undefined || at < first.at)) first = { at, mention };
  }
  if (first === undefined) return undefined;
  const { question, text } = first.mention;
  if (question.kind === "unasked") return question.words.charAt(0).toUpperCase() + question.words.slice(1);
  return askedAs(questions, text.split("."), answers, words);
}

/**
 * A problem's fix said as the answer to give to its question, for a person who answers questions
 * rather than edits lac.config.yaml: 'answer "Service of this council" to "Partner 1 (…): What kind
 * of organisation it is" to say so, …', 'tick "What it shares with the programme" in "…"' (a list of
 * fixed choices, by its box; 'add "x" to the answer to "…"' for a value with none); starting with a capital
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
  else if (question.kind === "list") {
    // A list of fixed choices is answered by ticking boxes: a value with a box is said as its label.
    const labels = question.labels;
    said =
      labels !== undefined && Object.hasOwn(labels, fix.value)
        ? `tick "${labels[fix.value]}" in "${asked}"`
        : `add "${fix.value}" to the answer to "${asked}"`;
  } else {
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
  message = withKeyWords(questions, message, problem.path, answers, words);
  return withItemWords(questions, withQuestionWords(questions, message, words), answers, words);
}

/**
 * A problem as a person at lac init's prompt reads it: placed by the question that asks it (`problemPlace`),
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
  const asked = problemPlace(questions, problem, answers, words);
  if (asked === undefined) return problem;
  const { line: _line, column: _column, ...unplaced } = problem;
  return {
    ...unplaced,
    pathText: asked,
    message: `${messageInQuestionWords(questions, problem, answers, words)} (${formatConfigPath(problem.path)} in ${configFile})`,
  };
}
