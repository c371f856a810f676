import type * as z from "zod";
import {
  COUNCIL_PREDICATES,
  type CouncilPredicateName,
  type CouncilRuleName,
} from "./council-refinements.js";
import { ruleNameOf } from "./named-rules.js";

/**
 * The plan of the configuration schema: what the quick validator (quick-validate.ts) checks, as
 * plain data generated from the zod schema (council-config-plan.generated.ts), so that lac can tell
 * a valid configuration without building zod's schemas. zod stays the source of truth: the plan is
 * made from it, a test fails when the committed plan differs from the schema's, and the generator
 * refuses any part of a schema it cannot express exactly (a transform, a non-strict object, an
 * unknown check or format, a refinement not listed in council-refinements.ts).
 */

/** A regular expression as data. */
export interface PlanPattern {
  readonly source: string;
  readonly flags: string;
}

export type PlanCheck =
  | { readonly check: "trim" }
  | { readonly check: "min_length"; readonly minimum: number }
  | { readonly check: "max_length"; readonly maximum: number }
  | { readonly check: "pattern"; readonly pattern: PlanPattern }
  | {
      readonly check: "url";
      readonly protocol?: PlanPattern;
      readonly hostname?: PlanPattern;
      /** zod asks for "://" after http(s) when the protocol is its own http pattern. */
      readonly requireSlashes: boolean;
    }
  | { readonly check: "greater_than"; readonly value: number; readonly inclusive: boolean }
  | { readonly check: "less_than"; readonly value: number; readonly inclusive: boolean }
  | { readonly check: "safe_integer" }
  | { readonly check: "predicate"; readonly name: CouncilPredicateName }
  | { readonly check: "rule"; readonly name: CouncilRuleName };

export type PlanNode =
  | {
      readonly type: "object";
      readonly shape: Readonly<Record<string, PlanNode>>;
      readonly checks: readonly PlanCheck[];
    }
  | { readonly type: "array"; readonly element: PlanNode; readonly checks: readonly PlanCheck[] }
  | { readonly type: "string"; readonly checks: readonly PlanCheck[] }
  | { readonly type: "number"; readonly checks: readonly PlanCheck[] }
  | { readonly type: "boolean" }
  | { readonly type: "enum"; readonly values: readonly string[] }
  | { readonly type: "optional"; readonly inner: PlanNode }
  | { readonly type: "default"; readonly inner: PlanNode; readonly value: unknown };

type AnySchema = z.core.$ZodType;
type AnyCheck = z.core.$ZodCheck;

/** zod's own http(s) protocol pattern, after which it asks for "://" (see zod's parseURLObject). */
const ZOD_HTTP_PROTOCOL = /^https?$/;

function patternOf(regex: RegExp): PlanPattern {
  return { source: regex.source, flags: regex.flags };
}

function refused(path: string, what: string): never {
  throw new Error(
    `The quick validator's plan cannot express ${what} at ${path || "the root"}: add it to council-config-plan.ts and quick-validate.ts (and to the property test), or write the schema another way.`,
  );
}

/** True when an overwrite check is `.trim()`: it trims every kind of white space, and does nothing else. */
function isTrim(tx: (value: string) => string): boolean {
  const samples = [" \t\u00a0Ab c\u2028\n", "x", "", "  ", "A\u3000"];
  return samples.every((sample) => tx(sample) === sample.trim());
}

function checkPlan(check: AnyCheck, path: string): PlanCheck {
  const ruleName = ruleNameOf(check);
  if (ruleName !== undefined) return { check: "rule", name: ruleName };
  const def = check._zod.def as unknown as Record<string, unknown> & { check: string };
  switch (def.check) {
    case "overwrite":
      if (isTrim(def["tx"] as (value: string) => string)) return { check: "trim" };
      return refused(path, "an overwrite other than .trim()");
    case "min_length":
      return { check: "min_length", minimum: def["minimum"] as number };
    case "max_length":
      return { check: "max_length", maximum: def["maximum"] as number };
    case "greater_than":
      return { check: "greater_than", value: def["value"] as number, inclusive: def["inclusive"] === true };
    case "less_than":
      return { check: "less_than", value: def["value"] as number, inclusive: def["inclusive"] === true };
    case "number_format":
      if (def["format"] === "safeint") return { check: "safe_integer" };
      return refused(path, `the number format ${String(def["format"])}`);
    case "string_format": {
      if (def["format"] === "url") {
        if (def["normalize"] === true) return refused(path, "a normalised URL");
        const protocol = def["protocol"] as RegExp | undefined;
        const hostname = def["hostname"] as RegExp | undefined;
        return {
          check: "url",
          ...(protocol ? { protocol: patternOf(protocol) } : {}),
          ...(hostname ? { hostname: patternOf(hostname) } : {}),
          requireSlashes: protocol?.source === ZOD_HTTP_PROTOCOL.source,
        };
      }
      // Every other format zod has that lac uses (regex, email, date) is a pattern test and nothing else.
      if (!["regex", "email", "date"].includes(def["format"] as string)) {
        return refused(path, `the string format ${String(def["format"])}`);
      }
      return { check: "pattern", pattern: patternOf(def["pattern"] as RegExp) };
    }
    case "custom": {
      const fn = def["fn"];
      const name = (Object.keys(COUNCIL_PREDICATES) as CouncilPredicateName[]).find(
        (key) => COUNCIL_PREDICATES[key] === fn,
      );
      if (name !== undefined) return { check: "predicate", name };
      return refused(path, "a refinement that is not in council-refinements.ts");
    }
    default:
      return refused(path, `the check ${def.check}`);
  }
}

function checksOf(schema: AnySchema, path: string): PlanCheck[] {
  const def = schema._zod.def as { checks?: AnyCheck[] };
  return (def.checks ?? []).map((check) => checkPlan(check, path));
}

/** The plan of a zod schema, or an error naming what it cannot express. */
export function planOf(schema: AnySchema, path = ""): PlanNode {
  const def = schema._zod.def as unknown as Record<string, unknown> & { type: string };
  switch (def.type) {
    case "object": {
      const catchall = def["catchall"] as AnySchema | undefined;
      if (catchall === undefined || (catchall._zod.def as { type: string }).type !== "never") {
        return refused(path, "an object that is not strict");
      }
      const shape = def["shape"] as Record<string, AnySchema>;
      return {
        type: "object",
        shape: Object.fromEntries(
          Object.entries(shape).map(([key, value]) => [key, planOf(value, path ? `${path}.${key}` : key)]),
        ),
        checks: checksOf(schema, path),
      };
    }
    case "array":
      return {
        type: "array",
        element: planOf(def["element"] as AnySchema, `${path}[]`),
        checks: checksOf(schema, path),
      };
    case "string":
      if (def["coerce"] === true) return refused(path, "a coerced string");
      // A string format used as the schema itself (z.email() rather than z.string().check(z.email())).
      if (typeof def["check"] === "string") return refused(path, "a string format as a schema");
      return { type: "string", checks: checksOf(schema, path) };
    case "number": {
      if (def["coerce"] === true) return refused(path, "a coerced number");
      // z.int() is a number schema that is itself the safe-integer check, run before the others.
      const own: PlanCheck[] =
        def["check"] === "number_format" ? [checkPlan(schema as unknown as AnyCheck, path)] : [];
      return { type: "number", checks: [...own, ...checksOf(schema, path)] };
    }
    case "boolean":
      if (def["coerce"] === true) return refused(path, "a coerced boolean");
      return { type: "boolean" };
    case "enum": {
      const values = Object.values(def["entries"] as Record<string, unknown>);
      if (!values.every((value) => typeof value === "string"))
        return refused(path, "an enum of non-text values");
      if (checksOf(schema, path).length > 0) return refused(path, "an enum with checks");
      return { type: "enum", values: values as string[] };
    }
    case "optional":
      if (checksOf(schema, path).length > 0) return refused(path, "an optional with checks");
      // zod fills in the inner default for a key given as undefined, but not for one left out.
      if ((def["innerType"] as AnySchema)._zod.optin === "defaulted") {
        return refused(path, "an optional around a default");
      }
      return { type: "optional", inner: planOf(def["innerType"] as AnySchema, path) };
    case "default": {
      if (checksOf(schema, path).length > 0) return refused(path, "a default with checks");
      // zod keeps a default made by a function behind the same getter: one that gives a different value
      // each time (a date, say) cannot be planned.
      const value = def["defaultValue"];
      if (JSON.stringify(value) !== JSON.stringify(def["defaultValue"]) || value === undefined) {
        return refused(path, "a default that changes");
      }
      return { type: "default", inner: planOf(def["innerType"] as AnySchema, path), value };
    }
    default:
      return refused(path, `a ${def.type} schema`);
  }
}
