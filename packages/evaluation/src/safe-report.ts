import {
  endReasonLabels,
  endReasons,
  introductionSourceLabels,
  introductionSources,
  outcomeMarkerLabels,
  outcomeMarkers,
  stageLabels,
  stages,
  supportLevelLabels,
  supportLevels,
} from "@lac/journeys";
import { principles } from "@lac/principles";
import {
  histogramMedian,
  waitBands,
  type EvaluationCounts,
  type ReportGrouping,
} from "./evaluation-tally.js";
import type { ReportPeriod } from "./report-period.js";
import {
  DEFAULT_SUPPRESSION_THRESHOLD,
  isValidThreshold,
  suppressCount,
  suppressPartitions,
  type SafeCount,
} from "./suppression.js";

/** One row of a table of counts: what it counts, and the count as it may be shown. */
export interface SafeRow {
  readonly id: string;
  readonly label: string;
  readonly count: SafeCount;
}

/** A table of counts that add up to a total shown under them. */
export interface SafeTable {
  readonly rows: readonly SafeRow[];
  /** `undefined` when the counts do not add up to anything (an event may carry several markers). */
  readonly total?: SafeCount;
}

export interface SafeMonth {
  readonly month: string;
  readonly introduced: SafeCount;
  readonly firstConversations: SafeCount;
  readonly ended: SafeCount;
}

export interface SafeGroup {
  readonly label: string;
  /** True for the row that merges the groups too small to show on their own. */
  readonly merged: boolean;
  readonly supported: SafeCount;
  readonly introduced: SafeCount;
  readonly firstConversations: SafeCount;
  readonly ended: SafeCount;
  readonly openAtEnd: SafeCount;
}

export interface SafeComparisonRow {
  readonly id: string;
  readonly label: string;
  readonly current: SafeCount;
  readonly previous: SafeCount;
}

/**
 * Everything a report shows, after suppression: no count from 1 to threshold - 1, no count that can be
 * worked out from totals, no person reference (the counts never held any).
 */
export interface SafeReport {
  readonly period: ReportPeriod;
  readonly previousPeriod: ReportPeriod | undefined;
  readonly timeZone: string;
  readonly threshold: number;
  readonly firstEventDate: string | undefined;
  readonly lastEventDate: string | undefined;
  readonly headline: {
    readonly supported: SafeCount;
    readonly introduced: SafeCount;
    readonly firstConversations: SafeCount;
    readonly ended: SafeCount;
    readonly reopened: SafeCount;
    readonly openAtEnd: SafeCount;
  };
  readonly sources: SafeTable;
  readonly levels: SafeTable;
  readonly moves: SafeTable;
  readonly stages: SafeTable;
  readonly status: SafeTable;
  readonly endings: SafeTable;
  readonly waits: SafeTable;
  /** Median days to a first conversation, or `undefined` when there were fewer than the threshold. */
  readonly medianWait: number | null | "suppressed";
  readonly outcomes: SafeTable;
  readonly principles: SafeTable;
  readonly months: readonly SafeMonth[];
  readonly comparison: readonly SafeComparisonRow[] | undefined;
  readonly groupBy: ReportGrouping | undefined;
  readonly groups: readonly SafeGroup[];
}

export interface SafeReportOptions {
  readonly threshold: number;
  /** Labels for group keys (a neighbourhood's name), when the caller has them. */
  readonly groupLabels?: Readonly<Record<string, string>>;
}

const rowsOf = (
  ids: readonly string[],
  labels: Readonly<Record<string, string>>,
  cells: readonly SafeCount[],
): SafeRow[] => ids.map((id, index) => ({ id, label: labels[id] ?? id, count: cells[index]! }));

/**
 * Applies the suppression rules to a tally's counts: what a report may show. Throws a `RangeError` for a threshold
 * that `isValidThreshold` refuses (a whole number from 3 to 1000), which would let small counts through.
 */
export function buildSafeReport(counts: EvaluationCounts, options: SafeReportOptions): SafeReport {
  // A threshold below 3 (or none) would publish small counts as if they were safe: refuse it, never guess.
  const t: unknown = (options as Partial<SafeReportOptions> | undefined)?.threshold;
  if (!isValidThreshold(t)) {
    throw new RangeError(
      `The suppression threshold must be a whole number from 3 to 1000 (counts from 1 to threshold - 1 are hidden), not ${typeof t === "number" ? String(t) : `a value of type ${typeof t}`}. Use DEFAULT_SUPPRESSION_THRESHOLD (${DEFAULT_SUPPRESSION_THRESHOLD}), or check a threshold with isValidThreshold.`,
    );
  }
  const current = counts.current;
  const monthKeys = Object.keys(current.months);
  const monthly = (name: "introduced" | "firstConversations" | "ended") =>
    monthKeys.map((key) => current.months[key]![name]);

  // Groups: those with fewer than the threshold of people supported are merged into one row.
  const groupEntries = [...counts.groups.entries()].sort(([a], [b]) =>
    a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1,
  );
  const kept = groupEntries.filter(([, group]) => group.supported >= t);
  const small = groupEntries.filter(([, group]) => group.supported < t);
  // A merged row that is itself under the threshold takes the smallest groups shown, until it is not.
  const mergedSupported = () => small.reduce((sum, [, group]) => sum + group.supported, 0);
  while (small.length > 0 && mergedSupported() < t && kept.length > 0) {
    const smallest = kept.reduce((least, entry) => (entry[1].supported < least[1].supported ? entry : least));
    kept.splice(kept.indexOf(smallest), 1);
    small.push(smallest);
  }
  const rows = kept.map(([key, group]) => ({
    label: key === null ? "No coordinator named" : (options.groupLabels?.[key] ?? key),
    merged: false,
    ...group,
  }));
  if (small.length > 0) {
    const merged = { supported: 0, introduced: 0, firstConversations: 0, ended: 0, openAtEnd: 0 };
    for (const [, group] of small)
      for (const name of Object.keys(merged) as (keyof typeof merged)[]) merged[name] += group[name];
    rows.push({
      label: counts.groupBy === "coordinator" ? "Other coordinators" : "Other neighbourhoods",
      merged: true,
      ...merged,
    });
  }
  const groupColumn = (name: "supported" | "introduced" | "firstConversations" | "ended" | "openAtEnd") =>
    counts.groupBy === undefined ? [] : [rows.map((row) => row[name])];

  const supported = suppressPartitions(current.supported, groupColumn("supported"), t);
  const introduced = suppressPartitions(
    current.introduced,
    [
      introductionSources.map((id) => current.bySource[id]),
      monthly("introduced"),
      ...groupColumn("introduced"),
    ],
    t,
  );
  const firstConversations = suppressPartitions(
    current.firstConversations,
    [
      waitBands.map((band) => current.waits[band.id]),
      monthly("firstConversations"),
      ...groupColumn("firstConversations"),
    ],
    t,
  );
  const ended = suppressPartitions(
    current.ended,
    [endReasons.map((id) => current.byEndReason[id]), monthly("ended"), ...groupColumn("ended")],
    t,
  );
  const openAtEnd = suppressPartitions(
    current.openAtEnd,
    [
      supportLevels.map((id) => current.levelAtEnd[id]),
      stages.map((id) => current.stageAtEnd[id]),
      [current.activeAtEnd, current.pausedAtEnd],
      ...groupColumn("openAtEnd"),
    ],
    t,
  );
  const moveTotal = supportLevels.reduce((sum, id) => sum + current.movesTo[id], 0);
  const moves = suppressPartitions(moveTotal, [supportLevels.map((id) => current.movesTo[id])], t);

  const principleNames = Object.fromEntries(principles.map((principle) => [principle.id, principle.name]));
  // The group column is the partition after each total's other tables.
  const groupCell = (result: { partitions: readonly (readonly SafeCount[])[] }, index: number, row: number) =>
    result.partitions[index]![row]!;
  const groups: SafeGroup[] =
    counts.groupBy === undefined
      ? []
      : rows.map((row, index) => ({
          label: row.label,
          merged: row.merged,
          supported: groupCell(supported, 0, index),
          introduced: groupCell(introduced, 2, index),
          firstConversations: groupCell(firstConversations, 2, index),
          ended: groupCell(ended, 2, index),
          openAtEnd: groupCell(openAtEnd, 3, index),
        }));

  const previous = counts.previous;
  const comparisonRows: [string, string, number, number][] = [
    ["supported", "People supported", current.supported, previous.supported],
    ["introduced", "People introduced", current.introduced, previous.introduced],
    ["first-conversations", "First conversations", current.firstConversations, previous.firstConversations],
    ["ended", "Journeys ended", current.ended, previous.ended],
    ["open-at-end", "Open at the end of the period", current.openAtEnd, previous.openAtEnd],
  ];
  const headlineOf = (id: string) => {
    switch (id) {
      case "supported":
        return supported.total;
      case "introduced":
        return introduced.total;
      case "first-conversations":
        return firstConversations.total;
      case "ended":
        return ended.total;
      default:
        return openAtEnd.total;
    }
  };

  return {
    period: current.period,
    previousPeriod: counts.coversPrevious ? previous.period : undefined,
    timeZone: counts.timeZone,
    threshold: t,
    firstEventDate: counts.firstEventDate,
    lastEventDate: counts.lastEventDate,
    headline: {
      supported: supported.total,
      introduced: introduced.total,
      firstConversations: firstConversations.total,
      ended: ended.total,
      reopened: suppressCount(current.reopened, t),
      openAtEnd: openAtEnd.total,
    },
    sources: {
      rows: rowsOf(introductionSources, introductionSourceLabels, introduced.partitions[0]!),
      total: introduced.total,
    },
    levels: {
      rows: rowsOf(supportLevels, supportLevelLabels, openAtEnd.partitions[0]!),
      total: openAtEnd.total,
    },
    stages: { rows: rowsOf(stages, stageLabels, openAtEnd.partitions[1]!), total: openAtEnd.total },
    status: {
      rows: rowsOf(["active", "paused"], { active: "Active", paused: "Paused" }, openAtEnd.partitions[2]!),
      total: openAtEnd.total,
    },
    moves: {
      rows: rowsOf(
        supportLevels,
        { "short-term": "Moved to short-term support", "longer-term": "Moved to longer-term support" },
        moves.partitions[0]!,
      ),
      total: moves.total,
    },
    endings: { rows: rowsOf(endReasons, endReasonLabels, ended.partitions[0]!), total: ended.total },
    waits: {
      rows: rowsOf(
        waitBands.map((band) => band.id),
        Object.fromEntries(waitBands.map((band) => [band.id, band.label])),
        firstConversations.partitions[0]!,
      ),
      total: firstConversations.total,
    },
    medianWait: current.firstConversations < t ? "suppressed" : histogramMedian(current.waitDays),
    outcomes: {
      rows: rowsOf(
        outcomeMarkers,
        outcomeMarkerLabels,
        outcomeMarkers.map((id) => suppressCount(current.byOutcome[id], t)),
      ),
    },
    principles: {
      rows: rowsOf(
        Object.keys(current.principlesCited),
        principleNames,
        Object.values(current.principlesCited).map((value) => suppressCount(value, t)),
      ),
    },
    months: monthKeys.map((month, index) => ({
      month,
      introduced: introduced.partitions[1]![index]!,
      firstConversations: firstConversations.partitions[1]![index]!,
      ended: ended.partitions[1]![index]!,
    })),
    comparison: counts.coversPrevious
      ? comparisonRows.map(([id, label, , before]) => ({
          id,
          label,
          current: headlineOf(id),
          previous: suppressCount(before, t),
        }))
      : undefined,
    groupBy: counts.groupBy,
    groups,
  };
}
