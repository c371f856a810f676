import {
  DEFAULT_TIME_ZONE,
  endReasons,
  introductionSources,
  localCalendar,
  outcomeMarkers,
  stages,
  supportLevels,
  type EndReason,
  type IntroductionSource,
  type Journey,
  type LocalCalendar,
  type OutcomeMarker,
  type Stage,
  type SupportLevel,
} from "@lac/journeys";
import { principleIds, type PrincipleId } from "@lac/principles";
import { dayNumberOf, monthsOf, periodDay, previousPeriod, type ReportPeriod } from "./report-period.js";
import { deepFreeze } from "./deep-freeze.js";

/** How long people waited from introduction to a first conversation, in calendar days. */
export const waitBands = /* @__PURE__ */ deepFreeze([
  { id: "same-day", label: "The same day", upTo: 0 },
  { id: "1-7", label: "1 to 7 days", upTo: 7 },
  { id: "8-14", label: "8 to 14 days", upTo: 14 },
  { id: "15-28", label: "15 to 28 days", upTo: 28 },
  { id: "29-56", label: "29 to 56 days", upTo: 56 },
  { id: "57-plus", label: "57 days or more", upTo: Infinity },
] as const);
export type WaitBand = (typeof waitBands)[number]["id"];

/** What a report can group journeys by. */
export const reportGroupings = /* @__PURE__ */ deepFreeze(["neighbourhood", "coordinator"] as const);
export type ReportGrouping = (typeof reportGroupings)[number];

/** The counts of one group (a neighbourhood or a coordinator) over the period. */
export interface GroupCounts {
  supported: number;
  introduced: number;
  firstConversations: number;
  ended: number;
  openAtEnd: number;
}

/** The raw counts of one period, before any suppression. Never shown as they are. */
export interface PeriodCounts {
  readonly period: ReportPeriod;
  /** Journeys open at some time in the period (open at its start, or opened in it). */
  supported: number;
  introduced: number;
  reopened: number;
  firstConversations: number;
  ended: number;
  openAtEnd: number;
  activeAtEnd: number;
  pausedAtEnd: number;
  readonly bySource: Record<IntroductionSource, number>;
  readonly levelAtEnd: Record<SupportLevel, number>;
  /** `level-changed` events in the period, by the level moved to. */
  readonly movesTo: Record<SupportLevel, number>;
  readonly stageAtEnd: Record<Stage, number>;
  readonly byEndReason: Record<EndReason, number>;
  readonly byOutcome: Record<OutcomeMarker, number>;
  readonly principlesCited: Record<PrincipleId, number>;
  readonly waits: Record<WaitBand, number>;
  /** Days to first conversation → how many (a histogram: a median needs no list of every wait). */
  readonly waitDays: Map<number, number>;
  /** Per month ("YYYY-MM") of the period. */
  readonly months: Record<string, { introduced: number; firstConversations: number; ended: number }>;
}

/** What a tally gives back once every journey has been added. */
export interface EvaluationCounts {
  readonly timeZone: string;
  readonly current: PeriodCounts;
  readonly previous: PeriodCounts;
  /** True when the log starts on or before the first day of the previous period, so that it covers it. */
  readonly coversPrevious: boolean;
  /** The first and last local dates of any event added, or `undefined` when none was. */
  readonly firstEventDate: string | undefined;
  readonly lastEventDate: string | undefined;
  readonly journeysAdded: number;
  readonly groupBy: ReportGrouping | undefined;
  /** Group key (a neighbourhood id, a coordinator's staff reference or `null`) → counts over the period. */
  readonly groups: Map<string | null, GroupCounts>;
}

export interface EvaluationTallyOptions {
  readonly period: ReportPeriod;
  readonly groupBy?: ReportGrouping;
  /** IANA time zone of the calendar dates (default Europe/London). */
  readonly timeZone?: string;
}

/** Adds journeys one at a time, in any order; memory does not grow with the number of events. */
export interface EvaluationTally {
  add(journey: Journey): void;
  finish(): EvaluationCounts;
}

const zeros = <K extends string>(keys: readonly K[]) =>
  Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;

function emptyCounts(period: ReportPeriod): PeriodCounts {
  return {
    period,
    supported: 0,
    introduced: 0,
    reopened: 0,
    firstConversations: 0,
    ended: 0,
    openAtEnd: 0,
    activeAtEnd: 0,
    pausedAtEnd: 0,
    bySource: zeros(introductionSources),
    levelAtEnd: zeros(supportLevels),
    movesTo: zeros(supportLevels),
    stageAtEnd: zeros(stages),
    byEndReason: zeros(endReasons),
    byOutcome: zeros(outcomeMarkers),
    principlesCited: zeros(principleIds),
    waits: zeros(waitBands.map((band) => band.id)),
    waitDays: new Map(),
    months: Object.fromEntries(
      monthsOf(period).map((month) => [month, { introduced: 0, firstConversations: 0, ended: 0 }]),
    ),
  };
}

interface State {
  status: "active" | "paused" | "ended";
  level: SupportLevel;
  stage: Stage;
  coordinator: string | null;
}

/** Where a period stands in day numbers, and its counts. */
interface Window {
  readonly first: number;
  readonly last: number;
  readonly counts: PeriodCounts;
  readonly monthOfDay: (day: number) => string;
}

const PERIOD_EXAMPLE = '{ from: "2026-04-01", to: "2027-03-31" } (parseFinancialYear("2026-27") gives it)';

/**
 * Checks the options, so that a mistake is a `TypeError` or `RangeError` that says what to write, rather than
 * "Invalid time value" from deep inside, or a tally over a period that ends before it starts.
 */
function checkTallyOptions(options: EvaluationTallyOptions): void {
  if (typeof options !== "object" || (options as unknown) === null) {
    throw new TypeError(`createEvaluationTally needs options such as { period: ${PERIOD_EXAMPLE} }.`);
  }
  const period = options.period as unknown;
  if (
    typeof period !== "object" ||
    period === null ||
    typeof (period as { from?: unknown }).from !== "string" ||
    typeof (period as { to?: unknown }).to !== "string"
  ) {
    throw new TypeError(
      `The period must be two calendar dates written YYYY-MM-DD, such as ${PERIOD_EXAMPLE}.`,
    );
  }
  const { from, to } = options.period;
  const start = periodDay("period's start date", from);
  if (!start.ok) throw new RangeError(start.message);
  const end = periodDay("period's end date", to);
  if (!end.ok) throw new RangeError(end.message);
  if (end.day < start.day) {
    throw new RangeError(
      `The period ends (${to}) before it starts (${from}). Swap the dates, or check them.`,
    );
  }
  if (options.groupBy !== undefined && !(reportGroupings as readonly unknown[]).includes(options.groupBy)) {
    throw new RangeError(
      `groupBy must be ${reportGroupings.map((grouping) => `"${grouping}"`).join(" or ")}, or left out.`,
    );
  }
}

/**
 * Starts a tally of journeys for a report over `options.period`, and over the period before it. Throws a
 * `TypeError` or `RangeError` for options that are not valid: a period that is not two real dates in order, an
 * unknown `groupBy` or time zone.
 */
export function createEvaluationTally(options: EvaluationTallyOptions): EvaluationTally {
  checkTallyOptions(options);
  const days: LocalCalendar | undefined = localCalendar(options.timeZone ?? DEFAULT_TIME_ZONE);
  if (days === undefined) {
    throw new RangeError(
      `Unknown time zone: ${String(options.timeZone)}. Use an IANA time zone name, such as "Europe/London" (the default).`,
    );
  }
  const previous = previousPeriod(options.period);
  // The month ("YYYY-MM") of a day number, worked out once per day: every event in a period asks for it.
  const months = new Map<number, string>();
  const monthOfDay = (day: number) => {
    let month = months.get(day);
    if (month === undefined) {
      month = new Date(day * 86_400_000).toISOString().slice(0, 7);
      months.set(day, month);
    }
    return month;
  };
  const windowOf = (period: ReportPeriod): Window => ({
    first: dayNumberOf(period.from)!,
    last: dayNumberOf(period.to)!,
    counts: emptyCounts(period),
    monthOfDay,
  });
  const windows = [windowOf(previous), windowOf(options.period)] as const;
  const groups = new Map<string | null, GroupCounts>();
  let firstDay = Infinity;
  let lastDay = -Infinity;
  let journeysAdded = 0;

  const add = (journey: Journey) => {
    // A stored log ({ id, person, events }) has no timeline: say to replay it, rather than fail on `.map`.
    const given: unknown = journey;
    if (
      typeof given !== "object" ||
      given === null ||
      !Array.isArray((given as { timeline?: unknown }).timeline)
    ) {
      throw new TypeError(
        "add needs a journey made by @lac/journeys (replayJourney, startJourney or applyEvent), with its timeline: replay a stored log with replayJourney first.",
      );
    }
    journeysAdded += 1;
    const timeline = journey.timeline;
    const eventDays = timeline.map((event) => days.dayOf(Date.parse(event.occurredAt)));
    if (eventDays.length > 0) {
      firstDay = Math.min(firstDay, eventDays[0]!);
      lastDay = Math.max(lastDay, eventDays.at(-1)!);
    }
    for (const [w, window] of windows.entries()) {
      const counts = window.counts;
      let state: State | undefined;
      let spellOpenedDay = 0;
      let openedInPeriod = false;
      let openAtStart = false;
      let startChecked = false;
      const group: GroupCounts = {
        supported: 0,
        introduced: 0,
        firstConversations: 0,
        ended: 0,
        openAtEnd: 0,
      };
      for (let i = 0; i < timeline.length; i += 1) {
        const day = eventDays[i]!;
        if (day > window.last) break;
        if (!startChecked && day >= window.first) {
          startChecked = true;
          openAtStart = state !== undefined && state.status !== "ended";
        }
        const event = timeline[i]!;
        const inPeriod = day >= window.first;
        switch (event.type) {
          case "introduced":
            state = {
              status: "active",
              level: event.level,
              stage: "introduced",
              coordinator: event.coordinator ?? null,
            };
            spellOpenedDay = day;
            break;
          case "reopened":
            state = { ...state!, status: "active", level: event.level, stage: event.stage };
            spellOpenedDay = day;
            break;
          case "stage-changed":
            state!.stage = event.to;
            break;
          case "level-changed":
            state!.level = event.to;
            break;
          case "paused":
            state!.status = "paused";
            break;
          case "resumed":
            state!.status = "active";
            break;
          case "ended":
            state!.status = "ended";
            break;
          case "coordinator-changed":
            state!.coordinator = event.to;
            break;
          default:
            break;
        }
        if (!inPeriod) continue;
        const month = counts.months[window.monthOfDay(day)];
        switch (event.type) {
          case "introduced":
            counts.introduced += 1;
            counts.bySource[event.source] += 1;
            group.introduced += 1;
            openedInPeriod = true;
            if (month) month.introduced += 1;
            break;
          case "reopened":
            counts.reopened += 1;
            openedInPeriod = true;
            break;
          case "first-conversation": {
            counts.firstConversations += 1;
            group.firstConversations += 1;
            if (month) month.firstConversations += 1;
            const wait = day - spellOpenedDay;
            counts.waitDays.set(wait, (counts.waitDays.get(wait) ?? 0) + 1);
            counts.waits[waitBands.find((band) => wait <= band.upTo)!.id] += 1;
            break;
          }
          case "level-changed":
            counts.movesTo[event.to] += 1;
            break;
          case "ended":
            counts.ended += 1;
            counts.byEndReason[event.reason] += 1;
            group.ended += 1;
            if (month) month.ended += 1;
            break;
          default:
            break;
        }
        if (event.outcomes) for (const marker of event.outcomes) counts.byOutcome[marker] += 1;
        if (event.principles)
          for (const principle of event.principles) counts.principlesCited[principle] += 1;
      }
      if (state === undefined) continue; // introduced after the period
      if (!startChecked) openAtStart = state.status !== "ended" && eventDays[0]! < window.first;
      const supported = openAtStart || openedInPeriod;
      if (!supported) continue;
      counts.supported += 1;
      group.supported += 1;
      if (state.status !== "ended") {
        counts.openAtEnd += 1;
        group.openAtEnd += 1;
        if (state.status === "active") counts.activeAtEnd += 1;
        else counts.pausedAtEnd += 1;
        counts.levelAtEnd[state.level] += 1;
        counts.stageAtEnd[state.stage] += 1;
      }
      if (w === 1 && options.groupBy !== undefined) {
        const key = options.groupBy === "neighbourhood" ? journey.neighbourhood : state.coordinator;
        const total = groups.get(key);
        if (total === undefined) groups.set(key, group);
        else for (const name of Object.keys(group) as (keyof GroupCounts)[]) total[name] += group[name];
      }
    }
  };

  return {
    add,
    finish: () => ({
      timeZone: days.timeZone,
      previous: windows[0].counts,
      current: windows[1].counts,
      coversPrevious: firstDay <= windows[0].first,
      firstEventDate: Number.isFinite(firstDay)
        ? new Date(firstDay * 86_400_000).toISOString().slice(0, 10)
        : undefined,
      lastEventDate: Number.isFinite(lastDay)
        ? new Date(lastDay * 86_400_000).toISOString().slice(0, 10)
        : undefined,
      journeysAdded,
      groupBy: options.groupBy,
      groups,
    }),
  };
}

/** The median of a histogram of whole numbers (value → how many), or `null` when it is empty. */
export function histogramMedian(histogram: ReadonlyMap<number, number>): number | null {
  const entries = [...histogram.entries()].filter(([, n]) => n > 0).sort(([a], [b]) => a - b);
  const total = entries.reduce((sum, [, n]) => sum + n, 0);
  if (total === 0) return null;
  const valueAt = (rank: number) => {
    let seen = 0;
    for (const [value, n] of entries) {
      seen += n;
      if (seen > rank) return value;
    }
    return entries.at(-1)![0];
  };
  return total % 2 === 1 ? valueAt((total - 1) / 2) : (valueAt(total / 2 - 1) + valueAt(total / 2)) / 2;
}
