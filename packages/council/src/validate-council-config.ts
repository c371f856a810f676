import type * as z from "zod";
import {
  createProblem,
  formatConfigPath,
  type ConfigPath,
  type ConfigProblem,
  type ConfigProblemCode,
  type CouncilConfigResult,
} from "./config-problem.js";
import { councilConfigSchema } from "./council-config-schema.js";
import { councilConfigWarnings } from "./council-config-warnings.js";
import { GSS_CODE_PATTERN } from "./gss-code.js";
import { ICO_REGISTRATION_NUMBER_PATTERN } from "./ico-registration-number.js";
import { didYouMean } from "./did-you-mean.js";
import {
  allowedKeysHint,
  councilConfigErrorMap,
  misspeltRequiredKeyMessage,
  unknownKeyMessage,
} from "./issue-messages.js";
import { capProblems } from "./problem-cap.js";
import { validateCouncilConfigQuickly, warningProblem } from "./quick-validate-council-config.js";
import { descriptionOf, objectShape, schemaAt } from "./schema-walk.js";

function problem(
  severity: ConfigProblem["severity"],
  code: ConfigProblemCode,
  message: string,
  path: ConfigPath,
  hint: string | undefined,
): ConfigProblem {
  return createProblem({ severity, code, message, path, hint });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The value at a path of plain data (`undefined` when the path leaves the data). */
function valueAt(data: unknown, path: ConfigPath): unknown {
  let current = data;
  for (const segment of path) {
    if (Array.isArray(current) && typeof segment === "number") current = current[segment];
    else if (isRecord(current) && typeof segment === "string" && Object.hasOwn(current, segment))
      current = current[segment];
    else return undefined;
  }
  return current;
}

/** True when the path names a key that its (existing) parent mapping does not have. */
function isMissingKey(data: unknown, path: ConfigPath): boolean {
  const key = path.at(-1);
  if (typeof key !== "string") return false;
  const parent = valueAt(data, path.slice(0, -1));
  return isRecord(parent) && !Object.hasOwn(parent, key);
}

function formatCode(issue: z.core.$ZodIssue & { code: "invalid_format" }): ConfigProblemCode {
  switch (issue.format) {
    case "email":
      return "invalid-email";
    case "url":
      return "invalid-url";
    case "date":
      return "invalid-date";
    case "regex": {
      const pattern = "pattern" in issue ? String(issue.pattern) : "";
      if (pattern === String(GSS_CODE_PATTERN)) return "invalid-gss-code";
      if (pattern === String(ICO_REGISTRATION_NUMBER_PATTERN)) return "invalid-ico-registration-number";
      return "invalid-value";
    }
    default:
      return "invalid-value";
  }
}

/** The keys allowed in the mapping at a path (the top's when the path leads nowhere known). */
function knownKeysAt(path: ConfigPath): string[] {
  return Object.keys(objectShape(schemaAt(councilConfigSchema, path) ?? councilConfigSchema) ?? {});
}

/**
 * A required key misspelt ("shortNme") is one mistake, which zod reports twice: the required key
 * missing, at its parent, and an unknown key. When the unknown key's suggestion is the missing key,
 * the two are folded into one error at the misspelt key, saying both.
 */
function foldMisspeltRequiredKeys(problems: readonly ConfigProblem[]): ConfigProblem[] {
  const missing = new Map<string, ConfigProblem>();
  for (const item of problems) if (item.code === "missing-key") missing.set(item.pathText, item);
  if (missing.size === 0) return [...problems];
  const folded = new Set<ConfigProblem>();
  const renamed = new Map<ConfigProblem, ConfigProblem>();
  for (const item of problems) {
    const key = item.path.at(-1);
    if (item.code !== "unknown-key" || typeof key !== "string") continue;
    const parent = item.path.slice(0, -1);
    const suggestion = didYouMean(key, knownKeysAt(parent));
    if (suggestion === undefined) continue;
    const missingKey = missing.get(formatConfigPath([...parent, suggestion]));
    if (missingKey === undefined || folded.has(missingKey)) continue;
    folded.add(missingKey);
    renamed.set(item, { ...item, message: misspeltRequiredKeyMessage(key, suggestion) });
  }
  return problems.filter((item) => !folded.has(item)).map((item) => renamed.get(item) ?? item);
}

function issueProblems(issue: z.core.$ZodIssue, data: unknown): ConfigProblem[] {
  const path: ConfigPath = issue.path.filter(
    (segment): segment is string | number => typeof segment === "string" || typeof segment === "number",
  );
  const fieldHint = descriptionOf(schemaAt(councilConfigSchema, path));
  switch (issue.code) {
    case "unrecognized_keys": {
      const known = knownKeysAt(path);
      return issue.keys.map((key) =>
        problem(
          "error",
          "unknown-key",
          unknownKeyMessage(key, known),
          [...path, key],
          allowedKeysHint(known),
        ),
      );
    }
    case "invalid_type": {
      const code = isMissingKey(data, path) ? "missing-key" : "wrong-type";
      return [problem("error", code, issue.message, path, fieldHint)];
    }
    case "too_small": {
      const code =
        issue.origin === "string" ? "empty-value" : issue.origin === "array" ? "empty-list" : "too-small";
      return [problem("error", code, issue.message, path, fieldHint)];
    }
    case "too_big":
      return [problem("error", "too-big", issue.message, path, fieldHint)];
    case "invalid_value": {
      const code = isMissingKey(data, path) ? "missing-key" : "invalid-choice";
      return [problem("error", code, issue.message, path, fieldHint)];
    }
    case "invalid_format":
      return [problem("error", formatCode(issue), issue.message, path, fieldHint)];
    case "custom": {
      const params = issue.params ?? {};
      const code =
        typeof params["code"] === "string" ? (params["code"] as ConfigProblemCode) : "invalid-value";
      const hint = typeof params["hint"] === "string" ? params["hint"] : undefined;
      return [problem("error", code, issue.message, path, hint)];
    }
    default:
      return [problem("error", "invalid-value", issue.message, path, fieldHint)];
  }
}

/** Problems of the same place and message once only (zod may report both "not whole" and "not positive"). */
function withoutRepeats(problems: readonly ConfigProblem[]): ConfigProblem[] {
  const seen = new Set<string>();
  return problems.filter((item) => {
    const key = `${item.pathText}\u0000${item.code}\u0000${item.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export interface ValidateCouncilConfigOptions {
  /**
   * Report at most `MAX_REPORTED_PROBLEMS` (50) errors and count the rest in a last one (true, the
   * default); false returns them all.
   */
  readonly cap?: boolean;
}

/**
 * Validates configuration data that is already parsed (from JSON, or answers merged in memory).
 * The problems carry paths but no line or column. It never throws for bad input.
 *
 * Valid data is told and parsed by the quick validator (quick-validate.ts), which follows a plan
 * generated from the zod schema; zod checks the data only when the quick validator finds a problem,
 * and explains it: so every message, path and code is zod's, as before.
 */
export function validateCouncilConfig(
  value: unknown,
  options: ValidateCouncilConfigOptions = {},
): CouncilConfigResult {
  return validateCouncilConfigQuickly(value) ?? validateCouncilConfigWithZod(value, options);
}

/** {@link validateCouncilConfig} with zod alone, for the tests that compare both ways (not exported from the package). */
export function validateCouncilConfigWithZod(
  value: unknown,
  options: ValidateCouncilConfigOptions = {},
): CouncilConfigResult {
  const result = councilConfigSchema.safeParse(value, { error: councilConfigErrorMap, reportInput: true });
  if (!result.success) {
    const errors = withoutRepeats(
      foldMisspeltRequiredKeys(result.error.issues.flatMap((issue) => issueProblems(issue, value))),
    );
    return { ok: false, errors: options?.cap === false ? errors : capProblems(errors), warnings: [] };
  }
  return { ok: true, config: result.data, warnings: councilConfigWarnings(result.data).map(warningProblem) };
}
