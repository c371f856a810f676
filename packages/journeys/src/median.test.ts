import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { median } from "./median.js";

function sortedMedian(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

describe("median", () => {
  it("is null for no values", () => {
    expect(median([])).toBeNull();
  });

  it("is the middle value, or the mean of the two middle values", () => {
    expect(median([7])).toBe(7);
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([5, 5, 5, 1])).toBe(5);
    expect(median([0, 0, 10, 10])).toBe(5);
  });

  it("equals the median found by sorting, and leaves its input alone", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 400 }), { maxLength: 300 }), (values) => {
        const copy = [...values];
        expect(median(values)).toBe(sortedMedian(values));
        expect(values).toEqual(copy);
      }),
      { numRuns: 1000 },
    );
  });

  it("handles many equal values and sorted input", () => {
    expect(median(Array.from({ length: 10_001 }, () => 3))).toBe(3);
    expect(median(Array.from({ length: 10_000 }, (_, i) => i))).toBe(4999.5);
    expect(median(Array.from({ length: 10_000 }, (_, i) => 10_000 - i))).toBe(5000.5);
  });
});
