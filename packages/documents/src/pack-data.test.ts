import { describe, expect, it } from "vitest";
import { exampleConfig } from "../test/example-config.js";
import { describeData, describePackData } from "./pack-data.js";

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
});
