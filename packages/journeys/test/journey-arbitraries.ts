// fast-check generators of valid journey logs: random walks over stages, levels, pauses, endings and
// re-openings, with dates that never go backwards. Shared by the property-based tests.
import { parsePersonRef, type PersonRef } from "@lac/person-ref";
import { principleIds } from "@lac/principles";
import fc from "fast-check";
import { activityKinds } from "../src/activity-kind.js";
import { endReasons } from "../src/end-reason.js";
import { parseJourneyId, type JourneyId } from "../src/identifier.js";
import { introductionSources } from "../src/introduction-source.js";
import type { JourneyStatus } from "../src/journey.js";
import type { JourneyEventInput } from "../src/journey-event.js";
import { outcomeMarkers } from "../src/outcome-marker.js";
import { stages, type Stage } from "../src/stage.js";
import { supportLevels, type SupportLevel } from "../src/support-level.js";

export interface GeneratedLog {
  readonly id: JourneyId;
  readonly person: PersonRef;
  readonly events: JourneyEventInput[];
}

export function journeyId(value: string): JourneyId {
  const result = parseJourneyId(value);
  if (!result.ok) throw new Error(result.error.message);
  return result.id;
}

export function personRef(value: string): PersonRef {
  const result = parsePersonRef(value);
  if (!result.ok) throw new Error(result.error.message);
  return result.ref;
}

const EPOCH = Date.UTC(2024, 0, 1);
const offsets = ["Z", "+01:00", "-05:00", "+05:30"] as const;
type Offset = (typeof offsets)[number];

/** Writes an instant (minutes since 2024-01-01T00:00Z) as an ISO date-time in the given offset. */
export function formatAt(minutes: number, offset: Offset = "Z"): string {
  const ms = EPOCH + minutes * 60_000;
  if (offset === "Z") return new Date(ms).toISOString().slice(0, 19) + "Z";
  const sign = offset.startsWith("-") ? -1 : 1;
  const [hours, mins] = offset.slice(1).split(":").map(Number) as [number, number];
  const local = new Date(ms + sign * (hours * 60 + mins) * 60_000);
  return local.toISOString().slice(0, 19) + offset;
}

const citations = {
  principles: fc.uniqueArray(fc.constantFrom(...principleIds), { maxLength: 3 }),
  outcomes: fc.uniqueArray(fc.constantFrom(...outcomeMarkers), { maxLength: 2 }),
};

const stepArb = fc.record({
  choice: fc.nat(),
  gapMinutes: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 60 * 24 * 30 })),
  offset: fc.constantFrom(...offsets),
  stage: fc.constantFrom(...stages),
  level: fc.constantFrom(...supportLevels),
  reason: fc.constantFrom(...endReasons),
  kind: fc.constantFrom(...activityKinds),
  ...citations,
});

const introArb = fc.record({
  source: fc.constantFrom(...introductionSources),
  level: fc.constantFrom(...supportLevels),
  neighbourhood: fc.constantFrom("nbh-01", "nbh-02", "sketty"),
  startMinute: fc.integer({ min: 0, max: 60 * 24 * 365 * 2 }),
  offset: fc.constantFrom(...offsets),
  ...citations,
});

type Step = typeof stepArb extends fc.Arbitrary<infer T> ? T : never;
type Intro = typeof introArb extends fc.Arbitrary<infer T> ? T : never;

function withCitations<T extends object>(event: T, step: Pick<Step, "principles" | "outcomes">) {
  return {
    ...event,
    ...(step.principles.length > 0 ? { principles: step.principles } : {}),
    ...(step.outcomes.length > 0 ? { outcomes: step.outcomes } : {}),
  };
}

/** Turns random choices into a valid log: at each step it picks one of the events allowed just then. */
export function walk(id: JourneyId, person: PersonRef, intro: Intro, steps: readonly Step[]): GeneratedLog {
  let minute = intro.startMinute;
  let status: JourneyStatus = "active";
  let stage: Stage = "introduced";
  let level: SupportLevel = intro.level;
  let hadFirstConversation = false;
  const events: JourneyEventInput[] = [
    withCitations(
      {
        id: `${id}-e0`,
        occurredAt: formatAt(minute, intro.offset),
        type: "introduced" as const,
        source: intro.source,
        neighbourhood: intro.neighbourhood,
        level: intro.level,
      },
      intro,
    ),
  ];

  steps.forEach((step, index) => {
    minute += step.gapMinutes;
    const base = { id: `${id}-e${index + 1}`, occurredAt: formatAt(minute, step.offset) };
    const allowed =
      status === "ended"
        ? (["reopened"] as const)
        : status === "paused"
          ? (["resumed", "ended"] as const)
          : ([
              ...(hadFirstConversation ? [] : (["first-conversation"] as const)),
              "stage-changed",
              "level-changed",
              "activity-recorded",
              "paused",
              "ended",
            ] as const);
    const type = allowed[step.choice % allowed.length]!;
    let event: JourneyEventInput;
    switch (type) {
      case "first-conversation":
        hadFirstConversation = true;
        event = { ...base, type };
        break;
      case "stage-changed": {
        const to = step.stage === stage ? stages[(stages.indexOf(stage) + 1) % stages.length]! : step.stage;
        stage = to;
        event = { ...base, type, to };
        break;
      }
      case "level-changed": {
        const to: SupportLevel = level === "short-term" ? "longer-term" : "short-term";
        level = to;
        event = { ...base, type, to };
        break;
      }
      case "activity-recorded":
        event = { ...base, type, kind: step.kind };
        break;
      case "paused":
        status = "paused";
        event = { ...base, type };
        break;
      case "resumed":
        status = "active";
        event = { ...base, type };
        break;
      case "ended":
        status = "ended";
        event = { ...base, type, reason: step.reason };
        break;
      case "reopened":
        status = "active";
        stage = step.stage;
        level = step.level;
        event = { ...base, type, stage: step.stage, level: step.level };
        break;
    }
    events.push(withCitations(event, step));
  });
  return { id, person, events };
}

/** A valid journey log of up to `maxSteps` events after the introduction. */
export function journeyLogArb(options: { id?: string; maxSteps?: number } = {}): fc.Arbitrary<GeneratedLog> {
  const id = journeyId(options.id ?? "J-1");
  const person = personRef("P-000001");
  return fc
    .tuple(introArb, fc.array(stepArb, { maxLength: options.maxSteps ?? 30 }))
    .map(([intro, steps]) => walk(id, person, intro, steps));
}

/** Up to `maxJourneys` valid logs with distinct journey ids and person references. */
export function journeyLogsArb(maxJourneys = 12, maxSteps = 20): fc.Arbitrary<GeneratedLog[]> {
  return fc
    .array(fc.tuple(introArb, fc.array(stepArb, { maxLength: maxSteps })), { maxLength: maxJourneys })
    .map((items) =>
      items.map(([intro, steps], index) =>
        walk(journeyId(`J-${index + 1}`), personRef(`P-${index + 1}`), intro, steps),
      ),
    );
}

/** A valid period between 2023-12-01 and 2026-12-31. */
export const periodArb = fc
  .tuple(
    fc.integer({ min: Date.UTC(2023, 11, 1), max: Date.UTC(2026, 11, 31) }),
    fc.integer({ min: 0, max: 800 }),
  )
  .map(([start, days]) => ({
    from: new Date(start).toISOString().slice(0, 10),
    to: new Date(start + days * 86_400_000).toISOString().slice(0, 10),
  }));
