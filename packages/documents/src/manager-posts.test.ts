import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { managerPostsByWave } from "./manager-posts.js";

describe("managerPostsByWave", () => {
  it("fills the first post with the first wave and each other with the first wave it will supervise", () => {
    expect(managerPostsByWave([5, 5], 6, 2, false)).toEqual([1, 1]);
    expect(managerPostsByWave([5, 5], 3, 4, false)).toEqual([2, 2]);
    expect(managerPostsByWave([2, 2, 2, 2], 6, 2, false)).toEqual([1, 0, 0, 1]);
  });

  it("fills every post with a single wave", () => {
    expect(managerPostsByWave([10], 6, 2, false)).toEqual([2]);
    expect(managerPostsByWave([4.5], 8, 1, false)).toEqual([1]);
  });

  it("leaves out the post the programme lead holds from the start", () => {
    expect(managerPostsByWave([5, 5], 6, 2, true)).toEqual([0, 1]);
    expect(managerPostsByWave([10], 6, 2, true)).toEqual([1]);
    expect(managerPostsByWave([4], 6, 1, true)).toEqual([0]);
  });

  it("fills posts beyond the span's need with the last wave, and never more than the managers", () => {
    expect(managerPostsByWave([5, 5], 6, 3, false)).toEqual([1, 2]);
    expect(managerPostsByWave([12, 12], 6, 2, false)).toEqual([2, 0]);
  });

  it("counts part-time coordinators as the full-time equivalents they are", () => {
    expect(managerPostsByWave([6.5, 1], 6, 2, false)).toEqual([2, 0]);
    expect(managerPostsByWave([6, 1], 6, 2, false)).toEqual([1, 1]);
  });

  it("fills every post exactly once, never more than the managers by any wave, and never one the lead holds", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.integer({ min: 1, max: 40 }).map((halves) => halves / 2),
          { minLength: 1, maxLength: 8 },
        ),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 6 }),
        fc.boolean(),
        (waves, span, managers, leadHoldsOne) => {
          const posts = managerPostsByWave(waves, span, managers, leadHoldsOne);
          expect(posts).toHaveLength(waves.length);
          expect(posts.every((count) => Number.isInteger(count) && count >= 0)).toBe(true);
          // Every post not held by the lead is filled, by the last wave at the latest.
          expect(posts.reduce((sum, count) => sum + count, 0)).toBe(managers - (leadHoldsOne ? 1 : 0));
          // The first wave always has a manager: recruited with it, or the lead already in post.
          expect(posts[0]! + (leadHoldsOne ? 1 : 0)).toBeGreaterThanOrEqual(1);
        },
      ),
    );
  });
});
