import { describe, expect, it } from "vitest";
import { listedTemplates } from "./listed-templates.js";

const bundled = { templates: { plan: 1, "roles/manager": 1 }, partials: { footer: 1, notice: 1 } };
const bundledDocuments = [
  { id: "implementation-plan", title: "Implementation plan", template: "plan", output: "plan.md" },
  { id: "role-manager", title: "Role: {team.manager.title}", template: "roles/manager", output: "m.md" },
];
const bundledDocumentIds = new Set(bundledDocuments.map((doc) => doc.id));

describe("listedTemplates", () => {
  it("lists the bundled templates and partials, each with its documents, outside a pack", () => {
    expect(
      listedTemplates({
        bundled,
        bundledDocumentIds,
        set: bundled,
        documents: bundledDocuments,
        overridden: [],
      }),
    ).toEqual([
      {
        name: "documents/plan",
        kind: "document",
        origin: "bundled",
        documents: [
          {
            id: "implementation-plan",
            title: "Implementation plan",
            manifestTitle: "Implementation plan",
            output: "plan.md",
            origin: "bundled",
          },
        ],
      },
      {
        name: "documents/roles/manager",
        kind: "document",
        origin: "bundled",
        documents: [
          {
            id: "role-manager",
            title: "Role: {team.manager.title}",
            manifestTitle: "Role: {team.manager.title}",
            output: "m.md",
            origin: "bundled",
          },
        ],
      },
      { name: "partials/footer", kind: "partial", origin: "bundled" },
      { name: "partials/notice", kind: "partial", origin: "bundled" },
    ]);
  });

  it("names the council's copy of a bundled template, lists its own after the bundled ones, and says which documents are the pack's", () => {
    const set = {
      templates: { ...bundled.templates, charter: 1, "a-first": 1 },
      partials: { ...bundled.partials, "our-footer": 1 },
      files: {
        "documents/plan": "templates/documents/plan.hbs",
        "documents/charter": "templates/documents/charter.hbs",
        "documents/a-first": "templates/documents/a-first.hbs",
        "partials/notice": "templates/partials/notice.hbs",
        "partials/our-footer": "templates/partials/our-footer.hbs",
      },
    };
    const documents = [
      ...bundledDocuments,
      { id: "charter", title: "Charter of {council.shortName}", template: "charter", output: "c.md" },
      { id: "first", title: "First", template: "a-first", output: "f.md" },
      // A document the council adds with its copy of a bundled template.
      { id: "plan-summary", title: "Summary", template: "plan", output: "s.md" },
    ];
    const inPack = new Map([
      ["implementation-plan", { title: "Implementation plan", inPack: true }],
      ["role-manager", { title: "Role: Team Leader", inPack: true }],
      ["charter", { title: "Charter of Brackenford", inPack: true }],
      [
        "first",
        { title: "First", inPack: false, notInPack: { because: "nation" as const, nations: ["wales"] } },
      ],
      ["plan-summary", { title: "Summary", inPack: true }],
    ]);
    const listed = listedTemplates({
      bundled,
      bundledDocumentIds,
      set,
      documents,
      overridden: ["documents/plan", "partials/notice"],
      inPack,
    });
    expect(listed.map((entry) => [entry.name, entry.origin, entry.file ?? entry.overriddenBy])).toEqual([
      ["documents/plan", "bundled", "templates/documents/plan.hbs"],
      ["documents/roles/manager", "bundled", undefined],
      ["documents/a-first", "council", "templates/documents/a-first.hbs"],
      ["documents/charter", "council", "templates/documents/charter.hbs"],
      ["partials/footer", "bundled", undefined],
      ["partials/notice", "bundled", "templates/partials/notice.hbs"],
      ["partials/our-footer", "council", "templates/partials/our-footer.hbs"],
    ]);
    expect(listed[0]).toMatchObject({ overriddenBy: "templates/documents/plan.hbs" });
    expect(listed[0]).not.toHaveProperty("file");
    expect(listed[0]?.documents?.map((doc) => [doc.id, doc.origin])).toEqual([
      ["implementation-plan", "bundled"],
      ["plan-summary", "council"],
    ]);
    expect(listed[1]?.documents?.[0]).toEqual({
      id: "role-manager",
      title: "Role: Team Leader",
      manifestTitle: "Role: {team.manager.title}",
      output: "m.md",
      origin: "bundled",
      inPack: true,
    });
    expect(listed[2]?.documents?.[0]).toMatchObject({
      inPack: false,
      notInPack: { because: "nation", nations: ["wales"] },
    });
    expect(listed[3]).not.toHaveProperty("overriddenBy");
  });
});

describe("listedTemplates, with problems of the council's templates", () => {
  it("gives each template the problems of its council file, and no other", () => {
    const listed = listedTemplates({
      bundled,
      bundledDocumentIds,
      set: {
        templates: { ...bundled.templates, charter: 1 },
        partials: { ...bundled.partials, ours: 1 },
        files: {
          "documents/plan": "templates/documents/plan.hbs",
          "documents/charter": "templates/documents/charter.hbs",
          "partials/ours": "templates/partials/ours.hbs",
        },
      },
      documents: bundledDocuments,
      overridden: ["documents/plan"],
      problems: [
        { file: "templates/documents/plan.hbs", line: 2, column: 1, message: "there is no helper" },
        { file: "templates/partials/ours.hbs", line: 4, column: 1, message: "does not compile" },
        { file: "templates/partials/ours.hbs", message: "and another" },
        { file: "templates/manifest.yaml", line: 1, column: 1, message: "not valid YAML" },
      ],
    });
    const errors = Object.fromEntries(listed.map((entry) => [entry.name, entry.errors]));
    expect(errors).toEqual({
      "documents/plan": [
        { file: "templates/documents/plan.hbs", line: 2, column: 1, message: "there is no helper" },
      ],
      "documents/roles/manager": undefined,
      "documents/charter": undefined,
      "partials/footer": undefined,
      "partials/notice": undefined,
      "partials/ours": [
        { file: "templates/partials/ours.hbs", line: 4, column: 1, message: "does not compile" },
        { file: "templates/partials/ours.hbs", message: "and another" },
      ],
    });
    expect(listed.find((entry) => entry.name === "documents/charter")).not.toHaveProperty("errors");
  });
});
