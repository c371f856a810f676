import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { withFields } from "./with-fields.js";

/** Everything a spread's result shows: its prototype, and each own key in order with its value and flags. */
function shape(value: object) {
  return {
    prototype: Object.getPrototypeOf(value) as unknown,
    keys: Reflect.ownKeys(value),
    properties: Reflect.ownKeys(value).map((key) => Object.getOwnPropertyDescriptor(value, key)),
  };
}

const key = fc.oneof(
  fc.constantFrom("name", "slug", "0", "1", "10", "__proto__", "constructor", "toString", "wave"),
  fc.string({ maxLength: 4 }),
);
const symbol = Symbol("s");
const record = fc
  .array(fc.tuple(key, fc.oneof(fc.integer(), fc.string(), fc.constant(undefined), fc.constant(null))), {
    maxLength: 8,
  })
  .chain((entries) =>
    fc.boolean().map((withSymbol) => {
      // Object.fromEntries defines each key, __proto__ included, as JSON.parse and the YAML readers do.
      const object: Record<PropertyKey, unknown> = Object.fromEntries(entries);
      if (withSymbol) object[symbol] = "symbol";
      return object;
    }),
  );

describe("withFields", () => {
  it("gives what { ...base, ...fields } gives: the same keys in the same order, values and prototype", () => {
    fc.assert(
      fc.property(record, record, (base, fields) => {
        expect(shape(withFields(base, fields))).toEqual(shape({ ...base, ...fields }));
      }),
      { numRuns: 500 },
    );
  });

  it("keeps a base key's place when a field replaces its value, and adds new fields after", () => {
    expect(Object.entries(withFields({ a: 1, b: 2, c: 3 }, { b: 20, d: 4 }))).toEqual([
      ["a", 1],
      ["b", 20],
      ["c", 3],
      ["d", 4],
    ]);
  });

  it("copies an own __proto__ key as a key, never as the prototype", () => {
    const base = JSON.parse('{"__proto__": {"polluted": true}, "name": "x"}') as object;
    const result = withFields(base, { slug: "x" });
    expect(Object.getPrototypeOf(result)).toBe(Object.prototype);
    expect(Object.keys(result)).toEqual(["__proto__", "name", "slug"]);
    expect((result as { polluted?: boolean }).polluted).toBeUndefined();
  });
});
