import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  hiddenCountIsRecoverable,
  suppressCount,
  suppressPartition,
  suppressPartitions,
  type SafeCount,
} from "./suppression.js";

const display = (count: SafeCount) => (count.shown ? String(count.value) : count.reason);

/**
 * An attacker of one table who sees the shown counts and the total and knows what the labels mean: a
 * "fewer than" count is 1 to threshold - 1, a withheld one at least the threshold. They try every table of
 * whole numbers that fits; a hidden count is recovered when it has the same value in every one. (Brute
 * force, independent of the interval reasoning in suppression.ts.)
 */
function recoveredByAttacker(values: readonly number[], threshold: number): number[] {
  const published = suppressPartition(values, threshold);
  if (!published.total.shown) return [];
  const hidden = published.cells.flatMap((cell, index) =>
    cell.shown
      ? []
      : [
          {
            index,
            low: cell.reason === "withheld" ? threshold : 1,
            high: cell.reason === "withheld" ? Infinity : threshold - 1,
          },
        ],
  );
  const shownSum = published.cells.reduce((sum, cell) => sum + (cell.shown ? cell.value : 0), 0);
  const rest = published.total.value - shownSum;
  const possible = hidden.map(() => new Set<number>());
  const chosen: number[] = [];
  const visit = (position: number, left: number) => {
    const cell = hidden[position]!;
    if (position === hidden.length - 1) {
      if (left < cell.low || left > cell.high) return;
      [...chosen, left].forEach((value, i) => possible[i]!.add(value));
      return;
    }
    for (let value = cell.low; value <= Math.min(cell.high, left); value += 1) {
      chosen.push(value);
      visit(position + 1, left - value);
      chosen.pop();
    }
  };
  if (hidden.length > 0) visit(0, rest);
  expect(possible.every((values) => values.size > 0)).toBe(true);
  return hidden.filter((_cell, i) => possible[i]!.size === 1).map((cell) => cell.index);
}

describe("suppressCount", () => {
  it("hides 1 to threshold - 1 and shows 0 and the threshold upwards", () => {
    expect(suppressCount(0, 5)).toEqual({ shown: true, value: 0 });
    expect(suppressCount(1, 5)).toEqual({ shown: false, reason: "fewer-than-threshold" });
    expect(suppressCount(4, 5)).toEqual({ shown: false, reason: "fewer-than-threshold" });
    expect(suppressCount(5, 5)).toEqual({ shown: true, value: 5 });
  });
});

describe("suppressPartition", () => {
  it("withholds a second count when only one is small, so the total does not give it back", () => {
    const { total, cells } = suppressPartition([3, 40, 12, 0], 5);
    expect(total).toEqual({ shown: true, value: 55 });
    expect(cells.map(display)).toEqual(["fewer-than-threshold", "40", "withheld", "0"]);
  });

  it("withholds more when the hidden counts' sum pins them (two small counts adding up to 2 are both 1)", () => {
    const { cells } = suppressPartition([1, 1, 20, 30], 5);
    expect(cells.map(display)).toEqual(["fewer-than-threshold", "fewer-than-threshold", "withheld", "30"]);
    // Two small counts adding up to 5 could be 1 + 4, 2 + 3, …: nothing more to withhold.
    expect(suppressPartition([2, 3, 20], 5).cells.map(display)).toEqual([
      "fewer-than-threshold",
      "fewer-than-threshold",
      "20",
    ]);
  });

  it("withholds the total when nothing else protects the small counts", () => {
    // 1 + 5 + 5: every way to hide it leaves the 1 worked out from the total.
    const { total, cells } = suppressPartition([1, 5, 5], 5);
    expect(total).toEqual({ shown: false, reason: "withheld" });
    expect(cells.map(display)).toEqual(["fewer-than-threshold", "5", "5"]);
  });

  it("hides a small total, and every small count under it", () => {
    const { total, cells } = suppressPartition([3, 0], 5);
    expect(total.shown).toBe(false);
    expect(cells.map(display)).toEqual(["fewer-than-threshold", "0"]);
  });

  it("never shows a count from 1 to threshold - 1 (generated tables)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat({ max: 60 }), { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 3, max: 10 }),
        (values, threshold) => {
          const { total, cells } = suppressPartition(values, threshold);
          for (const count of [total, ...cells]) {
            if (count.shown) expect(count.value === 0 || count.value >= threshold).toBe(true);
          }
          cells.forEach((cell, index) => {
            if (cell.shown) expect(cell.value).toBe(values[index]);
          });
        },
      ),
    );
  });

  it("leaves no hidden count that an attacker can work out from the total and the other counts (generated tables)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 14 })), {
          minLength: 1,
          maxLength: 4,
        }),
        fc.integer({ min: 3, max: 6 }),
        (values, threshold) => {
          expect(recoveredByAttacker(values, threshold)).toEqual([]);
        },
      ),
      { numRuns: 400 },
    );
  });

  it("the attacker finds what a naive suppression would leak", () => {
    // Sanity check of the attacker: hiding only the small count of [3, 40] is undone by the total.
    expect(hiddenCountIsRecoverable([3, 40], ["fewer-than-threshold", undefined], 5)).toBe(true);
    expect(
      hiddenCountIsRecoverable([1, 1, 9], ["fewer-than-threshold", "fewer-than-threshold", undefined], 5),
    ).toBe(true);
    expect(
      hiddenCountIsRecoverable([2, 1, 9], ["fewer-than-threshold", "fewer-than-threshold", undefined], 5),
    ).toBe(false);
  });
});

describe("suppressPartitions: several tables with one total (rows and columns)", () => {
  it("shows or withholds the total in every table alike", () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat({ max: 30 }), { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 3, max: 8 }),
        fc.integer({ min: 1, max: 3 }),
        (first, threshold, copies) => {
          const total = first.reduce((sum, value) => sum + value, 0);
          // The same people counted another way: the same total, split differently.
          const partitions = [first, [...first].reverse(), [total]].slice(0, copies + 1);
          const result = suppressPartitions(total, partitions, threshold);
          partitions.forEach((values, p) => {
            const alone = suppressPartition(values, threshold);
            if (alone.total.shown === false) expect(result.total.shown).toBe(false);
            if (result.total.shown) {
              // Each table, with the total shown, still gives no hidden count away.
              expect(
                hiddenCountIsRecoverable(
                  values,
                  result.partitions[p]!.map((cell) => (cell.shown ? undefined : cell.reason)),
                  threshold,
                ),
              ).toBe(false);
            }
          });
        },
      ),
    );
  });

  it("a table that is only its total (one row) hides the total itself when small, and never by subtraction", () => {
    const result = suppressPartitions(12, [[12], [3, 9]], 5);
    expect(result.total).toEqual({ shown: true, value: 12 });
    expect(result.partitions[1]!.map(display)).toEqual(["fewer-than-threshold", "withheld"]);
  });
});

describe("a mistake from plain JavaScript", () => {
  it("suppressPartition says which argument is wrong and what it should be", () => {
    expect(() => suppressPartition(undefined as never, 5)).toThrow(TypeError);
    expect(() => suppressPartition(undefined as never, 5)).toThrow(
      /suppressPartition's values \(the counts of the table\) needs a list \(an array\), not undefined/,
    );
    expect(() => suppressPartition([1, "2"] as never, 5)).toThrow(
      /suppressPartition's values\[1\] needs a count \(a whole number, 0 or more\), not a string/,
    );
    expect(() => suppressPartition([1, 2], undefined as never)).toThrow(TypeError);
    expect(() => suppressPartition([1, 2], undefined as never)).toThrow(
      /suppressPartition's threshold needs a whole number from 3 to 1000 \(DEFAULT_SUPPRESSION_THRESHOLD is 5\), not undefined/,
    );
    expect(() => suppressPartition([1, 2], 2)).toThrow(RangeError);
    expect(() => suppressPartitions(3, [[1, 2]], 1)).toThrow(/suppressPartitions's threshold/);
    expect(() => suppressPartitions(3, undefined as never, 5)).toThrow(/suppressPartitions's partitions/);
    expect(() => suppressPartitions(undefined as never, [[1, 2]], 5)).toThrow(/suppressPartitions's total/);
  });

  it("suppressCount says which argument is wrong and what it should be", () => {
    expect(() => suppressCount(undefined as never, 5)).toThrow(TypeError);
    expect(() => suppressCount(undefined as never, 5)).toThrow(
      /^suppressCount's value needs a count \(a whole number, 0 or more\), not undefined\.$/,
    );
    expect(() => suppressCount("3" as never, 5)).toThrow(/suppressCount's value .*, not a string\./);
    for (const value of [-1, 2.5, Number.NaN, Infinity]) {
      expect(() => suppressCount(value, 5), String(value)).toThrow(RangeError);
      expect(() => suppressCount(value, 5), String(value)).toThrow(
        `suppressCount's value needs a count (a whole number, 0 or more), not ${value}.`,
      );
    }
    expect(() => suppressCount(3, undefined as never)).toThrow(TypeError);
    expect(() => suppressCount(3, undefined as never)).toThrow(
      /^suppressCount's threshold needs a whole number from 3 to 1000 \(DEFAULT_SUPPRESSION_THRESHOLD is 5\), not undefined\.$/,
    );
    // A threshold of 1 hides nothing and one of 2 shows a count of 1 as "fewer than 2": refused, as by
    // suppressPartition.
    for (const threshold of [0, 1, 2, 4.5, 1001]) {
      expect(() => suppressCount(3, threshold), String(threshold)).toThrow(RangeError);
    }
  });

  it("every count and threshold that suppressCount refuses, suppressPartition refuses too, and none else", () => {
    const anything = fc.oneof(
      fc.integer({ min: -5, max: 1005 }),
      fc.double({ noNaN: false }),
      fc.constantFrom(undefined, null, "5", [], {}),
    );
    fc.assert(
      fc.property(anything, anything, (value, threshold) => {
        const single = (() => {
          try {
            suppressCount(value as number, threshold as number);
            return "ok";
          } catch (error) {
            return (error as Error).constructor.name;
          }
        })();
        const table = (() => {
          try {
            suppressPartition([value as number], threshold as number);
            return "ok";
          } catch (error) {
            return (error as Error).constructor.name;
          }
        })();
        expect(single).toBe(table);
      }),
    );
  });
});
