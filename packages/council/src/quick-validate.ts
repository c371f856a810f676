import type { PlanCheck, PlanNode, PlanPattern } from "./council-config-plan.js";
import { COUNCIL_PLAN } from "./council-config-plan.generated.js";
import type { CouncilConfig } from "./council-config-schema.js";
import { COUNCIL_PREDICATES, COUNCIL_RULES } from "./council-refinements.js";

/**
 * The quick validator: says whether configuration data is valid, and parses it as zod would (trimmed
 * text, defaults filled in), by following the plan generated from the zod schema
 * (council-config-plan.generated.ts) with the same refinements (council-refinements.ts). It never
 * explains a problem: at the first one it gives up and returns undefined, and the caller asks zod,
 * whose messages, paths and codes are the ones reported. So a valid configuration is checked
 * without running zod, and an invalid one is reported exactly as before. A property test
 * (quick-validate.test.ts) checks on generated configurations, valid and invalid, that it accepts
 * exactly what zod accepts, with the same parsed result.
 */

/** Thrown inside the walk at the first problem (never outside this module). */
const INVALID: unique symbol = Symbol("invalid");

const patterns = new Map<PlanPattern, RegExp>();
function regexOf(pattern: PlanPattern): RegExp {
  let regex = patterns.get(pattern);
  if (regex === undefined) {
    regex = new RegExp(pattern.source, pattern.flags);
    patterns.set(pattern, regex);
  }
  return regex;
}

function test(pattern: PlanPattern, value: string): boolean {
  const regex = regexOf(pattern);
  regex.lastIndex = 0;
  return regex.test(value);
}

/** The refinement context the rules report to: any issue makes the data invalid. */
const failingSink = {
  addIssue(): void {
    throw INVALID;
  },
};

const ASCII_TAB_OR_NEWLINE = /[\t\n\r]/g;

/** zod's URL check (zod/v4/core, $ZodURL without normalize): the value it keeps, or INVALID. */
function checkUrl(check: Extract<PlanCheck, { check: "url" }>, value: string): string {
  const trimmed = value.trim();
  if (check.requireSlashes && !/^https?:\/\//i.test(trimmed)) throw INVALID;
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    throw INVALID;
  }
  if (check.hostname !== undefined && !test(check.hostname, url.hostname)) throw INVALID;
  const protocol = url.protocol.endsWith(":") ? url.protocol.slice(0, -1) : url.protocol;
  if (check.protocol !== undefined && !test(check.protocol, protocol)) throw INVALID;
  return trimmed.replace(ASCII_TAB_OR_NEWLINE, "");
}

/** Runs checks in order, as zod does (a trim or a URL check changes the value the next ones see). */
function runChecks(checks: readonly PlanCheck[], input: unknown): unknown {
  let value = input;
  // Indexed loops here and below: with V8's optimising compilers off (as lac runs), a for…of loop
  // allocates an iterator and an object for each step.
  for (let index = 0; index < checks.length; index += 1) {
    const check = checks[index] as PlanCheck;
    switch (check.check) {
      case "trim":
        value = (value as string).trim();
        break;
      case "min_length":
        if ((value as string | unknown[]).length < check.minimum) throw INVALID;
        break;
      case "max_length":
        if ((value as string | unknown[]).length > check.maximum) throw INVALID;
        break;
      case "pattern":
        if (!test(check.pattern, value as string)) throw INVALID;
        break;
      case "url":
        value = checkUrl(check, value as string);
        break;
      case "greater_than":
        if (check.inclusive ? !((value as number) >= check.value) : !((value as number) > check.value))
          throw INVALID;
        break;
      case "less_than":
        if (check.inclusive ? !((value as number) <= check.value) : !((value as number) < check.value))
          throw INVALID;
        break;
      case "safe_integer":
        if (!Number.isSafeInteger(value)) throw INVALID;
        break;
      case "predicate":
        if (!(COUNCIL_PREDICATES[check.name] as (value: unknown) => boolean)(value)) throw INVALID;
        break;
      case "rule":
        (COUNCIL_RULES[check.name] as (value: unknown, ctx: typeof failingSink) => void)(value, failingSink);
        break;
    }
  }
  return value;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}

/** A copy of a default value, so that no two configurations share one. */
function copyOf(value: unknown): unknown {
  return typeof value === "object" && value !== null ? structuredClone(value) : value;
}

/** The keys of each object in the plan, listed once (the plan never changes). */
const keysOfShape = new Map<object, readonly string[]>();
function shapeKeys(shape: object): readonly string[] {
  let keys = keysOfShape.get(shape);
  if (keys === undefined) {
    keys = Object.keys(shape);
    keysOfShape.set(shape, keys);
  }
  return keys;
}

function parseNode(node: PlanNode, input: unknown): unknown {
  switch (node.type) {
    case "optional":
      return input === undefined ? undefined : parseNode(node.inner, input);
    case "default":
      return input === undefined ? copyOf(node.value) : parseNode(node.inner, input);
    case "string":
      if (typeof input !== "string") throw INVALID;
      return runChecks(node.checks, input);
    case "number":
      if (typeof input !== "number" || !Number.isFinite(input)) throw INVALID;
      return runChecks(node.checks, input);
    case "boolean":
      if (typeof input !== "boolean") throw INVALID;
      return input;
    case "enum":
      if (typeof input !== "string" || !node.values.includes(input)) throw INVALID;
      return input;
    case "array": {
      if (!Array.isArray(input)) throw INVALID;
      const output: unknown[] = [];
      for (let index = 0; index < input.length; index += 1) {
        // A hole in the list is read as undefined, as zod reads it.
        output.push(parseNode(node.element, input[index]));
      }
      return runChecks(node.checks, output);
    }
    case "object": {
      if (!isPlainObject(input)) throw INVALID;
      const shape = node.shape;
      const inputKeys = Object.keys(input);
      for (let index = 0; index < inputKeys.length; index += 1) {
        if (!Object.hasOwn(shape, inputKeys[index] as string)) throw INVALID;
      }
      const output: Record<string, unknown> = {};
      const keys = shapeKeys(shape);
      for (let index = 0; index < keys.length; index += 1) {
        const key = keys[index] as string;
        const schema = shape[key] as PlanNode;
        const present = key in input;
        // An optional key left out stays out; one given as undefined stays, as undefined (as in zod).
        if (!present && schema.type === "optional") continue;
        if (!present && schema.type !== "default") throw INVALID;
        const value = parseNode(schema, input[key]);
        if (value !== undefined || present) output[key] = value;
      }
      return runChecks(node.checks, output);
    }
  }
}

/**
 * The configuration parsed as zod would parse it, when the data is valid; undefined when it is not
 * (or when the quick validator cannot tell): then zod must check it and explain what is wrong.
 */
export function quickParseCouncilConfig(value: unknown): CouncilConfig | undefined {
  try {
    return parseNode(COUNCIL_PLAN, value) as CouncilConfig;
  } catch (error) {
    if (error === INVALID) return undefined;
    throw error;
  }
}
