import { parse } from "yaml";
import { valueFromText } from "./answer-value.js";
import { planAt, planValueType } from "@lac/council/quick";
import { parseConfigPath } from "./config-path.js";
import type { ConfigPath } from "./config-path.js";
import type { AnswerKind, Question } from "./question.js";

export interface SetAssignment {
  readonly path: ConfigPath;
  readonly value: unknown;
  /** The flag as given, for messages. */
  readonly source: string;
}

export type SetAssignmentResult =
  | { readonly ok: true; readonly assignment: SetAssignment }
  | { readonly ok: false; readonly message: string };

/** The kind of every question by its path with list positions removed, e.g. "neighbourhoods.population". */
export function questionKinds(questions: readonly Question[]): ReadonlyMap<string, AnswerKind> {
  const kinds = new Map<string, AnswerKind>();
  for (const question of questions) {
    if (question.kind === "group" || question.kind === "section") {
      for (const inner of question.questions) kinds.set(`${question.path}.${inner.path}`, inner.kind);
    } else {
      kinds.set(question.path, question.kind);
    }
  }
  return kinds;
}

/**
 * The kind of answer a field of the configuration schema takes, for paths no question asks about
 * (read in the quick validator's plan, which is generated from the schema: no zod is loaded).
 */
function kindFromSchema(path: ConfigPath): AnswerKind | undefined {
  switch (planValueType(planAt(path))) {
    case "string":
    case "enum":
      return "text";
    case "number":
      return "number";
    case "boolean":
      return "boolean";
    case "array": {
      const type = planValueType(planAt([...path, 0]));
      return type === "string" || type === "enum" ? "list" : undefined;
    }
    default:
      return undefined;
  }
}

/**
 * Reads one `--set <path>=<value>`. The value is read as the field at that path expects (text as it
 * is, a number, a yes/no, a comma-separated list or a YAML flow list like `[en, cy]`); only for a
 * path that holds a list of objects or an object is it read as YAML (e.g. `--set 'partners=[]'`).
 */
export function parseSetAssignment(
  flag: string,
  kinds: ReadonlyMap<string, AnswerKind>,
): SetAssignmentResult {
  if (typeof flag !== "string") {
    return {
      ok: false,
      message: `--set needs text of the form <path>=<value>, for example --set council.population=250000, not ${flag === null ? "null" : `a value of type ${typeof flag}`}.`,
    };
  }
  const equals = flag.indexOf("=");
  if (equals <= 0) {
    return {
      ok: false,
      message: `--set ${JSON.stringify(flag)} needs the form <path>=<value>, for example --set council.population=250000.`,
    };
  }
  const parsedPath = parseConfigPath(flag.slice(0, equals).trim());
  if (!parsedPath.ok) return { ok: false, message: `--set ${JSON.stringify(flag)}: ${parsedPath.message}.` };
  const text = flag.slice(equals + 1);
  const kind =
    kinds.get(parsedPath.path.filter((part) => typeof part === "string").join(".")) ??
    kindFromSchema(parsedPath.path);
  let value: unknown;
  if (kind === "list" && text.trim().startsWith("[")) {
    // A list in YAML's flow style: --set 'output.languages=[en, cy]'.
    try {
      value = parse(text);
    } catch {
      value = text;
    }
  } else if (kind) {
    value = valueFromText(kind, text);
  } else {
    try {
      value = parse(text);
    } catch {
      value = text;
    }
  }
  return { ok: true, assignment: { path: parsedPath.path, value, source: flag } };
}
