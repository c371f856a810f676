import * as z from "zod";
import { didYouMean, didYouMeanChoices } from "./did-you-mean.js";
import { describeValue, formatNumber, oneOf, quote, shownInput, theNumber } from "./describe-value.js";
import { objectShape } from "./schema-walk.js";

const EXPECTED: Readonly<Record<string, string>> = {
  string: "text",
  number: "a number",
  int: "a whole number",
  boolean: "true or false",
  object: "a mapping of keys and values",
  array: "a list",
};

const YES_NO = /^(?:y|yes|n|no|on|off|true|false)$/i;

/** Plain digits, with a decimal part or not: a number as it should be written. */
const PLAIN_NUMBER = /^[0-9]+(?:\.[0-9]+)?$/;

/** The example of a number when the input, cleaned, cannot serve as one. */
const NUMBER_EXAMPLE = "12500";

/** A tip for the common slips of YAML: numbers in quotes or with commas, yes/no for booleans, … */
function typeTip(expected: string, input: unknown): string {
  if ((expected === "number" || expected === "int") && typeof input === "string") {
    const digits = input.replace(/[\s,£_]/g, "");
    if (digits !== "" && Number.isFinite(Number(digits))) {
      // The cleaned input is a good example ("151,800" → 151800), unless it is the rejected input
      // itself or not plain digits (such as 1e5 or 0x10): then a fixed example.
      // A number in quotes ("150000") is given back without them: it only needs them taken off.
      if (digits === input && PLAIN_NUMBER.test(digits))
        return ` Write the number without quotes: ${digits}.`;
      const example = PLAIN_NUMBER.test(digits) && digits !== input ? digits : NUMBER_EXAMPLE;
      return ` Write the number in plain digits, without quotes, commas or spaces, for example ${example}.`;
    }
  }
  if (expected === "boolean" && typeof input === "string" && YES_NO.test(input.trim())) {
    return " Write true or false, without quotes.";
  }
  if (expected === "string" && (typeof input === "number" || typeof input === "boolean")) {
    return ` If it is meant as text, put it in quotes: "${String(input)}".`;
  }
  if (expected === "object" && input === null) return " Add its keys below it, indented by two spaces.";
  if (expected === "array" && input === null)
    return ' Add the items below it, each on its own line starting with "- ".';
  if (expected === "array" && typeof input === "string") {
    return ' Write a list: each item on its own line starting with "- ".';
  }
  return "";
}

/** `Unknown key "programe". Did you mean "programme"?` */
export function unknownKeyMessage(key: string, knownKeys: readonly string[]): string {
  const suggestion = didYouMean(key, knownKeys);
  return suggestion === undefined
    ? `Unknown key ${quote(key)}. Remove it, or correct its spelling.`
    : `Unknown key ${quote(key)}. Did you mean ${quote(suggestion)}?`;
}

/** `Unknown key "shortNme". Did you mean "shortName"? "shortName" is required: …`: a required key misspelt. */
export function misspeltRequiredKeyMessage(key: string, requiredKey: string): string {
  return `Unknown key ${quote(key)}. Did you mean ${quote(requiredKey)}? ${quote(requiredKey)} is required: correct the spelling.`;
}

/** A number found beside a limit: both in plain digits with thousands separators. */
function foundNumber(input: unknown): string {
  return typeof input === "number" ? theNumber(input) : describeValue(input);
}

/** `Allowed keys here: name, shortName, …` */
export function allowedKeysHint(knownKeys: readonly string[]): string {
  return `Allowed keys here: ${knownKeys.join(", ")}.`;
}

function lastKey(path: readonly PropertyKey[] | undefined): string | undefined {
  const last = path?.at(-1);
  return typeof last === "string" ? last : undefined;
}

/** The message for a required value that is not there: its key's name, when it has one. */
function missingMessage(path: readonly PropertyKey[] | undefined): string {
  const key = lastKey(path);
  return key === undefined ? "A value is required here." : `The required key ${quote(key)} is missing.`;
}

function knownKeysOf(inst: z.core.$ZodType | z.core.$ZodCheck | undefined): string[] {
  const shape = inst instanceof z.core.$ZodType ? objectShape(inst) : undefined;
  return shape === undefined ? [] : Object.keys(shape);
}

/** True for `z.number().int()`: zod reports a string given to it as "expected number". */
function isWholeNumberSchema(inst: unknown): boolean {
  return (inst as { isInt?: unknown } | undefined)?.isInt === true;
}

/**
 * The messages of this package for zod's issues: plain English, saying what was expected, what was
 * found and how to fix it, without the path (the problem carries it).
 * Pass it to zod to get the same messages when validating one answer with a section or leaf schema:
 * `gssCodeSchema.safeParse(answer, { error: councilConfigErrorMap })`.
 */
export const councilConfigErrorMap: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case "invalid_type": {
      if (issue.input === undefined) return missingMessage(issue.path);
      const wanted = issue.expected === "number" && isWholeNumberSchema(issue.inst) ? "int" : issue.expected;
      const expected = EXPECTED[wanted] ?? wanted;
      return `Expected ${expected}, but found ${describeValue(issue.input)}.${typeTip(wanted, issue.input)}`;
    }
    case "too_small": {
      const minimum = Number(issue.minimum);
      if (issue.origin === "string") return "This is empty: write some text (spaces alone do not count).";
      if (issue.origin === "array") {
        return minimum <= 1
          ? "This list is empty: add at least one item."
          : `This list needs at least ${minimum} items.`;
      }
      const limit = formatNumber(minimum);
      const bound = issue.inclusive === false ? `greater than ${limit}` : `of at least ${limit}`;
      return `Expected a number ${bound}, but found ${foundNumber(issue.input)}.`;
    }
    case "too_big": {
      const maximum = Number(issue.maximum);
      if (issue.origin === "string") return `This text is too long: write at most ${maximum} characters.`;
      if (issue.origin === "array") return `This list is too long: it may have at most ${maximum} items.`;
      const limit = formatNumber(maximum);
      const bound = issue.inclusive === false ? `less than ${limit}` : `of at most ${limit}`;
      return `Expected a number ${bound}, but found ${foundNumber(issue.input)}.`;
    }
    case "invalid_value": {
      // zod checks a choice (an enum) before it looks for a value: a choice not given is missing too.
      if (issue.input === undefined) return missingMessage(issue.path);
      const values = issue.values.map((value) => JSON.stringify(value));
      const base = `Expected ${oneOf(values)}, but found ${describeValue(issue.input)}.`;
      const input = issue.input;
      if (typeof input !== "string") return base;
      const suggestions = didYouMeanChoices(
        input,
        issue.values.filter((value): value is string => typeof value === "string"),
      );
      return suggestions.length === 0 ? base : `${base} Did you mean ${oneOf(suggestions.map(quote))}?`;
    }
    case "unrecognized_keys": {
      const known = knownKeysOf(issue.inst);
      if (issue.keys.length === 1) return unknownKeyMessage(issue.keys[0] ?? "", known);
      return `Unknown keys ${oneOf(issue.keys.map((key) => quote(key)))}. Remove them, or correct their spelling.`;
    }
    case "invalid_format":
      return `${shownInput(issue.input)} is not in the expected form (${issue.format}).`;
    default:
      return undefined;
  }
};
