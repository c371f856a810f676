import { describe, expect, it } from "vitest";
import { uncompiledTemplateSet } from "./uncompiled-template-set.js";

const installed = { templates: { plan: {}, "roles/manager": {} }, partials: { footer: {} } };
const installedDocuments = [{ id: "plan", title: "Plan", template: "plan", output: "plan.md" }];

describe("uncompiledTemplateSet", () => {
  it("puts the council's templates and partials in place by name, with their files, and names those they replace", () => {
    const { set, overridden } = uncompiledTemplateSet(installed, installedDocuments, {
      sources: [
        { name: "partials/footer", file: "templates/partials/footer.hbs", source: "{{#if" },
        { name: "documents/plan", file: "templates/documents/plan.hbs", source: "x" },
        { name: "documents/charter", file: "templates/documents/charter.hbs", source: "y" },
      ],
    });
    expect(Object.keys(set.templates).sort()).toEqual(["charter", "plan", "roles/manager"]);
    expect(Object.keys(set.partials)).toEqual(["footer"]);
    expect(set.files).toEqual({
      "partials/footer": "templates/partials/footer.hbs",
      "documents/plan": "templates/documents/plan.hbs",
      "documents/charter": "templates/documents/charter.hbs",
    });
    expect(overridden).toEqual(["documents/plan", "partials/footer"]);
  });

  it("adds the documents of the council's manifest that name an id of their own, a title, a template and an output", () => {
    const { documents } = uncompiledTemplateSet(installed, installedDocuments, {
      sources: [],
      manifest: {
        file: "templates/manifest.yaml",
        documents: [
          { id: "charter", title: "Charter", template: "charter", output: "local/charter.md", purpose: 1 },
          { id: "plan", title: "Ours", template: "plan", output: "ours.md" },
          { id: "no-output", title: "No output", template: "x" },
          null,
          "text",
        ],
      },
    });
    expect(documents).toEqual([
      ...installedDocuments,
      { id: "charter", title: "Charter", template: "charter", output: "local/charter.md" },
    ]);
    expect(
      uncompiledTemplateSet(installed, installedDocuments, {
        sources: [],
        manifest: { file: "m", documents: { not: "a list" } },
      }).documents,
    ).toEqual(installedDocuments);
  });
});
