/** The answers gathered so far: a partial council configuration. */
export type Answers = Record<string, unknown>;

/** How an answer is typed and turned into a value. */
export type AnswerKind = "text" | "integer" | "number" | "boolean" | "choice" | "list";

/**
 * One question: a field of the configuration schema plus what people need to answer it.
 * The same question drives the interactive prompt, `--set` and the answers file: its value is
 * always checked with the schema of the field at `path`.
 */
export interface FieldQuestion {
  readonly kind: AnswerKind;
  /** Dot path of the field, relative to the enclosing group's item for questions inside a group. */
  readonly path: string;
  readonly message: string;
  readonly help?: string;
  /** A default offered in the prompt and taken by --yes. */
  readonly default?: unknown | ((answers: Answers) => unknown);
  /** Ask only when this holds; inside a group, `item` is the list item being answered. */
  readonly when?: (answers: Answers, item: Answers) => boolean;
  /** An empty answer leaves the field out. */
  readonly optional?: boolean;
  /**
   * For a choice, or a list whose items are choices: what people see for each value of the schema's
   * enum ("England" for `england`), in the prompts and the web builder (a list's checkboxes). The value
   * is what is stored and what `--set` takes.
   */
  readonly labels?: Readonly<Record<string, string>>;
  /**
   * For a list whose items are a fixed set of choices: the choices every answer holds (the formats'
   * Markdown, which the other formats are made from). A front end that ticks the choices does not
   * offer them, as a box that cannot be unticked would only lead to an error; its help says they are
   * always there, and they are added to what is ticked (`withAlwaysChosen`). The answers file and
   * `--set` still list them.
   */
  readonly always?: readonly string[];
  /**
   * For a choice whose values or words depend on other answers: the values offered (some of the
   * schema's) and, where they differ from `labels`, their words. A council in Wales is offered no
   * integrated care board, and its housing associations are registered social landlords. `--set` and
   * the answers file still take any value of the schema.
   */
  readonly offered?: (answers: Answers, item: Answers) => OfferedChoices;
  /**
   * For a choice that offers some of the schema's values (`offered`): others that a front end offers
   * behind a last choice (a Welsh council's partner across the border, in England, may be an
   * integrated care board). Undefined when there are none for these answers.
   */
  readonly moreChoices?: (answers: Answers, item: Answers) => MoreChoices | undefined;
  /**
   * For a list: what one of its items is called ("ward or place"), where a front end names each item
   * apart (the web builder's "Ward or place 2" field and its "Add another ward or place" button).
   */
  readonly item?: string;
  /**
   * Keys next to this question that lac init never asks, but that a problem's message may name (the
   * number of managers, given only in an answers file), by their full path, with the words a person at
   * the prompt is told them by ("the number of managers").
   */
  readonly unasked?: Readonly<Record<string, string>>;
}

/** The values a choice question offers for some answers, and their words where they differ from `labels`. */
export interface OfferedChoices {
  readonly values: readonly string[];
  readonly labels?: Readonly<Record<string, string>>;
}

/** Values of a choice behind its last choice (see `FieldQuestion.moreChoices`). */
export interface MoreChoices {
  /** The words of the last choice, which opens them: "A kind of body only in England (a partner across the border)…". */
  readonly label: string;
  /** The values it opens (some of the schema's), and their words. */
  readonly values: readonly string[];
  readonly labels?: Readonly<Record<string, string>>;
  /** What a front end says with them: when to choose one. */
  readonly help?: string;
}

/**
 * The values a choice question offers behind its last choice, for the answers so far: `moreChoices`'
 * values that the schema has and that are not offered already (`offered`), with their words; undefined
 * when there are none.
 */
export function moreChoicesOf(
  question: Pick<FieldQuestion, "moreChoices">,
  schemaChoices: readonly string[],
  offered: readonly string[],
  answers: Answers,
  item: Answers = answers,
): MoreChoices | undefined {
  const more = question.moreChoices?.(answers, item);
  if (more === undefined) return undefined;
  const values = more.values.filter((value) => schemaChoices.includes(value) && !offered.includes(value));
  return values.length === 0 ? undefined : { ...more, values };
}

/**
 * The choices a choice question offers, for the answers so far (`item`: the list item being answered):
 * the schema's values, narrowed by `offered`, in the schema's order.
 */
export function offeredChoices(
  question: Pick<FieldQuestion, "offered">,
  schemaChoices: readonly string[],
  answers: Answers,
  item: Answers = answers,
): readonly string[] {
  if (question.offered === undefined) return schemaChoices;
  const offered = question.offered(answers, item).values;
  return schemaChoices.filter((value) => offered.includes(value));
}

/**
 * The choices a front end offers to tick for a list of a fixed set of choices: the schema's values
 * (or those given) without the ones every answer holds (`always`), in their order.
 */
export function tickableChoices(
  question: Pick<FieldQuestion, "always">,
  choices: readonly string[],
): readonly string[] {
  const always = question.always ?? [];
  return choices.filter((choice) => !always.includes(choice));
}

/**
 * The answer of a list of a fixed set of choices from the choices ticked: those every answer holds
 * (`always`) and those ticked, in the order of `choices` (the schema's), then any value ticked that
 * is not one of them (given another way, to be refused by the schema) in its own order.
 */
export function withAlwaysChosen(
  question: Pick<FieldQuestion, "always">,
  choices: readonly string[],
  ticked: readonly string[],
): string[] {
  const always = question.always ?? [];
  return [
    ...choices.filter((choice) => always.includes(choice) || ticked.includes(choice)),
    ...ticked.filter((value, index) => !choices.includes(value) && ticked.indexOf(value) === index),
  ];
}

/** What people see for each value of a choice question, for the answers so far: `labels`, with `offered`'s words. */
export function choiceLabels(
  question: Pick<FieldQuestion, "labels" | "offered">,
  answers: Answers = {},
  item: Answers = answers,
): Readonly<Record<string, string>> | undefined {
  const words = question.offered?.(answers, item).labels;
  return words === undefined ? question.labels : { ...question.labels, ...words };
}

/** What people see for a value of a choice question: its label (for the answers so far), or the value itself. */
export function choiceLabel(
  question: Pick<FieldQuestion, "labels" | "offered">,
  value: string,
  answers?: Answers,
  item?: Answers,
): string {
  const labels = answers === undefined ? question.labels : choiceLabels(question, answers, item);
  return labels !== undefined && Object.hasOwn(labels, value) ? labels[value]! : value;
}

/** A list of items (neighbourhoods, partners): its questions are asked for each item. */
export interface GroupQuestion {
  readonly kind: "group";
  readonly path: string;
  /** What one item is called, e.g. "neighbourhood". */
  readonly item: string;
  /** The yes/no question asking for one more item, e.g. "Add another neighbourhood?" (see `addItemMessage`). */
  readonly message: string;
  /**
   * The yes/no question asked before the first item, for a list that may be empty ("Add a partner that
   * shares information with the programme?"); `message` asks for each item after it.
   */
  readonly firstMessage?: string;
  /** The path, in an item, of the answer that names it: a neighbourhood's `name`, a partner's `organisation`. */
  readonly itemName: string;
  readonly help?: string;
  readonly min: number;
  readonly questions: readonly FieldQuestion[];
  readonly when?: (answers: Answers) => boolean;
}

/** An optional part of the configuration (a budget, an evaluation) asked about with a yes/no first. */
export interface SectionQuestion {
  readonly kind: "section";
  readonly path: string;
  readonly message: string;
  readonly help?: string;
  readonly questions: readonly FieldQuestion[];
  readonly when?: (answers: Answers) => boolean;
}

export type Question = FieldQuestion | GroupQuestion | SectionQuestion;

/** What people call an item of a list: the answer that names it, or "Partner 2" until it has one. */
export function itemName(
  group: Pick<GroupQuestion, "item" | "itemName">,
  item: unknown,
  index: number,
): string {
  const name =
    item !== null && typeof item === "object" ? (item as Record<string, unknown>)[group.itemName] : undefined;
  if (typeof name === "string" && name.trim() !== "") return name.trim();
  return `${group.item.charAt(0).toUpperCase()}${group.item.slice(1)} ${index + 1}`;
}

/** How many items' names the question for one more item shows; the rest are counted. */
const NAMES_SHOWN = 3;

/**
 * The yes/no question for one more item of a list, which says what the list holds so far, so that the
 * person sees that each item was taken and how many there are: "Add another partner? (2 added:
 * Northfield Medical Practice, Brackenshire Police)". Before the first item, the list's first question.
 */
export function addItemMessage(
  group: Pick<GroupQuestion, "item" | "itemName" | "message" | "firstMessage">,
  items: readonly unknown[],
): string {
  if (items.length === 0) return group.firstMessage ?? group.message;
  const names = items.slice(0, NAMES_SHOWN).map((item, index) => itemName(group, item, index));
  const more = items.length - names.length;
  const listed = more > 0 ? `${names.join(", ")} and ${more} more` : names.join(", ");
  return `${group.message} (${items.length} added: ${listed})`;
}

/**
 * The words of a list question whose items are a fixed set of choices, asked with a box to tick for
 * each (the formats): without its closing brackets, which say how to type the values on one line
 * ("Formats of the documents (markdown, docx, html)" is asked as "Formats of the documents").
 */
export function choiceListWords(message: string): string {
  return message.replace(/\s*\([^()]*\)\s*$/, "");
}
