// The bundled templates look values up through small functions of their own module (scripts/compile-options.mjs,
// leanPrecompile and lookupRuntime) instead of the Handlebars runtime's lookupProperty, strict and lambda: they
// must render exactly what the templates compiled as Handlebars writes them render, and fail with the same errors.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import fc from "fast-check";
import Handlebars from "handlebars";
import runtimeModule from "handlebars/runtime.js";
import { describe, expect, it } from "vitest";
import type { TemplateSet } from "@lac/documents";
import {
  blockHelperRuntime,
  compileOptions,
  inlineBlockHelpers,
  leanPrecompile,
  lookupRuntime,
  placeRuntime,
} from "../scripts/compile-options.mjs";

type Spec = TemplateSet["templates"][string];
const runtime = runtimeModule as unknown as typeof Handlebars & { VM: { template: unknown } };
const compiler = Handlebars as unknown as { JavaScriptCompiler: { prototype: Record<string, unknown> } };

const sha = (text: string) => createHash("sha256").update(text).digest("hex").slice(0, 16);

/** A spec's precompiled JavaScript, run as the module of dist/index.js runs it, with its functions in scope. */
function evaluate(code: string): Spec {
  return new Function(
    `${placeRuntime()}\n${blockHelperRuntime()}\n${lookupRuntime()}\nreturn ${code};`,
  )() as Spec;
}

describe("the Handlebars code the lean lookups stand in for", () => {
  // LOOKUP, STRICT and VALUE do what the runtime's container.lookupProperty, strict and lambda do
  // (VM.template), and the lean compiler writes what strictLookup and resolvePossibleLambda write, with
  // those functions. If Handlebars changes any of these, read the change, check that the lean compiler and
  // its functions still do the same (and correct them if not), then update the hashes.
  it.each([
    [
      "VM.template (its container's lookupProperty, strict and lambda)",
      () => runtime.VM.template,
      "6ba69bf5ad75619a",
    ],
    [
      "JavaScriptCompiler.nameLookup",
      () => compiler.JavaScriptCompiler.prototype.nameLookup,
      "b775e95f21b456c6",
    ],
    [
      "JavaScriptCompiler.resolvePath",
      () => compiler.JavaScriptCompiler.prototype.resolvePath,
      "a32dbc13c4295d5e",
    ],
    [
      "JavaScriptCompiler.resolvePossibleLambda",
      () => compiler.JavaScriptCompiler.prototype.resolvePossibleLambda,
      "918b9512030359cc",
    ],
    [
      "JavaScriptCompiler.invokePartial (the partial call PARTIAL_CONTEXT's call is written from)",
      () => compiler.JavaScriptCompiler.prototype.invokePartial,
      "22b3f303d4c27f54",
    ],
    [
      "JavaScriptCompiler.setupParams",
      () => compiler.JavaScriptCompiler.prototype.setupParams,
      "66a559416d9c3a04",
    ],
    [
      "Utils.extend (which PARTIAL_CONTEXT does for a partial's hash arguments)",
      () => runtime.Utils.extend,
      "e2d91473bee6c477",
    ],
    [
      "JavaScriptCompiler.internalNameLookup",
      () => compiler.JavaScriptCompiler.prototype.internalNameLookup,
      "61a17426b5f647e1",
    ],
  ] as const)("%s is the code the lean lookups were written from", (_, code, hash) => {
    expect(sha(String(code()))).toBe(hash);
  });

  it("is what the bundled templates run, with no lookup left to the runtime's functions", () => {
    const code = readFileSync(new URL("../dist/index.js", import.meta.url), "utf8");
    const body = code.slice(code.indexOf("export const templateSet"));
    expect(body).toMatch(/VALUE\(container, LOOKUP\(container, depth0, "/);
    expect(body).toMatch(/helpers\["join"\]\.call\(/);
    expect(body).not.toMatch(/lookupProperty\(|container\.strict|alias\d = container\.lambda/);
    // Partials with hash arguments are given their context made (PARTIAL_CONTEXT), with no hash to copy.
    expect(body).toMatch(/container\.invokePartial\(partials\["[a-z/-]+"\],PARTIAL_CONTEXT\(/);
    const partialCalls = body.match(/"helpers":helpers,"partials":partials/g) ?? [];
    const withoutHash =
      body.match(/\{"name":"[a-z/-]+","data":data,"helpers":helpers,"partials":partials/g) ?? [];
    expect(withoutHash.length).toBe(partialCalls.length);
  });
});

describe("leanPrecompile", () => {
  const plain = (source: string) => Handlebars.precompile(source, compileOptions) as unknown as string;
  const run = (spec: Spec, context: unknown) => {
    const environment = runtime.create();
    environment.registerHelper("join", (items: string[], separator: string) => items.join(separator));
    environment.registerHelper("eq", (a: unknown, b: unknown) => a === b);
    environment.registerPartial(
      "item",
      environment.template(evaluate(leanPrecompile("<{{name}}|{{../tag}}>"))),
    );
    environment.registerPartial("card", environment.template(evaluate(leanPrecompile("<{{name}}:{{tag}}>"))));
    try {
      return environment.template(spec)(context);
    } catch (error) {
      return `${(error as Error).name}: ${(error as Error).message} ${JSON.stringify(error)}`;
    }
  };
  const sources = [
    "{{a}}|{{b.c}}|{{b.c.d}}|{{#if a}}{{a}}{{/if}}",
    '{{name}}{{#each items}}[{{@index}}:{{name}}/{{../tag}}{{#if places}}{{join places ", "}}{{/if}}]{{/each}}',
    "{{#with b}}{{c}}{{/with}}{{#each items}}{{> item}}{{/each}}{{length}}",
    "{{b.length}}|{{items.length}}|{{#if (eq a 1)}}one{{/if}}",
    "{{constructor}}|{{b.constructor}}|{{toString}}|{{b.__proto__}}|{{b.hasOwnProperty}}",
    "{{@root.tag}}|{{#each items}}{{@key}}{{@root.tag}}{{this}}{{/each}}",
    "{{lambda}}|{{b.lambda}}|{{#each items}}{{lambda}}{{/each}}",
    "{{inherited}}|{{b.inherited}}|{{b.size}}",
    "{{missing.value}}",
    '{{> card name="hashed" tag=a}}',
    "{{> card tag=name}}",
    "{{#each items}}{{> card tag=../tag}}{{/each}}",
    "{{> card}}|{{> card name=b tag=a}}",
  ];
  const proto = { inherited: "from the prototype", lambda: () => "inherited lambda" };
  const contexts: unknown[] = [
    {
      a: 1,
      b: { c: { d: "D" }, length: 3 },
      name: "N",
      tag: "T",
      items: [{ name: "x", places: ["p", "q"] }, { name: "y" }],
    },
    { a: 0, b: { c: null }, name: "", tag: "", items: [], length: 0 },
    { a: "text", b: "a string", name: 1, tag: null, items: "text" },
    {
      a: () => "a lambda",
      b: {
        c: () => "c lambda",
        lambda() {
          return this === undefined ? "?" : "this set";
        },
      },
      lambda: () => "L",
      items: [{ name: "z", lambda: () => "item lambda" }],
      name: "n",
      tag: "t",
    },
    Object.assign(Object.create(proto), {
      a: true,
      b: Object.create(proto),
      name: "proto",
      tag: "P",
      items: [Object.create(proto)],
    }),
    { a: null, b: new Map([["c", 1]]), name: undefined, tag: 0, items: [null, undefined, 0] },
    { a: [], b: [], items: { one: { name: "1" }, two: { name: "2" } }, name: "obj", tag: "O" },
    { a: 1 },
    { b: { c: { d: undefined } }, a: undefined, name: null, tag: false, items: [{}] },
    [],
    "a string context",
  ];

  it.each(sources)("gives code that renders and fails as Handlebars' code does: %s", (source) => {
    const written = evaluate(inlineBlockHelpers(plain(source)));
    const lean = evaluate(inlineBlockHelpers(leanPrecompile(source)));
    for (const context of contexts) expect(run(lean, context)).toBe(run(written, context));
  });

  it("writes its own lookups only for names no object inherits", () => {
    const code = leanPrecompile('{{a.b}}{{constructor}}{{x.toString}}{{#if c}}{{join d ", "}}{{/if}}');
    expect(code).toMatch(/VALUE\(container, LOOKUP\(container, depth0, "a"\), "b", /);
    expect(code).toMatch(/alias\d\(depth0, "constructor", \{/);
    expect(code).toMatch(/alias\d\(LOOKUP\(container, depth0, "x"\), "toString", \{/);
    expect(code).toMatch(/helpers\["join"\]\.call\(/);
  });
});

describe("PARTIAL_CONTEXT", () => {
  const partialContext = new Function(`${lookupRuntime()}\nreturn PARTIAL_CONTEXT;`)() as (
    context: unknown,
    hash: Record<string, unknown>,
  ) => object;
  const extend = (context: unknown, hash: object) => runtime.Utils.extend({}, context, hash) as object;
  /**
   * The object as far as a template can tell: its prototype, and its own properties named by strings, in order,
   * with their values. (A property named by a symbol, which spreading copies and extend does not, is one no
   * template can name, look up or list.)
   */
  const seen = (object: object) => ({
    prototype: Object.getPrototypeOf(object) as unknown,
    entries: Object.getOwnPropertyNames(object).map((key) => [
      key,
      Object.getOwnPropertyDescriptor(object, key),
    ]),
  });
  // Hash arguments as the compiler writes them: an object literal of names (never __proto__, which it leaves out).
  const hash = fc.dictionary(
    fc.string().filter((key) => key !== "__proto__"),
    fc.anything(),
  );
  const context = fc.oneof(
    fc.anything(),
    fc.dictionary(fc.string(), fc.anything()),
    fc.array(fc.anything()),
    // JSON.parse makes an own property of __proto__, which extend assigns (setting the prototype).
    fc.jsonValue().map((value) => JSON.parse(`{"__proto__": ${JSON.stringify(value)}, "a": 1}`) as unknown),
    fc.constant(Object.assign(Object.create({ inherited: 1 }), { own: 2 })),
    fc.constant(Object.defineProperty({ shown: 1 }, "hidden", { value: 2, enumerable: false })),
    fc.constant({ [Symbol("s")]: 1, 2: "two", b: "b", 1: "one" }),
  );

  it("makes the context that the runtime's Utils.extend({}, context, hash) makes", () => {
    fc.assert(
      fc.property(context, hash, (value, args) => {
        expect(seen(partialContext(value, args))).toEqual(seen(extend(value, args)));
      }),
    );
  });

  it("reads a getter of the context once, as extend does, and keeps its value", () => {
    let reads = 0;
    const withGetter = {
      get content() {
        reads += 1;
        return "text";
      },
    };
    expect(seen(partialContext(withGetter, { a: 1 }))).toEqual(seen(extend({ content: "text" }, { a: 1 })));
    expect(reads).toBe(1);
  });
});
