import { addDays, addMonths } from "./en-gb-format.js";
import type { ManifestPhase } from "./manifest.js";

export interface ScheduledPhase extends ManifestPhase {
  /** First day of the phase (ISO date). */
  readonly start: string;
  /** Last day of the phase (ISO date). */
  readonly end: string;
}

/**
 * Dates each phase of the implementation model from the programme's start date.
 * A phase starting at month m and lasting n months runs from start + m months to the day before
 * start + m + n months.
 */
export function schedulePhases(startDate: string, phases: readonly ManifestPhase[]): ScheduledPhase[] {
  return phases.map((phase) => ({
    ...phase,
    start: addMonths(startDate, phase.startMonth),
    end: addDays(addMonths(startDate, phase.startMonth + phase.months), -1),
  }));
}
