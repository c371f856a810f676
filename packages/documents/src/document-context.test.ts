import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { documentContextOf, type Blanks } from "./render-pack.js";
import type { PackContext } from "./pack-context.js";

/** Everything a spread's result shows: its prototype, and each own key in order with its value and flags. */
function shape(value: object) {
  return {
    prototype: Object.getPrototypeOf(value) as unknown,
    keys: Reflect.ownKeys(value),
    properties: Reflect.ownKeys(value).map((key) => Object.getOwnPropertyDescriptor(value, key)),
  };
}

const key = fc.constantFrom("council", "partners", "document", "pack", "partner", "neighbourhood", "0", "x");
const value = fc.oneof(fc.integer(), fc.string(), fc.constant(undefined), fc.object());
const context = fc
  .array(fc.tuple(key, value), { maxLength: 8 })
  .map((entries) => Object.fromEntries(entries) as unknown as PackContext);
const item = fc.option(
  fc.record({ as: fc.constantFrom("partner", "neighbourhood", "document", "pack", "council"), value }),
  {
    nil: undefined,
  },
);

describe("documentContextOf", () => {
  it("gives each document what { ...context, document, pack, [item.as]: item.value } gives, blanks kept across documents (property)", () => {
    fc.assert(
      fc.property(
        context,
        fc.array(fc.tuple(value, value, item), { minLength: 1, maxLength: 12 }),
        (packContext, documents) => {
          const blanks: Blanks = new Map();
          const made = documents.map(([document, pack, each]) =>
            documentContextOf(blanks, packContext, { document }, { pack }, each),
          );
          documents.forEach(([document, pack, each], index) => {
            const expected = {
              ...packContext,
              document: { document },
              pack: { pack },
              ...(each ? { [each.as]: each.value } : {}),
            };
            expect(shape(made[index] as object)).toEqual(shape(expected));
          });
          // Each document has an object of its own.
          expect(new Set(made).size).toBe(made.length);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("never sets the prototype from an item named __proto__", () => {
    const made = documentContextOf(
      new Map(),
      { a: 1 } as unknown as PackContext,
      {},
      {},
      {
        as: "__proto__",
        value: { polluted: true },
      },
    );
    expect(Object.getPrototypeOf(made)).toBe(Object.prototype);
    expect(Object.keys(made)).toEqual(["a", "document", "pack", "__proto__"]);
  });
});
