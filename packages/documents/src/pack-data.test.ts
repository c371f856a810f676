import { describe, expect, it } from "vitest";
import { exampleConfig } from "../test/example-config.js";
import type { CouncilConfig } from "@lac/council";
import { describeData, describePackData, describePackDataResult } from "./pack-data.js";
import type { TemplateSet } from "./template-set.js";

describe("describeData", () => {
  it("lists every path of the data, lists by their first item, with examples of the values", () => {
    expect(
      describeData({
        council: { name: "Brackenford", population: 1 },
        places: [{ name: "North" }],
        on: true,
      }),
    ).toEqual([
      { path: "council", kind: "object" },
      { path: "council.name", kind: "text", example: "Brackenford" },
      { path: "council.population", kind: "number", example: "1" },
      { path: "places", kind: "list" },
      { path: "places[].name", kind: "text", example: "North" },
      { path: "on", kind: "true/false", example: "true" },
    ]);
  });
});

const testSet = {
  name: "test",
  version: "1.0.0",
  manifest: {
    documents: [{ id: "plan", title: "Plan", purpose: "P.", template: "plan", output: "plan.md" }],
    phases: [{ id: "start", name: "Start", startMonth: 0, months: 2, summary: "Begin." }],
  },
  templates: {},
  partials: {},
};

describe("describePackDataResult", () => {
  it("gives the same data as describePackData, as { ok: true, data }", () => {
    const config = exampleConfig("brackenford");
    expect(describePackDataResult(config, testSet)).toEqual({
      ok: true,
      data: describePackData(config, testSet),
    });
  });

  it("says which documents the pack has, and why it does not have the others, as renderPack decides", () => {
    const config = exampleConfig("brackenford");
    const doc = (id: string, fields: object) => ({
      id,
      title: id,
      purpose: "P.",
      template: id,
      output: `${id}.md`,
      ...fields,
    });
    const templateSet = {
      ...testSet,
      manifest: {
        ...testSet.manifest,
        documents: [
          doc("plan", {}),
          doc("welsh", { nations: ["wales"] }),
          doc("multi", { when: { "dataProtection.sharingAgreement": "multi-party" } }),
        ],
      },
    };
    const result = describePackDataResult(config, templateSet as unknown as TemplateSet);
    const documents = result.ok ? result.data.documents : [];
    expect(documents.map(({ id, inPack, notInPack }) => ({ id, inPack, notInPack }))).toEqual([
      { id: "plan", inPack: true, notInPack: undefined },
      { id: "welsh", inPack: false, notInPack: { because: "nation", nations: ["wales"] } },
      {
        id: "multi",
        inPack: false,
        notInPack: {
          because: "when",
          unmet: [
            { path: "dataProtection.sharingAgreement", expected: "multi-party", actual: "per-partner" },
          ],
        },
      },
    ]);
    // The documents renderPack writes are those marked in the pack.
    expect(Object.keys(documents[0]!)).not.toContain("notInPack");
  });

  it("says why a manifest is not valid, with renderPack's invalid-manifest problems", () => {
    const templateSet = { ...testSet, manifest: { ...testSet.manifest, documents: [{ id: "plan" }] } };
    const result = describePackDataResult(
      exampleConfig("brackenford"),
      templateSet as unknown as TemplateSet,
    );
    expect(result.ok).toBe(false);
    const errors = result.ok ? [] : result.errors;
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0]).toMatchObject({ code: "invalid-manifest", field: "documents.0.title" });
    expect(errors[0]?.message).toMatch(/^The template manifest is invalid at documents\.0\.title: /);
    // The deprecated function still gives undefined for it.
    expect(
      describePackData(exampleConfig("brackenford"), templateSet as unknown as TemplateSet),
    ).toBeUndefined();
  });

  it("answers arguments that are not objects, and a configuration that was never validated, with a problem", () => {
    const config = exampleConfig("brackenford");
    for (const [given, set, code, message] of [
      [
        null,
        testSet,
        "invalid-config",
        /^describePackDataResult: config must be a configuration from parseCouncilConfig or validateCouncilConfig of @lac\/council, not null\.$/,
      ],
      [
        config,
        "set",
        "invalid-template-set",
        /^describePackDataResult: templateSet must be a template set such as templateSet from @lac\/templates, not a string\.$/,
      ],
      [
        { council: {} },
        testSet,
        "invalid-config",
        /^The data of the pack could not be described from this configuration \(.+\)\. describePackDataResult needs a configuration checked by parseCouncilConfig or validateCouncilConfig of @lac\/council/,
      ],
    ] as const) {
      const result = describePackDataResult(given as unknown as CouncilConfig, set as unknown as TemplateSet);
      expect(result.ok).toBe(false);
      expect(result.ok ? [] : result.errors).toEqual([{ code, message: expect.stringMatching(message) }]);
    }
  });
});

describe("describePackData", () => {
  it("describes the data the templates of the pack are rendered with, and each document's own", () => {
    const templateSet = {
      name: "test",
      version: "1.0.0",
      manifest: {
        documents: [
          { id: "plan", title: "Plan", purpose: "P.", template: "plan", output: "plan.md" },
          {
            id: "agreement",
            title: "Agreement",
            purpose: "A.",
            template: "agreement",
            output: "a/{slug}.md",
            each: { items: "dataSharing.agreementPartners", as: "partner", slugFrom: "organisation" },
          },
        ],
        phases: [{ id: "start", name: "Start", startMonth: 0, months: 2, summary: "Begin." }],
      },
      templates: {},
      partials: {},
    };
    const data = describePackData(exampleConfig("brackenford"), templateSet);
    const paths = data?.common.map((entry) => entry.path) ?? [];
    expect(paths).toContain("council.name");
    expect(paths).toContain("dataSharing.allOneWay");
    expect(paths).toContain("neighbourhoods[].name");
    const agreement = data?.documents.find((doc) => doc.id === "agreement");
    expect(agreement?.extra.map((entry) => entry.path)).toEqual(
      expect.arrayContaining(["document.title", "pack.documents[].path", "partner", "partner.organisation"]),
    );
    expect(data?.documents.find((doc) => doc.id === "plan")?.extra.map((entry) => entry.path)).not.toContain(
      "partner",
    );
  });

  it("gives each document's title as the pack has it, a {path} of the pack's data filled in", () => {
    const templateSet = {
      ...testSet,
      manifest: {
        ...testSet.manifest,
        documents: [
          { id: "plan", title: "Plan", purpose: "P.", template: "plan", output: "plan.md" },
          {
            id: "role",
            title: "Role description: {team.manager.title}",
            purpose: "R.",
            template: "role",
            output: "role.md",
          },
        ],
      },
    };
    const config = exampleConfig("brackenford");
    const data = describePackData(config, templateSet);
    expect(data?.documents.map((doc) => doc.title)).toEqual([
      "Plan",
      `Role description: ${config.team.manager.title}`,
    ]);
  });
});
