import { principleIds, principleIdSchema } from "@lac/principles";
import * as z from "zod";
import { activityKindSchema } from "./activity-kind.js";
import { endReasonSchema } from "./end-reason.js";
import { eventTimeSchema, recordedTimeSchema } from "./event-time.js";
import { eventIdSchema, neighbourhoodIdSchema, opaqueIdProblem, staffRefSchema } from "./identifier.js";
import { describeValue, unknownKeys } from "./describe-value.js";
import { introductionSourceSchema } from "./introduction-source.js";
import { outcomeMarkerSchema } from "./outcome-marker.js";
import { stageSchema } from "./stage.js";
import { supportLevelSchema } from "./support-level.js";

/** The event types, in the order a journey usually meets them. */
export const journeyEventTypes = /* @__PURE__ */ Object.freeze([
  "introduced",
  "first-conversation",
  "coordinator-changed",
  "stage-changed",
  "level-changed",
  "activity-recorded",
  "paused",
  "resumed",
  "ended",
  "reopened",
] as const);

export type JourneyEventType = (typeof journeyEventTypes)[number];

function uniqueList<T extends z.ZodType<string>>(item: T, field: string, noun: string) {
  return z
    .array(item, {
      error: () =>
        `"${field}" must be a list of ${noun} ids, for example ["${field === "principles" ? "relationships" : "new-community-connection"}"].`,
    })
    .superRefine((values, ctx) => {
      values.forEach((value, index) => {
        if (values.indexOf(value) !== index) {
          ctx.addIssue({
            code: "custom",
            path: [index],
            message: `${describeValue(value)} is listed twice in "${field}". List each ${noun} once per event.`,
          });
        }
      });
    })
    .transform((list) => Object.freeze(list));
}

/** Fields every event has. */
const common = {
  id: eventIdSchema,
  /** When it happened. The journey is ordered by this. */
  occurredAt: eventTimeSchema,
  /** When it was written up, if you keep it: a write-up may come days later. The log keeps recording order. */
  recordedAt: recordedTimeSchema.optional(),
  /** Principles of Local Area Coordination this event reflects, by id. */
  principles: uniqueList(
    // Only a string reaches the principle id check, whose message quotes the value it was given.
    z
      .string({ error: () => `A principle id is a string. Use one of: ${principleIds.join(", ")}.` })
      .pipe(principleIdSchema),
    "principles",
    "principle",
  ).optional(),
  /** Outcome markers for evaluation, by id. */
  outcomes: uniqueList(outcomeMarkerSchema, "outcomes", "outcome marker").optional(),
};

function eventSchema<const T extends JourneyEventType, S extends z.ZodRawShape>(type: T, fields: S) {
  const allowed = [
    "id",
    "occurredAt",
    "recordedAt",
    "type",
    ...Object.keys(fields),
    "principles",
    "outcomes",
  ].join(", ");
  return z.strictObject(
    { ...common, type: z.literal(type), ...fields },
    {
      error: (issue) => {
        if (issue.code !== "unrecognized_keys") return undefined;
        return (
          `${unknownKeys(issue.keys)} on an event of type "${type}", which holds only: ${allowed}. ` +
          "Events never hold names, notes or other free text about the person: remove it."
        );
      },
    },
  );
}

/**
 * The first event of every journey: who introduced the person, where, at which level of support and, once
 * known, the coordinator (a pseudonymous staff reference).
 */
export const introducedEventSchema = /* @__PURE__ */ eventSchema("introduced", {
  source: introductionSourceSchema,
  neighbourhood: neighbourhoodIdSchema,
  level: supportLevelSchema,
  coordinator: staffRefSchema.optional(),
});

/** Another coordinator (a pseudonymous staff reference) takes the journey on, or the first one is named. */
export const coordinatorChangedEventSchema = /* @__PURE__ */ eventSchema("coordinator-changed", {
  to: staffRefSchema,
});

/** The first conversation between the person and the coordinator (at most once per journey). */
export const firstConversationEventSchema = /* @__PURE__ */ eventSchema("first-conversation", {});

/** The journey moved to another stage, forwards or back. */
export const stageChangedEventSchema = /* @__PURE__ */ eventSchema("stage-changed", { to: stageSchema });

/** The journey moved to the other level of support. */
export const levelChangedEventSchema = /* @__PURE__ */ eventSchema("level-changed", {
  to: supportLevelSchema,
});

/**
 * The consent record an event that shared information relied on: the person's agreement, or a recorded exception
 * (sharing without agreement), by the record's id in the consent log (`@lac/consent`), such as
 * `{ basis: "agreement", recordId: "AGR-2025-0007" }`. It lets an evaluator count sharing by basis without seeing
 * any content.
 */
export const consentReliedOnSchema = /* @__PURE__ */ z.strictObject(
  {
    basis: z.enum(["agreement", "exception"], {
      error: () =>
        '"consent.basis" is "agreement" (the person agreed) or "exception" (a recorded exception).',
    }),
    recordId: z.string().superRefine((value, ctx) => {
      const problem = opaqueIdProblem(value);
      if (problem !== undefined) {
        ctx.addIssue({
          code: "custom",
          message: `The consent record id ${problem}. Use the id of the agreement or exception in the consent log, such as "AGR-2025-0007".`,
        });
      }
    }),
  },
  {
    error: (issue) =>
      `${
        issue.code === "unrecognized_keys"
          ? `${unknownKeys(issue.keys)} in "consent", which holds only "basis" and "recordId"`
          : 'Give "consent" as {"basis": "agreement" | "exception", "recordId": "AGR-2025-0007"}'
      }: the consent record relied on, never a note.`,
  },
);

/**
 * A conversation, connection or meeting, with the principles it reflects and any outcomes. No text. When it
 * shared information about the person, `consent` cites the consent record relied on.
 */
export const activityRecordedEventSchema = /* @__PURE__ */ eventSchema("activity-recorded", {
  kind: activityKindSchema,
  consent: consentReliedOnSchema.optional(),
});

/** The person paused the journey. */
export const pausedEventSchema = /* @__PURE__ */ eventSchema("paused", {});

/** The person picked the journey up again after a pause. */
export const resumedEventSchema = /* @__PURE__ */ eventSchema("resumed", {});

/** The journey ended, from any stage. Only `reopened` may follow. */
export const endedEventSchema = /* @__PURE__ */ eventSchema("ended", { reason: endReasonSchema });

/** The person came back after the journey had ended, at the stage and level they choose. */
export const reopenedEventSchema = /* @__PURE__ */ eventSchema("reopened", {
  stage: stageSchema,
  level: supportLevelSchema,
});

const typeChoices = `Use one of: ${journeyEventTypes.join(", ")}.`;

/**
 * Any journey event: a union discriminated by `type`. Parsed events are frozen (only when valid: a refused value
 * is left as it was given).
 */
export const journeyEventSchema = z
  .discriminatedUnion(
    "type",
    [
      introducedEventSchema,
      firstConversationEventSchema,
      coordinatorChangedEventSchema,
      stageChangedEventSchema,
      levelChangedEventSchema,
      activityRecordedEventSchema,
      pausedEventSchema,
      resumedEventSchema,
      endedEventSchema,
      reopenedEventSchema,
    ],
    {
      error: (issue) => {
        const input: unknown = issue.input;
        if (typeof input !== "object" || input === null || Array.isArray(input)) {
          return `An event must be an object with "id", "occurredAt" and "type", for example {"id":"e-0002","occurredAt":"2025-03-05T10:00:00Z","type":"first-conversation"}.`;
        }
        const type: unknown = (input as Record<string, unknown>)["type"];
        return type === undefined
          ? `Missing "type". ${typeChoices}`
          : `${describeValue(type)} is not an event type. ${typeChoices}`;
      },
    },
  )
  .transform((event) => Object.freeze(event));

export type JourneyEvent = z.infer<typeof journeyEventSchema>;
export type IntroducedEvent = Extract<JourneyEvent, { type: "introduced" }>;
export type FirstConversationEvent = Extract<JourneyEvent, { type: "first-conversation" }>;
export type StageChangedEvent = Extract<JourneyEvent, { type: "stage-changed" }>;
export type CoordinatorChangedEvent = Extract<JourneyEvent, { type: "coordinator-changed" }>;
export type LevelChangedEvent = Extract<JourneyEvent, { type: "level-changed" }>;
export type ActivityRecordedEvent = Extract<JourneyEvent, { type: "activity-recorded" }>;
export type PausedEvent = Extract<JourneyEvent, { type: "paused" }>;
export type ResumedEvent = Extract<JourneyEvent, { type: "resumed" }>;
export type EndedEvent = Extract<JourneyEvent, { type: "ended" }>;
export type ReopenedEvent = Extract<JourneyEvent, { type: "reopened" }>;

/**
 * An event as you write it, before it is checked: the same fields as {@link JourneyEvent}, with plain strings
 * for ids. `startJourney`, `applyEvent` and `replayJourney` take this and check it against the schema.
 */
export type JourneyEventInput = ReadonlyLists<z.input<typeof journeyEventSchema>>;

/** The same object type with its list fields read-only, so that a parsed event can be given back as input. */
type ReadonlyLists<T> = T extends unknown
  ? {
      readonly [K in keyof T]: T[K] extends (infer U)[] | undefined
        ? readonly U[] | Extract<T[K], undefined>
        : T[K];
    }
  : never;
export type IntroducedEventInput = Extract<JourneyEventInput, { type: "introduced" }>;
