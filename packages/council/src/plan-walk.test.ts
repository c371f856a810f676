import { isDeepStrictEqual } from "node:util";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type * as z from "zod";
import type { ConfigPath } from "./config-problem.js";
import { councilConfigSchema } from "./council-config-schema.js";
import { planAt, planChoices, planDefault, planValueType } from "./plan-walk.js";
import { choicesOf, objectShape, schemaAt, schemaDefault, valueTypeOf } from "./schema-walk.js";

type AnySchema = z.core.$ZodType;

/** Every path of the configuration schema (a list's items at position 0), the root included. */
function schemaPaths(schema: AnySchema, prefix: ConfigPath = []): ConfigPath[] {
  const paths: ConfigPath[] = [prefix];
  const shape = objectShape(schema);
  if (shape !== undefined) {
    for (const [key, inner] of Object.entries(shape)) paths.push(...schemaPaths(inner, [...prefix, key]));
  }
  const element = schemaAt(schema, [0]);
  if (element !== undefined) paths.push(...schemaPaths(element, [...prefix, 0]));
  return paths;
}

/** What a question model reads at a path: the same from the plan as from the zod schema. */
function lookups(path: ConfigPath) {
  const schema = schemaAt(councilConfigSchema, path);
  const plan = planAt(path);
  return {
    fromSchema: {
      found: schema !== undefined,
      default: schemaDefault(schema),
      choices: choicesOf(schema),
      type: valueTypeOf(schema),
    },
    fromPlan: {
      found: plan !== undefined,
      default: planDefault(plan),
      choices: planChoices(plan),
      type: planValueType(plan),
    },
  };
}

const PATHS = schemaPaths(councilConfigSchema);

describe("the plan's defaults, choices and kinds of value", () => {
  it("are the schema's for every field", () => {
    expect(PATHS.length).toBeGreaterThan(50);
    for (const path of PATHS) {
      const { fromSchema, fromPlan } = lookups(path);
      expect(fromPlan, path.join(".")).toEqual(fromSchema);
    }
  });

  it("are the schema's for any path, inside or outside the configuration", () => {
    const segment = fc.oneof(
      fc.constantFrom(...new Set(PATHS.flatMap((path) => path.filter((part) => typeof part === "string")))),
      fc.string({ maxLength: 6 }),
      fc.nat({ max: 3 }),
      fc.constantFrom("__proto__", "constructor", "toString", "hasOwnProperty"),
    );
    const knownPrefix = fc.constantFrom(...PATHS);
    fc.assert(
      fc.property(knownPrefix, fc.array(segment, { maxLength: 3 }), (prefix, rest) => {
        const { fromSchema, fromPlan } = lookups([...prefix, ...rest]);
        return isDeepStrictEqual(fromPlan, fromSchema);
      }),
      { numRuns: 2000 },
    );
  });

  it("gives a default of its own each time, as zod does", () => {
    const path = PATHS.find((candidate) => Array.isArray(planDefault(planAt(candidate))));
    expect(path).toBeDefined();
    const first = planDefault(planAt(path!));
    expect(planDefault(planAt(path!))).not.toBe(first);
    expect(planDefault(planAt(path!))).toEqual(first);
  });
});
