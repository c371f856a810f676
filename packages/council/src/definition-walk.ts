// Walking a zod schema by its definitions (`_zod.def`), without zod itself: the parts of
// schema-walk.ts that need no zod at run time, for @lac/council/quick (a question model can look up a
// field's default and choices in a schema it was given without loading zod).
import type * as z from "zod";
import type { ConfigPath } from "./config-problem.js";

type AnySchema = z.core.$ZodType;

const WRAPPERS = new Set(["optional", "default", "prefault", "nullable", "readonly", "catch", "nonoptional"]);

/** The schema, then each schema inside its optional/default/… wrappers. */
export function* layersOf(schema: AnySchema | undefined): Generator<AnySchema> {
  let current = schema;
  while (current !== undefined) {
    yield current;
    const def = current._zod.def as { type: string; innerType?: AnySchema };
    current = WRAPPERS.has(def.type) ? def.innerType : undefined;
  }
}

/** The schema inside optional/default/… wrappers. */
function unwrap(schema: AnySchema): AnySchema {
  let innermost = schema;
  for (const layer of layersOf(schema)) innermost = layer;
  return innermost;
}

/** The keys and their schemas when the schema is an object. */
export function objectShape(schema: AnySchema): Readonly<Record<string, AnySchema>> | undefined {
  const def = unwrap(schema)._zod.def as { type: string; shape?: Record<string, AnySchema> };
  return def.type === "object" ? def.shape : undefined;
}

function arrayElement(schema: AnySchema): AnySchema | undefined {
  const def = unwrap(schema)._zod.def as { type: string; element?: AnySchema };
  return def.type === "array" ? def.element : undefined;
}

/** The schema of the value at a path, or `undefined` when the path leaves the schema. */
export function schemaAt(root: AnySchema, path: ConfigPath): AnySchema | undefined {
  let current: AnySchema | undefined = root;
  for (const segment of path) {
    if (current === undefined) return undefined;
    if (typeof segment === "number") {
      current = arrayElement(current);
    } else {
      const shape = objectShape(current);
      current = shape !== undefined && Object.hasOwn(shape, segment) ? shape[segment] : undefined;
    }
  }
  return current;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * A copy of the value with the keys of every object in the schema's order, and `undefined` values left out.
 * Keys the schema does not know are kept, after the known ones.
 */
export function orderLikeSchema(schema: AnySchema, value: unknown): unknown {
  const shape = objectShape(schema);
  if (shape !== undefined && isPlainObject(value)) {
    const ordered: Record<string, unknown> = {};
    const known = Object.keys(shape);
    for (const key of [...known, ...Object.keys(value).filter((key) => !known.includes(key))]) {
      const item = value[key];
      if (item === undefined) continue;
      const itemSchema = shape[key];
      ordered[key] = itemSchema === undefined ? item : orderLikeSchema(itemSchema, item);
    }
    return ordered;
  }
  const element = arrayElement(schema);
  if (element !== undefined && Array.isArray(value))
    return value.map((item: unknown) => orderLikeSchema(element, item));
  return value;
}

/** The choices of an enum field, or of the items of a list of enums (e.g. `output.languages`). */
export function choicesOf(schema: AnySchema | undefined): readonly string[] | undefined {
  if (schema === undefined) return undefined;
  const inner = arrayElement(schema) ?? schema;
  const def = unwrap(inner)._zod.def as { type: string; entries?: Record<string, string | number> };
  return def.type === "enum" && def.entries ? Object.values(def.entries).map(String) : undefined;
}

/** The default the schema gives a field (`.default(…)`), if any. */
export function schemaDefault(schema: AnySchema | undefined): unknown {
  for (const layer of layersOf(schema)) {
    const def = layer._zod.def as { type: string; defaultValue?: unknown };
    if (def.type === "default" || def.type === "prefault") {
      return typeof def.defaultValue === "function"
        ? (def.defaultValue as () => unknown)()
        : def.defaultValue;
    }
  }
  return undefined;
}

/**
 * What kind of value a field holds, looking through optional/default wrappers: "string", "number",
 * "boolean", "enum", "array", "object", or another zod type name. For question models that read typed text.
 */
export function valueTypeOf(schema: AnySchema | undefined): string | undefined {
  if (schema === undefined) return undefined;
  return (unwrap(schema)._zod.def as { type: string }).type;
}
