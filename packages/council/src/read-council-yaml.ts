// Reading a configuration's YAML text, without validating it: no zod here (see quick.ts).
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
  type YAMLWarning,
} from "yaml";
import {
  createProblem,
  type ConfigPath,
  type ConfigProblem,
  type ConfigProblemCode,
  type CouncilConfigResult,
} from "./config-problem.js";
import { describeValue, formatWholeNumber, quote } from "./describe-value.js";
import { capProblems } from "./problem-cap.js";
import { placeOf, readSimpleYaml, type PlaceTree } from "./simple-yaml.js";
import { lineOutOfStep, shiftedDuplicate } from "./yaml-indentation.js";
import { locatePath, pathAtOffset, type Location } from "./yaml-locations.js";

/** The most aliases (`*name`) a configuration may expand, against "billion laughs" files. */
export const MAX_ALIAS_COUNT = 50;

/** The longest configuration text read, in characters (1 MiB): a real one is under 20,000. */
export const MAX_CONFIG_TEXT_LENGTH = 1024 * 1024;

/** The YAML tags a configuration may use: those of the YAML 1.2 core schema. */
const CORE_TAGS = new Set(
  ["str", "int", "float", "bool", "null", "map", "seq"].map((name) => `tag:yaml.org,2002:${name}`),
);

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

/** The quoted value that an unclosed quote opens: the last one that starts before the error's place. */
function unclosedQuoteProblem(
  error: YAMLError,
  text: string,
  doc: Document,
  lineCounter: LineCounter,
): ConfigProblem | undefined {
  const mark = /closing (["'])quote/.exec(error.message)?.[1];
  if (mark === undefined) return undefined;
  let start: number | undefined;
  visit(doc, {
    Scalar(_, node) {
      const from = node.range?.[0];
      const type = mark === '"' ? "QUOTE_DOUBLE" : "QUOTE_SINGLE";
      if (
        node.type === type &&
        from !== undefined &&
        from < error.pos[0] &&
        (start === undefined || from > start)
      )
        start = from;
    },
  });
  if (start === undefined) return undefined;
  const { line, col } = lineCounter.linePos(start);
  const path = reportedPathAt(doc, start);
  const key = path.at(-1);
  const whose = typeof key === "string" ? ` the value of ${quote(key)}` : "";
  // The value as it was meant, closed: the rest of the quote's line (if short enough to show).
  const lineEnd = text.indexOf("\n", start);
  const rest = text
    .slice(start + 1, lineEnd === -1 ? undefined : lineEnd)
    .replace(/\r$/, "")
    .trimEnd();
  const closed = rest !== "" && rest.length <= 60 ? `${mark}${rest}${mark}` : `${mark}…${mark}`;
  return placed(
    "error",
    "yaml-syntax",
    `The quote ${mark} that opens${whose} here is not closed, so the rest of the file is read as part of the value.`,
    path,
    { line, column: col },
    `Close it on the same line, at the end of the value (${closed}), or remove it: most values need no quotes.`,
  );
}

/**
 * The codes of the errors the `yaml` library reports after a line indented out of step: "All mapping
 * items must start at the same column", "Nested mappings are not allowed in compact mappings",
 * "Implicit keys need to be on a single line", "Sequence item without - indicator", "Unexpected
 * scalar at node end", …
 */
const INDENTATION_ERRORS = new Set<string>([
  "BAD_INDENT",
  "BLOCK_AS_IMPLICIT_KEY",
  "MULTILINE_IMPLICIT_KEY",
  "MISSING_CHAR",
  "UNEXPECTED_TOKEN",
]);

/**
 * The library's errors, with those that follow from a line indented out of step replaced by one
 * problem at that line (the library reports it at the lines after it, or inside a value it misreads).
 */
function yamlErrorProblems(
  text: string,
  errors: readonly YAMLError[],
  doc: Document,
  lineCounter: LineCounter,
): ConfigProblem[] {
  const indentation = errors.filter((error) => INDENTATION_ERRORS.has(error.code));
  // The library places some at the blank or comment lines before the entry it means, and some at
  // the value before it (whose range then runs on to it): the line out of step is at or before their end.
  const contentLine = (offset: number): number => {
    BLANKS_AND_COMMENTS.lastIndex = offset;
    BLANKS_AND_COMMENTS.exec(text);
    return lineCounter.linePos(Math.min(BLANKS_AND_COMMENTS.lastIndex, text.length)).line;
  };
  const firstStart = Math.min(...indentation.map((error) => error.pos[0]));
  const firstLine = Math.max(
    ...indentation
      .filter((error) => error.pos[0] === firstStart)
      .map((error) => contentLine(Math.max(error.pos[0], error.pos[1] - 1))),
  );
  const slip = indentation.length === 0 ? undefined : lineOutOfStep(text, firstLine);
  if (slip === undefined) return errors.map((error) => yamlErrorProblem(error, text, doc, lineCounter));
  // The errors from the first indentation error on follow from the line out of step: report the
  // errors before them, and it.
  const before = errors.filter(
    (error) => error.pos[0] < firstStart && lineCounter.linePos(error.pos[0]).line < slip.line,
  );
  return [
    ...before.map((error) => yamlErrorProblem(error, text, doc, lineCounter)),
    placed("error", "yaml-syntax", slip.message, [], slip, slip.hint),
  ];
}

/** Spaces, line breaks and comments, from the place it is set at (`lastIndex`). */
const BLANKS_AND_COMMENTS = /(?:[ \t\r\n]|#[^\n]*)*/y;

function yamlErrorProblem(
  error: YAMLError,
  text: string,
  doc: Document,
  lineCounter: LineCounter,
): ConfigProblem {
  const offset = error.pos[0];
  const { line, col } = lineCounter.linePos(offset);
  const location = { line, column: col };
  const path = reportedPathAt(doc, offset);
  const unclosedQuote =
    error.code === "MISSING_CHAR" ? unclosedQuoteProblem(error, text, doc, lineCounter) : undefined;
  if (unclosedQuote !== undefined) return unclosedQuote;
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

/**
 * The first character that has no place in a configuration file, anywhere in it (comments
 * included): a C0 control character other than the tab and the line breaks, DEL, a C1 control
 * character (U+0080–U+009F), or half of a UTF-16 surrogate pair without its other half.
 */
const FORBIDDEN_CHARACTER = new RegExp(
  String.raw`[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]`,
);

function characterProblem(text: string): ConfigProblem | undefined {
  const match = FORBIDDEN_CHARACTER.exec(text);
  if (match === null) return undefined;
  const lineStart = text.lastIndexOf("\n", match.index - 1) + 1;
  let line = 1;
  for (
    let next = text.indexOf("\n");
    next !== -1 && next < match.index;
    next = text.indexOf("\n", next + 1)
  ) {
    line += 1;
  }
  const col = match.index - lineStart + 1;
  const unit = match[0].charCodeAt(0);
  const code = `U+${unit.toString(16).toUpperCase().padStart(4, "0")}`;
  const what =
    unit >= 0xd800 && unit <= 0xdfff
      ? `half of a UTF-16 surrogate pair (${code}) without its other half: the text is not valid Unicode`
      : `the control character ${code}, which has no place in a configuration file`;
  return placed(
    "error",
    "invalid-character",
    `The file holds ${what}. Remove it (it may be invisible in your editor), or save the file again as UTF-8 text.`,
    [],
    { line, column: col },
  );
}

/** An unsupported directive (`%YAML 9.9`, `%CUSTOM`), as an error (unknown tags: {@link tagProblems}). */
function warningAsError(warning: YAMLWarning, lineCounter: LineCounter): ConfigProblem | undefined {
  const { line, col } = lineCounter.linePos(warning.pos[0]);
  if (warning.code === "BAD_DIRECTIVE") return directiveProblem(warning.message, { line, column: col });
  return undefined;
}

function directiveProblem(what: string, location: Location): ConfigProblem {
  return placed(
    "error",
    "yaml-directive",
    `${sentence(what)} A configuration needs no YAML directive (a line starting with %): remove the line, and the --- line after it.`,
    [],
    location,
  );
}

/** The explicit tags that are not plain YAML 1.2 values (`!!binary`, `!!set`, `!local`, tags of a `%TAG`). */
function tagProblems(text: string, doc: Document, lineCounter: LineCounter): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  visit(doc, (_, node) => {
    if (!isScalar(node) && !isMap(node) && !isSeq(node)) return;
    const tag = node.tag;
    if (tag === undefined || CORE_TAGS.has(tag)) return;
    const offset = node.range?.[0] ?? 0;
    // The node starts at its value, after the tag: point at the tag, the nearest "!" before it.
    let tagStart = text.lastIndexOf("!", offset);
    while (tagStart > 0 && text[tagStart - 1] === "!") tagStart -= 1;
    const { line, col } = lineCounter.linePos(tagStart >= 0 && offset - tagStart <= 1024 ? tagStart : offset);
    const shown = tag.startsWith("tag:yaml.org,2002:") ? `!!${tag.slice(18)}` : tag;
    problems.push(
      placed(
        "error",
        "yaml-tag",
        `Unknown YAML tag ${quote(shown)}. A configuration holds plain values only: remove the tag (the word starting with ! before the value).`,
        reportedPathAt(doc, offset),
        { line, column: col },
      ),
    );
  });
  return problems;
}

/** `%TAG` directives, which only serve tags (which a configuration may not use). */
function tagDirectiveProblems(text: string, lineCounter: LineCounter): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  for (const match of text.matchAll(/^%TAG\b/gm)) {
    const { line, col } = lineCounter.linePos(match.index);
    problems.push(directiveProblem("A %TAG directive defines YAML tags", { line, column: col }));
  }
  return problems;
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

/** Keys that appear twice in one mapping, as the YAML reader reports them (with a Set: linear time). */
function duplicateKeyErrors(doc: Document): YAMLError[] {
  const errors: YAMLError[] = [];
  visit(doc, {
    Map(_, map) {
      const seen = new Set<unknown>();
      for (const pair of map.items) {
        const key: unknown = isScalar(pair.key) ? pair.key.value : pair.key;
        if (!seen.has(key)) {
          seen.add(key);
          continue;
        }
        const offset = isScalar(pair.key) ? (pair.key.range?.[0] ?? 0) : 0;
        errors.push({
          code: "DUPLICATE_KEY",
          message: "Map keys must be unique",
          pos: [offset, offset + 1],
          name: "YAMLParseError",
        } as YAMLError);
      }
    },
  });
  return errors;
}

/** YAML text that reads without errors and without a key twice in a mapping. */
function readsCleanly(text: string): boolean {
  const doc = yamlDocument(text, new LineCounter());
  return doc.errors.length === 0 && duplicateKeyErrors(doc).length === 0;
}

/**
 * The one problem for duplicate keys that a line moved a whole step makes (see
 * {@link shiftedDuplicate}), at that line; undefined for keys really written twice.
 */
function shiftedKeyProblem(
  text: string,
  duplicates: readonly YAMLError[],
  lineCounter: LineCounter,
): ConfigProblem | undefined {
  if (duplicates.length === 0) return undefined;
  const firstOffset = Math.min(...duplicates.map((error) => error.pos[0]));
  const slip = shiftedDuplicate(text, lineCounter.linePos(firstOffset).line, readsCleanly);
  return slip === undefined ? undefined : placed("error", "yaml-syntax", slip.message, [], slip, slip.hint);
}

export function byPlace(a: ConfigProblem, b: ConfigProblem): number {
  return (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0);
}

/** What a value given instead of a configuration's text is, for the message: "bytes (Uint8Array)", "a number". */
function kindOfNonText(value: unknown): string {
  if (value === null || value === undefined) return String(value);
  if (ArrayBuffer.isView(value) || value instanceof ArrayBuffer)
    return `bytes (${(value as object).constructor?.name ?? "ArrayBuffer"})`;
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") {
    const name = (value as object).constructor?.name;
    return name === undefined || name === "Object" ? "an object" : `an object (${name})`;
  }
  return `${/^[aeiou]/.test(typeof value) ? "an" : "a"} ${typeof value}`;
}

/**
 * The error for something other than text given as a configuration's text (bytes read without an
 * encoding, most often): a `wrong-type` problem for the whole file, as the other packages' parse
 * functions answer a value of the wrong type, rather than a throw.
 */
function notTextProblem(value: unknown, fileName: string): ConfigProblem {
  return placed(
    "error",
    "wrong-type",
    `${fileName} must be given as text (a string), not ${kindOfNonText(value)}. Read the file with an encoding, such as readFileSync(path, "utf8"), and pass the text.`,
    [],
    { line: 1, column: 1 },
  );
}

/** The `yaml` library's document of a configuration text, with its line counter filled. */
function yamlDocument(text: string, lineCounter: LineCounter): Document {
  // Duplicate keys are found below, in linear time: the YAML reader's own check is quadratic.
  return parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: false, logLevel: "error" });
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
 * that hold only part of a configuration. Syntax errors, duplicate keys, alias bombs, an empty file,
 * a root that is not a mapping and something other than text are returned as errors with their places.
 *
 * @throws {TypeError} Only for a programming mistake in the options: `options` that is not an object,
 * or a `fileName` that is not text.
 */
export function readCouncilYaml(
  text: string,
  options: ParseCouncilConfigOptions = {},
): ReadCouncilYamlResult {
  return readYaml(text, options, "quick");
}

/**
 * {@link readCouncilYaml} for a whole configuration, whose warnings (which a valid configuration may
 * have) are placed at once: the quick reader reads the places with the data, in one reading, instead
 * of a second reading when the first warning is placed (not exported from the package).
 */
export function readCouncilYamlWithPlaces(
  text: string,
  options: ParseCouncilConfigOptions = {},
): ReadCouncilYamlResult {
  return readYaml(text, options, "quick-with-places");
}

/**
 * {@link readCouncilYaml} always through the `yaml` library's document, never the quick reader: for
 * the tests that prove both give the same results (not exported from the package).
 */
export function readCouncilYamlWithDocument(
  text: string,
  options: ParseCouncilConfigOptions = {},
): ReadCouncilYamlResult {
  return readYaml(text, options, "document");
}

/**
 * How the text is read: by the quick reader when it can, with the places of the values read when
 * something is first located ("quick") or with the data ("quick-with-places"); or always through the
 * `yaml` library's document ("document").
 */
type ReadingMode = "quick" | "quick-with-places" | "document";

function readYaml(
  text: string,
  options: ParseCouncilConfigOptions,
  mode: ReadingMode,
): ReadCouncilYamlResult {
  if (options === null || typeof options !== "object") {
    throw new TypeError(
      `parseCouncilConfig's options must be an object, such as { fileName: "lac.config.yaml" }, or left out; not ${options === null ? "null" : typeof options}.`,
    );
  }
  if (options.fileName !== undefined && typeof options.fileName !== "string") {
    throw new TypeError('parseCouncilConfig\'s options.fileName must be text, such as "lac.config.yaml".');
  }
  const fileName = options.fileName ?? "lac.config.yaml";
  if (typeof text !== "string") return { ok: false, errors: [notTextProblem(text, fileName)], warnings: [] };
  if (text.length > MAX_CONFIG_TEXT_LENGTH) {
    return {
      ok: false,
      errors: [
        placed(
          "error",
          "file-too-large",
          `${fileName} is too large to be a configuration: ${formatWholeNumber(text.length)} characters, at most ${formatWholeNumber(MAX_CONFIG_TEXT_LENGTH)} allowed (a whole configuration is usually under 20,000). Check that it is the right file.`,
          [],
          { line: 1, column: 1 },
        ),
      ],
      warnings: [],
    };
  }
  const badCharacter = characterProblem(text);
  if (badCharacter !== undefined) return { ok: false, errors: [badCharacter], warnings: [] };
  // The usual configuration is plain YAML: read it quickly, and build the `yaml` library's document
  // (for lines and columns) only if a problem must be placed. Anything else goes the long way.
  // The places are read only when something is located (a problem or a warning to place): the same
  // text read again with them, which the quick reader reads as it did without.
  const simple =
    mode === "quick"
      ? readSimpleYaml(text, { places: false })
      : mode === "quick-with-places"
        ? readSimpleYaml(text)
        : undefined;
  if (simple !== undefined) {
    // Read with the data ("quick-with-places"), or on the first call of locate.
    let places = (simple as { readonly places?: PlaceTree | undefined }).places;
    return {
      ok: true,
      data: simple.data,
      warnings: [],
      locate: (path, locateOptions = {}) => {
        places ??= (readSimpleYaml(text) as { readonly places: PlaceTree }).places;
        return placeOf(places, path, locateOptions);
      },
    };
  }
  const lineCounter = new LineCounter();
  let doc: Document;
  try {
    doc = yamlDocument(text, lineCounter);
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

  const warningErrors: ConfigProblem[] = [];
  const otherWarnings = doc.warnings.filter((warning) => {
    const error = warningAsError(warning, lineCounter);
    if (error !== undefined) warningErrors.push(error);
    return error === undefined;
  });
  const warnings: ConfigProblem[] = otherWarnings.map((warning) => {
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

  const yamlErrors = [...doc.errors];
  if (yamlErrors.length === 0) {
    const duplicates = duplicateKeyErrors(doc);
    const slip = shiftedKeyProblem(text, duplicates, lineCounter);
    if (slip !== undefined) return { ok: false, errors: [slip], warnings };
    yamlErrors.push(...duplicates);
  }
  if (yamlErrors.length > 0) {
    // Too deep a nesting makes every level fail too: report only that.
    const tooDeep = yamlErrors.find((error) => error.code === "RESOURCE_EXHAUSTION");
    const errors =
      tooDeep === undefined
        ? yamlErrorProblems(text, yamlErrors, doc, lineCounter)
        : [yamlErrorProblem(tooDeep, text, doc, lineCounter)];
    return { ok: false, errors: capProblems(withoutRepeats(errors).sort(byPlace)), warnings };
  }
  const tagErrors = [
    ...warningErrors,
    ...tagDirectiveProblems(text, lineCounter),
    ...tagProblems(text, doc, lineCounter),
  ];
  if (tagErrors.length > 0) {
    return { ok: false, errors: capProblems(withoutRepeats(tagErrors).sort(byPlace)), warnings };
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
 * A validation result of read YAML, with each problem placed at its line and column, the YAML
 * warnings first: what {@link parseCouncilConfig} returns.
 */
export function placedResult(read: CouncilYaml, result: CouncilConfigResult): CouncilConfigResult {
  const located = (problem: ConfigProblem): ConfigProblem => ({
    ...problem,
    ...read.locate(problem.path, { atKey: problem.code === "unknown-key" }),
  });
  const allWarnings = [...read.warnings, ...result.warnings.map(located)].sort(byPlace);
  if (!result.ok) {
    const errors = capProblems(result.errors.map(located).sort(byPlace), read.locate([]));
    return { ok: false, errors, warnings: allWarnings };
  }
  return { ok: true, config: result.config, warnings: allWarnings };
}
