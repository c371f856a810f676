import { requireArray, requireObject, requireText } from "./argument-checks.js";
import type { CouncilConfig } from "./council-config-schema.js";

/** A key or list index on the way from the top of the configuration to a value. */
export type ConfigPath = readonly (string | number)[];

/** Problems of the YAML text itself. */
export type YamlProblemCode =
  | "yaml-syntax"
  | "duplicate-key"
  | "multiple-documents"
  | "too-many-aliases"
  | "unresolved-alias"
  | "yaml-warning"
  | "yaml-tag"
  | "yaml-directive"
  | "invalid-character"
  | "file-too-large"
  | "too-many-problems"
  | "empty-file"
  | "root-not-mapping";

/** Problems found by the schema: one value on its own. */
export type SchemaProblemCode =
  | "missing-key"
  | "unknown-key"
  | "wrong-type"
  | "empty-value"
  | "empty-list"
  | "too-small"
  | "too-big"
  | "invalid-choice"
  | "invalid-email"
  | "invalid-url"
  | "invalid-date"
  | "invalid-gss-code"
  | "invalid-ico-registration-number"
  | "invalid-value";

/** Problems found by the rules between fields. */
export type RuleProblemCode =
  | "gss-code-nation-mismatch"
  | "waspi-missing"
  | "waspi-outside-wales"
  | "welsh-output-outside-wales"
  | "welsh-name-outside-wales"
  | "welsh-language-outside-wales"
  | "manager-reports-to-own-title"
  | "duplicate-neighbourhood-name"
  | "duplicate-partner-organisation"
  | "duplicate-leadership-member"
  | "duplicate-language"
  | "duplicate-welsh-document"
  | "duplicate-format"
  | "duplicate-anonymised-direction"
  | "council-tier-missing"
  | "council-tier-not-council"
  | "ico-registration-missing"
  | "ico-registration-and-exemption"
  | "public-authority-unknown"
  | "partner-flows-empty"
  | "anonymised-flow-empty"
  | "special-category-condition-without-social-care";

/** Warnings: the configuration is valid, but something deserves a second look. */
export type WarningCode =
  | "population-per-coordinator"
  | "coordinators-exceed-manager-span"
  | "leadership-group-single-sector"
  | "no-partners"
  | "caldicott-guardian-missing"
  | "welsh-output-missing"
  | "partner-is-the-council"
  | "partner-kind-outside-nation"
  | "public-authority-contradicts-kind"
  | "legal-entity-missing"
  | "anonymised-flow-unmarked"
  | "welsh-language-category-missing"
  | "neighbourhoods-exceed-council-population"
  | "manager-span-far-past-range"
  | "welsh-name-missing"
  | "welsh-privacy-notice-url-missing"
  | "welsh-retention-start-missing"
  | "welsh-options-without-welsh";

export type ConfigProblemCode = YamlProblemCode | SchemaProblemCode | RuleProblemCode | WarningCode;

/** One error or warning about a council configuration. */
export interface ConfigProblem {
  readonly severity: "error" | "warning";
  /** A stable kebab-case code, for tests and for the CLI to react to. */
  readonly code: ConfigProblemCode;
  /** Plain English: what is wrong and how to fix it. It does not repeat the path. */
  readonly message: string;
  /** Where the problem is, from the top of the configuration (`[]` for the whole file). */
  readonly path: ConfigPath;
  /** The path written for people: `neighbourhoods[2].population`; empty for the whole file. */
  readonly pathText: string;
  /** 1-based line of the offending YAML node (absent when the configuration did not come from YAML text). */
  readonly line?: number;
  /** 1-based column of the offending YAML node. */
  readonly column?: number;
  /** Extra help: what the field is for, or which keys are allowed here. */
  readonly hint?: string;
  /** The answer that fixes a warning, for a front end that says it in its questions' words (see ProblemFix). */
  readonly fix?: ProblemFix;
}

/**
 * The answer that fixes a problem, as data: `message` says it for someone who edits lac.config.yaml
 * ("Set kind: council-service to say so, …"); a front end that asks questions (lac init's prompt, the
 * web builder) says it instead as the answer to give to its question ("answer "Service of this council"
 * to "What kind of organisation it is" to say so, …").
 */
export interface ProblemFix {
  /** Where the answer goes, from the top of the configuration: `["partners", 0, "kind"]`. */
  readonly path: ConfigPath;
  /** The answer to give (a choice's value, or an item to add to a list); absent when the person writes it (a name). */
  readonly value?: string;
  /** The words of `message` that say the fix in the file's terms, which a front end replaces. */
  readonly fileWords: string;
  /** What follows the answer in the front end's words: " to say so, or rename it if it is a separate organisation". */
  readonly then?: string;
}

/** The result of reading or validating a council configuration. It never throws for bad input. */
export type CouncilConfigResult =
  | { readonly ok: true; readonly config: CouncilConfig; readonly warnings: readonly ConfigProblem[] }
  | {
      readonly ok: false;
      readonly errors: readonly ConfigProblem[];
      readonly warnings: readonly ConfigProblem[];
    };

/** A problem with its `pathText` filled in; `hint`, `line` and `column` only when given. */
export function createProblem(fields: Omit<ConfigProblem, "pathText">): ConfigProblem {
  const { severity, code, message, path, line, column, hint, fix } = fields;
  return {
    severity,
    code,
    message,
    path,
    pathText: formatConfigPath(path),
    ...(line === undefined ? {} : { line, column: column ?? 1 }),
    ...(hint === undefined ? {} : { hint }),
    ...(fix === undefined ? {} : { fix }),
  };
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** `["neighbourhoods", 2, "population"]` → `neighbourhoods[2].population`. */
export function formatConfigPath(path: ConfigPath): string {
  requireArray(path, "formatConfigPath");
  let text = "";
  for (const segment of path) {
    if (typeof segment !== "string" && typeof segment !== "number") {
      throw new TypeError("formatConfigPath needs a path of keys (strings) and list indexes (numbers).");
    }
    if (typeof segment === "number") text += `[${segment}]`;
    else if (IDENTIFIER.test(segment)) text += text === "" ? segment : `.${segment}`;
    else text += `[${JSON.stringify(segment)}]`;
  }
  return text;
}

export interface FormatProblemOptions {
  /** Add the hint on a second, indented line (default true). */
  readonly hint?: boolean;
}

/**
 * One line for a terminal, in the style of compilers and linters:
 * `lac.config.yaml:12:5 error neighbourhoods[2].population: Expected a whole number, …`,
 * followed by `  hint: …` on a second line when the problem has a hint. The file is named when it is
 * given, or when the problem has a line (parsed from YAML text: then "lac.config.yaml" unless told); a
 * problem from `validateCouncilConfig` (an object: no line) with no file name given came from no file,
 * and is written without one (`error neighbourhoods[2].population: …`), as it is for a file name of "".
 */
export function formatProblem(
  problem: ConfigProblem,
  fileName?: string,
  options: FormatProblemOptions = {},
): string {
  requireObject(problem, "formatProblem");
  if (fileName !== undefined) requireText(fileName, "formatProblem's file name");
  requireObject(options ?? {}, "formatProblem's options");
  const file = fileName ?? (problem.line === undefined ? "" : "lac.config.yaml");
  const where = problem.line === undefined ? file : `${file}:${problem.line}:${problem.column ?? 1}`;
  const what = problem.pathText === "" ? "" : ` ${problem.pathText}`;
  const first = `${where === "" ? "" : `${where} `}${problem.severity}${what}: ${problem.message}`;
  return options.hint !== false && problem.hint !== undefined ? `${first}\n  hint: ${problem.hint}` : first;
}
