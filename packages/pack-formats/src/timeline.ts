import { formatDate, MONTH_NAMES, parseIsoDate } from "@lac/en-gb-format";
import type { TimelinePhase } from "./options.js";

/** One column of the timeline: a calendar month. */
export interface TimelineMonth {
  readonly year: number;
  /** 0 = January. */
  readonly month: number;
  /** "A" for April, etc. */
  readonly initial: string;
}

/** The timeline laid out on a grid of calendar months. */
export interface TimelineGrid {
  readonly months: readonly TimelineMonth[];
  /** Per phase, the first and last column it covers (inclusive). */
  readonly bars: readonly { readonly phase: TimelinePhase; readonly first: number; readonly last: number }[];
  /** Runs of columns in one calendar year, for the year labels. */
  readonly years: readonly { readonly year: number; readonly first: number; readonly count: number }[];
}

function monthIndex(isoDate: string): number {
  const date = parseIsoDate(isoDate);
  if (date === undefined) throw new RangeError(`Not an ISO date: ${JSON.stringify(isoDate)}`);
  return date.year * 12 + date.month;
}

/** Lays the phases out on the calendar months from the first phase's start to the last phase's end. */
export function timelineGrid(phases: readonly TimelinePhase[]): TimelineGrid {
  if (phases.length === 0) return { months: [], bars: [], years: [] };
  const spans = phases.map((phase) => {
    const first = monthIndex(phase.start);
    const last = Math.max(first, monthIndex(phase.end));
    return { phase, first, last };
  });
  const origin = Math.min(...spans.map((span) => span.first));
  const end = Math.max(...spans.map((span) => span.last));
  const months: TimelineMonth[] = [];
  for (let index = origin; index <= end; index += 1) {
    const month = index % 12;
    months.push({ year: Math.floor(index / 12), month, initial: MONTH_NAMES[month]!.charAt(0) });
  }
  const years: { year: number; first: number; count: number }[] = [];
  months.forEach((month, column) => {
    const last = years.at(-1);
    if (last?.year === month.year) last.count += 1;
    else years.push({ year: month.year, first: column, count: 1 });
  });
  return {
    months,
    bars: spans.map((span) => ({ phase: span.phase, first: span.first - origin, last: span.last - origin })),
    years,
  };
}

/** "1 April 2026" from "2026-04-01". */
export function longDate(isoDate: string): string {
  return parseIsoDate(isoDate) === undefined ? isoDate : formatDate(isoDate);
}

/** The chart's text alternative: each phase with its dates. */
export function timelineDescription(phases: readonly TimelinePhase[]): string {
  return phases
    .map((phase) => `${phase.name}: ${longDate(phase.start)} to ${longDate(phase.end)}.`)
    .join(" ");
}

function escapeXml(text: string): string {
  return text
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;");
}

export interface TimelineSvgOptions {
  /** #rrggbb of the bars. */
  readonly colour: string;
  /** A unique prefix for the ids of the title and description. */
  readonly idPrefix: string;
  readonly title: string;
}

/** The chart's width: the phases' names' column, the months' columns and a margin of 4 on the right. */
const WIDTH = 684;
/** The width of a bold year's label in the chart's 12-unit type: Arial's digits (0.556 em), a tenth more for a wider font, and 2 before it. */
const yearRoom = (year: number) => String(year).length * 7.34 + 2;
/** The room a month's initial needs at 10 units: "M", Arial's widest (0.833 em), a tenth more, and a unit between. */
const INITIAL_ROOM = 10.2;

/**
 * Where the SVG chart's columns fall: the phases' names' column (`labelWidth`, 280 units, which the longest
 * name, 224 units in Arial, fits), each month's (`columnWidth`), each year's label by `grid.years`
 * (`yearLabels`) and which months have their initial (`monthStep`: every month, every third or every
 * January). A year of a month or two at either end (Cwm Teg's January and February 2029) may be narrower
 * than its label: as in the Word chart (timeline-columns.ts), the names' column is narrowed, down to 260,
 * until every label fits; a label that would still not fit is left out ("" in `yearLabels`), as the month
 * initials below it and the year's line show where the year turns. The chart is an image whose
 * description gives every phase's dates, so nothing is lost to a screen reader.
 */
export function timelineSvgLayout(grid: TimelineGrid): {
  labelWidth: number;
  columnWidth: number;
  yearLabels: string[];
  monthStep: number;
} {
  const months = Math.max(grid.months.length, 1);
  // The last year's label may run into the margin on the right.
  const margin = (index: number) => (index === grid.years.length - 1 ? 4 : 0);
  const needed = Math.max(
    0,
    ...grid.years.map((year, index) => (yearRoom(year.year) - margin(index)) / year.count),
  );
  const labelWidth = Math.max(260, Math.min(280, WIDTH - 4 - needed * months));
  const columnWidth = (WIDTH - 4 - labelWidth) / months;
  return {
    labelWidth,
    columnWidth,
    yearLabels: grid.years.map((year, index) =>
      year.count * columnWidth + margin(index) >= yearRoom(year.year) ? String(year.year) : "",
    ),
    monthStep: columnWidth >= INITIAL_ROOM ? 1 : columnWidth * 3 >= INITIAL_ROOM ? 3 : 12,
  };
}

/**
 * The timeline as an SVG bar chart (one row per phase, one column per month), sized to fit an A4 page's
 * text width, with a <title> and a <desc> that give every phase's dates in words.
 */
export function timelineSvg(phases: readonly TimelinePhase[], options: TimelineSvgOptions): string {
  const grid = timelineGrid(phases);
  const { labelWidth, columnWidth, yearLabels, monthStep } = timelineSvgLayout(grid);
  const rowHeight = 26;
  const top = 40;
  const width = WIDTH;
  const height = top + grid.bars.length * rowHeight + 6;
  const titleId = `${options.idPrefix}-title`;
  const descId = `${options.idPrefix}-desc`;
  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="100%" role="img" aria-labelledby="${titleId} ${descId}" class="timeline-chart" font-size="12">`,
    `<title id="${titleId}">${escapeXml(options.title)}</title>`,
    `<desc id="${descId}">${escapeXml(timelineDescription(phases))}</desc>`,
  );
  grid.years.forEach((year, index) => {
    const x = labelWidth + year.first * columnWidth;
    if (yearLabels[index])
      parts.push(
        `<text x="${(x + 2).toFixed(1)}" y="14" font-weight="bold" fill="#1a1a1a">${yearLabels[index]}</text>`,
      );
    parts.push(
      `<line x1="${x.toFixed(1)}" y1="2" x2="${x.toFixed(1)}" y2="${height}" stroke="#767676" stroke-width="1"/>`,
    );
  });
  grid.months.forEach((month, column) => {
    const x = labelWidth + column * columnWidth;
    if (month.month % monthStep === 0)
      parts.push(
        `<text x="${(x + columnWidth / 2).toFixed(1)}" y="32" text-anchor="middle" font-size="10" fill="#1a1a1a">${month.initial}</text>`,
      );
    if (month.month % 3 === 0 && month.month !== 0) {
      parts.push(
        `<line x1="${x.toFixed(1)}" y1="${top - 4}" x2="${x.toFixed(1)}" y2="${height}" stroke="#d0d0d0" stroke-width="1"/>`,
      );
    }
  });
  grid.bars.forEach((bar, row) => {
    const y = top + row * rowHeight;
    const x = labelWidth + bar.first * columnWidth;
    const barWidth = (bar.last - bar.first + 1) * columnWidth;
    parts.push(
      `<text x="0" y="${(y + rowHeight / 2 + 4).toFixed(1)}" fill="#1a1a1a">${escapeXml(bar.phase.name)}</text>`,
      `<rect x="${x.toFixed(1)}" y="${(y + 5).toFixed(1)}" width="${barWidth.toFixed(1)}" height="${rowHeight - 10}" rx="3" fill="${options.colour}"/>`,
    );
  });
  parts.push("</svg>");
  return parts.join("");
}
