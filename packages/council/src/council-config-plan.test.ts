import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import * as z from "zod";
import { describe, expect, it } from "vitest";
import { planOf } from "./council-config-plan.js";
import { COUNCIL_PLAN } from "./council-config-plan.generated.js";
import { councilConfigSchema } from "./council-config-schema.js";
import { ruleCheck } from "./named-rules.js";

const GENERATED = fileURLToPath(new URL("./council-config-plan.generated.ts", import.meta.url));

/**
 * The plan as TypeScript: every part that occurs more than once (the same checks of a name, say) is
 * written once, as a constant the plan refers to wherever it occurs, so that lac builds it once when
 * it starts. The plan is only read, never changed, so its parts can be shared.
 */
function planSource(plan: unknown): { readonly shared: string; readonly root: string } {
  const counts = new Map<string, number>();
  const count = (value: unknown): void => {
    if (value === null || typeof value !== "object") return;
    const key = JSON.stringify(value);
    counts.set(key, (counts.get(key) ?? 0) + 1);
    for (const item of Object.values(value)) count(item);
  };
  count(plan);
  const names = new Map<string, string>();
  const constants: string[] = [];
  const indent = (text: string, by: string) => text.replace(/\n/g, `\n${by}`);
  const write = (value: unknown, isRoot: boolean): string => {
    if (value === null || typeof value !== "object") return JSON.stringify(value);
    const key = JSON.stringify(value);
    const known = names.get(key);
    if (known !== undefined) return known;
    const parts = Array.isArray(value)
      ? value.map((item) => write(item, false))
      : Object.entries(value).map(([name, item]) => `${JSON.stringify(name)}: ${write(item, false)}`);
    const text =
      parts.length === 0
        ? Array.isArray(value)
          ? "[]"
          : "{}"
        : Array.isArray(value)
          ? `[\n  ${parts.map((part) => indent(part, "  ")).join(",\n  ")},\n]`
          : `{\n  ${parts.map((part) => indent(part, "  ")).join(",\n  ")},\n}`;
    if (isRoot || (counts.get(key) ?? 0) < 2) return text;
    const name = `P${names.size}`;
    names.set(key, name);
    constants.push(`const ${name} = ${text} as const;\n`);
    return name;
  };
  const root = write(plan, true);
  return { shared: constants.join(""), root };
}

/** The text of council-config-plan.generated.ts for a plan. */
function generatedText(plan: unknown): string {
  const { shared, root } = planSource(plan);
  return `// Generated from the zod schema by \`pnpm --filter @lac/council generate:plan\`: do not edit.
// The plan the quick validator (quick-validate.ts) follows; council-config-plan.test.ts fails when
// it differs from the schema's. A part that occurs more than once is a constant of its own (P0, P1,
// …), made once and shared: the plan is only read.
import type { PlanNode } from "./council-config-plan.js";

${shared}
export const COUNCIL_PLAN: PlanNode = ${root};
`;
}

describe("the quick validator's plan", () => {
  it("is the plan of the configuration schema as it is now (regenerate it with pnpm --filter @lac/council generate:plan)", () => {
    const plan = planOf(councilConfigSchema);
    if (process.env["LAC_WRITE_PLAN"] === "1" && readFileSync(GENERATED, "utf8") !== generatedText(plan)) {
      writeFileSync(GENERATED, generatedText(plan));
      return;
    }
    expect(COUNCIL_PLAN).toStrictEqual(JSON.parse(JSON.stringify(plan)));
  });

  it("refuses what it cannot express exactly, rather than guess", () => {
    expect(() => planOf(z.object({ a: z.string() }))).toThrow(/not strict/);
    expect(() => planOf(z.strictObject({ a: z.string().transform((s) => s.length) }))).toThrow(/pipe/);
    expect(() => planOf(z.string().toLowerCase())).toThrow(/overwrite other than/);
    expect(() => planOf(z.string().refine((s) => s !== "x"))).toThrow(/refinement that is not in/);
    expect(() => planOf(z.string().superRefine(() => undefined))).toThrow(/refinement that is not in/);
    expect(() => planOf(z.number().multipleOf(2))).toThrow(/multiple_of/);
    expect(() => planOf(z.string().check(z.uuid()))).toThrow(/string format uuid/);
    let count = 0;
    expect(() => planOf(z.string().default(() => String((count += 1))))).toThrow(/default that changes/);
    expect(() => planOf(z.string().default("x").optional())).toThrow(/optional around a default/);
    expect(() => planOf(z.union([z.string(), z.number()]))).toThrow(/union/);
  });

  it("names the refinements of council-refinements.ts", () => {
    expect(planOf(z.string().check(ruleCheck("templatesFolder")))).toStrictEqual({
      type: "string",
      checks: [{ check: "rule", name: "templatesFolder" }],
    });
  });

  it("keeps zod's patterns, so a pattern changed in the schema changes the plan", () => {
    const text = JSON.stringify(COUNCIL_PLAN);
    expect(text).toContain(JSON.stringify(String(/^Z[A-Z0-9][0-9]{6}$/.source)));
    expect(readFileSync(GENERATED, "utf8")).toContain("do not edit");
  });
});
