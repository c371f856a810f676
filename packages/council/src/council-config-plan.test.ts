import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import * as z from "zod";
import { describe, expect, it } from "vitest";
import { planOf } from "./council-config-plan.js";
import { COUNCIL_PLAN } from "./council-config-plan.generated.js";
import { councilConfigSchema } from "./council-config-schema.js";
import { ruleCheck } from "./named-rules.js";

const GENERATED = fileURLToPath(new URL("./council-config-plan.generated.ts", import.meta.url));

/** The text of council-config-plan.generated.ts for a plan. */
function generatedText(plan: unknown): string {
  return `// Generated from the zod schema by \`pnpm --filter @lac/council generate:plan\`: do not edit.
// The plan the quick validator (quick-validate.ts) follows; council-config-plan.test.ts fails when
// it differs from the schema's.
import type { PlanNode } from "./council-config-plan.js";

export const COUNCIL_PLAN: PlanNode = ${JSON.stringify(plan, null, 2)};
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
