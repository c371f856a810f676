// The bundled templates are precompiled with each place in their sources written as one number
// (scripts/compile-options.mjs, numberPlaces), which the functions of the precompiled module make into the
// place again only when an error names it: they must render exactly what the templates compiled as
// Handlebars writes them render, and fail with the same errors.
import { readFileSync } from "node:fs";
import type { CouncilConfig } from "@lac/council";
import { renderPack, type TemplateSet } from "@lac/documents";
import fc from "fast-check";
import Handlebars from "handlebars";
import { describe, expect, it } from "vitest";
import {
  PLACE_FIELDS,
  blockHelperRuntime,
  compileOptions,
  inlineBlockHelpers,
  leanPrecompile,
  lookupRuntime,
  numberPlaces,
  placeNumber,
  placeRuntime,
  type SourcePlace,
} from "../scripts/compile-options.mjs";
import { templateSet } from "../dist/index.js";
import { templateSources } from "../dist/sources.js";
import { EXAMPLES, example } from "./examples.js";

type Spec = TemplateSet["templates"][string];
const compiler = Handlebars as unknown as {
  Compiler: new () => { compile(ast: unknown, options: object): unknown };
  JavaScriptCompiler: new () => {
    compile(environment: unknown, options: object, context: undefined, asObject: true): Spec;
  };
};

/** A template compiled as Handlebars writes it, with a place literal in each call (`data` as precompile sets it). */
function compiledAsWritten(source: string): Spec {
  const options = { ...compileOptions, data: true };
  const environment = new compiler.Compiler().compile(Handlebars.parse(source), options);
  return new compiler.JavaScriptCompiler().compile(environment, options, undefined, true);
}

/** The bundled set, each template and partial compiled again from its source as Handlebars writes it. */
function setAsWritten(): TemplateSet {
  const pick = (folder: string, names: readonly string[]) =>
    Object.fromEntries(names.map((name) => [name, compiledAsWritten(templateSources[`${folder}/${name}`]!)]));
  return {
    ...templateSet,
    templates: pick("documents", Object.keys(templateSet.templates)),
    partials: pick("partials", Object.keys(templateSet.partials)),
  };
}

/** A spec's precompiled JavaScript, run as the module of dist/index.js runs it, with its functions in scope. */
function evaluate(code: string): Spec {
  return new Function(
    `${placeRuntime()}\n${blockHelperRuntime()}\n${lookupRuntime()}\nreturn ${code};`,
  )() as Spec;
}

/** The place that placeRuntime's PLACE makes of a number (or of anything else). */
function placeOf(number: unknown): unknown {
  return new Function(`${placeRuntime()}\nreturn PLACE;`)()(number);
}

/** A large council (60 partners, 40 neighbourhoods), so that every loop runs many times. */
function largeCouncil(): CouncilConfig {
  const config = example("brackenford");
  const partners = Array.from({ length: 60 }, (_, index) => ({
    ...config.partners[index % config.partners.length]!,
    organisation: `Partner Organisation ${index + 1}`,
  }));
  const neighbourhoods = Array.from({ length: 40 }, (_, index) => ({
    ...config.neighbourhoods[index % config.neighbourhoods.length]!,
    name: `Neighbourhood ${index + 1}`,
  }));
  return { ...config, partners, neighbourhoods };
}

describe("the bundled templates, with their source places written as numbers", () => {
  const asWritten = setAsWritten();
  const councils: [string, CouncilConfig][] = [
    ...EXAMPLES.map((name) => [name, example(name)] as [string, CouncilConfig]),
    ["a large council", largeCouncil()],
  ];

  it.each(councils)("render the pack of %s exactly as the templates compiled as written do", (_, config) => {
    const bundled = renderPack(config, templateSet);
    const written = renderPack(config, asWritten);
    expect(bundled.ok).toBe(true);
    expect(written.ok || written.errors).toBe(true);
    expect(bundled).toStrictEqual(written);
  });

  it.each([
    ["council", "shortName"],
    ["programme", "sponsor"],
    ["programme", "communityCatalystsSupport"],
    ["dataProtection", "dataProtectionOfficer"],
  ] as const)("fail with the same errors, at the same places, without %s.%s", (section, key) => {
    const broken = structuredClone(example("brackenford")) as unknown as Record<
      string,
      Record<string, unknown>
    >;
    delete broken[section]![key];
    const bundled = renderPack(broken as unknown as CouncilConfig, templateSet);
    const written = renderPack(broken as unknown as CouncilConfig, asWritten);
    expect(bundled.ok || bundled.errors[0]).toMatchObject({
      code: "missing-value",
      line: expect.any(Number),
    });
    expect(bundled).toStrictEqual(written);
  });

  it.each(["index.js", "parts/en.js", "parts/england.js", "parts/wales.js", "parts/cy.js"])(
    "keep no place literal and no table of places in dist/%s",
    (file) => {
      const code = readFileSync(new URL(`../dist/${file}`, import.meta.url), "utf8");
      expect(code).not.toMatch(/"start":\{"line"/);
      expect(code).not.toMatch(/\bLOC\b/);
      expect(code).toMatch(/VALUE\(container, [^;]*, \d{6,}, depth0\)/);
    },
  );
});

const place = fc
  .record({
    line: fc.integer({ min: 1, max: 2 ** PLACE_FIELDS.line - 1 - 2 ** PLACE_FIELDS.lines }),
    column: fc.nat(2 ** PLACE_FIELDS.column - 1),
    lines: fc.nat(2 ** PLACE_FIELDS.lines - 1),
    columns: fc.nat(2 ** PLACE_FIELDS.endColumn - 1),
  })
  .map(({ line, column, lines, columns }): SourcePlace => ({
    start: { line, column },
    end: { line: line + lines, column: lines === 0 ? column + columns : columns },
  }));

describe("placeNumber and PLACE", () => {
  it("make every place a number and the number the same place again, frozen all the way down", () => {
    fc.assert(
      fc.property(place, (each) => {
        const number = placeNumber(each);
        expect(Number.isSafeInteger(number)).toBe(true);
        expect(placeNumber(JSON.stringify(each))).toBe(number);
        const again = placeOf(number) as SourcePlace;
        expect(again).toStrictEqual(each);
        expect(Object.isFrozen(again) && Object.isFrozen(again.start) && Object.isFrozen(again.end)).toBe(
          true,
        );
      }),
    );
  });

  it("give different places different numbers", () => {
    fc.assert(
      fc.property(place, place, (one, other) => {
        fc.pre(JSON.stringify(one) !== JSON.stringify(other));
        expect(placeNumber(one)).not.toBe(placeNumber(other));
      }),
    );
  });

  it("refuse a place beyond what a number holds, and PLACE leaves anything but a number as it is", () => {
    const far = {
      start: { line: 2 ** PLACE_FIELDS.line, column: 0 },
      end: { line: 2 ** PLACE_FIELDS.line, column: 1 },
    };
    expect(() => placeNumber(far)).toThrow(/beyond what lac writes as a number/);
    const wide = {
      start: { line: 1, column: 2 ** PLACE_FIELDS.column },
      end: { line: 1, column: 2 ** PLACE_FIELDS.column },
    };
    expect(() => placeNumber(wide)).toThrow(/beyond/);
    const backwards = { start: { line: 3, column: 0 }, end: { line: 2, column: 0 } };
    expect(() => placeNumber(backwards)).toThrow(/beyond/);
    const object = { start: { line: 1, column: 0 }, end: { line: 1, column: 4 } };
    expect(placeOf(object)).toBe(object);
    expect(placeOf(undefined)).toBeUndefined();
  });
});

describe("numberPlaces", () => {
  const source = '{{#each items}}{{name}}: {{join places ", "}}\n{{/each}}{{missing.value}}';

  it("writes every place of the lean compiler's code as its number", () => {
    const code = inlineBlockHelpers(leanPrecompile(source));
    const places =
      code.match(/\{"start":\{"line":\d+,"column":\d+\},"end":\{"line":\d+,"column":\d+\}\}/g) ?? [];
    expect(places.length).toBeGreaterThan(2);
    let numbered = code;
    for (const each of places) numbered = numbered.replace(each, String(placeNumber(each)));
    expect(numberPlaces(code)).toBe(numbered);
    expect(numberPlaces(code)).not.toMatch(/"start":/);
  });

  it("gives code that renders and fails as the code Handlebars writes", () => {
    const numbered = evaluate(numberPlaces(inlineBlockHelpers(leanPrecompile(source))));
    const plain = new Function(
      `return ${Handlebars.precompile(source, compileOptions) as unknown as string};`,
    )() as Spec;
    const run = (spec: Spec, context: unknown) => {
      const environment = Handlebars.create();
      environment.registerHelper("join", (items: string[], separator: string) => items.join(separator));
      try {
        return environment.template(spec)(context);
      } catch (error) {
        return `${(error as Error).name}: ${(error as Error).message} ${JSON.stringify(error)}`;
      }
    };
    const items = [
      { name: "A", places: ["x", "y"] },
      { name: "B", places: [] },
    ];
    for (const context of [
      { items, missing: { value: "ok" } },
      { items },
      { items: [{ name: "C" }] },
      { items: { one: { name: "D", places: ["z"] } }, missing: { value: "ok" } },
    ]) {
      expect(run(numbered, context)).toBe(run(plain, context));
    }
    expect(run(numbered, { items })).toMatch(/"value" not defined .* - 2:\d+/);
  });

  it("refuses code that hands a place to the runtime's own lookup, which would not know the number", () => {
    const written = Handlebars.precompile("{{a.b}}", compileOptions) as unknown as string;
    expect(written).toMatch(/container\.strict\(/);
    expect(() => numberPlaces(written)).toThrow(/container\.strict/);
  });

  it("leaves code without places as it is", () => {
    expect(numberPlaces('return "{\\"start\\":{}}";')).toBe('return "{\\"start\\":{}}";');
  });
});
