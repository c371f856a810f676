import {
  isAlias,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  visit,
  type Document,
  type YAMLError,
} from "yaml";
import {
  createProblem,
  type ConfigPath,
  type ConfigProblem,
  type ConfigProblemCode,
  type CouncilConfigResult,
} from "./config-problem.js";
import { describeValue, quote } from "./describe-value.js";
import { validateCouncilConfig } from "./validate-council-config.js";
import { locatePath, pathAtOffset, type Location } from "./yaml-locations.js";

/** The most aliases (`*name`) a configuration may expand, against "billion laughs" files. */
export const MAX_ALIAS_COUNT = 50;

export interface ParseCouncilConfigOptions {
  /** The file's name, used in messages about the whole file (default "lac.config.yaml"). */
  readonly fileName?: string;
}

/** The most path segments a YAML problem reports: deeper paths are cut (a configuration needs about 4). */
const MAX_REPORTED_PATH_DEPTH = 10;

/** The path of the node at an offset, cut to its first {@link MAX_REPORTED_PATH_DEPTH} segments. */
function reportedPathAt(doc: Document, offset: number): ConfigPath {
  return pathAtOffset(doc, offset).slice(0, MAX_REPORTED_PATH_DEPTH);
}

const SYNTAX_HINT =
  "Check the indentation (spaces, not tabs), the colon after each key, and that quotes and brackets are closed.";

function placed(
  severity: ConfigProblem["severity"],
  code: ConfigProblemCode,
  message: string,
  path: ConfigPath,
  location: Location,
  hint?: string,
): ConfigProblem {
  return createProblem({ severity, code, message, path, ...location, hint });
}

function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

function yamlErrorProblem(error: YAMLError, doc: Document, lineCounter: LineCounter): ConfigProblem {
  const offset = error.pos[0];
  const { line, col } = lineCounter.linePos(offset);
  const location = { line, column: col };
  const path = reportedPathAt(doc, offset);
  switch (error.code) {
    case "DUPLICATE_KEY": {
      const key = path.at(-1);
      const name = key === undefined ? "This key" : `The key ${quote(String(key))}`;
      return placed(
        "error",
        "duplicate-key",
        `${name} appears twice in the same mapping. Keep one of them: each key may appear only once.`,
        path,
        location,
      );
    }
    case "MULTIPLE_DOCS":
      return placed(
        "error",
        "multiple-documents",
        "The file holds more than one YAML document (a line with only --- starts another one). Keep a single document: remove the --- line and merge what follows into the configuration.",
        [],
        location,
      );
    case "RESOURCE_EXHAUSTION":
      // The YAML reader ran out of stack: lists or mappings nested hundreds of levels deep.
      return placed(
        "error",
        "yaml-syntax",
        "The file is nested too deeply to be a configuration: lists or mappings inside one another go so deep that the YAML reader gave up here. A configuration goes only a few levels deep: look for brackets [ or { that are opened but never closed, or remove the extra nesting.",
        path,
        location,
        SYNTAX_HINT,
      );
    default:
      return placed(
        "error",
        "yaml-syntax",
        `YAML syntax error: ${sentence(error.message)}`,
        path,
        location,
        SYNTAX_HINT,
      );
  }
}

/** The place of the first alias (`*name`) that makes the conversion fail, or of the root. */
function aliasProblem(error: unknown, doc: Document, lineCounter: LineCounter): ConfigProblem {
  const excessive = error instanceof Error && /excessive alias count/i.test(error.message);
  let found: { path: ConfigPath; location: Location } | undefined;
  visit(doc, {
    Alias(_, node) {
      if (!excessive && node.resolve(doc) !== undefined) return undefined;
      const offset = node.range?.[0] ?? 0;
      const { line, col } = lineCounter.linePos(offset);
      found = { path: reportedPathAt(doc, offset), location: { line, column: col } };
      return visit.BREAK;
    },
  });
  const where = found ?? { path: [], location: locatePath(doc, lineCounter, []) };
  if (excessive) {
    return placed(
      "error",
      "too-many-aliases",
      `The file uses YAML aliases (*name) so often that it would expand to a huge size (more than ${MAX_ALIAS_COUNT} copies). Write the values out instead of using aliases.`,
      where.path,
      where.location,
    );
  }
  const detail = error instanceof Error ? ` (${sentence(error.message).slice(0, -1)})` : "";
  return placed(
    "error",
    "unresolved-alias",
    `An alias (*name) refers to an anchor (&name) that is not defined before it${detail}. Define the anchor first, or write the value out.`,
    where.path,
    where.location,
  );
}

function rootProblem(doc: Document, lineCounter: LineCounter, fileName: string): ConfigProblem | undefined {
  const root = doc.contents;
  if (root === null) {
    return placed(
      "error",
      "empty-file",
      `${fileName} is empty: it has no settings, only blank lines or comments. Write the configuration (council:, programme:, neighbourhoods: …), starting from one of the examples shipped with @lac/council.`,
      [],
      { line: 1, column: 1 },
    );
  }
  if (isMap(root)) return undefined;
  const what = isSeq(root)
    ? "a list"
    : isAlias(root)
      ? "an alias"
      : isScalar(root)
        ? describeValue(root.value)
        : "not a mapping";
  return placed(
    "error",
    "root-not-mapping",
    `The top level of ${fileName} must be a mapping of sections (council:, programme:, neighbourhoods: …), but it is ${what}.`,
    [],
    locatePath(doc, lineCounter, []),
    "Start each section at the beginning of a line, such as council: followed by its keys indented below it.",
  );
}

/** Each problem once: an unclosed bracket deep in a file repeats the same error at the same place. */
function withoutRepeats(problems: readonly ConfigProblem[]): ConfigProblem[] {
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const key = `${problem.line ?? 0}:${problem.column ?? 0}:${problem.code}:${problem.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function byPlace(a: ConfigProblem, b: ConfigProblem): number {
  return (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0);
}

/** What {@link readCouncilYaml} gives for YAML that reads as a mapping. */
export interface CouncilYaml {
  readonly ok: true;
  /** The mapping as plain data, not yet validated: it may be partial or wrong. */
  readonly data: Record<string, unknown>;
  /** YAML warnings, with their places. */
  readonly warnings: readonly ConfigProblem[];
  /** The 1-based line and column of the node at a path (of its key with `atKey`; of the deepest existing parent for a missing key). */
  readonly locate: (path: ConfigPath, options?: { readonly atKey?: boolean }) => Location;
}

export type ReadCouncilYamlResult =
  | CouncilYaml
  | {
      readonly ok: false;
      readonly errors: readonly ConfigProblem[];
      readonly warnings: readonly ConfigProblem[];
    };

/**
 * Reads YAML text as a mapping without validating it against the configuration: for answers files
 * that hold only part of a configuration. Syntax errors, duplicate keys, alias bombs, an empty file
 * and a root that is not a mapping are returned as errors with their places; nothing is thrown.
 */
export function readCouncilYaml(
  text: string,
  options: ParseCouncilConfigOptions = {},
): ReadCouncilYamlResult {
  if (typeof text !== "string") {
    const kind =
      text === null
        ? "null"
        : typeof text === "object"
          ? ((text as object).constructor?.name ?? "an object")
          : typeof text;
    throw new TypeError(
      `parseCouncilConfig needs the text of the file (a string), not ${kind}. Read the file with an encoding, such as readFileSync(path, "utf8").`,
    );
  }
  const fileName = options.fileName ?? "lac.config.yaml";
  const lineCounter = new LineCounter();
  let doc: Document;
  try {
    doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, logLevel: "error" });
  } catch (error) {
    // The parser can only fail like this on pathological input, such as thousands of nested brackets.
    const message = error instanceof Error ? sentence(error.message) : "The YAML parser failed.";
    return {
      ok: false,
      errors: [
        placed("error", "yaml-syntax", `The file cannot be read as YAML: ${message}`, [], {
          line: 1,
          column: 1,
        }),
      ],
      warnings: [],
    };
  }

  const warnings: ConfigProblem[] = doc.warnings.map((warning) => {
    const { line, col } = lineCounter.linePos(warning.pos[0]);
    return placed(
      "warning",
      "yaml-warning",
      `YAML: ${sentence(warning.message)}`,
      reportedPathAt(doc, warning.pos[0]),
      {
        line,
        column: col,
      },
    );
  });

  if (doc.errors.length > 0) {
    // Too deep a nesting makes every level fail too: report only that.
    const tooDeep = doc.errors.find((error) => error.code === "RESOURCE_EXHAUSTION");
    const errors = (tooDeep === undefined ? doc.errors : [tooDeep]).map((error) =>
      yamlErrorProblem(error, doc, lineCounter),
    );
    return { ok: false, errors: withoutRepeats(errors).sort(byPlace), warnings };
  }

  const notAMapping = rootProblem(doc, lineCounter, fileName);
  if (notAMapping !== undefined) return { ok: false, errors: [notAMapping], warnings };

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    return { ok: false, errors: [aliasProblem(error, doc, lineCounter)], warnings };
  }
  return {
    ok: true,
    data: data as Record<string, unknown>,
    warnings,
    locate: (path, locateOptions = {}) => locatePath(doc, lineCounter, path, locateOptions),
  };
}

/**
 * Reads the text of a `lac.config.yaml` file and validates it.
 *
 * Every error and warning has a path and the 1-based line and column of the offending YAML node
 * (of the parent mapping for a missing key, of the key itself for an unknown key).
 * It never throws for bad input: syntax errors, duplicate keys, alias bombs, an empty file or a root
 * that is not a mapping are all returned as errors.
 */
export function parseCouncilConfig(
  text: string,
  options: ParseCouncilConfigOptions = {},
): CouncilConfigResult {
  const read = readCouncilYaml(text, options);
  if (!read.ok) return read;
  const located = (problem: ConfigProblem): ConfigProblem => ({
    ...problem,
    ...read.locate(problem.path, { atKey: problem.code === "unknown-key" }),
  });
  const result = validateCouncilConfig(read.data);
  const allWarnings = [...read.warnings, ...result.warnings.map(located)].sort(byPlace);
  if (!result.ok)
    return { ok: false, errors: result.errors.map(located).sort(byPlace), warnings: allWarnings };
  return { ok: true, config: result.config, warnings: allWarnings };
}
