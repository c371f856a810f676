import { principleIds, type PrincipleId } from "@lac/principles";
import { activityKinds, type ActivityKind } from "./activity-kind.js";
import { zeroCounts } from "./counts.js";
import { endReasons, type EndReason } from "./end-reason.js";
import { calendarDaysBetween } from "./event-time.js";
import { introductionSources, type IntroductionSource } from "./introduction-source.js";
import type { Journey } from "./journey.js";
import { advancePosition, startPosition, type JourneyPosition } from "./journey-position.js";
import { median } from "./median.js";
import { outcomeMarkers, type OutcomeMarker } from "./outcome-marker.js";
import { periodSchema, type Period } from "./period.js";
import { stages, type Stage } from "./stage.js";
import { supportLevels, type SupportLevel } from "./support-level.js";
import { summariseIssues, toValidationIssues, type ValidationIssue } from "./validation-issue.js";

/** Counts for evaluators over a period. Every count table lists every id, with 0 where nothing was counted. */
export interface JourneySummary {
  readonly period: Period;
  readonly totals: {
    /** Journeys given to `summarise`. */
    readonly journeys: number;
    /** Journeys whose introduction is dated in the period. */
    readonly introduced: number;
    /** `first-conversation` events dated in the period. */
    readonly firstConversations: number;
    /** `ended` events dated in the period (a journey that ends twice counts twice). */
    readonly ended: number;
    /** `reopened` events dated in the period. */
    readonly reopened: number;
    /** Journeys open (active or paused) at the end of the period. */
    readonly openAtEnd: number;
    /** Of those, active at the end of the period. */
    readonly activeAtEnd: number;
    /** Of those, paused at the end of the period. */
    readonly pausedAtEnd: number;
  };
  /** Journeys introduced in the period, by who introduced the person. */
  readonly byIntroductionSource: Readonly<Record<IntroductionSource, number>>;
  /** Journeys open at the end of the period, by level of support. */
  readonly byLevel: Readonly<Record<SupportLevel, number>>;
  /** Journeys open at the end of the period, by stage. */
  readonly byStage: Readonly<Record<Stage, number>>;
  /** `ended` events in the period, by reason. */
  readonly byEndReason: Readonly<Record<EndReason, number>>;
  /** `activity-recorded` events in the period, by kind. */
  readonly byActivityKind: Readonly<Record<ActivityKind, number>>;
  /** Events in the period carrying each outcome marker. */
  readonly byOutcome: Readonly<Record<OutcomeMarker, number>>;
  /** Events in the period citing each principle. */
  readonly principlesCited: Readonly<Record<PrincipleId, number>>;
  /**
   * For first conversations dated in the period: the median number of calendar days since the
   * introduction (0 = the same day). `null` when there were none.
   */
  readonly medianDaysToFirstConversation: number | null;
}

export interface SummaryPeriodError {
  readonly code: "invalid-period";
  readonly message: string;
  readonly issues: readonly ValidationIssue[];
}

export type SummariseResult =
  | { readonly ok: true; readonly summary: JourneySummary }
  | { readonly ok: false; readonly error: SummaryPeriodError };

/**
 * Summarises journeys over a period for evaluators. Pure, and in one pass over every event, so its cost
 * grows linearly with the number of events (the median uses quickselect).
 *
 * - An event is "in the period" when the date written in its `at` is between `from` and `to`, both included.
 * - "Open at the end of the period" describes each journey as it stood after its events dated on or before
 *   `to`: precisely, after the longest start of its log whose events are all dated on or before `to`.
 *   A journey introduced after `to` is not counted there.
 * - Counts of events (endings, outcomes, principles cited, …) use every event in the period.
 *
 * Takes journeys made by `startJourney`, `applyEvent` or `replayJourney`. The order of the journeys does
 * not change the result. An invalid period is returned as an error, never thrown.
 */
export function summarise(journeys: readonly Journey[], period: Period): SummariseResult {
  const checked = periodSchema.safeParse(period);
  if (!checked.success) {
    const issues = toValidationIssues(checked.error.issues);
    return {
      ok: false,
      error: {
        code: "invalid-period",
        message: `The period is not valid. ${summariseIssues(issues)}`,
        issues,
      },
    };
  }
  const { from, to } = checked.data;

  let introduced = 0;
  let firstConversations = 0;
  let ended = 0;
  let reopened = 0;
  let activeAtEnd = 0;
  let pausedAtEnd = 0;
  const byIntroductionSource = zeroCounts(introductionSources);
  const byLevel = zeroCounts(supportLevels);
  const byStage = zeroCounts(stages);
  const byEndReason = zeroCounts(endReasons);
  const byActivityKind = zeroCounts(activityKinds);
  const byOutcome = zeroCounts(outcomeMarkers);
  const principlesCited = zeroCounts(principleIds);
  const daysToFirstConversation: number[] = [];

  // An event time starts with its calendar date ("2025-04-01T…"), so comparing whole strings tells whether
  // that date is on or after `from` (at >= from) and on or before `to` (at < to + "U", as "T" < "U"),
  // without cutting a new string out of every event.
  const beforeEndOfTo = `${to}U`;

  for (const journey of journeys) {
    let position: JourneyPosition | undefined;
    let pastEnd = false;

    for (const event of journey.events) {
      const at = event.at;
      const onOrBeforeTo = at < beforeEndOfTo;

      if (!pastEnd) {
        if (!onOrBeforeTo) pastEnd = true;
        else position = position === undefined ? startPositionOf(event) : advancePosition(position, event);
      }
      if (!onOrBeforeTo || at < from) continue;

      switch (event.type) {
        case "introduced":
          introduced += 1;
          byIntroductionSource[event.source] += 1;
          break;
        case "first-conversation":
          firstConversations += 1;
          daysToFirstConversation.push(Math.max(0, calendarDaysBetween(journey.introduction.at, event.at)));
          break;
        case "ended":
          ended += 1;
          byEndReason[event.reason] += 1;
          break;
        case "reopened":
          reopened += 1;
          break;
        case "activity-recorded":
          byActivityKind[event.kind] += 1;
          break;
        default:
          break;
      }
      if (event.outcomes) for (const marker of event.outcomes) byOutcome[marker] += 1;
      if (event.principles) for (const principle of event.principles) principlesCited[principle] += 1;
    }

    if (position !== undefined && position.status !== "ended") {
      if (position.status === "active") activeAtEnd += 1;
      else pausedAtEnd += 1;
      byLevel[position.level] += 1;
      byStage[position.stage] += 1;
    }
  }

  const summary: JourneySummary = {
    period: { from, to },
    totals: {
      journeys: journeys.length,
      introduced,
      firstConversations,
      ended,
      reopened,
      openAtEnd: activeAtEnd + pausedAtEnd,
      activeAtEnd,
      pausedAtEnd,
    },
    byIntroductionSource,
    byLevel,
    byStage,
    byEndReason,
    byActivityKind,
    byOutcome,
    principlesCited,
    medianDaysToFirstConversation: median(daysToFirstConversation),
  };
  return { ok: true, summary: deepFreeze(summary) };
}

/** The first event of a journey made by this package is always `introduced`. */
function startPositionOf(event: Journey["events"][number]): JourneyPosition | undefined {
  return event.type === "introduced" ? startPosition(event) : undefined;
}

function deepFreeze<T extends object>(value: T): T {
  for (const nested of Object.values(value)) {
    if (typeof nested === "object" && nested !== null) deepFreeze(nested as object);
  }
  return Object.freeze(value);
}
