import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { timelineColumns, yearLabelWidth } from "./timeline-columns.js";
import { timelineGrid } from "./timeline.js";

/** A4 portrait with 2.54 cm margins, in twentieths of a point. */
const TEXT_WIDTH = 11906 - 2 * 1440;

describe("timelineColumns", () => {
  it("keeps the phase names' column where every year's label fits", () => {
    const grid = timelineGrid([{ name: "A", start: "2026-04-01", end: "2027-12-31" }]);
    expect(timelineColumns(grid, TEXT_WIDTH)).toMatchObject({
      labelWidth: 3400,
      yearLabels: ["2026", "2027"],
    });
  });

  it("narrows the phase names' column so that a year of two months (Cwm Teg's 2029) holds its label on one line", () => {
    // September 2026 to February 2029: 30 months, so 187 twips a month beside a column of 3400, and 2029's
    // two months less their margins (354) are narrower than "2029" in 8-point bold Arial (356).
    const grid = timelineGrid([{ name: "A", start: "2026-09-01", end: "2029-02-28" }]);
    const { labelWidth, monthWidth, yearLabels } = timelineColumns(grid, TEXT_WIDTH);
    expect(labelWidth).toBeLessThan(3400);
    expect(labelWidth + monthWidth * 30).toBeLessThanOrEqual(TEXT_WIDTH);
    expect(monthWidth * 2).toBeGreaterThanOrEqual(yearLabelWidth("2029"));
    expect(yearLabels).toEqual(["2026", "2027", "2028", "2029"]);
  });

  it("leaves out a year's label that no narrowing would fit, rather than break it", () => {
    // Forty months with a January alone: a month is too narrow for "2030" even beside the narrowest column.
    const grid = timelineGrid([{ name: "A", start: "2026-10-01", end: "2030-01-31" }]);
    const { monthWidth, yearLabels } = timelineColumns(grid, TEXT_WIDTH);
    expect(yearLabels.at(-1)).toBe("");
    expect(yearLabels.slice(0, -1)).toEqual(["2026", "2027", "2028", "2029"]);
    expect(monthWidth * 3).toBeGreaterThanOrEqual(yearLabelWidth("2026"));
  });

  it("never breaks a year's label, and fits the text width (property)", () => {
    const month = fc.integer({ min: 2020 * 12, max: 2040 * 12 });
    const iso = (index: number) =>
      `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}-01`;
    fc.assert(
      fc.property(month, fc.integer({ min: 0, max: 72 }), (start, length) => {
        const grid = timelineGrid([{ name: "A", start: iso(start), end: iso(start + length) }]);
        const { labelWidth, monthWidth, yearLabels } = timelineColumns(grid, TEXT_WIDTH);
        expect(labelWidth + monthWidth * grid.months.length).toBeLessThanOrEqual(TEXT_WIDTH);
        expect(labelWidth).toBeGreaterThanOrEqual(2600);
        grid.years.forEach((year, index) => {
          const label = yearLabels[index]!;
          expect(label === "" || label === String(year.year)).toBe(true);
          if (label !== "") expect(monthWidth * year.count).toBeGreaterThanOrEqual(yearLabelWidth(label));
        });
        // In a chart of three years or less, a year of three months or more always has its label.
        grid.years.forEach((year, index) => {
          if (year.count >= 3 && grid.months.length <= 36) expect(yearLabels[index]).toBe(String(year.year));
        });
      }),
    );
  });
});
