import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { longDate, timelineGrid, timelineSvg } from "./timeline.js";

const isoDate = fc
  .date({ min: new Date(Date.UTC(2000, 0, 1)), max: new Date(Date.UTC(2100, 11, 31)), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

describe("timelineGrid", () => {
  it("lays phases on calendar months, with year runs", () => {
    const grid = timelineGrid([
      { name: "A", start: "2026-04-01", end: "2026-07-31" },
      { name: "B", start: "2027-10-01", end: "2028-09-30" },
    ]);
    expect(grid.months).toHaveLength(30);
    expect(grid.months[0]).toEqual({ year: 2026, month: 3, initial: "A" });
    expect(grid.bars.map((bar) => [bar.first, bar.last])).toEqual([
      [0, 3],
      [18, 29],
    ]);
    expect(grid.years).toEqual([
      { year: 2026, first: 0, count: 9 },
      { year: 2027, first: 9, count: 12 },
      { year: 2028, first: 21, count: 9 },
    ]);
  });

  it("puts every bar inside the grid, and the year runs cover every month once (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(isoDate, isoDate), { minLength: 1, maxLength: 8 }), (pairs) => {
        const grid = timelineGrid(pairs.map(([start, end], index) => ({ name: `P${index}`, start, end })));
        for (const bar of grid.bars) {
          expect(bar.first).toBeGreaterThanOrEqual(0);
          expect(bar.last).toBeGreaterThanOrEqual(bar.first);
          expect(bar.last).toBeLessThan(grid.months.length);
        }
        expect(grid.years.reduce((sum, year) => sum + year.count, 0)).toBe(grid.months.length);
      }),
    );
  });
});

describe("timelineSvg", () => {
  it("escapes phase names and describes every phase in words", () => {
    const svg = timelineSvg([{ name: "<Start> & go", start: "2026-04-01", end: "2026-05-31" }], {
      colour: "#1f4e79",
      idPrefix: "t",
      title: "Timeline",
    });
    expect(svg).toContain("&lt;Start&gt; &amp; go");
    expect(svg).toContain('aria-labelledby="t-title t-desc"');
    expect(svg).toContain("1 April 2026 to 31 May 2026");
    expect(longDate("2026-12-05")).toBe("5 December 2026");
    // What is not a date is shown as it is, not refused.
    expect(longDate("2026-02-30")).toBe("2026-02-30");
    expect(longDate("spring 2026")).toBe("spring 2026");
  });
});
