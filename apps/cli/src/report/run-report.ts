import { existsSync, statSync } from "node:fs";
import { extname, resolve } from "node:path";
import { shownPath } from "../shown-path.js";
import {
  DEFAULT_SUPPRESSION_THRESHOLD,
  buildSafeReport,
  createEvaluationTally,
  isValidThreshold,
  parseFinancialYear,
  parsePeriod,
  renderReportDocument,
  reportGroupings,
  syntheticPopulation,
  type ReportGrouping,
  type ReportPeriod,
} from "@lac/evaluation";
import { markdownToDocx, markdownToHtml, type Figure } from "@lac/pack-formats";
import type { CommandInput } from "../command-spec.js";
import { ExitCode } from "../exit-codes.js";
import { createStyle } from "../style.js";
import { LAC_VERSION } from "../version.js";
import { ChartPictureError, startChartRasteriser } from "./chart-raster-thread.js";
import { drawChart } from "./report-charts.js";
import {
  MAX_REFUSALS_KEPT,
  fileLines,
  tallyEventLines,
  type InputFormat,
  type LineSource,
} from "./report-input.js";
import { writeReportFiles, type ReportFile } from "./write-report-files.js";

/** How many refused lines are listed before "and N more". */
const REFUSALS_SHOWN = 20;
/** The synthetic example: a council-sized fictional population. */
export const EXAMPLE = {
  seed: 2026,
  journeys: 1000,
  period: { from: "2026-04-01", to: "2027-03-31" },
} as const;

const text = (value: unknown) =>
  typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;

/** The synthetic population as JSON lines, made as they are read. */
async function* exampleLines(): LineSource {
  let line = 0;
  for (const { journey, events } of syntheticPopulation(EXAMPLE)) {
    for (const event of events) {
      line += 1;
      yield { line, text: JSON.stringify({ journey, ...event }) };
    }
  }
}

/** A message as a sentence: its first line, ending with a full stop. */
function sentence(message: string): string {
  const line = (message.split("\n")[0] ?? "").trim();
  return /[.!?]$/.test(line) ? line : `${line}.`;
}

function periodSlug(period: ReportPeriod): string {
  const fy = /^(\d{4})-04-01$/.exec(period.from);
  if (fy && period.to === `${Number(fy[1]) + 1}-03-31`)
    return `${fy[1]}-${String((Number(fy[1]) + 1) % 100).padStart(2, "0")}`;
  return `${period.from}-to-${period.to}`;
}

/** `lac report`: the evaluation report from journey logs, in Markdown, Word and HTML. */
export async function runReport({ positionals, options, io }: CommandInput): Promise<ExitCode> {
  const style = createStyle(io.color);
  const usage = (message: string): ExitCode => {
    io.stderr.write(`${style.red("error")} ${message}\nRun lac report --help.\n`);
    return ExitCode.usage;
  };
  const failed = (message: string): ExitCode => {
    io.stderr.write(`${style.red("error")} ${message}\n`);
    return ExitCode.failed;
  };
  const example = options.example === true;
  const [file, extra] = positionals;
  if (extra !== undefined) return usage("lac report takes one events file.");
  if (example && file !== undefined) return usage("give either an events file or --example, not both.");
  if (!example && file === undefined) {
    return usage(
      "lac report needs the events file (JSON Lines or CSV): lac report events.jsonl --period 2026-27. Or try lac report --example.",
    );
  }

  // The period.
  const periodText = text(options.period);
  const from = text(options.from);
  const to = text(options.to);
  let period: ReportPeriod;
  if (periodText !== undefined) {
    if (from !== undefined || to !== undefined) return usage("give --period, or --from and --to, not both.");
    const parsed = parseFinancialYear(periodText);
    if (!parsed.ok) return usage(parsed.message);
    period = parsed.period;
  } else if (from !== undefined || to !== undefined) {
    if (from === undefined || to === undefined)
      return usage("give both --from and --to (dates written YYYY-MM-DD).");
    const parsed = parsePeriod(from, to);
    if (!parsed.ok) return usage(parsed.message);
    period = parsed.period;
  } else if (example) {
    period = EXAMPLE.period;
  } else {
    return usage(
      "say which period to report on: --period 2026-27 (a financial year), or --from 2026-04-01 --to 2026-06-30.",
    );
  }

  const by = text(options.by) ?? "neighbourhood";
  if (!(reportGroupings as readonly string[]).includes(by)) {
    return usage(`--by must be ${reportGroupings.join(" or ")}, not "${by.slice(0, 30)}".`);
  }
  const thresholdText = text(options.threshold);
  const threshold = thresholdText === undefined ? DEFAULT_SUPPRESSION_THRESHOLD : Number(thresholdText);
  if (!isValidThreshold(threshold)) {
    return usage("--threshold must be a whole number from 3 to 1000 (the smallest count shown; default 5).");
  }
  const formatText = text(options.format);
  if (formatText !== undefined && formatText !== "jsonl" && formatText !== "csv") {
    return usage(`--format must be jsonl or csv, not "${formatText.slice(0, 30)}".`);
  }

  // The input.
  let lines: LineSource;
  let format: InputFormat;
  let shownFile: string;
  if (example) {
    lines = exampleLines();
    format = "jsonl";
    shownFile = "example";
  } else {
    const path = resolve(io.cwd, file!);
    shownFile = file!;
    if (!existsSync(path) || !statSync(path).isFile()) {
      return failed(
        `${file}: no such file. Give the path of a JSON Lines (.jsonl) or CSV (.csv) export of journey events.`,
      );
    }
    format =
      (formatText as InputFormat | undefined) ?? (extname(path).toLowerCase() === ".csv" ? "csv" : "jsonl");
    lines = fileLines(path);
  }

  // Word's picture of each chart is drawn on a thread of its own, started now: it compiles resvg's WebAssembly
  // while the events are read, then draws each chart's picture while this thread draws the next chart.
  const rasteriser = startChartRasteriser(__dirname);
  try {
    return await writeReport();
  } catch (error) {
    if (!(error instanceof ChartPictureError)) throw error;
    return failed(
      `the charts' pictures for the Word report could not be drawn: ${sentence(error.message)} Nothing was written.`,
    );
  } finally {
    rasteriser.close();
  }

  /** The rest of the run: reads the events, then draws and writes the report. */
  async function writeReport(): Promise<ExitCode> {
    const tally = createEvaluationTally({ period, groupBy: by as ReportGrouping });
    const read = await tallyEventLines(lines, format, tally);
    if (read.fatal) {
      io.stderr.write(
        `${shownFile}:${read.fatal.line}: ${style.red("error")} ${read.fatal.message} Nothing was written.\n`,
      );
      return ExitCode.failed;
    }
    const skipInvalid = options["skip-invalid"] === true;
    if (read.refusedLines > 0) {
      const shown = read.refusals.slice(0, REFUSALS_SHOWN);
      for (const refusal of shown) {
        io.stderr.write(
          `${shownFile}:${refusal.line}: ${skipInvalid ? style.yellow("warning") : style.red("error")} ${refusal.message}\n`,
        );
      }
      const more = read.refusals.length > shown.length || read.refusals.length >= MAX_REFUSALS_KEPT;
      const count = `${read.refusedLines} line${read.refusedLines === 1 ? "" : "s"} refused (${read.refusedJourneys} journey${read.refusedJourneys === 1 ? "" : "s"})`;
      if (!skipInvalid) {
        return failed(
          `${count}: see ${shown.length === 1 ? "the error" : "the errors"} above${more ? ` (the first ${shown.length} found)` : ""}. A refused line refuses its whole journey. Fix the export, or run again with --skip-invalid to report on the valid journeys only. Nothing was written.`,
        );
      }
      io.stderr.write(
        `${style.yellow("warning")} ${count}: the report counts the other ${read.journeys} journeys, and says so.\n`,
      );
    }
    const counts = tally.finish();
    if (read.journeys === 0) return failed(`${shownFile}: no journey to report on. Nothing was written.`);
    if (counts.current.supported === 0) {
      return failed(
        `no journey was open between ${period.from} and ${period.to}: the events run from ${counts.firstEventDate} to ${counts.lastEventDate}. Choose a period they cover. Nothing was written.`,
      );
    }

    const safe = buildSafeReport(counts, { threshold });
    const slug = `${example ? "example-" : ""}evaluation-${periodSlug(period)}${by === "coordinator" ? "-by-coordinator" : ""}`;
    const chartFolder = `${slug}-charts`;
    const document = renderReportDocument(safe, {
      chartFolder,
      synthetic: example,
      ...(read.refusedLines > 0
        ? { refused: { lines: read.refusedLines, journeys: read.refusedJourneys } }
        : {}),
    });
    const files: ReportFile[] = [];
    // Word's picture of each chart (a PNG beside the SVG, which programs without SVG, LibreOffice among
    // them, show), drawn by resvg from the dist folder's WebAssembly and font, on the other thread.
    const charts: { readonly path: string; readonly figure: Omit<Figure, "png"> }[] = [];
    const pictures: Promise<Uint8Array>[] = [];
    for (const chart of document.charts) {
      const drawn = await drawChart(chart.spec);
      const picture = rasteriser.draw(drawn.svg);
      // Its failure is seen below, by Promise.all, once the other charts are drawn.
      picture.catch(() => undefined);
      pictures.push(picture);
      charts.push({
        path: chart.path,
        figure: { ...drawn, alt: chart.alt, caption: `${chart.title}. The numbers are in the table below.` },
      });
      files.push({ path: `reports/${chart.path}`, content: drawn.svg });
    }
    const convert = {
      title: document.title,
      sourcePath: `reports/${slug}.md`,
      language: "en" as const,
      council: example ? "A fictional council (synthetic example)" : "The council",
      templateVersion: `lac ${LAC_VERSION}`,
    };
    // The HTML shows the charts as SVG: it is written while the other thread draws the pictures Word needs.
    const html = markdownToHtml(document.markdown, { ...convert, figures: svgFigures(charts) });
    const drawnPictures = await Promise.all(pictures);
    const figures = Object.fromEntries(
      charts.map(({ path, figure }, index): [string, Figure] => [
        path,
        { ...figure, png: drawnPictures[index]! },
      ]),
    );
    files.push({ path: `reports/${slug}.md`, content: document.markdown });
    files.push({
      path: `reports/${slug}.docx`,
      content: await markdownToDocx(document.markdown, { ...convert, figures }),
    });
    files.push({ path: `reports/${slug}.html`, content: html });

    const out = resolve(io.cwd, text(options.out) ?? ".");
    const shownDir = shownPath(io.cwd, text(options.out) ?? ".");
    const written = await writeReportFiles(out, files, { force: options.force === true, shownDir });
    if (!written.ok) return failed(written.message);
    const where = (path: string) => (shownDir === "." ? path : `${shownDir}/${path}`);
    io.stdout.write(
      `${style.green("✓")} ${example ? "the example report (a synthetic, fictional population)" : "the report"} on ${read.journeys} journeys (${read.events} events), ${period.from} to ${period.to}:\n`,
    );
    for (const path of files.filter((each) => !each.path.endsWith(".svg")).map((each) => each.path)) {
      io.stdout.write(`  ${where(path)}${written.unchanged.includes(path) ? " (unchanged)" : ""}\n`);
    }
    io.stdout.write(`  and ${document.charts.length} charts in ${where(`reports/${chartFolder}/`)}\n`);
    return ExitCode.ok;
  }
}

/**
 * The figures for the HTML, which shows each chart as SVG, never its picture (drawn for Word on the other thread,
 * and not ready yet): were the HTML writer to ask for one, that is an error, not an empty picture.
 */
function svgFigures(
  charts: readonly { readonly path: string; readonly figure: Omit<Figure, "png"> }[],
): Record<string, Figure> {
  return Object.fromEntries(
    charts.map(({ path, figure }) => [
      path,
      Object.defineProperty({ ...figure }, "png", {
        enumerable: true,
        get(): never {
          throw new Error(`the HTML asked for the picture of ${path}, which is drawn for Word only.`);
        },
      }) as Figure,
    ]),
  );
}
