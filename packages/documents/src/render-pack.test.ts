import Handlebars from "handlebars";
import { describe, expect, it } from "vitest";
import { exampleConfig } from "../test/example-config.js";
import { templateHelperNames } from "./helpers.js";
import { manifestSchema, type Manifest, type ManifestInput } from "./manifest.js";
import { renderPack } from "./render-pack.js";
import type { TemplateSet } from "./template-set.js";

const options = {
  strict: true,
  noEscape: true,
  knownHelpers: Object.fromEntries(templateHelperNames.map((name) => [name, true])),
};

const compile = (source: string) =>
  Handlebars.precompile(source, options) as unknown as TemplateSet["templates"][string];
// Handlebars.precompile returns source text; the runtime needs the object it describes.
const spec = (source: string) =>
  new Function(`return ${compile(source) as unknown as string}`)() as TemplateSet["templates"][string];

const phases = [{ id: "start", name: "Start", startMonth: 0, months: 2, summary: "Begin." }];

function set(
  documents: ManifestInput["documents"],
  templates: Record<string, string>,
  partials: Record<string, string> = {},
): TemplateSet {
  return {
    name: "test-templates",
    version: "1.2.3",
    manifest: { documents, phases },
    templates: Object.fromEntries(Object.entries(templates).map(([name, source]) => [name, spec(source)])),
    partials: Object.fromEntries(Object.entries(partials).map(([name, source]) => [name, spec(source)])),
  };
}

const doc = (id: string, extra: Partial<ManifestInput["documents"][number]> = {}) => ({
  id,
  title: `Title of ${id}`,
  purpose: `Purpose of ${id}.`,
  template: id,
  output: `${id}.md`,
  ...extra,
});

const england = exampleConfig("brackenford");
const wales = exampleConfig("cwm-teg");

describe("renderPack", () => {
  it("renders each document in memory with the configuration's values, as Markdown text (not HTML-escaped)", () => {
    const result = renderPack(
      { ...england, council: { ...england.council, shortName: "Smith & <Jones>" } },
      set([doc("plan")], { plan: "# {{council.shortName}} from {{date programme.startDate}}" }),
    );
    expect(result).toMatchObject({ ok: true, templateSet: { name: "test-templates", version: "1.2.3" } });
    if (!result.ok) return;
    expect(result.documents).toEqual([
      {
        path: "plan.md",
        content: "# Smith & \\<Jones\\> from 1 April 2026",
        documentId: "plan",
        title: "Title of plan",
        purpose: "Purpose of plan.",
        language: "en",
      },
    ]);
  });

  it("gives each document's text as UTF-8 bytes when asked, the same text read from them", () => {
    const templates = set([doc("plan"), doc("notes")], {
      plan: "# {{council.shortName}} – ss.1–2 😀",
      notes: "{{#each neighbourhoods}}- {{name}}\n{{/each}}",
    });
    const strings = renderPack(england, templates);
    const bytes = renderPack(england, templates, { utf8: true });
    if (!strings.ok || !bytes.ok) throw new Error("expected a pack");
    expect(strings.documents.every((document) => document.utf8 === undefined)).toBe(true);
    const encoder = new TextEncoder();
    expect(bytes.documents.map((document) => document.utf8)).toStrictEqual(
      strings.documents.map(({ content }) => ({ bytes: encoder.encode(content), length: content.length })),
    );
    expect(bytes.documents.map((document) => document.content)).toStrictEqual(
      strings.documents.map((document) => document.content),
    );
    // The same keys as a document rendered as a string, in the same order, with utf8 last.
    expect(Object.keys(bytes.documents[0]!)).toStrictEqual([...Object.keys(strings.documents[0]!), "utf8"]);
    expect(renderPack(england, templates, { utf8: false })).toStrictEqual(strings);
  });

  it("refuses options that are not { utf8: true | false }, as a value", () => {
    const templates = set([doc("plan")], { plan: "x" });
    for (const options of [null, "utf8", { utf8: "yes" }, [true]]) {
      const result = renderPack(england, templates, options as never);
      expect(result).toMatchObject({ ok: false, errors: [{ code: "invalid-options" }] });
      if (!result.ok) expect(result.errors[0]!.message).toContain("{ utf8: true }");
    }
  });

  it("refuses an option it does not take, such as a misspelt utf8, instead of ignoring it", () => {
    const templates = set([doc("plan")], { plan: "x" });
    const result = renderPack(england, templates, { utf8: true, utf: true } as never);
    expect(result).toMatchObject({ ok: false, errors: [{ code: "invalid-options" }] });
    if (!result.ok) expect(result.errors[0]!.message).toContain('"utf"');
  });

  it("returns the phases with their dates, for the timeline chart of other formats", () => {
    const result = renderPack(england, set([doc("plan")], { plan: "# Plan" }));
    expect(result.ok && result.phases).toMatchObject([
      { ...phases[0], start: "2026-04-01", end: "2026-05-31" },
    ]);
  });

  it("renders a repeated document once per item, at a slug path", () => {
    const result = renderPack(
      england,
      set(
        [
          doc("dsa", {
            output: "dsa/{slug}.md",
            each: { items: "partners", as: "partner", slugFrom: "organisation" },
          }),
        ],
        {
          dsa: "{{partner.organisation}} ({{partner.sectorLabel}})",
        },
      ),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.documents).toHaveLength(england.partners.length);
    expect(result.documents[0]).toMatchObject({
      path: "dsa/brackenford-borough-council-adult-social-care.md",
      content: "Brackenford Borough Council Adult Social Care (Council service)",
    });
  });

  it("names files of long partner names readably, and tells apart names shortened alike", () => {
    const start = "Brackenford and District Council for Voluntary Service Community Wellbeing";
    const partners = england.partners.slice(0, 3);
    const config = {
      ...england,
      partners: [
        { ...partners[0]!, organisation: `${start} Partnership` },
        { ...partners[1]!, organisation: `${start} Partnership (North)` },
        {
          ...partners[2]!,
          organisation: "Brackenford and District Council for Voluntary Service Ltd and Friends",
        },
      ],
    };
    const result = renderPack(
      config,
      set(
        [
          doc("dsa", {
            output: "dsa/{slug}.md",
            each: { items: "partners", as: "partner", slugFrom: "organisation" },
          }),
        ],
        { dsa: "{{partner.slug}}" },
      ),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const paths = result.documents.map((document) => document.path);
    expect(paths[0]).toMatch(/^dsa\/brackenford-and-district-council-for-voluntary-[0-9a-f]{8}\.md$/);
    expect(paths[1]).toMatch(/^dsa\/brackenford-and-district-council-for-voluntary-[0-9a-f]{8}\.md$/);
    expect(paths[0]).not.toBe(paths[1]);
    expect(paths[2]).toBe("dsa/brackenford-and-district-council-for-voluntary-service-ltd.md");
    // The pack's data names the same files.
    expect(result.documents.map((document) => `dsa/${document.content}.md`)).toEqual(paths);
  });

  it("chooses documents by nation, language and condition", () => {
    const templates = set(
      [
        doc("everyone"),
        doc("english-only", { nations: ["england"] }),
        doc("welsh-only", { nations: ["wales"] }),
        doc("in-welsh", { language: "cy", output: "cy/in-welsh.md" }),
        doc("multi-party", { when: { "dataProtection.sharingAgreement": "multi-party" } }),
      ],
      { everyone: "a", "english-only": "b", "welsh-only": "c", "in-welsh": "d", "multi-party": "e" },
    );
    const paths = (config: typeof england) => {
      const result = renderPack(config, templates);
      return result.ok ? result.documents.map((d) => d.path) : result.errors;
    };
    expect(paths(england)).toEqual(["everyone.md", "english-only.md"]);
    expect(paths(wales)).toEqual(["everyone.md", "welsh-only.md", "cy/in-welsh.md"]);
    expect(
      paths({ ...england, dataProtection: { ...england.dataProtection, sharingAgreement: "multi-party" } }),
    ).toEqual(["everyone.md", "english-only.md", "multi-party.md"]);
  });

  it("marks an Easy Read document as the manifest says, whatever its file name, in one bilingual document too", () => {
    const templates = set(
      [
        doc("leaflet", { easyRead: true, output: "leaflets/about-us.md" }),
        doc("leaflet-cy", {
          easyRead: true,
          language: "cy",
          translationOf: "leaflet",
          output: "leaflets/about-us.cy.md",
        }),
        doc("easy-read-notes"),
      ],
      { leaflet: "# Leaflet", "leaflet-cy": "# Taflen", "easy-read-notes": "# Notes" },
    );
    const easyRead = (config: typeof wales) => {
      const result = renderPack(config, templates);
      return result.ok ? result.documents.map((d) => [d.path, d.easyRead]) : result.errors;
    };
    expect(easyRead(england)).toEqual([
      ["leaflets/about-us.md", true],
      ["easy-read-notes.md", undefined],
    ]);
    const separate = {
      ...wales,
      output: { ...wales.output, languages: ["en", "cy"], bilingualLayout: "separate" },
    };
    expect(easyRead(separate as typeof wales)).toEqual([
      ["leaflets/about-us.md", true],
      ["leaflets/about-us.cy.md", true],
      ["easy-read-notes.md", undefined],
    ]);
    const bilingual = { ...separate, output: { ...separate.output, bilingualLayout: "welsh-first" } };
    expect(easyRead(bilingual as typeof wales)).toEqual([
      ["leaflets/about-us.md", true],
      ["easy-read-notes.md", undefined],
    ]);
  });

  it("fails on a missing value, naming the template, the field and its line and column", () => {
    const result = renderPack(england, set([doc("plan")], { plan: "Line one\n\n{{council.nmae}}" }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      expect.objectContaining({
        code: "missing-value",
        documentId: "plan",
        template: "documents/plan.hbs",
        field: "nmae",
        line: 3,
        column: 3,
      }),
    ]);
    expect(result.errors[0]?.message).toMatch(/documents\/plan\.hbs:3:3: the value "nmae" is missing/);
  });

  it("allows an absent optional value inside #if", () => {
    const config = { ...england, programme: { ...england.programme, budget: undefined } };
    const result = renderPack(
      config,
      set([doc("plan")], {
        plan: "{{#if programme.budget}}{{money programme.budget.amount}}{{else}}none{{/if}}",
      }),
    );
    expect(result.ok && result.documents[0]?.content).toBe("none");
  });

  it("reports a missing partial and a missing template", () => {
    const partial = renderPack(england, set([doc("plan")], { plan: "{{> footer}}" }));
    expect(partial.ok || partial.errors[0]).toMatchObject({ code: "missing-partial", field: "footer" });
    const template = renderPack(england, set([doc("plan", { template: "nowhere" })], {}));
    expect(template.ok || template.errors[0]).toMatchObject({
      code: "missing-template",
      template: "documents/nowhere.hbs",
    });
  });

  it("uses partials with the document's context", () => {
    const result = renderPack(
      england,
      set([doc("plan")], { plan: "{{> footer}}" }, { footer: "by {{council.shortName}}" }),
    );
    expect(result.ok && result.documents[0]?.content).toBe("by Brackenford");
  });

  it("refuses two documents written to the same path", () => {
    const result = renderPack(
      england,
      set([doc("a", { output: "same.md" }), doc("b", { output: "same.md" })], { a: "", b: "" }),
    );
    expect(result.ok || result.errors[0]).toMatchObject({ code: "duplicate-path", documentId: "b" });
  });

  it("refuses an invalid manifest, naming where it is wrong", () => {
    const result = renderPack(england, set([doc("escape", { output: "../outside.md" })], { escape: "" }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]).toMatchObject({ code: "invalid-manifest", field: "documents.0.output" });
    expect(result.errors[0]?.message).toMatch(/no '\.\.' segments/);
  });

  it("checks a manifest that the set does not mark as checked, the very object, at build time", () => {
    const invalid = set([doc("escape", { output: "../outside.md" })], { escape: "" });
    const valid = set([doc("plan")], { plan: "" });
    for (const checkedManifest of [undefined, valid.manifest, structuredClone(invalid.manifest)]) {
      const result = renderPack(england, {
        ...invalid,
        ...(checkedManifest ? { checkedManifest: checkedManifest as Manifest } : {}),
      });
      expect(result.ok || result.errors[0]).toMatchObject({ code: "invalid-manifest" });
    }
  });

  it("uses a manifest marked as checked as it is, without checking it again", () => {
    const checked = manifestSchema.parse(set([doc("plan")], { plan: "" }).manifest);
    // Not what manifestSchema would accept (an unknown key), to tell whether it was checked again.
    const manifest = { ...checked, note: "checked when the set was built" } as Manifest;
    const result = renderPack(england, { ...set([], { plan: "x" }), manifest, checkedManifest: manifest });
    expect(result.ok && result.documents.map((document) => document.content)).toEqual(["x"]);
    expect(renderPack(england, { ...set([], { plan: "x" }), manifest }).ok).toBe(false);
  });

  it("refuses a repeated document over something that is not a list", () => {
    const result = renderPack(
      england,
      set([doc("x", { output: "x/{slug}.md", each: { items: "council", as: "item", slugFrom: "name" } })], {
        x: "",
      }),
    );
    expect(result.ok || result.errors[0]).toMatchObject({ code: "missing-list", documentId: "x" });
  });

  it("lists the pack's documents of the same language for an index", () => {
    const result = renderPack(
      england,
      set([doc("index"), doc("plan")], {
        index: "{{#each pack.documents}}[{{title}}]({{path}}) {{/each}}",
        plan: "",
      }),
    );
    expect(result.ok && result.documents[0]?.content).toBe(
      "[Title of index](index.md) [Title of plan](plan.md) ",
    );
  });

  it("fills a {path} of the pack's data in a title, a repeated document's too, before the item's name", () => {
    const result = renderPack(
      england,
      set(
        [
          doc("index", { title: "Pack of {council.shortName}" }),
          doc("agreement", {
            title: "Agreement of {council.shortName}",
            output: "a/{slug}.md",
            each: { items: "dataSharing.agreementPartners", as: "partner", slugFrom: "organisation" },
          }),
        ],
        { index: "{{#each pack.documents}}{{title}}; {{/each}}", agreement: "" },
      ),
    );
    if (!result.ok) throw new Error("expected a pack");
    const titles = result.documents.map((document) => document.title);
    expect(titles[0]).toBe("Pack of Brackenford");
    expect(titles.length).toBeGreaterThan(2);
    expect(titles.slice(1).every((title) => title.startsWith("Agreement of Brackenford: "))).toBe(true);
    expect(result.documents[0]?.content).toContain("; Agreement of Brackenford: ");
  });

  it("warns of a {path} in a title that names no text of the pack's data, and leaves it as written", () => {
    const result = renderPack(
      england,
      set(
        [
          doc("plan", { title: "Plan of {council.shortNmae} and {council.population}" }),
          doc("role", { title: "Role: {team.manager.title}" }),
          doc("other", { title: "Not in the pack: {council.shortNmae}", nations: ["wales"] }),
        ],
        { plan: "", role: "", other: "" },
      ),
    );
    if (!result.ok) throw new Error("expected a pack");
    expect(result.documents[0]?.title).toBe("Plan of {council.shortNmae} and {council.population}");
    expect(result.warnings).toEqual([
      {
        code: "title-not-filled",
        message:
          "The title of the document \"plan\" names {council.shortNmae} and {council.population}, which are not texts of the pack's data: the title shows them as written. Braces in a title name a text of the pack's data, such as {council.shortName} (see lac templates list).",
      },
    ]);
  });

  it("fills each {path} of a reviewer with the pack's data, and warns of one that names no text", () => {
    const result = renderPack(
      england,
      set(
        [
          doc("index"),
          doc("form", { reviewer: "The {councilRoles.dataProtectionOfficer} and the {team.manager.title}" }),
          doc("dpia", { reviewer: "The {councilRoles.dpiaApprover}, with {team.manager.titel}" }),
        ],
        { index: "{{#each pack.documents}}{{reviewer}}; {{/each}}", form: "", dpia: "" },
      ),
    );
    if (!result.ok) throw new Error("expected a pack");
    expect(result.documents[0]?.content).toBe(
      "; The Data Protection Officer and the Local Area Coordination Team Manager; The Caldicott Guardian, with {team.manager.titel}; ",
    );
    expect(result.warnings).toEqual([
      {
        code: "reviewer-not-filled",
        message:
          "The reviewer of the document \"dpia\" names {team.manager.titel}, which is not a text of the pack's data: the pack index shows it as written. Braces in a reviewer name a text of the pack's data, such as {team.manager.title} (see lac templates list).",
      },
    ]);
  });

  it("writes | in values as \\| so that they cannot break a Markdown table", () => {
    const config = { ...england, council: { ...england.council, shortName: "A | B" } };
    const result = renderPack(config, set([doc("plan")], { plan: "| {{council.shortName}} |" }));
    expect(result.ok && result.documents[0]?.content).toBe("| A \\| B |");
  });

  it("lists documents of every language in the index, with a label for Welsh ones", () => {
    const result = renderPack(
      wales,
      set([doc("index"), doc("role-cy", { language: "cy", output: "cy/role.md" })], {
        index: "{{#each pack.documents}}{{path}}{{#if languageLabel}} ({{languageLabel}}){{/if}}; {{/each}}",
        "role-cy": "",
      }),
    );
    expect(result.ok && result.documents[0]?.content).toBe("index.md; cy/role.md (Cymraeg); ");
  });

  it("warns when a language asked for has no templates", () => {
    const result = renderPack(wales, set([doc("index")], { index: "" }));
    expect(result.ok && result.warnings).toEqual([
      expect.objectContaining({
        code: "language-without-templates",
        message: expect.stringContaining('"cy"'),
      }),
    ]);
    const english = renderPack(england, set([doc("index")], { index: "" }));
    expect(english.ok && english.warnings).toEqual([]);
  });

  it("refuses to render an empty pack", () => {
    const welshOnly = { ...wales, output: { ...wales.output, languages: ["cy" as const] } };
    const result = renderPack(welshOnly, set([doc("index")], { index: "" }));
    expect(result.ok || result.errors[0]).toMatchObject({ code: "no-documents" });
  });
});
