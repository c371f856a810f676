import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { KeyShapes, withFields } from "./with-fields.js";

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

  it("gives the spread's result call after call, as long key sequences repeat, change and are forgotten", () => {
    // Pairs of key sequences drawn from a pool, long enough (more than 16 keys in all) for a blank
    // object to be made once a sequence repeats, and more of them than are kept; each value is fresh,
    // so that a result holding a value of an earlier call, or of the blank, shows.
    const names = [..."abcdefghijklmnopqrstuvwxyz", "0", "7", "12", "slug", "doc"];
    const keys = fc.uniqueArray(fc.constantFrom(...names), { minLength: 4, maxLength: 20 });
    const fresh = fc.oneof(fc.integer(), fc.string(), fc.constant(undefined), fc.double(), fc.object());
    const filled = (sequence: readonly string[]) =>
      fc
        .array(fresh, { minLength: sequence.length, maxLength: sequence.length })
        .map((values) => Object.fromEntries(sequence.map((name, index) => [name, values[index]])));
    const calls = fc.array(fc.tuple(keys, keys), { minLength: 1, maxLength: 40 }).chain((pool) =>
      fc.array(
        fc.nat(pool.length - 1).chain((index) => {
          const [baseKeys, fieldKeys] = pool[index] as [string[], string[]];
          return fc.tuple(filled(baseKeys), filled(fieldKeys));
        }),
        { minLength: 1, maxLength: 120 },
      ),
    );
    fc.assert(
      fc.property(calls, (pairs) => {
        const shapes = new KeyShapes();
        const results = pairs.map(([base, fields]) => withFields(base, fields, shapes));
        pairs.forEach(([base, fields], index) => {
          expect(shape(results[index] as object)).toEqual(shape({ ...base, ...fields }));
        });
        expect(new Set(results).size).toBe(results.length);
      }),
      { numRuns: 200 },
    );
  });

  it("gives a new object each time, which its caller may change without changing later results", () => {
    const names = Array.from({ length: 20 }, (_, index) => `key${index}`);
    const make = (value: number) => Object.fromEntries(names.map((name) => [name, value]));
    const shapes = new KeyShapes();
    const results = [1, 2, 3, 4, 5].map((value) =>
      withFields(make(value), { slug: value, doc: undefined }, shapes),
    );
    for (const result of results) (result as Record<string, unknown>).key0 = "changed";
    const later = withFields(make(6), { slug: 6, doc: undefined }, shapes);
    expect(Object.entries(later)).toEqual([
      ...names.map((name) => [name, 6]),
      ["slug", 6],
      ["doc", undefined],
    ]);
    expect(new Set([...results, later]).size).toBe(6);
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
