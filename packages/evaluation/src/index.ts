export { createEvaluationTally, histogramMedian, reportGroupings, waitBands } from "./evaluation-tally.js";
export type {
  EvaluationCounts,
  EvaluationTally,
  EvaluationTallyOptions,
  GroupCounts,
  PeriodCounts,
  ReportGrouping,
  WaitBand,
} from "./evaluation-tally.js";
export { describeCount, renderReportDocument } from "./report-document.js";
export type { ReportChart, ReportDocument, ReportDocumentOptions } from "./report-document.js";
export {
  dateOfDay,
  dayNumberOf,
  monthsOf,
  parseFinancialYear,
  parsePeriod,
  previousPeriod,
} from "./report-period.js";
export type { ParsePeriodResult, ReportPeriod } from "./report-period.js";
export { buildSafeReport } from "./safe-report.js";
export type {
  SafeComparisonRow,
  SafeGroup,
  SafeMonth,
  SafeReport,
  SafeReportOptions,
  SafeRow,
  SafeTable,
} from "./safe-report.js";
export {
  DEFAULT_SUPPRESSION_THRESHOLD,
  hiddenCountIsRecoverable,
  isValidThreshold,
  suppressCount,
  suppressPartition,
  suppressPartitions,
} from "./suppression.js";
export type { HiddenReason, SafeCount, SafePartition } from "./suppression.js";
export { syntheticPopulation } from "./synthetic-population.js";
export type { SyntheticJourney, SyntheticPopulationOptions } from "./synthetic-population.js";
