import Handlebars from "handlebars";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createHandlebarsEnvironment } from "./handlebars-runtime.js";
import { templateHelpers } from "./helpers.js";
import { preparedOnce } from "./render-pack.js";
import type { TemplateSpecification } from "./handlebars-runtime.js";

const options = { strict: true, noEscape: true };
// Handlebars.precompile returns source text; the runtime needs the object it describes.
const spec = (source: string) =>
  new Function(
    `return ${Handlebars.precompile(source, options) as unknown as string}`,
  )() as TemplateSpecification;

// Helpers (the pack's own and `lookup`, the one built-in helper that reads options.lookupProperty),
// partials, block helpers, @root, @index and a helper missing from the environment.
const document = spec(
  [
    "# {{title}} ({{number count}})",
    "{{> header}}",
    '{{#each partners}}- {{@index}} {{organisation}} for {{@root.title}}: {{lookup ../kinds kind}}{{#if shares}} ({{join shares ", " " and "}}){{/if}}',
    "{{/each}}",
    "{{#with lead}}Lead: {{contact this}}{{/with}}",
    "{{#unless partners}}No partners.{{/unless}}",
    "{{#if missing}}{{unknownHelper 1}}{{/if}}",
  ].join("\n"),
);
const header = spec("Partners: {{partners.length}}; {{#each kinds}}{{@key}}={{this}} {{/each}}\n");

function environment() {
  const handlebars = createHandlebarsEnvironment();
  handlebars.registerHelper(templateHelpers);
  handlebars.registerPartial("header", handlebars.template(header));
  return handlebars;
}

const partner = fc.record({
  organisation: fc.string({ maxLength: 12 }),
  kind: fc.constantFrom("health", "police", "voluntary", "constructor", "__proto__", "toString"),
  shares: fc.array(fc.string({ maxLength: 8 }), { maxLength: 3 }),
});
const context = fc.record({
  title: fc.string({ maxLength: 12 }),
  count: fc.integer({ min: 0, max: 10_000_000 }),
  partners: fc.array(partner, { maxLength: 4 }),
  kinds: fc.constant({ health: "NHS", police: "Police", voluntary: "Charity" }),
  lead: fc.record({ role: fc.string({ maxLength: 8 }), email: fc.constant("lead@council.example") }),
  missing: fc.boolean(),
});

/** Each result, or the message of what it threw. */
function outcome(render: () => string): string {
  try {
    return render();
  } catch (error) {
    return `threw ${(error as Error).message}`;
  }
}

describe("preparedOnce", () => {
  it("finds the runtime's _setup, which it replaces (else the pack is rendered as before, only slower)", () => {
    const template = environment().template(document) as unknown as { _setup?: unknown };
    expect(typeof template._setup).toBe("function");
    const before = template._setup;
    preparedOnce(template);
    expect(template._setup).not.toBe(before);
  });

  it("renders a template called again and again as a template prepared for each call does", () => {
    fc.assert(
      fc.property(fc.array(context, { minLength: 1, maxLength: 6 }), (contexts) => {
        const handlebars = environment();
        const once = preparedOnce(handlebars.template(document));
        const fresh = contexts.map((value) => outcome(() => handlebars.template(document)(value)));
        expect(contexts.map((value) => outcome(() => once(value)))).toEqual(fresh);
      }),
      { numRuns: 200 },
    );
  });

  it("prepares again after a call with options, so that the next call without options sees none of them", () => {
    const handlebars = environment();
    const once = preparedOnce(handlebars.template(spec("{{#if missing}}{{extra}}{{/if}}{{title}}")));
    expect(once({ title: "a", missing: false })).toBe("a");
    const extra = () => "EXTRA";
    expect(once({ title: "b", missing: true }, { helpers: { extra } })).toBe("EXTRAb");
    expect(outcome(() => once({ title: "c", missing: true }))).toMatch(/^threw /);
    expect(once({ title: "d", missing: false })).toBe("d");
  });

  it("leaves a template without _setup as it is", () => {
    const template = () => "text";
    expect(preparedOnce(template)).toBe(template);
    expect(template()).toBe("text");
  });
});
