import { requireArray, requireObject, requireText } from "./argument-checks.js";
import { addDays, addMonths } from "@lac/en-gb-format";
import type { ManifestPhase } from "./manifest.js";
import { withFields } from "./with-fields.js";

export interface ScheduledPhase extends ManifestPhase {
  /** First day of the phase (ISO date). */
  readonly start: string;
  /** Last day of the phase (ISO date). */
  readonly end: string;
  /** The wave of neighbourhoods the phase belongs to (1-based), for phases repeated per wave. */
  readonly wave?: number;
}

/** How the neighbourhoods are started: how many waves, and how many months apart. */
export interface WavePlan {
  readonly count: number;
  readonly monthsApart: number;
}

const ONE_WAVE: WavePlan = { count: 1, monthsApart: 0 };

function dated(
  startDate: string,
  phase: ManifestPhase,
  startMonth: number,
  months: number,
  wave?: number,
): ScheduledPhase {
  const start = addMonths(startDate, startMonth);
  const end = addDays(addMonths(startDate, startMonth + months), -1);
  // withFields: { ...phase, wave, name, start, end } without a spread (see with-fields.ts).
  if (wave === undefined) return withFields(phase, { start, end });
  const summary = wave > 1 && phase.laterWaveSummary !== undefined ? phase.laterWaveSummary : phase.summary;
  return withFields(phase, { wave, name: `${phase.name} (wave ${wave})`, summary, start, end });
}

/**
 * Dates each phase of the implementation model from the programme's start date.
 * A phase starting at month m and lasting n months runs from start + m months to the day before
 * start + m + n months. With more than one wave of neighbourhoods, a phase marked `perWave` is
 * repeated for each wave, `monthsApart` months later each time, with its `laterWaveSummary` (when it has
 * one) as the summary of the second and later waves; a phase marked `afterWaves` moves
 * back by the same time as the last wave; a phase marked `untilEnd` lasts until the last of the
 * other phases ends (for example the leadership group, which runs for the whole programme).
 * A phase with `endsBefore` ends the day before the first wave of the phase it names starts (that
 * phase moved back as the waves move it), so that work which must be done first stays before it.
 * A phase marked `atSummativeReport` starts `summativeReportMonths` after the start (when the
 * summative evaluation reports), and is left out when no such month is given.
 * The phases come back in the order they start.
 */
export function schedulePhases(
  startDate: string,
  givenPhases: readonly ManifestPhase[],
  waves: WavePlan = ONE_WAVE,
  summativeReportMonths?: number,
): ScheduledPhase[] {
  requireText(startDate, "schedulePhases (startDate)");
  requireArray(givenPhases, "schedulePhases (phases)");
  requireObject(waves, "schedulePhases (waves)");
  const phases = givenPhases.flatMap((phase) => {
    if (phase.atSummativeReport !== true) return [phase];
    if (summativeReportMonths === undefined) return [];
    return [withFields(phase, { startMonth: summativeReportMonths })];
  });
  const lastWaveOffset = (waves.count - 1) * waves.monthsApart;
  const spanList = phases.map((phase) => {
    const months = phase.months ?? 1;
    if (phase.perWave && waves.count > 1) {
      return Array.from({ length: waves.count }, (_, index) => ({
        phase,
        startMonth: phase.startMonth + index * waves.monthsApart,
        months,
        wave: index + 1,
      }));
    }
    const startMonth = phase.startMonth + (phase.afterWaves ? lastWaveOffset : 0);
    return [{ phase, startMonth, months, wave: undefined }];
  });
  // A phase that ends before another: its months run to that phase's first start (the manifest
  // checks that the other phase exists and starts later).
  const spans = spanList.map((phaseSpans) =>
    phaseSpans.map((span) => {
      const { endsBefore } = span.phase;
      if (endsBefore === undefined) return span;
      const next = spanList.flat().find(({ phase }) => phase.id === endsBefore);
      if (next === undefined || next.startMonth <= span.startMonth) {
        throw new RangeError(
          `The phase "${span.phase.id}" ends before "${endsBefore}", which is not a phase that starts after it.`,
        );
      }
      return { ...span, months: next.startMonth - span.startMonth };
    }),
  );
  const endMonth = Math.max(
    ...spans.flat().flatMap(({ phase, startMonth, months }) => (phase.untilEnd ? [] : [startMonth + months])),
    ...phases.map((phase) => phase.startMonth + 1),
  );
  // In the order they start; phases that start together keep the manifest's order.
  return spans
    .flat()
    .map((span, order) => ({ ...span, order }))
    .sort((a, b) => a.startMonth - b.startMonth || a.order - b.order)
    .map(({ phase, startMonth, months, wave }) =>
      dated(startDate, phase, startMonth, phase.untilEnd ? endMonth - startMonth : months, wave),
    );
}
