import type * as z from "zod";
import { valueFromText, textFromValue } from "./answer-value.js";
import { getAt, setAt } from "./config-path.js";
import type { ConfigPath } from "./config-path.js";
import {
  choicesOf,
  planAt,
  planChoices,
  planDefault,
  schemaAt,
  schemaDefault,
  type PlanNode,
} from "@lac/council/quick";
import type { PromptApi } from "./prompt-api.js";
import {
  addItemMessage,
  choiceLabel,
  choiceLabels,
  choiceListWords,
  moreChoicesOf,
  offeredChoices,
  tickableChoices,
  withAlwaysChosen,
} from "./question.js";
import type { Answers, FieldQuestion, Question } from "./question.js";

export interface QuestionContext {
  /**
   * The whole configuration schema: every answer typed at a prompt is checked with the schema of its
   * field, and the defaults and choices are the schema's. Without it, the defaults and choices are
   * taken from the quick validator's plan of the council configuration (the same, generated from its
   * schema, without loading zod), and a typed answer is not checked: give it when a prompt may ask.
   */
  readonly schema?: z.core.$ZodType;
  /** Checks one value with one field's schema; returns the message of the first problem. */
  readonly check: (schema: z.core.$ZodType, value: unknown) => true | string;
}

export interface ResolveOptions {
  /** Answers already given (answers file and --set). */
  readonly answers: Answers;
  /** Take defaults for questions that are not answered. */
  readonly yes: boolean;
  /** Ask for what is missing; without it nothing is asked. */
  readonly prompt?: PromptApi;
  /** Ask these paths again even if answered (with the problem found), e.g. after a failed validation. */
  readonly reask?: ReadonlyMap<string, string>;
  /**
   * Paths in `reask` asked again only for another answer's problem (the nation, with a GSS code that
   * does not match it): their answer is not refused, and stays their default. The answer of any other
   * path in `reask` is refused, and is not offered as the default.
   */
  readonly alsoAsked?: ReadonlySet<string>;
  /** Ask only the paths in `reask`: nothing else, not even optional questions left empty before. */
  readonly onlyReask?: boolean;
}

const pathKey = (path: ConfigPath) => path.join(".");
/** The value of a choice's last choice, which opens its further values (`moreChoices`): no schema's value has it. */
const MORE_CHOICES = "\u2026more";
const NUMBER_KINDS: ReadonlySet<string> = new Set(["integer", "number"]);
/** The configuration's tip for a number written as text, which is about YAML (no commas): the prompt takes commas. */
const PLAIN_DIGITS_TIP = / Write the number in plain digits.*$/s;
/** Each question's path split into its keys, once: the same few paths are split for every item. */
const splitPaths = new Map<string, readonly string[]>();
function pathKeys(path: string): readonly string[] {
  let keys = splitPaths.get(path);
  if (keys === undefined) {
    keys = path.split(".");
    splitPaths.set(path, keys);
  }
  return keys;
}
// concat, not a spread: the same path, without the spread's iterators (this runs for every question of every item).
const relative = (prefix: ConfigPath, path: string): ConfigPath => prefix.concat(pathKeys(path));

/** One field as the schema (or, without one, the plan) has it. */
interface FieldModel {
  /** The field's schema, to check a typed answer; undefined without a schema or outside it. */
  readonly schema: z.core.$ZodType | undefined;
  /** The default the schema gives the field, if any. */
  readonly schemaDefault: () => unknown;
  /** The choices of an enum field. */
  readonly choices: () => readonly string[] | undefined;
  /** Whether the path is a field of the configuration. */
  readonly found: boolean;
}

// Classes, not object literals with arrow functions: a model is made for each field that is missing
// from each item, and with V8's optimising compilers off (as lac runs) each arrow function is an object.
class SchemaFieldModel implements FieldModel {
  readonly schema: z.core.$ZodType | undefined;
  readonly found: boolean;
  constructor(schema: z.core.$ZodType | undefined) {
    this.schema = schema;
    this.found = schema !== undefined;
  }
  schemaDefault(): unknown {
    return schemaDefault(this.schema);
  }
  choices(): readonly string[] | undefined {
    return this.schema ? choicesOf(this.schema) : undefined;
  }
}

class PlanFieldModel implements FieldModel {
  readonly schema: undefined;
  readonly found: boolean;
  readonly plan: PlanNode | undefined;
  constructor(plan: PlanNode | undefined) {
    this.schema = undefined;
    this.plan = plan;
    this.found = plan !== undefined;
  }
  schemaDefault(): unknown {
    return planDefault(this.plan);
  }
  choices(): readonly string[] | undefined {
    return this.plan ? planChoices(this.plan) : undefined;
  }
}

function fieldModel(context: QuestionContext, path: ConfigPath): FieldModel {
  if (context.schema !== undefined) return new SchemaFieldModel(schemaAt(context.schema, path));
  return new PlanFieldModel(planAt(path));
}

/** A question to ask at the prompt, with what `settle` found out about it. */
interface Asking {
  readonly question: FieldQuestion;
  /** The list item (or section) the question is asked in; the answers for a question outside one. */
  readonly item: Answers;
  readonly path: ConfigPath;
  readonly current: unknown;
  readonly problem: string | undefined;
  readonly model: FieldModel;
  readonly fieldSchema: z.core.$ZodType | undefined;
  readonly fallback: unknown;
  readonly prompt: PromptApi;
}

function evaluateDefault(question: FieldQuestion, answers: Answers, model: FieldModel): unknown {
  const own = typeof question.default === "function" ? question.default(answers) : question.default;
  return own !== undefined ? own : model.found ? model.schemaDefault() : undefined;
}

/** The value under `key` of `value`, as `getAt` steps through it. */
function stepInto(value: unknown, key: string | number): unknown {
  if (value === null || typeof value !== "object") return undefined;
  if (!Object.hasOwn(value, key)) return undefined;
  return (value as Record<string | number, unknown>)[key];
}

/** True when a part of the path holds a value that cannot hold the rest (a scalar, or a list for a key). */
function hasWrongParent(answers: Answers, path: ConfigPath): boolean {
  // Each part's value found from the one before (getAt of each prefix, without slicing the path).
  let value: unknown = answers;
  for (let index = 1; index < path.length; index += 1) {
    value = stepInto(value, path[index - 1] as string | number);
    if (value === undefined) return false;
    const wantsList = typeof path[index] === "number";
    if (typeof value !== "object" || value === null || Array.isArray(value) !== wantsList) return true;
  }
  return false;
}

/**
 * Goes through the questions in order and fills in the answers: keeps what is given, takes defaults
 * with `yes`, and asks (when a prompt is given) for the rest, checking each answer as it is typed.
 * Never throws for bad answers: what stays missing or invalid is found by validating the result.
 */
export async function resolveAnswers(
  questions: readonly Question[],
  context: QuestionContext,
  options: ResolveOptions,
): Promise<Answers> {
  let answers = options.answers;
  const { prompt, yes, reask, alsoAsked, onlyReask = false } = options;

  /**
   * The part of a question that needs no prompt: settles it (keeps the answer given, leaves it out, or
   * takes the default with `yes`) and returns undefined, or returns what `ask` needs to ask it. A run
   * without a prompt (an answers file, --yes) settles every question here, with no promise to wait for.
   */
  function settle(question: FieldQuestion, prefix: ConfigPath): Asking | undefined {
    const item = (getAt(answers, prefix) ?? {}) as Answers;
    if (question.when && !question.when(answers, item)) return undefined;
    const path = relative(prefix, question.path);
    const current = getAt(answers, path);
    const problem = reask?.get(pathKey(path));
    if (onlyReask && problem === undefined) return undefined;
    if (current !== undefined && problem === undefined) return undefined;
    // Found only for a field that is missing or asked again: a complete answers file needs none.
    const model = fieldModel(context, path);
    const fieldSchema = model.schema;
    // A part of the configuration given in the answers file keeps the schema's defaults for the
    // keys it leaves out, as lac.config.yaml would: nothing to ask.
    // (The part may be further up: programme given, programme.waves left out, waves.monthsApart defaulted.)
    // (A part further down is given only if the first part is: so the first part tells.)
    const givenPart = path.length > 1 && stepInto(options.answers, path[0] as string | number) !== undefined;
    if (givenPart && problem === undefined && model.schemaDefault() !== undefined) return undefined;
    // So does an optional key it leaves out: left out on purpose, like an optional section.
    if (givenPart && problem === undefined && question.optional === true) return undefined;
    // A section or item given as something other than a mapping (`team: 5`, `programme: text`) is
    // an error of its own: nothing is filled in or asked under it, so that validation reports it.
    if (hasWrongParent(answers, path)) return undefined;
    const fallback = current ?? evaluateDefault(question, answers, model);
    if (!prompt) {
      if (yes && fallback !== undefined && current === undefined) answers = setAt(answers, path, fallback);
      return undefined;
    }
    return { question, item, path, current, problem, model, fieldSchema, fallback, prompt };
  }

  /** `lead`: the help of the list an item's first question starts (a list of at least one item asks no yes/no first). */
  async function ask(asking: Asking, label: string, lead?: string): Promise<void> {
    const { question, item, path, current, problem, model, fieldSchema, prompt } = asking;
    const message = `${label}${question.message}`;
    // An answer asked again for its own problem is refused: it is not offered as the default (Enter
    // would give it again), the question's own default is, if that is another answer.
    const isRefused = problem !== undefined && current !== undefined && !alsoAsked?.has(pathKey(path));
    const ownDefault = isRefused ? evaluateDefault(question, answers, model) : undefined;
    const fallback = !isRefused
      ? asking.fallback
      : textFromValue(question.kind, ownDefault) === textFromValue(question.kind, current)
        ? undefined
        : ownDefault;
    const help = [lead, problem, question.help].filter((part) => part).join(" ") || undefined;
    const schemaChoices = question.kind === "choice" ? model.choices() : undefined;
    // Only the values that apply to these answers (a council in Wales is offered no integrated care board).
    const choices = schemaChoices && offeredChoices(question, schemaChoices, answers, item);
    if (choices) {
      // Values not offered (a kind of body of the other nation), behind a last choice that opens them.
      const more = moreChoicesOf(question, schemaChoices, choices, answers, item);
      const inMore = typeof fallback === "string" && more !== undefined && more.values.includes(fallback);
      const defaultChoice =
        typeof fallback === "string" && choices.includes(fallback)
          ? fallback
          : inMore
            ? MORE_CHOICES
            : undefined;
      const labels = choiceLabels(question, answers, item);
      const chosen = await prompt.choice({
        message,
        choices: more ? [...choices, MORE_CHOICES] : choices,
        ...(labels || more ? { labels: { ...labels, ...(more ? { [MORE_CHOICES]: more.label } : {}) } } : {}),
        ...(help ? { help } : {}),
        ...(defaultChoice ? { default: defaultChoice } : {}),
      });
      if (more !== undefined && chosen === MORE_CHOICES) {
        const further = await prompt.choice({
          message,
          choices: more.values,
          ...(more.labels ? { labels: more.labels } : {}),
          ...(more.help ? { help: more.help } : {}),
          ...(inMore ? { default: fallback } : {}),
        });
        answers = setAt(answers, path, further);
        return;
      }
      answers = setAt(answers, path, chosen);
      return;
    }
    // A list of a fixed set of choices (the formats), where the prompt can tick them: each choice once.
    const listChoices =
      question.kind === "list" && question.labels && prompt.several ? model.choices() : undefined;
    if (listChoices && prompt.several) {
      // The answer given stays ticked, refused or not: the person unticks what is wrong. A choice every
      // answer holds (the formats' Markdown) is not offered, as unticking it could only be refused: the
      // help says it is always there, and the answer holds it.
      const given = Array.isArray(asking.fallback) ? asking.fallback.map(String) : [];
      const tickable = tickableChoices(question, listChoices);
      const answer = (values: readonly string[]) => withAlwaysChosen(question, listChoices, values);
      const chosen = await prompt.several({
        message: `${label}${choiceListWords(question.message)}`,
        choices: tickable,
        labels: question.labels!,
        ...(help ? { help } : {}),
        default: tickable.filter((choice) => given.includes(choice)),
        validate: (values) => {
          if (question.optional && answer(values).length === 0) return true;
          return fieldSchema ? context.check(fieldSchema, answer(values)) : true;
        },
      });
      const value = answer(chosen);
      if (question.optional && value.length === 0) {
        if (current !== undefined) answers = setAt(answers, path, undefined);
        return;
      }
      answers = setAt(answers, path, value);
      return;
    }
    if (question.kind === "boolean") {
      answers = setAt(
        answers,
        path,
        await prompt.confirm({ message, ...(help ? { help } : {}), default: asking.fallback === true }),
      );
      return;
    }
    // An optional answer asked again for its problem is offered nothing, so that an empty answer leaves
    // it out; a refused required one, the question's own default if that is another answer (`fallback`).
    // The help says the refused answer, unless its problem does.
    const refused = isRefused ? textFromValue(question.kind, current) : undefined;
    const shownDefault =
      question.optional && problem !== undefined ? undefined : textFromValue(question.kind, fallback);
    const saidRefused =
      refused !== undefined && refused !== "" && !problem?.includes(refused)
        ? `Your answer was "${refused}".`
        : undefined;
    // A list of fixed choices, which lac init ticks, asked by a prompt that cannot tick: its words
    // speak of the boxes, so the help says what to type.
    const choicesToType = question.kind === "list" && question.labels ? model.choices() : undefined;
    const typing = choicesToType
      ? `Type them separated by commas: ${choicesToType.map((value) => `${value} for ${choiceLabel(question, value)}`).join(", ")}.${question.optional ? " Leave it empty for none." : ""}`
      : undefined;
    const textHelp =
      [lead, problem, saidRefused, question.help, typing].filter((part) => part).join(" ") || undefined;
    const text = await prompt.text({
      message,
      ...(textHelp ? { help: textHelp } : {}),
      ...(shownDefault !== undefined ? { default: shownDefault } : {}),
      validate: (typed) => {
        if (question.optional && typed.trim() === "") return true;
        if (!fieldSchema) return true;
        const value = valueFromText(question.kind, typed);
        const verdict = context.check(fieldSchema, value);
        // Text typed for a number ("about 600k", "600 000"): say how to type it at the prompt.
        if (verdict !== true && typeof value === "string" && NUMBER_KINDS.has(question.kind)) {
          return `${verdict.replace(PLAIN_DIGITS_TIP, "")} Type it in figures, such as 12 or 9,000.`;
        }
        return verdict;
      },
    });
    const empty = text.trim() === "";
    if (question.optional && empty) {
      if (current !== undefined) answers = setAt(answers, path, undefined);
      return;
    }
    answers = setAt(answers, path, valueFromText(question.kind, text));
  }

  async function field(question: FieldQuestion, prefix: ConfigPath, label: string): Promise<void> {
    const asking = settle(question, prefix);
    if (asking !== undefined) await ask(asking, label);
  }

  /**
   * Settles the questions of a section or an item in order, and asks those that need a prompt; with
   * nothing to ask (a run without a prompt), it settles them all without a promise and gives undefined.
   * The label of an item's questions (such as "Neighbourhood 2: ") is made only to ask one.
   */
  function each(
    list: readonly FieldQuestion[],
    prefix: ConfigPath,
    title?: string,
    number?: number,
    lead?: string,
  ): Promise<void> | undefined {
    // An indexed loop: with V8's optimising compilers off (as lac runs), for…of allocates at each step.
    for (let index = 0; index < list.length; index += 1) {
      const asking = settle(list[index] as FieldQuestion, prefix);
      if (asking !== undefined) {
        const label = title === undefined ? "" : `${title} ${number}: `;
        return askFrom(list, index, asking, prefix, label, lead);
      }
    }
    return undefined;
  }

  /** Asks `asking` (the question at `start` of the list), then settles and asks the ones after it. */
  async function askFrom(
    list: readonly FieldQuestion[],
    start: number,
    asking: Asking,
    prefix: ConfigPath,
    label: string,
    lead: string | undefined,
  ): Promise<void> {
    await ask(asking, label, lead);
    for (let index = start + 1; index < list.length; index += 1) {
      const next = settle(list[index] as FieldQuestion, prefix);
      if (next !== undefined) await ask(next, label);
    }
  }

  for (const question of questions) {
    if (question.when && !question.when(answers, answers)) continue;
    if (question.kind === "section") {
      const path = question.path.split(".");
      // An optional part left out of a part of the configuration that the answers file gives was left out on purpose.
      const leftOut = path.length > 1 && getAt(options.answers, path.slice(0, -1)) !== undefined;
      if (getAt(answers, path) !== undefined) {
        const asked = each(question.questions, path);
        if (asked !== undefined) await asked;
      } else if (
        prompt &&
        !leftOut &&
        !onlyReask &&
        (await prompt.confirm({
          message: question.message,
          ...(question.help ? { help: question.help } : {}),
          default: false,
        }))
      ) {
        answers = setAt(answers, path, {});
        const asked = each(question.questions, path);
        if (asked !== undefined) await asked;
      }
      continue;
    }
    if (question.kind === "group") {
      const path = question.path.split(".");
      const existing = getAt(answers, path);
      const count = Array.isArray(existing) ? existing.length : 0;
      const title = question.item.charAt(0).toUpperCase() + question.item.slice(1);
      for (let index = 0; index < count; index += 1) {
        const asked = each(question.questions, (path as ConfigPath).concat(index), title, index + 1);
        if (asked !== undefined) await asked;
      }
      // With --yes, a list that may be empty and was not given is empty.
      if (!prompt && yes && question.min === 0 && getAt(answers, path) === undefined) {
        answers = setAt(answers, path, []);
      }
      // A list given in the answers file is complete: only its missing fields are asked for.
      if (!prompt || onlyReask || Array.isArray(getAt(options.answers, path))) continue;
      let index = count;
      // The list's help is shown once: with the first item it asks for without a yes/no, or with the yes/no.
      let helpShown = false;
      // Asked again after each item, in words that say what the list holds so far.
      const confirmMore = () => {
        const help = helpShown ? undefined : question.help;
        helpShown = true;
        const items = getAt(answers, path);
        const message = addItemMessage(question, Array.isArray(items) ? items : []);
        return prompt.confirm({ message, ...(help ? { help } : {}), default: false });
      };
      while (index < question.min || (await confirmMore())) {
        const lead = index < question.min && !helpShown ? question.help : undefined;
        if (lead !== undefined) helpShown = true;
        const asked = each(question.questions, (path as ConfigPath).concat(index), title, index + 1, lead);
        if (asked !== undefined) await asked;
        index += 1;
      }
      if (index === 0 && getAt(answers, path) === undefined) answers = setAt(answers, path, []);
      continue;
    }
    await field(question, [], "");
  }
  return answers;
}
