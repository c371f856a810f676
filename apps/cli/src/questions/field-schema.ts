import type { z } from "zod";
import type { ConfigPath } from "./config-path.js";

type AnySchema = z.core.$ZodType;

interface Def {
  readonly type: string;
  readonly shape?: Record<string, AnySchema>;
  readonly element?: AnySchema;
  readonly innerType?: AnySchema;
  readonly in?: AnySchema;
  readonly entries?: Record<string, string | number>;
  readonly defaultValue?: unknown;
}

const defOf = (schema: AnySchema): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

const WRAPPERS = new Set(["optional", "default", "prefault", "nullable", "readonly", "catch", "nonoptional"]);

/** Removes optional/default/… wrappers to reach the schema that checks the value itself. */
export function unwrapSchema(schema: AnySchema): AnySchema {
  let current = schema;
  for (;;) {
    const def = defOf(current);
    if (WRAPPERS.has(def.type) && def.innerType) current = def.innerType;
    else if (def.type === "pipe" && def.in) current = def.in;
    else return current;
  }
}

/**
 * The schema of the field at `path` inside `root` (list positions may be numbers or are skipped),
 * or undefined when the path is not in the schema.
 */
export function schemaAt(root: AnySchema, path: ConfigPath): AnySchema | undefined {
  let current: AnySchema = root;
  for (const key of path) {
    const def = defOf(unwrapSchema(current));
    if (typeof key === "number") {
      if (def.type !== "array" || !def.element) return undefined;
      current = def.element;
    } else if (def.type === "object" && def.shape && Object.hasOwn(def.shape, key)) {
      current = def.shape[key]!;
    } else if (def.type === "array" && def.element) {
      const element = defOf(unwrapSchema(def.element));
      if (element.type !== "object" || !element.shape || !Object.hasOwn(element.shape, key)) return undefined;
      current = element.shape[key]!;
    } else {
      return undefined;
    }
  }
  return current;
}

/** The choices of an enum field (or of the items of a list of enums). */
export function choicesOf(schema: AnySchema): readonly string[] | undefined {
  let def = defOf(unwrapSchema(schema));
  if (def.type === "array" && def.element) def = defOf(unwrapSchema(def.element));
  return def.type === "enum" && def.entries ? Object.values(def.entries).map(String) : undefined;
}

/** The default the schema itself gives the field, if any. */
export function schemaDefault(schema: AnySchema): unknown {
  let current = schema;
  for (;;) {
    const def = defOf(current);
    if (def.type === "default" || def.type === "prefault") {
      const value = def.defaultValue;
      return typeof value === "function" ? (value as () => unknown)() : value;
    }
    if (WRAPPERS.has(def.type) && def.innerType) current = def.innerType;
    else return undefined;
  }
}

/** The field's description, from the schema's metadata, for help text. */
export function descriptionOf(schema: AnySchema): string | undefined {
  const meta = (schema as unknown as { meta?: () => { description?: string } | undefined }).meta?.();
  return meta?.description;
}
