import { describe, expect, it } from "vitest";
import { addCounts, zeroCounts } from "./counts.js";

describe("counts", () => {
  it("start at 0 for every id, in order", () => {
    expect(Object.entries(zeroCounts(["b", "a"]))).toEqual([
      ["b", 0],
      ["a", 0],
    ]);
  });

  it("add one per id into a new frozen object, leaving the old one alone", () => {
    const before = Object.freeze(zeroCounts(["a", "b"]));
    const after = addCounts(before, ["a", "b", "a"]);
    expect(after).toEqual({ a: 2, b: 1 });
    expect(before).toEqual({ a: 0, b: 0 });
    expect(Object.isFrozen(after)).toBe(true);
    expect(addCounts(before, [])).toBe(before);
    expect(addCounts(before, undefined)).toBe(before);
  });
});
