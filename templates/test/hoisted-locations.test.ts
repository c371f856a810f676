// The bundled templates are precompiled with the places in their sources taken out into one table
// (scripts/compile-options.mjs, hoistLocations): they must render exactly what the templates compiled
// as Handlebars writes them render, and fail with the same errors.
import { readFileSync } from "node:fs";
import type { CouncilConfig } from "@lac/council";
import { renderPack, type TemplateSet } from "@lac/documents";
import fc from "fast-check";
import Handlebars from "handlebars";
import { describe, expect, it } from "vitest";
import { compileOptions, hoistLocations, locationTable } from "../scripts/compile-options.mjs";
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

/** The bundled set, each template and partial compiled again from its source without the table. */
function setAsWritten(): TemplateSet {
  const pick = (folder: string, names: readonly string[]) =>
    Object.fromEntries(names.map((name) => [name, compiledAsWritten(templateSources[`${folder}/${name}`]!)]));
  return {
    ...templateSet,
    templates: pick("documents", Object.keys(templateSet.templates)),
    partials: pick("partials", Object.keys(templateSet.partials)),
  };
}

/** A spec's precompiled JavaScript, run as the module of dist/index.js runs it, with `LOC` in scope. */
function evaluate(code: string, table?: Map<string, number>): Spec {
  const declarations = table === undefined ? "" : locationTable(table, "LOC");
  return new Function(`${declarations}\nreturn ${code};`)() as Spec;
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

describe("the bundled templates, with their source places in one table", () => {
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

  it("keep no place literal in the precompiled code", () => {
    const code = readFileSync(new URL("../dist/index.js", import.meta.url), "utf8");
    const body = code.slice(code.indexOf("export const templateSet"));
    expect(body).not.toMatch(/"start":\{"line"/);
    expect(code).not.toMatch(/"start":\{"line"/);
    expect(code).toMatch(/^const LOC = \[\];$/m);
  });
});

/** Handlebars.precompile's JavaScript (its types say a specification; it is the code's text). */
function precompiled(source: string): string {
  return Handlebars.precompile(source, compileOptions) as unknown as string;
}

describe("hoistLocations", () => {
  const source = '{{#each items}}{{name}}: {{join places ", "}}\n{{/each}}{{missing.value}}';

  it("shares one place between the calls that have the same, in a table it extends", () => {
    const table = new Map<string, number>();
    const first = hoistLocations(precompiled(source), table, "LOC");
    const size = table.size;
    expect(size).toBeGreaterThan(2);
    expect(first).not.toMatch(/"start":/);
    const again = hoistLocations(precompiled(source), table, "LOC");
    expect(again).toBe(first);
    expect(table.size).toBe(size);
  });

  it("gives code that renders and fails as the code it came from", () => {
    const table = new Map<string, number>();
    const code = precompiled(source);
    const hoisted = evaluate(hoistLocations(code, table, "LOC"), table);
    const plain = evaluate(code);
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
    for (const context of [{ items, missing: { value: "ok" } }, { items }, { items: [{ name: "C" }] }]) {
      expect(run(hoisted, context)).toBe(run(plain, context));
    }
    expect(run(hoisted, { items })).toMatch(/"value" not defined .* - 2:\d+/);
  });

  it("declares each place of the table as the object it was, frozen all the way down, in the table's order", () => {
    const place = fc
      .record({ line: fc.nat(5000), column: fc.nat(3000), lines: fc.nat(40), columns: fc.nat(3000) })
      .map(({ line, column, lines, columns }) => ({
        start: { line: line + 1, column },
        end: { line: line + 1 + lines, column: lines === 0 ? column + columns : columns },
      }));
    fc.assert(
      fc.property(fc.uniqueArray(place, { selector: (p) => JSON.stringify(p) }), (places) => {
        const table = new Map(places.map((p, index) => [JSON.stringify(p), index]));
        const declared = new Function(`${locationTable(table, "LOC")}\nreturn LOC;`)() as typeof places;
        expect(declared).toStrictEqual(places);
        for (const each of declared) {
          expect(Object.isFrozen(each) && Object.isFrozen(each.start) && Object.isFrozen(each.end)).toBe(
            true,
          );
        }
      }),
    );
  });

  it("leaves code without places as it is", () => {
    const table = new Map<string, number>();
    expect(hoistLocations('return "{\\"start\\":{}}";', table, "LOC")).toBe('return "{\\"start\\":{}}";');
    expect(table.size).toBe(0);
  });
});
