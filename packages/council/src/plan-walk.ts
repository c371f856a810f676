// Looking up a field of the council configuration in the quick validator's plan (generated from the
// zod schema, council-config-plan.generated.ts): its default, its choices and the kind of value it
// holds, as definition-walk.ts finds them in the zod schema, but without zod (for a question model that
// must start fast, such as the lac CLI's). plan-walk.test.ts checks that both agree on every field.
import type { ConfigPath } from "./config-problem.js";
import type { PlanNode } from "./council-config-plan.js";
import { COUNCIL_PLAN } from "./council-config-plan.generated.js";

export type { PlanNode };

/** The next plan inside an optional/default wrapper, or `undefined` when `node` is not one. */
function innerOf(node: PlanNode): PlanNode | undefined {
  return node.type === "optional" || node.type === "default" ? node.inner : undefined;
}

// The walks below use plain loops, not a generator and `for...of`: the lac CLI runs with V8's
// optimising compilers off, where each step of a generator allocates a result object (and `for...of`
// an iterator), and the question model looks up a plan for each field of each neighbourhood and partner.

/** The plan inside optional/default wrappers. */
function unwrap(node: PlanNode): PlanNode {
  let innermost = node;
  let next = innerOf(node);
  while (next !== undefined) {
    innermost = next;
    next = innerOf(next);
  }
  return innermost;
}

function arrayElement(node: PlanNode): PlanNode | undefined {
  const inner = unwrap(node);
  return inner.type === "array" ? inner.element : undefined;
}

/**
 * The plan of the value at a path of the council configuration (or below `root`), or `undefined` when
 * the path leaves the configuration: what `schemaAt(councilConfigSchema, path)` finds, as a plan.
 */
export function planAt(path: ConfigPath, root: PlanNode = COUNCIL_PLAN): PlanNode | undefined {
  let current: PlanNode | undefined = root;
  for (let index = 0; index < path.length; index += 1) {
    const segment = path[index] as ConfigPath[number];
    if (current === undefined) return undefined;
    if (typeof segment === "number") {
      current = arrayElement(current);
    } else {
      const inner: PlanNode = unwrap(current);
      current =
        inner.type === "object" && Object.hasOwn(inner.shape, segment) ? inner.shape[segment] : undefined;
    }
  }
  return current;
}

/** A copy of a default, as zod gives one (a list or an object is copied, one level deep). */
function copied(value: unknown): unknown {
  if (Array.isArray(value)) return [...(value as unknown[])];
  if (typeof value === "object" && value !== null) return { ...(value as Record<string, unknown>) };
  return value;
}

/** The default of a field (`.default(…)` in the schema), if any: what `schemaDefault` gives. */
export function planDefault(node: PlanNode | undefined): unknown {
  let layer = node;
  while (layer !== undefined) {
    if (layer.type === "default") return copied(layer.value);
    layer = innerOf(layer);
  }
  return undefined;
}

/** The choices of an enum field, or of the items of a list of enums: what `choicesOf` gives. */
export function planChoices(node: PlanNode | undefined): readonly string[] | undefined {
  if (node === undefined) return undefined;
  const inner = unwrap(arrayElement(node) ?? node);
  return inner.type === "enum" ? inner.values.map(String) : undefined;
}

/**
 * What kind of value a field holds, looking through optional/default wrappers: "string", "number",
 * "boolean", "enum", "array" or "object", as `valueTypeOf` gives it.
 */
export function planValueType(node: PlanNode | undefined): string | undefined {
  return node === undefined ? undefined : unwrap(node).type;
}
