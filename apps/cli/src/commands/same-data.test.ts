import { isDeepStrictEqual } from "node:util";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sameData } from "./same-data.js";

/** Plain data as answers files give: what sameData compares by itself. */
const plainData = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.constantFrom(null, true, false, 0, -0, Number.NaN, 1, "", "a", "0"),
    fc.string(),
    fc.double(),
    fc.array(tie("value"), { maxLength: 4 }),
    fc.dictionary(fc.constantFrom("a", "b", "c", "length", "0"), tie("value"), { maxKeys: 4 }),
  ),
})).value;

/** A copy of a value with one leaf (or one key) changed, or the same value copied. */
function copyWithChange(value: unknown, change: number): unknown {
  let left = change;
  const copy = (current: unknown): unknown => {
    if (Array.isArray(current)) {
      const items = current.map(copy);
      if (left-- === 0) items.push(null);
      return items;
    }
    if (current !== null && typeof current === "object") {
      const out: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(current)) out[key] = copy(item);
      if (left-- === 0) delete out[Object.keys(out)[0] ?? ""];
      return out;
    }
    if (left-- === 0) return typeof current === "number" ? String(current) : 0;
    return current;
  };
  return copy(value);
}

describe("sameData", () => {
  it("agrees with util.isDeepStrictEqual on plain data, equal or changed in one place", () => {
    fc.assert(
      fc.property(plainData, fc.nat(12), (value, change) => {
        const other = copyWithChange(value, change);
        expect(sameData(value, other)).toBe(isDeepStrictEqual(value, other));
        expect(sameData(other, value)).toBe(isDeepStrictEqual(other, value));
      }),
      { numRuns: 2000 },
    );
  });

  it("agrees with util.isDeepStrictEqual on any two values", () => {
    fc.assert(
      fc.property(
        fc.anything({
          withNullPrototype: true,
          withSparseArray: true,
          withBoxedValues: true,
          withMap: true,
          withSet: true,
          withDate: true,
          withTypedArray: true,
          withBigInt: true,
        }),
        fc.anything(),
        (a, b) => {
          expect(sameData(a, b)).toBe(isDeepStrictEqual(a, b));
          expect(sameData(a, structuredCloneIfPossible(a))).toBe(
            isDeepStrictEqual(a, structuredCloneIfPossible(a)),
          );
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("agrees on the cases that tell plain data apart", () => {
    const nullPrototype = Object.assign(Object.create(null) as object, { a: 1 });
    const withSymbol = { a: 1, [Symbol.for("x")]: 2 };
    const hidden = Object.defineProperty({ a: 1 }, "b", { value: 2, enumerable: false });
    const sparse: unknown[] = [1, , 3]; // eslint-disable-line no-sparse-arrays
    const withKey = Object.assign([1, 2], { extra: true });
    const deep: unknown[] = [];
    let inner = deep;
    for (let level = 0; level < 200; level += 1) inner = (inner[0] = []) as unknown[];
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic.self = cyclic;
    const cyclic2: Record<string, unknown> = { a: 1 };
    cyclic2.self = cyclic2;
    const pairs: [unknown, unknown][] = [
      [0, -0],
      [Number.NaN, Number.NaN],
      [1, "1"],
      [null, undefined],
      [{ a: undefined }, {}],
      [{ a: 1 }, nullPrototype],
      [nullPrototype, Object.assign(Object.create(null) as object, { a: 1 })],
      [{ a: 1 }, withSymbol],
      [{ a: 1 }, hidden],
      [[1, undefined, 3], sparse],
      [[1, 2], withKey],
      [[1, 2], { 0: 1, 1: 2 }],
      [{ 0: 1, 1: 2, length: 2 }, [1, 2]],
      [new Date(0), new Date(0)],
      [{ a: [new Date(0)] }, { a: [new Date(1)] }],
      [deep, structuredClone(deep)],
      [cyclic, cyclic2],
      [
        { b: 1, a: 2 },
        { a: 2, b: 1 },
      ],
    ];
    for (const [a, b] of pairs) {
      expect(sameData(a, b)).toBe(isDeepStrictEqual(a, b));
      expect(sameData(b, a)).toBe(isDeepStrictEqual(b, a));
    }
  });
});

function structuredCloneIfPossible(value: unknown): unknown {
  try {
    return structuredClone(value);
  } catch {
    return value;
  }
}
