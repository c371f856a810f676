import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { CouncilConfig } from "@lac/council";
import { exampleConfig } from "../test/example-config.js";
import { dataItemsFor } from "./data-items.js";
import { caldicottBinds, legalGroundsFor } from "./lawful-basis-for-partner.js";
import { escapeMarkdownText, unescapeMarkdownText } from "./markdown-text.js";
// The main entry gives render-pack.ts zod's schema of a manifest, to check a set not checked when built.
import "./manifest.js";
import { isSafeOutputPath } from "./output-path.js";
import { buildPackContext } from "./pack-context.js";
import { describePackDataResult } from "./pack-data.js";
import { schedulePhases } from "./programme-phases.js";
import { renderPack } from "./render-pack.js";
import type { TemplateSet } from "./template-set.js";
import { precompiledTemplate } from "../test/precompiled-template.js";

// Every public entry point of @lac/documents, given garbage: renderPack answers with a problem (a
// value, as every expected failure of a domain package is); the helpers throw a deliberate TypeError
// that names themselves, never an internal "Cannot read properties of undefined".

const spec = (source: string) => precompiledTemplate(source);

const templateSet: TemplateSet = {
  name: "test-templates",
  version: "1.0.0",
  manifest: {
    documents: [
      { id: "plan", title: "Plan", purpose: "The plan.", template: "plan", output: "plan.md" },
      {
        id: "agreement",
        title: "Agreement",
        purpose: "One per partner.",
        template: "agreement",
        output: "agreements/{slug}.md",
        each: { items: "partners", as: "partner", slugFrom: "organisation" },
      },
    ],
    phases: [{ id: "start", name: "Start", startMonth: 0, months: 2, summary: "Begin." }],
  },
  templates: {
    plan: spec("# {{council.name}}\n\n{{#each neighbourhoods}}- {{name}}\n{{/each}}"),
    agreement: spec("# {{partner.organisation}}"),
  },
  partials: {},
};

const brackenford = exampleConfig("brackenford");
const anyValue = fc.anything({ withBigInt: true, withMap: true, withSet: true, withTypedArray: true });
/**
 * Any value, but a number only within the ranges the schema allows for counts: refusing a huge count is
 * the schema's job (renderPack's contract is a validated configuration), and the size of a render
 * follows the counts it is given.
 */
const anyValueButHugeCounts = anyValue.filter(
  (value) => typeof value !== "number" || Math.abs(value) <= 1000,
);

/** The example configuration with the value at one place (found by walking the keys) replaced. */
function withValueAt(config: unknown, steps: readonly number[], value: unknown): unknown {
  if (steps.length === 0 || config === null || typeof config !== "object") return value;
  const keys = Object.keys(config);
  if (keys.length === 0) return value;
  const key = keys[(steps[0] ?? 0) % keys.length] as string;
  const copy: Record<string, unknown> = Array.isArray(config) ? ([...config] as never) : { ...config };
  copy[key] = withValueAt((config as Record<string, unknown>)[key], steps.slice(1), value);
  return copy;
}

describe("renderPack on garbage", () => {
  it("answers a configuration or template set that is not an object with a problem naming it", () => {
    for (const config of [null, undefined, 42, "text", []]) {
      const result = renderPack(config as unknown as CouncilConfig, templateSet);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.errors[0]?.code).toBe("invalid-config");
        expect(result.errors[0]?.message).toMatch(
          /renderPack: config must be a configuration from parseCouncilConfig/,
        );
      }
    }
    for (const set of [null, 42, { manifest: templateSet.manifest }]) {
      const result = renderPack(brackenford, set as unknown as TemplateSet);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.errors[0]?.code).toBe("invalid-template-set");
    }
  });

  it("answers a number of neighbourhoods a wave that is not a whole number from 1 with a problem, never an endless loop", () => {
    for (const neighbourhoodsPerWave of [0, -1, Number.NaN, 0.5]) {
      const config = {
        ...brackenford,
        programme: {
          ...brackenford.programme,
          waves: { ...brackenford.programme.waves, neighbourhoodsPerWave },
        },
      };
      const result = renderPack(config, templateSet);
      expect(result.ok).toBe(false);
      if (!result.ok)
        expect(result.errors[0]?.message).toMatch(/neighbourhoodsPerWave must be a whole number/);
    }
  });

  it("answers a configuration that was never validated with a problem saying to validate it first", () => {
    const result = renderPack({} as CouncilConfig, templateSet);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors[0]?.code).toBe("invalid-config");
      expect(result.errors[0]?.message).toMatch(/check it with one of them first/);
    }
  });

  it("never throws, whatever value is put anywhere in a valid configuration", () => {
    expect(renderPack(brackenford, templateSet).ok).toBe(true);
    fc.assert(
      fc.property(fc.array(fc.nat(), { maxLength: 5 }), anyValueButHugeCounts, (steps, value) => {
        const result = renderPack(withValueAt(brackenford, steps, value) as CouncilConfig, templateSet);
        expect(typeof result.ok).toBe("boolean");
      }),
      { numRuns: 300 },
    );
  });
});

describe("describePackDataResult on garbage", () => {
  it("never throws, whatever value is put anywhere in a valid configuration or given as an argument", () => {
    expect(describePackDataResult(brackenford, templateSet).ok).toBe(true);
    fc.assert(
      fc.property(fc.array(fc.nat(), { maxLength: 5 }), anyValueButHugeCounts, (steps, value) => {
        const config = withValueAt(brackenford, steps, value) as CouncilConfig;
        expect(typeof describePackDataResult(config, templateSet).ok).toBe("boolean");
        expect(describePackDataResult(brackenford, value as TemplateSet).ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});

describe("the helpers on garbage", () => {
  it("throw a deliberate TypeError that names the function and what it needs", () => {
    expect(() => buildPackContext(null as unknown as CouncilConfig, [])).toThrow(
      /^buildPackContext \(config\) needs an object, not null\.$/,
    );
    expect(() => buildPackContext(brackenford, "phases" as never)).toThrow(
      /buildPackContext \(phases\) needs a list/,
    );
    expect(() => schedulePhases(20260401 as unknown as string, [])).toThrow(
      /schedulePhases \(startDate\) needs text/,
    );
    expect(() => escapeMarkdownText(null as unknown as string)).toThrow(/escapeMarkdownText needs text/);
    expect(() => unescapeMarkdownText(7 as unknown as string)).toThrow(/unescapeMarkdownText needs text/);
    expect(() => dataItemsFor("health" as never, "shares", null as never)).toThrow(
      /dataItemsFor \(options\) needs an object/,
    );
    expect(() => legalGroundsFor(null as never, { direction: "shares", anonymised: false })).toThrow(
      /legalGroundsFor \(party\) needs an object/,
    );
    expect(() => caldicottBinds(undefined as never)).toThrow(/caldicottBinds \(party\) needs an object/);
  });

  it("call a path that is not text unsafe", () => {
    for (const path of [null, undefined, 1, ["a"], { length: 3 }]) {
      expect(isSafeOutputPath(path as unknown as string)).toBe(false);
    }
  });
});
