import { principleIds, type PrincipleId } from "@lac/principles";
import { activityKinds, type ActivityKind } from "./activity-kind.js";
import { zeroCounts } from "./counts.js";
import { endReasons, type EndReason } from "./end-reason.js";
import { introductionSources, type IntroductionSource } from "./introduction-source.js";
import type { Journey } from "./journey.js";
import type { JourneyEvent } from "./journey-event.js";
import { isJourney, timelineInstants } from "./journey-seal.js";
import { advancePosition, startPosition, type JourneyPosition } from "./journey-position.js";
import { isPlainObject, unknownKeys } from "./describe-value.js";
import { median } from "./median.js";
import { outcomeMarkers, type OutcomeMarker } from "./outcome-marker.js";
import { periodSchema, type Period } from "./period.js";
import { stages, type Stage } from "./stage.js";
import { supportLevels, type SupportLevel } from "./support-level.js";
import { DEFAULT_TIME_ZONE, localCalendar } from "./time-zone.js";
import { summariseIssues, toValidationIssues, type ValidationIssue } from "./validation-issue.js";

/** Counts for evaluators over a period. Every count table lists every id, with 0 where nothing was counted. */
export interface JourneySummary {
  readonly period: Period;
  /** The time zone whose calendar dates the period and the day counts use. */
  readonly timeZone: string;
  readonly totals: {
    /** Distinct journeys that existed in the period: introduced before its end (a journey given twice counts once). */
    readonly journeys: number;
    /** Journeys introduced in the period. */
    readonly introduced: number;
    /** `first-conversation` events in the period. */
    readonly firstConversations: number;
    /** `ended` events in the period (a journey that ends twice counts twice). */
    readonly ended: number;
    /** `reopened` events in the period. */
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
   * For first conversations in the period: the median number of calendar days (in the time zone) from the
   * opening of the spell of support in which the first conversation happened (the introduction, or the latest
   * re-opening before it) to the first conversation. 0 = the same day. `null` when there were none.
   */
  readonly medianDaysToFirstConversation: number | null;
  /** When `options.groupBy` was given: what the journeys were grouped by. */
  readonly groupBy?: SummaryGrouping;
  /**
   * When `options.groupBy` was given: one summary per coordinator or neighbourhood that has a journey in the
   * period, sorted by key (`null`, no coordinator, last). Their counts add up to the whole summary's.
   */
  readonly groups?: readonly JourneySummaryGroup[];
}

/** Why `summarise` refused its input. */
export type SummaryErrorCode =
  "invalid-input" | "invalid-period" | "invalid-time-zone" | "invalid-journey" | "conflicting-journeys";

export interface SummaryError {
  readonly code: SummaryErrorCode;
  readonly message: string;
  /** Every problem found, with its path (for example `journeys[3]` or `to`). */
  readonly issues: readonly ValidationIssue[];
}

export type SummariseResult =
  | { readonly ok: true; readonly summary: JourneySummary }
  | { readonly ok: false; readonly error: SummaryError };

/** Options for {@link summarise}. */
export interface SummariseOptions {
  /**
   * The IANA time zone whose calendar dates the period and the day counts use (default "Europe/London").
   * An event belongs to the local date of the instant it happened, whatever offset it was written with.
   */
  readonly timeZone?: string;
  /**
   * Also summarise each group of journeys: by `"coordinator"` (the journey's coordinator as it stood at the end of
   * the period) or by `"neighbourhood"`. The summary then has `groups`, one per coordinator or neighbourhood.
   */
  readonly groupBy?: SummaryGrouping;
}

/** How {@link summarise} can group journeys. */
export const summaryGroupings = /* @__PURE__ */ Object.freeze(["coordinator", "neighbourhood"] as const);
export type SummaryGrouping = (typeof summaryGroupings)[number];

/**
 * The summary of one group of journeys: the same counts as the whole summary, over the journeys whose
 * coordinator (at the end of the period) or neighbourhood is `key`. `key` is `null` for journeys with no
 * coordinator named by then.
 */
export interface JourneySummaryGroup {
  readonly key: string | null;
  readonly summary: Omit<JourneySummary, "groups" | "groupBy">;
}

function refuse(
  code: SummaryErrorCode,
  message: string,
  issues: readonly ValidationIssue[],
): SummariseResult {
  return { ok: false, error: { code, message, issues } };
}

/**
 * Summarises journeys over a period for evaluators. Pure, and in one pass over every event, so its cost
 * grows linearly with the number of events (the median uses quickselect).
 *
 * - The period's dates are calendar dates in `options.timeZone` (default "Europe/London"). An event is in the
 *   period when the instant it happened falls on or after the start of `from` and before the end of `to`
 *   there, whatever offset its time was written with.
 * - Each journey is taken as it stood at the end of the period: after its events that happened before the
 *   end of `to`. "Open at the end" and the events counted in the period come from that same state, so a
 *   journey whose last event in the period is an ending is never also open at the end.
 * - Only journeys introduced before the end of the period count (`totals.journeys`).
 * - A journey given twice (the same journey, or the same log replayed twice) counts once. Two different
 *   journeys with the same id are refused (`conflicting-journeys`): pass the latest version of each.
 * - Only journeys made by `startJourney`, `applyEvent` or `replayJourney` are accepted (`invalid-journey`).
 *
 * The order of the journeys does not change the result. Bad input is returned as an error, never thrown.
 */
export function summarise(
  journeys: readonly Journey[],
  period: Period,
  options: SummariseOptions = {},
): SummariseResult {
  if (!Array.isArray(journeys)) {
    const message =
      "The journeys must be a list (an array) of journeys made by startJourney, applyEvent or replayJourney.";
    return refuse("invalid-input", message, [{ path: "journeys", message }]);
  }
  if (!isPlainObject(options)) {
    const message = 'The options must be an object, for example { timeZone: "Europe/London" }, or left out.';
    return refuse("invalid-input", message, [{ path: "options", message }]);
  }
  const unknownOptions = Object.keys(options).filter((key) => key !== "timeZone" && key !== "groupBy");
  if (unknownOptions.length > 0) {
    const message = `${unknownKeys(unknownOptions, "option")}: the options are "timeZone" and "groupBy".`;
    return refuse("invalid-input", message, [{ path: "options", message }]);
  }
  const checked = periodSchema.safeParse(period);
  if (!checked.success) {
    const issues = toValidationIssues(checked.error.issues);
    return refuse("invalid-period", `The period is not valid. ${summariseIssues(issues)}`, issues);
  }
  const groupBy = options.groupBy as SummaryGrouping | undefined;
  if (groupBy !== undefined && !summaryGroupings.includes(groupBy)) {
    const message = `The grouping must be ${summaryGroupings.map((g) => `"${g}"`).join(" or ")}, or left out.`;
    return refuse("invalid-input", message, [{ path: "options.groupBy", message }]);
  }
  const timeZone: unknown = options.timeZone ?? DEFAULT_TIME_ZONE;
  const calendar = typeof timeZone === "string" ? localCalendar(timeZone) : undefined;
  if (calendar === undefined) {
    const message =
      'The time zone is not one this system knows. Use an IANA time zone name, for example "Europe/London".';
    return refuse("invalid-time-zone", message, [{ path: "options.timeZone", message }]);
  }

  const distinct: Journey[] = [];
  const byId = new Map<string, { journey: Journey; index: number }>();
  for (const [index, journey] of (journeys as readonly unknown[]).entries()) {
    if (!isJourney(journey)) {
      const message = `journeys[${index}] was not made by startJourney, applyEvent or replayJourney (it may be a copy, an edited copy or a value read from storage). Rebuild it from its log with replayJourney.`;
      return refuse("invalid-journey", message, [{ path: `journeys[${index}]`, message }]);
    }
    const earlier = byId.get(journey.id);
    if (earlier === undefined) {
      byId.set(journey.id, { journey, index });
      distinct.push(journey);
    } else if (!sameJourney(earlier.journey, journey)) {
      const message = `journeys[${earlier.index}] and journeys[${index}] have the same id but different logs. Pass each journey once, in its latest version.`;
      return refuse("conflicting-journeys", message, [{ path: `journeys[${index}]`, message }]);
    }
  }

  const { from, to } = checked.data;
  // The period's dates were checked (periodSchema). The day after 9999-12-31 is not a date dayNumber reads:
  // the period then ends after every event.
  const startsAt = calendar.startOf(from)!;
  const endsAt = calendar.startOf(nextDate(to)) ?? Number.POSITIVE_INFINITY;
  const overall = new Tally();
  const groups = new Map<string | null, Tally>();

  for (const journey of distinct) {
    const timeline = journey.timeline;
    // Parsed once, when the journey was made: no date is parsed here.
    const instants = timelineInstants(journey);
    // The journey as it stood at the end of the period, and when its current spell of support began.
    let position: JourneyPosition | undefined;
    let spellOpenedAt = 0;
    let coordinator: string | null = null;
    let group: Tally | undefined;
    if (groupBy === "neighbourhood") {
      group = groupOf(groups, journey.neighbourhood);
    } else if (groupBy === "coordinator") {
      // The coordinator at the end of the period decides the group, so look ahead for it first.
      for (let i = 0; i < timeline.length && instants[i]! < endsAt; i += 1) {
        const event = timeline[i]!;
        if (event.type === "introduced") coordinator = event.coordinator ?? null;
        else if (event.type === "coordinator-changed") coordinator = event.to;
      }
      group = groupOf(groups, coordinator);
    }

    // The timeline is in the order things happened, so the events before the end of the period are a start of it.
    for (let i = 0; i < timeline.length; i += 1) {
      const at = instants[i]!;
      if (at >= endsAt) break;
      const event = timeline[i]!;
      position = position === undefined ? startPositionOf(event) : advancePosition(position, event);
      if (event.type === "introduced" || event.type === "reopened") spellOpenedAt = at;
      if (at < startsAt) continue;
      const days =
        event.type === "first-conversation" ? calendar.dayOf(at) - calendar.dayOf(spellOpenedAt) : 0;
      overall.countEvent(event, days);
      if (group !== undefined) group.countEvent(event, days);
    }

    if (position === undefined) continue;
    overall.countJourney(position);
    if (group !== undefined) group.countJourney(position);
  }

  const reported = { from, to };
  const summary: JourneySummary = {
    ...overall.toSummary(reported, calendar.timeZone),
    ...(groupBy === undefined
      ? {}
      : {
          groupBy,
          groups: [...groups.entries()]
            .filter(([, tally]) => tally.journeys > 0)
            .sort(([x], [y]) => compareKeys(x, y))
            .map(([key, tally]) => ({ key, summary: tally.toSummary(reported, calendar.timeZone) })),
        }),
  };
  return { ok: true, summary: deepFreeze(summary) };
}

function groupOf(groups: Map<string | null, Tally>, key: string | null): Tally {
  let tally = groups.get(key);
  if (tally === undefined) {
    tally = new Tally();
    groups.set(key, tally);
  }
  return tally;
}

function compareKeys(x: string | null, y: string | null): number {
  if (x === y) return 0;
  if (x === null) return 1;
  if (y === null) return -1;
  return x < y ? -1 : 1;
}

/** The counts of a summary (or of one group), added to one event and one journey at a time. */
class Tally {
  journeys = 0;
  introduced = 0;
  firstConversations = 0;
  ended = 0;
  reopened = 0;
  activeAtEnd = 0;
  pausedAtEnd = 0;
  readonly byIntroductionSource = zeroCounts(introductionSources);
  readonly byLevel = zeroCounts(supportLevels);
  readonly byStage = zeroCounts(stages);
  readonly byEndReason = zeroCounts(endReasons);
  readonly byActivityKind = zeroCounts(activityKinds);
  readonly byOutcome = zeroCounts(outcomeMarkers);
  readonly principlesCited = zeroCounts(principleIds);
  readonly daysToFirstConversation: number[] = [];

  /** Counts an event in the period; `days` is the days to a first conversation. */
  countEvent(event: JourneyEvent, days: number): void {
    switch (event.type) {
      case "introduced":
        this.introduced += 1;
        this.byIntroductionSource[event.source] += 1;
        break;
      case "first-conversation":
        this.firstConversations += 1;
        this.daysToFirstConversation.push(days);
        break;
      case "ended":
        this.ended += 1;
        this.byEndReason[event.reason] += 1;
        break;
      case "reopened":
        this.reopened += 1;
        break;
      case "activity-recorded":
        this.byActivityKind[event.kind] += 1;
        break;
      default:
        break;
    }
    if (event.outcomes) for (const marker of event.outcomes) this.byOutcome[marker] += 1;
    if (event.principles) for (const principle of event.principles) this.principlesCited[principle] += 1;
  }

  /** Counts a journey that existed in the period, as it stood at its end. */
  countJourney(position: JourneyPosition): void {
    this.journeys += 1;
    if (position.status === "ended") return;
    if (position.status === "active") this.activeAtEnd += 1;
    else this.pausedAtEnd += 1;
    this.byLevel[position.level] += 1;
    this.byStage[position.stage] += 1;
  }

  toSummary(period: Period, timeZone: string): Omit<JourneySummary, "groups" | "groupBy"> {
    return {
      period: { ...period },
      timeZone,
      totals: {
        journeys: this.journeys,
        introduced: this.introduced,
        firstConversations: this.firstConversations,
        ended: this.ended,
        reopened: this.reopened,
        openAtEnd: this.activeAtEnd + this.pausedAtEnd,
        activeAtEnd: this.activeAtEnd,
        pausedAtEnd: this.pausedAtEnd,
      },
      byIntroductionSource: this.byIntroductionSource,
      byLevel: this.byLevel,
      byStage: this.byStage,
      byEndReason: this.byEndReason,
      byActivityKind: this.byActivityKind,
      byOutcome: this.byOutcome,
      principlesCited: this.principlesCited,
      medianDaysToFirstConversation: median(this.daysToFirstConversation),
    };
  }
}

/** True when two journeys with the same id hold the same log (the same journey, or the same log replayed). */
function sameJourney(a: Journey, b: Journey): boolean {
  if (a === b) return true;
  if (a.person !== b.person || a.events.length !== b.events.length) return false;
  return a.events.every((event, i) => event === b.events[i] || canonical(event) === canonical(b.events[i]));
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, nested: unknown) =>
    typeof nested === "object" && nested !== null && !Array.isArray(nested)
      ? Object.fromEntries(Object.entries(nested).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)))
      : nested,
  );
}

/** The calendar date after a "YYYY-MM-DD" date. */
function nextDate(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
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
