import { describe, expect, it } from "vitest";
import { exampleConfig } from "../test/example-config.js";
import { renderPack } from "./render-pack.js";
import { applyTemplateOverrides } from "./template-overrides.js";
import type { TemplateOverrideSource } from "./template-overrides.js";
import type { TemplateSet } from "./template-set.js";
import { precompiledTemplate } from "../test/precompiled-template.js";

const spec = (source: string) => precompiledTemplate(source, { knownHelpersOnly: true });

const bundled: TemplateSet = {
  name: "test-templates",
  version: "1.0.0",
  manifest: {
    documents: [
      { id: "plan", title: "Plan", purpose: "The plan.", template: "plan", output: "plan.md" },
      { id: "notes", title: "Notes", purpose: "Notes.", template: "notes", output: "notes.md" },
    ],
    phases: [{ id: "start", name: "Start", startMonth: 0, months: 2, summary: "Begin." }],
  },
  templates: {
    plan: spec("# Plan for {{council.name}}\n\n{{> footer}}\n"),
    notes: spec("Notes of {{council.shortName}}\n"),
  },
  partials: { footer: spec("Draft for review.") },
};

const source = (name: string, text: string): TemplateOverrideSource => ({
  name,
  file: `templates/${name}.hbs`,
  source: text,
});

function renderWith(sources: TemplateOverrideSource[], manifest?: unknown) {
  const applied = applyTemplateOverrides(bundled, {
    sources,
    ...(manifest === undefined ? {} : { manifest: { file: "templates/manifest.yaml", documents: manifest } }),
  });
  if (!applied.ok) return applied;
  return renderPack(exampleConfig("brackenford"), applied.templateSet);
}

describe("applyTemplateOverrides", () => {
  it("renders a document and a partial of the council's own, and names what it overrides", () => {
    const applied = applyTemplateOverrides(bundled, {
      sources: [
        source("documents/plan", "# Our plan for {{council.shortName}}\n\n{{> footer}}\n"),
        source("partials/footer", "Ours, to review."),
      ],
    });
    expect(applied.ok && applied.overridden).toEqual(["documents/plan", "partials/footer"]);
    const rendered = applied.ok ? renderPack(exampleConfig("brackenford"), applied.templateSet) : applied;
    expect(rendered.ok).toBe(true);
    if (!rendered.ok) return;
    const plan = rendered.documents.find((doc) => doc.path === "plan.md")?.content;
    expect(plan).toMatch(/^# Our plan for Brackenford\n\nOurs, to review\.\n?$/);
    // The other document is untouched, and uses the council's partial only where it names it.
    expect(rendered.documents.find((doc) => doc.path === "notes.md")?.content).toMatch(/^Notes of /);
  });

  it("adds documents from the folder's manifest, which must not clash with the bundled ones", () => {
    const added = [
      { id: "charter", title: "Charter", purpose: "Ours.", template: "charter", output: "local/charter.md" },
    ];
    const rendered = renderWith([source("documents/charter", "Charter of {{council.name}}\n")], added);
    expect(rendered.ok && rendered.documents.map((doc) => doc.path)).toEqual([
      "plan.md",
      "notes.md",
      "local/charter.md",
    ]);

    const clash = renderWith(
      [source("documents/charter", "x")],
      [
        { ...added[0], output: "plan.md" },
        { ...added[0], id: "notes", output: "b.md" },
      ],
    );
    expect(clash.ok).toBe(false);
    const messages = clash.ok ? [] : clash.errors.map((error) => error.message);
    expect(messages).toContainEqual(
      expect.stringMatching(/documents\.0\.output: "plan\.md" is where the document "plan" is written/),
    );
    expect(messages).toContainEqual(expect.stringMatching(/documents\.1\.id: "notes" is already a document/));

    const outside = renderWith(
      [source("documents/charter", "x")],
      [{ ...added[0], output: "../charter.md" }],
    );
    expect(outside.ok || outside.errors[0]?.field).toBe("documents.0.output");
    const noTemplate = renderWith([], added);
    expect(noTemplate.ok || noTemplate.errors[0]?.message).toMatch(/no documents\/charter\.hbs/);
  });

  it("says where a template does not compile", () => {
    const result = renderWith([source("documents/plan", "# Plan\n\n{{#if council.name}}\nno end\n")]);
    expect(result.ok || result.errors[0]).toMatchObject({ code: "template-syntax", line: 5 });
    expect(result.ok || result.errors[0]?.message).toMatch(/^templates\/documents\/plan\.hbs:5:1: /);
  });

  it("refuses a helper that is not bundled, with its place and a suggestion", () => {
    const result = renderWith([source("documents/plan", "# Plan\n\n  {{dates programme.startDate}}\n")]);
    expect(result.ok || result.errors[0]).toMatchObject({
      code: "missing-helper",
      line: 3,
      column: 3,
      field: "dates",
    });
    expect(result.ok || result.errors[0]?.message).toMatch(
      /plan\.hbs:3:3: there is no helper "dates"\. Did you mean "date"\?/,
    );
    // log is built into Handlebars, but would write to the console.
    expect(renderWith([source("documents/plan", '{{log "x"}}')]).ok).toBe(false);
  });

  it("refuses a partial that does not exist, unless defined inline", () => {
    const result = renderWith([source("partials/footer", "x\n{{> foter}}")]);
    expect(result.ok || result.errors[0]).toMatchObject({ code: "missing-partial", line: 2, column: 1 });
    expect(result.ok || result.errors[0]?.message).toMatch(/Did you mean "footer"\?/);
    expect(renderWith([source("documents/plan", '{{#*inline "mine"}}x{{/inline}}{{> mine}}')]).ok).toBe(true);
  });

  it("names the council's file, line and column of data the context lacks, in a document or a partial", () => {
    const inDocument = renderWith([source("documents/plan", "# Plan\n\n{{council.mayor}}\n")]);
    expect(inDocument.ok || inDocument.errors[0]).toMatchObject({
      code: "missing-value",
      template: "templates/documents/plan.hbs",
      line: 3,
      column: 3,
    });
    const inPartial = renderWith([source("partials/footer", "Footer\n  {{nothing}}")]);
    expect(inPartial.ok || inPartial.errors[0]?.message).toMatch(
      /^templates\/partials\/footer\.hbs:2:5: "nothing" is not in the pack's data/,
    );
  });

  it("refuses a document template that neither overrides nor is added, with a suggestion", () => {
    const result = renderWith([source("documents/plann", "x")]);
    expect(result.ok || result.errors[0]).toMatchObject({ code: "unknown-template" });
    expect(result.ok || result.errors[0]?.message).toMatch(/did you mean documents\/plan\.hbs\?/);
  });

  it("refuses a source whose name is not under documents/ or partials/, instead of leaving it out unsaid", () => {
    for (const name of ["plan", "templates/plan"]) {
      const result = applyTemplateOverrides(bundled, { sources: [source(name, "# Ours")] });
      expect(result.ok || result.errors[0]).toMatchObject({
        code: "unknown-template",
        template: `templates/${name}.hbs`,
      });
      expect(result.ok || result.errors[0]?.message).toContain('"documents/" or "partials/"');
    }
  });
});
