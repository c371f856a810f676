import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import {
  DOCX_ATTRIBUTES_FAST,
  DOCX_ATTRIBUTES_SLOW,
  withDocxAttributesGatheredOnce,
} from "./docx-attributes.js";

// docx's ES module build (the one lac bundles), through @lac/pack-formats, which depends on docx: as it is, and as
// the docx-hashed-id plugin of tsup.config.ts rewrites it. The file imports nothing, so a copy runs anywhere.
const packFormats = createRequire(import.meta.url).resolve("@lac/pack-formats");
const docxFile = join(dirname(createRequire(packFormats).resolve("docx")), "index.mjs");
const source = readFileSync(docxFile, "utf8");
const folder = mkdtempSync(join(tmpdir(), "lac-docx-attributes-"));
const patchedFile = join(folder, "index.mjs");
writeFileSync(patchedFile, withDocxAttributesGatheredOnce(source));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

type Root = Record<string, { key: string; value: unknown }>;
interface Docx {
  NextAttributeComponent: new (root: Root) => { prepForXml(context: unknown): { _attr: object } };
}
const original = (await import(pathToFileURL(docxFile).href)) as Docx;
const patched = (await import(pathToFileURL(patchedFile).href)) as Docx;

/** Everything about an object that could differ: its own keys in order, their descriptors, its prototype. */
function shape(object: object) {
  return {
    prototype: Object.getPrototypeOf(object) as unknown,
    keys: Reflect.ownKeys(object),
    descriptors: Reflect.ownKeys(object).map((key) => Object.getOwnPropertyDescriptor(object, key)),
  };
}

const attributes = (root: Root, docx: Docx) =>
  new docx.NextAttributeComponent(root).prepForXml({ stack: [] })._attr;

describe("docx's attributes gathered once", () => {
  it("replaces exactly the expression docx has, once", () => {
    expect(source.split(DOCX_ATTRIBUTES_SLOW)).toHaveLength(2);
    const rewritten = withDocxAttributesGatheredOnce(source);
    expect(rewritten).not.toContain(DOCX_ATTRIBUTES_SLOW);
    expect(rewritten.split(DOCX_ATTRIBUTES_FAST)).toHaveLength(2);
    expect(rewritten.length - source.length).toBe(DOCX_ATTRIBUTES_FAST.length - DOCX_ATTRIBUTES_SLOW.length);
  });

  it("stops the build when docx no longer has the expression, or has it twice", () => {
    expect(() => withDocxAttributesGatheredOnce("var x = 1;")).toThrow(/no longer gathers/);
    expect(() => withDocxAttributesGatheredOnce(DOCX_ATTRIBUTES_SLOW + DOCX_ATTRIBUTES_SLOW)).toThrow(
      /no longer gathers/,
    );
  });

  it("gives the same attributes as docx's own code: keys, order, values and descriptors", () => {
    // Attribute names as docx uses them ("w:val"), and the awkward ones: inherited names, __proto__, numbers
    // (which objects order first), repeated keys (the last value wins, in the first one's place).
    const name = fc.oneof(
      fc.constantFrom(
        "w:val",
        "w:w",
        "w:type",
        "r:id",
        "__proto__",
        "constructor",
        "toString",
        "0",
        "12",
        "1.5",
      ),
      fc.string({ maxLength: 6 }),
    );
    const value = fc.oneof(
      fc.constant(undefined),
      fc.string({ maxLength: 8 }),
      fc.integer(),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
      fc.object({ maxDepth: 1 }),
    );
    const root = fc
      .array(fc.tuple(fc.string({ maxLength: 4 }), name, value), { maxLength: 12 })
      .map((entries) =>
        Object.fromEntries(entries.map(([property, key, each]) => [property, { key, value: each }])),
      );
    fc.assert(
      fc.property(root, (each) => {
        const expected = attributes(each, original);
        const actual = attributes(each, patched);
        expect(shape(actual)).toEqual(shape(expected));
        expect(JSON.stringify(actual)).toBe(JSON.stringify(expected));
      }),
      { numRuns: 2000 },
    );
  });
});
