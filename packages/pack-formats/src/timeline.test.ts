import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { longDate, timelineGrid, timelineSvg, timelineSvgLayout } from "./timeline.js";

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
      { numRuns: 1000 },
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

/** The x of each year's label and line, and each month initial's, as the SVG draws them. */
function drawn(svg: string) {
  const numbers = (pattern: RegExp) =>
    [...svg.matchAll(pattern)].map((match) => [Number(match[1]), match[2]!] as const);
  return {
    width: Number(/viewBox="0 0 (\S+) /.exec(svg)![1]),
    years: numbers(/<text x="([\d.]+)" y="14"[^>]*>(\d+)<\/text>/g),
    lines: numbers(/<line x1="([\d.]+)" y1="(2)"/g).map(([x]) => x),
    months: numbers(/<text x="([\d.]+)" y="32"[^>]*>(\w)<\/text>/g),
  };
}

/** A year's label in the chart's 12-unit bold Arial: 0.556 of the size a digit. */
const yearWidth = (label: string) => label.length * 0.556 * 12;
/** "M", the widest month initial, at the chart's 10 units. */
const MONTH_WIDTH = 0.833 * 10;

describe("timelineSvgLayout", () => {
  const svgOf = (start: string, end: string) =>
    timelineSvg([{ name: "A", start, end }], { colour: "#1f4e79", idPrefix: "t", title: "T" });

  it("leaves out the label of a year too narrow for it (a lone January at the end of 37 months), rather than draw it past the chart", () => {
    const { width, years, lines } = drawn(svgOf("2026-01-01", "2029-01-31"));
    expect(years.map(([, label]) => label)).toEqual(["2026", "2027", "2028"]);
    expect(lines).toHaveLength(4);
    for (const [x, label] of years) expect(x + yearWidth(label)).toBeLessThanOrEqual(width);
  });

  it("keeps a year of two months (Cwm Teg's 2029) labelled, narrowing the phases' names' column a little", () => {
    const layout = timelineSvgLayout(timelineGrid([{ name: "A", start: "2026-09-01", end: "2029-02-28" }]));
    expect(layout.yearLabels).toEqual(["2026", "2027", "2028", "2029"]);
    expect(layout.labelWidth).toBeLessThan(280);
    expect(layout.labelWidth).toBeGreaterThanOrEqual(260);
  });

  it("labels every third month when a month is too narrow for its initial (five years)", () => {
    const { months } = drawn(svgOf("2026-04-01", "2031-04-30"));
    expect(months.map(([, initial]) => initial).slice(0, 4)).toEqual(["A", "J", "O", "J"]);
  });

  it("draws every year's label inside its months and no month's initial over the next (property)", () => {
    const month = fc.integer({ min: 2020 * 12, max: 2040 * 12 });
    const iso = (index: number) =>
      `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}-01`;
    fc.assert(
      fc.property(month, fc.integer({ min: 0, max: 120 }), (start, length) => {
        const { width, years, lines, months } = drawn(svgOf(iso(start), iso(start + length)));
        const phaseNames = 224;
        expect(lines[0]).toBeGreaterThanOrEqual(phaseNames + 12);
        for (const [x, label] of years) {
          const next = lines.find((line) => line > x) ?? width;
          // A tenth more than Arial's, for a wider font; the SVG gives x to a tenth of a unit, so a label that
          // fits exactly may look 0.1 too wide.
          expect(x + yearWidth(label) * 1.1).toBeLessThanOrEqual(next + 0.1);
        }
        months.forEach(([x], index) => {
          const next = months[index + 1];
          if (next) expect(next[0] - x).toBeGreaterThanOrEqual(MONTH_WIDTH * 1.1);
          expect(x + MONTH_WIDTH / 2).toBeLessThanOrEqual(width);
        });
        // In a chart of three years or less, a year of three months or more always has its label.
        if (length < 36) {
          const grid = timelineGrid([{ name: "A", start: iso(start), end: iso(start + length) }]);
          for (const year of grid.years)
            if (year.count >= 3) expect(years.map(([, label]) => label)).toContain(String(year.year));
        }
      }),
      { numRuns: 1000 },
    );
  });
});
