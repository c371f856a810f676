// The columns of the Word timeline chart: the phases' names, then one column a month.
import type { TimelineGrid } from "./timeline.js";

/** The width of the phases' names' column, where every year's label fits beside it. */
const LABEL_WIDTH = 3400;
/** The narrowest the phases' names' column is made, so that a year's label fits: a name wraps to two lines. */
const NARROWEST_LABEL_WIDTH = 2600;
/** The year labels' size: 8-point bold, in twentieths of a point to the em. */
const YEAR_EM = 160;
/** A digit's width in Arial, regular or bold, in ems. */
const DIGIT_EM = 0.556;
/** The cells' left and right margins together. */
const CELL_MARGINS = 20;

/**
 * The room a year's label needs on one line, in twentieths of a point: its digits in 8-point bold Arial, a
 * tenth more for a program that sets it a little wider, and the cell's margins.
 */
export function yearLabelWidth(label: string): number {
  return Math.ceil(label.length * DIGIT_EM * YEAR_EM * 1.1) + CELL_MARGINS;
}

/**
 * The chart's columns across `textWidth` (in twentieths of a point): the phases' names' column
 * (`labelWidth`), each month's (`monthWidth`), and each year's label (`yearLabels`, by `grid.years`). A
 * year of a month or two at either end (Cwm Teg's January and February 2029) may be too narrow for its
 * label, which a program then breaks over two lines ("202" and "9"): the names' column is narrowed, down to
 * {@link NARROWEST_LABEL_WIDTH}, until every label fits; a label that would still not fit is left out, as
 * the month initials below it show where the year turns.
 */
export function timelineColumns(
  grid: TimelineGrid,
  textWidth: number,
): { labelWidth: number; monthWidth: number; yearLabels: string[] } {
  const months = Math.max(grid.months.length, 1);
  const monthWidthBeside = (labelWidth: number) => Math.floor((textWidth - labelWidth) / months);
  // The narrowest year decides: its months must hold its label.
  const needed = Math.max(
    0,
    ...grid.years.map((year) => Math.ceil(yearLabelWidth(String(year.year)) / year.count)),
  );
  const labelWidth = Math.max(NARROWEST_LABEL_WIDTH, Math.min(LABEL_WIDTH, textWidth - needed * months));
  const monthWidth = monthWidthBeside(labelWidth);
  const yearLabels = grid.years.map((year) => {
    const label = String(year.year);
    return monthWidth * year.count >= yearLabelWidth(label) ? label : "";
  });
  return { labelWidth, monthWidth, yearLabels };
}
