// The bundled templates run their if, unless and each blocks through small functions of their own module
// instead of the Handlebars runtime's helper call (scripts/compile-options.mjs, inlineBlockHelpers): they must
// render exactly what the templates compiled as Handlebars writes them render, and fail with the same errors.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import type { CouncilConfig } from "@lac/council";
import { validateCouncilConfig } from "@lac/council";
import { renderPack, type TemplateSet } from "@lac/documents";
import fc from "fast-check";
import Handlebars from "handlebars";
import runtimeModule from "handlebars/runtime.js";
import { describe, expect, it } from "vitest";
import {
  blockHelperRuntime,
  compileOptions,
  inlineBlockHelpers,
  placeRuntime,
} from "../scripts/compile-options.mjs";
import { templateSet } from "../dist/index.js";
import { templateSources } from "../dist/sources.js";
import { EXAMPLES, example } from "./examples.js";

type Spec = TemplateSet["templates"][string];
const runtime = runtimeModule as unknown as typeof Handlebars & {
  VM: { template: unknown; wrapProgram: unknown };
};

/** Handlebars.precompile's JavaScript (its types say a specification; it is the code's text). */
function precompiled(source: string): string {
  return Handlebars.precompile(source, compileOptions) as unknown as string;
}

/** A spec's precompiled JavaScript, run as the module of dist/index.js runs it, with the block functions in scope. */
function evaluate(code: string): Spec {
  return new Function(`${placeRuntime()}\n${blockHelperRuntime()}\nreturn ${code};`)() as Spec;
}

/** The bundled set, each template and partial compiled again from its source: as written, or with the blocks inlined. */
function compiledSet(inline: boolean): TemplateSet {
  const pick = (folder: string, names: readonly string[]) =>
    Object.fromEntries(
      names.map((name) => {
        const code = precompiled(templateSources[`${folder}/${name}`]!);
        return [name, evaluate(inline ? inlineBlockHelpers(code) : code)];
      }),
    );
  return {
    ...templateSet,
    templates: pick("documents", Object.keys(templateSet.templates)),
    partials: pick("partials", Object.keys(templateSet.partials)),
  };
}

const sha = (text: string) => createHash("sha256").update(text).digest("hex").slice(0, 16);

describe("the Handlebars runtime the inlined blocks stand in for", () => {
  // The functions of blockHelperRuntime do what these do. If Handlebars changes any of them, read the
  // change, check that the functions still do the same (and correct them if not), then update the hashes.
  it.each([
    ["helpers.if", () => runtime.helpers.if, "08fc751fb354be05"],
    ["helpers.unless", () => runtime.helpers.unless, "b0101a2bb4210bb9"],
    ["helpers.each", () => runtime.helpers.each, "9f4d1e6cff79aab5"],
    ["VM.template (its container's program and fn)", () => runtime.VM.template, "6ba69bf5ad75619a"],
    ["VM.wrapProgram", () => runtime.VM.wrapProgram, "99b05edcfabe5bf9"],
    ["Utils.createFrame", () => runtime.Utils.createFrame, "17a47c14185738fa"],
    ["Utils.extend", () => runtime.Utils.extend, "e2d91473bee6c477"],
    ["Utils.isEmpty", () => runtime.Utils.isEmpty, "eea175abbbad1768"],
    ["Utils.blockParams", () => runtime.Utils.blockParams, "3abbce8e2a0de193"],
  ] as const)("%s is the code the inlined blocks were written from", (_, code, hash) => {
    expect(sha(String(code()))).toBe(hash);
  });

  it("is what the bundled templates run, with every if, unless and each block inlined", () => {
    const code = readFileSync(new URL("../dist/index.js", import.meta.url), "utf8");
    const body = code.slice(code.indexOf("export const templateSet"));
    expect(body).not.toMatch(/lookupProperty\(helpers,"(if|unless|each)"\)/);
    expect(body).toMatch(/BLOCK_IF\(container, /);
    expect(body).toMatch(/BLOCK_UNLESS\(container, /);
    expect(body).toMatch(/BLOCK_EACH\(container, /);
  });
});

describe("inlineBlockHelpers", () => {
  const run = (spec: Spec, context: unknown) => {
    const environment = runtime.create();
    environment.registerHelper("join", (items: string[], separator: string) => items.join(separator));
    environment.registerHelper("eq", (a: unknown, b: unknown) => a === b);
    const item = evaluate(
      inlineBlockHelpers(precompiled("{{#each places}}[{{@index}}{{.}}{{@root.tag}}]{{/each}}")),
    );
    environment.registerPartial("item", environment.template(item));
    try {
      return environment.template(spec)(context);
    } catch (error) {
      return `${(error as Error).name}: ${(error as Error).message} ${JSON.stringify(error)}`;
    }
  };
  const sources = [
    "{{#if a}}yes{{else}}no{{/if}}|{{#unless a}}not{{/unless}}|{{#unless a}}u{{else}}v{{/unless}}",
    "{{#if (eq a 0)}}zero{{/if}}{{#if a includeZero=true}}z{{/if}}{{#if a}}{{b.c}}{{/if}}",
    "{{#each items}}{{@index}}/{{@key}}/{{@first}}/{{@last}}:{{name}}({{../tag}}){{#if @last}}!{{/if}}\n{{else}}none{{/each}}",
    "{{#each items}}{{#each places}}{{@../index}}.{{@index}}={{.}}{{@root.tag}} {{/each}}{{> item}}{{/each}}",
    '{{#each items}}{{#with this}}{{name}}{{/with}}{{#if places}}{{join places ", "}}{{/if}}{{/each}}{{missing.value}}',
    "{{#each items as |item i|}}{{i}}{{item.name}}{{/each}}",
  ];
  const contexts: unknown[] = [
    {
      a: true,
      b: { c: 1 },
      tag: "T",
      items: [
        { name: "A", places: ["x", "y"] },
        { name: "B", places: [] },
      ],
    },
    { a: 0, b: {}, tag: "", items: [] },
    { a: [], tag: "T", items: { first: { name: "F", places: ["p"] }, second: { name: "S", places: [] } } },
    {
      a: () => "called",
      tag: "T",
      // A list with a hole: no item at index 0.
      // eslint-disable-next-line no-sparse-arrays
      items: [, { name: "hole before", places: ["q"] }],
      missing: { value: "m" },
    },
    { a: "", items: new Set([{ name: "in a set", places: [] }]), tag: 1 },
    { a: null, items: () => [{ name: "from a function", places: ["r"] }], tag: 2 },
    { a: { includeZero: false }, items: "text", tag: 3 },
    { items: [{ places: ["z"] }] },
  ];

  it.each(sources)("gives code that renders and fails as the code it came from: %s", (source) => {
    const code = precompiled(source);
    const inlined = inlineBlockHelpers(code);
    const plain = evaluate(code);
    const fast = evaluate(inlined);
    for (const context of contexts) expect(run(fast, context)).toBe(run(plain, context));
  });

  it("inlines the usual blocks and leaves the others (a hash, block parameters) as they are", () => {
    const counts: Record<string, number> = {};
    inlineBlockHelpers(precompiled(sources[0]!), counts);
    inlineBlockHelpers(precompiled(sources[1]!), counts);
    expect(counts).toEqual({ if: 3, unless: 2, "if (left)": 1 });
    const withBlockParams = precompiled(sources[5]!);
    expect(inlineBlockHelpers(withBlockParams)).toBe(withBlockParams);
  });
});

/** A council made from an example, changed in ways that change which blocks of the templates run. */
const councilArbitrary = fc
  .record({
    base: fc.constantFrom(...EXAMPLES),
    partnersFrom: fc.subarray([...EXAMPLES], { minLength: 1 }),
    partnerCount: fc.nat({ max: 14 }),
    neighbourhoodCount: fc.integer({ min: 1, max: 12 }),
    perWave: fc.integer({ min: 1, max: 5 }),
    multiParty: fc.boolean(),
    welsh: fc.boolean(),
    layout: fc.constantFrom("separate", "welsh-first", "side-by-side"),
    documents: fc.dictionary(
      fc.constantFrom("dpia", "privacyNotice", "easyReadPrivacyNotice", "agreementForm"),
      fc.boolean(),
    ),
  })
  .map((choice): unknown => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a configuration changed field by field
    const config = structuredClone(example(choice.base)) as unknown as Record<string, any>;
    const partners = choice.partnersFrom.flatMap((name) => example(name).partners);
    config.partners = partners.slice(0, choice.partnerCount).map((partner, index) => ({
      ...partner,
      organisation: `${partner.organisation} ${index + 1}`,
    }));
    config.neighbourhoods = Array.from({ length: choice.neighbourhoodCount }, (_, index) => ({
      ...config.neighbourhoods[index % config.neighbourhoods.length],
      name: `Neighbourhood ${index + 1}`,
    }));
    config.programme.waves = { ...config.programme.waves, neighbourhoodsPerWave: choice.perWave };
    config.dataProtection.sharingAgreement = choice.multiParty ? "multi-party" : "per-partner";
    config.documents = { ...config.documents, ...choice.documents };
    if (config.council.nation === "wales") {
      config.output = {
        ...config.output,
        languages: choice.welsh ? ["en", "cy"] : ["en"],
        bilingualLayout: choice.layout,
      };
    }
    return config;
  });

describe("the bundled templates, with their blocks inlined", () => {
  const asWritten = compiledSet(false);
  const inlined = compiledSet(true);

  it.each(EXAMPLES)("render the pack of %s exactly as the templates compiled as written do", (name) => {
    const config = example(name);
    const fast = renderPack(config, inlined);
    expect(fast.ok).toBe(true);
    expect(fast).toStrictEqual(renderPack(config, asWritten));
    expect(renderPack(config, templateSet)).toStrictEqual(fast);
  });

  it("render generated councils exactly as the templates compiled as written do", () => {
    let rendered = 0;
    fc.assert(
      fc.property(councilArbitrary, (candidate) => {
        const checked = validateCouncilConfig(candidate);
        if (!checked.ok) return;
        const config: CouncilConfig = checked.config;
        const fast = renderPack(config, templateSet);
        expect(fast).toStrictEqual(renderPack(config, asWritten));
        if (fast.ok) rendered += 1;
      }),
      { numRuns: 40 },
    );
    expect(rendered).toBeGreaterThan(20);
  });

  it.each([
    ["partners", 0, "kind"],
    ["neighbourhoods", 0, "population"],
    ["partners", 1, "organisation"],
  ] as const)("fail with the same errors, at the same places, without %s[%s].%s", (list, index, key) => {
    const broken = structuredClone(example("brackenford")) as unknown as Record<
      string,
      Record<string, unknown>[]
    >;
    delete broken[list]![index]![key];
    const fast = renderPack(broken as unknown as CouncilConfig, templateSet);
    expect(fast.ok).toBe(false);
    expect(fast).toStrictEqual(renderPack(broken as unknown as CouncilConfig, asWritten));
  });
});
