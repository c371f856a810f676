import { describe, expect, it } from "vitest";
import { exampleConfig } from "../test/example-config.js";
import { appliesTo, notInPack } from "./document-presence.js";
import { manifestDocumentSchema } from "./manifest.js";
import { buildPackContext } from "./pack-context.js";

const doc = (fields: Record<string, unknown>) =>
  manifestDocumentSchema.parse({
    id: "d",
    title: "D",
    purpose: "P.",
    template: "d",
    output: "d.md",
    ...fields,
  });

// Brackenford: a council in England, in English, with the council's own services among its partners.
const config = exampleConfig("brackenford");
const context = buildPackContext(config, []);

describe("notInPack", () => {
  it("says nothing of a document the pack has", () => {
    expect(notInPack(doc({}), config, context)).toBeUndefined();
    expect(notInPack(doc({ when: { "dataSharing.hasInternalPartners": true } }), config, context)).toBe(
      undefined,
    );
  });

  it("says a document is for councils of another nation, or in a language the pack is not written in", () => {
    expect(notInPack(doc({ nations: ["wales"] }), config, context)).toEqual({
      because: "nation",
      nations: ["wales"],
    });
    expect(notInPack(doc({ language: "cy" }), config, context)).toEqual({
      because: "language",
      language: "cy",
    });
  });

  it("names each `when` value the pack's data does not have, with the value it has", () => {
    expect(
      notInPack(
        doc({
          when: {
            "dataSharing.hasInternalPartners": true,
            "dataProtection.sharingAgreement": "multi-party",
            "council.mayor": "yes",
            council: "x",
          },
        }),
        config,
        context,
      ),
    ).toEqual({
      because: "when",
      unmet: [
        { path: "dataProtection.sharingAgreement", expected: "multi-party", actual: "per-partner" },
        // No such value in the data, or not a text, number or true/false: no actual value.
        { path: "council.mayor", expected: "yes" },
        { path: "council", expected: "x" },
      ],
    });
  });

  it("says a repeated document has no item to be written for", () => {
    const each = { items: "dataSharing.aggregatePartners", as: "partner", slugFrom: "organisation" };
    expect(
      notInPack(doc({ output: "d/{slug}.md", each }), config, {
        ...context,
        dataSharing: { ...context.dataSharing, aggregatePartners: [] },
      }),
    ).toEqual({ because: "no-items", items: "dataSharing.aggregatePartners" });
    expect(
      notInPack(doc({ output: "d/{slug}.md", each: { ...each, items: "nothing.here" } }), config, context),
    ).toEqual({ because: "no-items", items: "nothing.here" });
  });

  it("agrees with appliesTo, the test renderPack makes, on every condition", () => {
    for (const fields of [
      {},
      { nations: ["wales"] },
      { language: "cy" },
      { when: { "dataSharing.hasInternalPartners": true } },
      { when: { "dataSharing.hasInternalPartners": false } },
      { when: { "dataProtection.sharingAgreement": "per-partner", "council.nation": "england" } },
      { when: { "council.nation": "wales" } },
    ]) {
      const d = doc(fields);
      expect(notInPack(d, config, context) === undefined, JSON.stringify(fields)).toBe(
        appliesTo(d, config, context),
      );
    }
  });
});
