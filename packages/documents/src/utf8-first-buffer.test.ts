// renderPack's utf8Buffer: a buffer the caller lends, encoded into first (lac's CLI lends the buffer it
// read its own code into).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { exampleConfig } from "../test/example-config.js";
import { renderPack } from "./render-pack-checked.js";
import type { TemplateSet } from "./template-set.js";
import { Utf8Batches } from "./utf8-batches.js";
import { precompiledTemplate } from "../test/precompiled-template.js";

const encoder = new TextEncoder();

const spec = (source: string) => precompiledTemplate(source);

const templateSet: TemplateSet = {
  name: "test-templates",
  version: "1.0.0",
  manifest: {
    documents: ["first", "second"].map((id) => ({
      id,
      title: `Title of ${id}`,
      purpose: `Purpose of ${id}.`,
      template: id,
      output: `${id}.md`,
    })),
    phases: [{ id: "start", name: "Start", startMonth: 0, months: 2, summary: "Begin." }],
  },
  templates: {
    first: spec("# {{council.name}} – first\n"),
    second: spec("# {{programme.name}}: second\n"),
  },
  partials: {},
};

describe("Utf8Batches with a first buffer", () => {
  it("encodes into the lent buffer until it is full, then into new ones, every text's bytes intact (property)", () => {
    const texts = fc.array(fc.string({ unit: "grapheme", maxLength: 40 }), { maxLength: 20 });
    fc.assert(
      fc.property(texts, fc.integer({ min: 0, max: 200 }), (given, size) => {
        const lent = new Uint8Array(size);
        let asked = 0;
        const batches = new Utf8Batches(() => {
          asked += 1;
          return lent;
        });
        const encoded = given.map((text) => batches.encode(text));
        expect(asked).toBe(given.length === 0 ? 0 : 1);
        expect(encoded).toStrictEqual(
          given.map((text) => ({ bytes: encoder.encode(text), length: text.length })),
        );
        // The first text that fits is a view of the lent buffer, not a copy.
        const first = encoded[0];
        if (first !== undefined && first.bytes.length <= size && given[0] !== undefined)
          expect(first.bytes.buffer).toBe(lent.buffer);
      }),
      { numRuns: 200 },
    );
  });

  it("makes buffers of its own when the function gives undefined or something that is not a Uint8Array", () => {
    for (const given of [undefined, [1, 2, 3], "bytes"]) {
      const batches = new Utf8Batches(() => given as unknown as Uint8Array);
      expect(batches.encode("Brackenford – council")).toStrictEqual({
        bytes: encoder.encode("Brackenford – council"),
        length: "Brackenford – council".length,
      });
    }
  });
});

describe("renderPack with utf8Buffer", () => {
  const config = exampleConfig("brackenford");

  it("keeps each document's bytes in the lent buffer, asked for once, the texts the same as without it", () => {
    const lent = new Uint8Array(4096);
    let asked = 0;
    const withLent = renderPack(config, templateSet, {
      utf8: true,
      utf8Buffer: () => {
        asked += 1;
        return lent;
      },
    });
    const without = renderPack(config, templateSet);
    if (!withLent.ok || !without.ok) throw new Error("render failed");
    expect(asked).toBe(1);
    expect(withLent.documents.map((document) => document.content)).toStrictEqual(
      without.documents.map((document) => document.content),
    );
    for (const document of withLent.documents) {
      expect(document.utf8?.bytes.buffer).toBe(lent.buffer);
      expect(document.utf8?.bytes).toStrictEqual(encoder.encode(document.content));
    }
  });

  it("does not ask for it without utf8: true", () => {
    let asked = 0;
    const result = renderPack(config, templateSet, {
      utf8Buffer: () => {
        asked += 1;
        return new Uint8Array(64);
      },
    });
    expect(result.ok).toBe(true);
    expect(asked).toBe(0);
  });

  it("refuses a utf8Buffer that is not a function, as a value naming it", () => {
    const result = renderPack(config, templateSet, {
      utf8: true,
      utf8Buffer: new Uint8Array(8) as unknown as () => Uint8Array,
    });
    expect(result).toMatchObject({
      ok: false,
      errors: [
        {
          code: "invalid-options",
          message: expect.stringContaining("options.utf8Buffer must be a function"),
        },
      ],
    });
  });
});
