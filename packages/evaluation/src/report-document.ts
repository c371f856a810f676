import { formatDate, formatMonth, formatNumber } from "@lac/en-gb-format";
import type { SafeCount } from "./suppression.js";
import type { SafeReport, SafeRow, SafeTable } from "./safe-report.js";

/** A chart of the report: a Vega-Lite specification of counts already shown in a table beside it. */
export interface ReportChart {
  readonly id: string;
  /** Where the Markdown points at the chart's SVG, relative to the report. */
  readonly path: string;
  readonly title: string;
  /** The text alternative: what the chart shows, in words. */
  readonly alt: string;
  /** A Vega-Lite (v6) specification, with its data inline. */
  readonly spec: Readonly<Record<string, unknown>>;
}

export interface ReportDocumentOptions {
  /** The council's name, when known. */
  readonly council?: string;
  /** The folder the charts' SVG files are in, relative to the report (default "charts"). */
  readonly chartFolder?: string;
  /** Lines and journeys left out because they were refused (when the person asked to go on without them). */
  readonly refused?: { readonly lines: number; readonly journeys: number };
  /** True when the data is the synthetic example population. */
  readonly synthetic?: boolean;
}

export interface ReportDocument {
  readonly title: string;
  readonly markdown: string;
  readonly charts: readonly ReportChart[];
}

const COLOURS = ["#1f4e79", "#b35806", "#542788"];

/** How a count reads in the report. */
export function describeCount(count: SafeCount, threshold: number): string {
  if (count.shown) return formatNumber(count.value);
  return count.reason === "fewer-than-threshold" ? `fewer than ${threshold}` : "withheld";
}

function periodText(period: { from: string; to: string }): string {
  return `${formatDate(period.from)} to ${formatDate(period.to)}`;
}

function cell(text: string): string {
  return text.replaceAll("|", "\\|").replaceAll("\n", " ");
}

function table(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const align = headers.map((_h, index) => (index === 0 ? "---" : "---:"));
  return [
    `| ${headers.map(cell).join(" | ")} |`,
    `| ${align.join(" | ")} |`,
    ...rows.map((row) => `| ${row.map(cell).join(" | ")} |`),
  ].join("\n");
}

function countTable(heading: string, data: SafeTable, threshold: number, totalLabel = "Total"): string {
  const rows = data.rows.map((row) => [row.label, describeCount(row.count, threshold)]);
  if (data.total !== undefined)
    rows.push([`**${totalLabel}**`, `**${describeCount(data.total, threshold)}**`]);
  return table([heading, "Count"], rows);
}

/** A horizontal bar chart of the shown counts of a table. */
function barChart(
  id: string,
  folder: string,
  title: string,
  what: string,
  rows: readonly SafeRow[],
  threshold: number,
  colour: string,
): ReportChart {
  const shown = rows.filter((row) => row.count.shown);
  const hidden = rows.filter((row) => !row.count.shown);
  const values = shown.map((row) => ({ label: row.label, count: (row.count as { value: number }).value }));
  const described = shown.map((row) => `${row.label}: ${describeCount(row.count, threshold)}`).join("; ");
  const alt =
    `Bar chart of ${what}. ${described || "No counts to show"}.` +
    (hidden.length > 0
      ? ` Not drawn, to protect privacy: ${hidden.map((row) => `${row.label} (${describeCount(row.count, threshold)})`).join(", ")}.`
      : "");
  return {
    id,
    path: `${folder}/${id}.svg`,
    title,
    alt,
    spec: {
      $schema: "https://vega.github.io/schema/vega-lite/v6.json",
      description: alt,
      width: 420,
      height: { step: 22 },
      background: "white",
      config: {
        font: "Arial",
        axis: { labelFontSize: 11, titleFontSize: 11, labelLimit: 0 },
        view: { stroke: null },
      },
      data: { values },
      mark: { type: "bar", color: colour },
      encoding: {
        y: { field: "label", type: "nominal", sort: null, title: null },
        x: { field: "count", type: "quantitative", title: "Count", axis: { tickMinStep: 1, format: ",d" } },
        tooltip: [
          { field: "label", title: "What" },
          { field: "count", title: "Count", format: "," },
        ],
      },
    },
  };
}

function trendChart(report: SafeReport, folder: string): ReportChart {
  const series = [
    ["introduced", "People introduced"],
    ["firstConversations", "First conversations"],
    ["ended", "Journeys ended"],
  ] as const;
  const values = report.months.flatMap((month) =>
    series.flatMap(([key, label]) => {
      const count = month[key];
      return count.shown ? [{ month: `${month.month}-01`, measure: label, count: count.value }] : [];
    }),
  );
  const alt = `Line chart of people introduced, first conversations and journeys ended in each month from ${formatMonth(`${report.months[0]?.month ?? report.period.from.slice(0, 7)}-01`)} to ${formatMonth(`${report.months.at(-1)?.month ?? report.period.to.slice(0, 7)}-01`)}. The table beside it gives every month's numbers; months with fewer than ${report.threshold} are left out of the lines.`;
  return {
    id: "monthly-trends",
    path: `${folder}/monthly-trends.svg`,
    title: "Month by month",
    alt,
    spec: {
      $schema: "https://vega.github.io/schema/vega-lite/v6.json",
      description: alt,
      width: 480,
      height: 220,
      background: "white",
      config: {
        font: "Arial",
        axis: { labelFontSize: 11, titleFontSize: 11 },
        legend: { labelFontSize: 11, labelLimit: 0, orient: "bottom", title: null },
        view: { stroke: null },
      },
      data: { values },
      mark: { type: "line", point: true, strokeWidth: 2 },
      encoding: {
        x: {
          field: "month",
          type: "temporal",
          timeUnit: "yearmonth",
          title: "Month",
          axis: { format: "%b %Y", labelAngle: -40 },
        },
        y: { field: "count", type: "quantitative", title: "Count", axis: { tickMinStep: 1, format: ",d" } },
        color: {
          field: "measure",
          type: "nominal",
          sort: series.map(([, label]) => label),
          scale: { domain: series.map(([, label]) => label), range: COLOURS },
        },
        strokeDash: {
          field: "measure",
          type: "nominal",
          sort: series.map(([, label]) => label),
          scale: {
            domain: series.map(([, label]) => label),
            range: [
              [1, 0],
              [6, 3],
              [2, 2],
            ],
          },
        },
        shape: {
          field: "measure",
          type: "nominal",
          scale: { domain: series.map(([, label]) => label), range: ["circle", "square", "triangle-up"] },
        },
      },
    },
  };
}

const LIMITS = {
  sources:
    "These are introductions recorded in the log: they show who is introducing people, not how many people in the neighbourhoods could benefit.",
  levels:
    "These count journeys as recorded at the end of the period; a level is a description of the support, not a measure of need.",
  stages:
    "Stages are the toolkit's own labels for where a journey stands; people move back and forth between them, so they are not a ladder of progress.",
  endings:
    "These count endings recorded in the period and the reason written down; they cannot show what happened to people afterwards.",
  waits:
    "These count calendar days between an introduction (or a re-opening) and the first conversation recorded; they depend on how promptly conversations are written up.",
  outcomes:
    "These count events that a coordinator marked with an outcome: recorded observations, not proof that Local Area Coordination caused them, and not a measure of services avoided in money.",
  principles:
    "These count how often coordinators cited each principle when writing up; they show what practice is being described, not how well.",
  months:
    "These count events by the month they happened; a change from month to month may reflect recording habits as much as activity.",
  comparison:
    "This compares counts of recorded events between two periods; a difference is not in itself evidence of impact.",
  groups:
    "These count events by group; groups differ in size, history and population, so they are not a league table.",
} as const;

const PARTNER =
  "For what these numbers mean for people's lives, and what Local Area Coordination changed, ask the council's evaluation partner.";

/** The report as Markdown, with its charts' specifications. Pure: the same report gives the same text. */
export function renderReportDocument(
  report: SafeReport,
  options: ReportDocumentOptions = {},
): ReportDocument {
  const t = report.threshold;
  const folder = options.chartFolder ?? "charts";
  const n = (count: SafeCount) => describeCount(count, t);
  const council = options.council ?? "the council";
  const title = `Local Area Coordination: evaluation report, ${periodText(report.period)}`;
  const charts: ReportChart[] = [];
  const chart = (made: ReportChart) => {
    charts.push(made);
    return `![${made.alt}](${made.path})`;
  };
  const h = report.headline;
  const lines: string[] = [];
  lines.push(`# ${title}`, "");
  lines.push(
    `> **Draft for local review.** Counts of events recorded in ${options.synthetic ? "a synthetic, fictional population (no real person is in it)" : `${council}'s journey logs`}, for the cross-sector leadership group, scrutiny and the evaluation partner. They are counts of recorded events, not proof of impact. Check this report with the council's information governance lead before sharing it.`,
    "",
  );
  lines.push("## About this report", "");
  lines.push(
    `- **Period:** ${periodText(report.period)} (calendar dates in ${report.timeZone}).`,
    `- **Events in the log:** from ${report.firstEventDate ? formatDate(report.firstEventDate) : "–"} to ${report.lastEventDate ? formatDate(report.lastEventDate) : "–"}.`,
    `- **Privacy:** no person's reference appears in this report. Counts from 1 to ${t - 1} are shown as "fewer than ${t}"; some other counts are "withheld" so that a small count cannot be worked out by subtracting from a total; ${report.groupBy === "coordinator" ? "coordinators" : "neighbourhoods"} with fewer than ${t} people supported are merged into one row. The threshold of ${t} is set with \`--threshold\`: agree it with the council's information governance lead.`,
  );
  if (options.refused) {
    lines.push(
      `- **Left out:** ${formatNumber(options.refused.lines)} line${options.refused.lines === 1 ? "" : "s"} of the log (${formatNumber(options.refused.journeys)} journey${options.refused.journeys === 1 ? "" : "s"}) were refused as not valid and are not counted.`,
    );
  }
  lines.push("", PARTNER, "");

  lines.push("## At a glance", "");
  lines.push(
    table(
      ["Measure", "Count"],
      [
        ["People supported in the period (journeys open at some time in it)", n(h.supported)],
        ["People introduced", n(h.introduced)],
        ["First conversations", n(h.firstConversations)],
        ["Journeys ended", n(h.ended)],
        ["Journeys re-opened", n(h.reopened)],
        ["Journeys open at the end of the period", n(h.openAtEnd)],
      ],
    ),
    "",
  );

  lines.push("## People introduced, and by whom", "", LIMITS.sources, "");
  lines.push(
    chart(
      barChart(
        "introductions-by-source",
        folder,
        "People introduced, by who introduced them",
        "people introduced, by who introduced them",
        report.sources.rows,
        t,
        COLOURS[0]!,
      ),
    ),
    "",
  );
  lines.push(countTable("Introduced by", report.sources, t), "");

  lines.push("## Levels of support", "", LIMITS.levels, "");
  lines.push(countTable("Level at the end of the period", report.levels, t, "Open at the end"), "");
  lines.push(countTable("Moves between levels in the period", report.moves, t, "All moves"), "");

  lines.push("## Where journeys stand", "", LIMITS.stages, "");
  lines.push(
    chart(
      barChart(
        "stages-at-end",
        folder,
        "Open journeys by stage at the end of the period",
        "journeys open at the end of the period, by stage",
        report.stages.rows,
        t,
        COLOURS[0]!,
      ),
    ),
    "",
  );
  lines.push(countTable("Stage at the end of the period", report.stages, t, "Open at the end"), "");
  lines.push(countTable("Open journeys at the end of the period", report.status, t, "Open at the end"), "");

  lines.push("## How journeys ended", "", LIMITS.endings, "");
  lines.push(countTable("Reason recorded", report.endings, t, "Journeys ended"), "");

  lines.push("## Time from introduction to a first conversation", "", LIMITS.waits, "");
  const median =
    report.medianWait === "suppressed"
      ? `The median is not shown: there were fewer than ${t} first conversations.`
      : report.medianWait === null
        ? "There were no first conversations in the period."
        : `The median was **${formatNumber(report.medianWait)} day${report.medianWait === 1 ? "" : "s"}** (half of the people waited that long or less).`;
  lines.push(median, "");
  lines.push(
    chart(
      barChart(
        "days-to-first-conversation",
        folder,
        "Days from introduction to a first conversation",
        "first conversations by the number of days since the introduction",
        report.waits.rows,
        t,
        COLOURS[1]!,
      ),
    ),
    "",
  );
  lines.push(countTable("Days to the first conversation", report.waits, t, "First conversations"), "");

  lines.push("## Outcome markers", "", LIMITS.outcomes, "");
  lines.push(
    chart(
      barChart(
        "outcome-markers",
        folder,
        "Events marked with each outcome",
        "events marked with each outcome",
        report.outcomes.rows,
        t,
        COLOURS[2]!,
      ),
    ),
    "",
  );
  lines.push(countTable("Outcome marker", report.outcomes, t), "");
  lines.push("One event may carry several markers, so these counts are not added up.", "");

  lines.push("## Principles cited in practice", "", LIMITS.principles, "");
  lines.push(countTable("Principle", report.principles, t), "");

  lines.push("## Month by month", "", LIMITS.months, "");
  lines.push(chart(trendChart(report, folder)), "");
  lines.push(
    table(
      ["Month", "People introduced", "First conversations", "Journeys ended"],
      report.months.map((month) => [
        formatMonth(`${month.month}-01`),
        n(month.introduced),
        n(month.firstConversations),
        n(month.ended),
      ]),
    ),
    "",
  );

  lines.push("## Compared with the previous period", "", LIMITS.comparison, "");
  if (report.comparison && report.previousPeriod) {
    lines.push(
      table(
        ["Measure", periodText(report.previousPeriod), periodText(report.period), "Change"],
        report.comparison.map((row) => [
          row.label,
          n(row.previous),
          n(row.current),
          row.current.shown && row.previous.shown
            ? `${row.current.value - row.previous.value > 0 ? "+" : ""}${formatNumber(row.current.value - row.previous.value)}`
            : "–",
        ]),
      ),
      "",
    );
  } else {
    lines.push(
      "The log does not go back to the start of the previous period, so there is no comparison.",
      "",
    );
  }

  if (report.groupBy !== undefined) {
    const noun = report.groupBy === "coordinator" ? "coordinator" : "neighbourhood";
    lines.push(`## By ${noun}`, "", LIMITS.groups, "");
    if (report.groupBy === "coordinator") {
      lines.push(
        "Coordinators are named by their pseudonymous staff reference. A journey counts under its coordinator at the end of the period. Use this table for supervision and workload planning, not to judge people.",
        "",
      );
    }
    lines.push(
      table(
        [
          noun[0]!.toUpperCase() + noun.slice(1),
          "Supported",
          "Introduced",
          "First conversations",
          "Ended",
          "Open at the end",
        ],
        report.groups.map((group) => [
          group.merged ? `${group.label} (merged: too few people to show each)` : group.label,
          n(group.supported),
          n(group.introduced),
          n(group.firstConversations),
          n(group.ended),
          n(group.openAtEnd),
        ]),
      ),
      "",
    );
  }

  lines.push("## What these numbers can and cannot show", "");
  lines.push(
    "Every number here counts events that coordinators recorded: introductions, conversations, changes, endings and outcome markers. They show activity and what coordinators observed; they cannot show, on their own, that Local Area Coordination caused a change, how people experienced it, or what it saved. Stories from people and partners, and the evaluation partner's methods, are needed for that.",
    "",
    `Definitions of every count are in the toolkit's guide for evaluation partners (docs/report-definitions.md). ${PARTNER}`,
    "",
  );
  return { title, markdown: lines.join("\n"), charts };
}
