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
   * For a choice: what people see for each value of the schema's enum ("England" for `england`), in
   * the prompts and the web builder. The value is what is stored and what `--set` takes.
   */
  readonly labels?: Readonly<Record<string, string>>;
}

/** What people see for a value of a choice question: its label, or the value itself. */
export function choiceLabel(question: Pick<FieldQuestion, "labels">, value: string): string {
  return question.labels !== undefined && Object.hasOwn(question.labels, value)
    ? question.labels[value]!
    : value;
}

/** A list of items (neighbourhoods, partners): its questions are asked for each item. */
export interface GroupQuestion {
  readonly kind: "group";
  readonly path: string;
  /** What one item is called, e.g. "neighbourhood". */
  readonly item: string;
  readonly message: string;
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
