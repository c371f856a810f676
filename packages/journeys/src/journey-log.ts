import { personRefSchema } from "@lac/person-ref";
import { unknownKeys } from "./describe-value.js";
import * as z from "zod";
import { journeyIdSchema } from "./identifier.js";
import { journeyEventSchema } from "./journey-event.js";
import { summariseIssues, toValidationIssues, type ValidationIssue } from "./validation-issue.js";

const personFix = 'Use the pseudonymous id from your own records (for example "P-000123"), never a name.';

/** A stored journey: its id, the pseudonymous reference of the person, and its append-only event log. */
export const journeyLogSchema = /* @__PURE__ */ z.strictObject(
  {
    id: journeyIdSchema,
    person: z
      .string({
        error: (issue) =>
          issue.input === undefined
            ? `Missing "person". ${personFix}`
            : `"person" must be a string. ${personFix}`,
      })
      .pipe(personRefSchema),
    events: z.array(journeyEventSchema, {
      error: () => 'Missing "events": a journey log needs a list of events, starting with "introduced".',
    }),
  },
  {
    error: (issue) =>
      issue.code === "unrecognized_keys"
        ? `${unknownKeys(issue.keys)}. A journey log holds only "id", "person" and "events", and never free text about the person: remove it.`
        : 'A journey log must be an object with "id", "person" and "events".',
  },
);

export type JourneyLog = z.infer<typeof journeyLogSchema>;

export interface JourneyLogError {
  readonly code: "invalid-journey-log";
  readonly message: string;
  readonly issues: readonly ValidationIssue[];
}

export type ParseJourneyLogResult =
  { readonly ok: true; readonly log: JourneyLog } | { readonly ok: false; readonly error: JourneyLogError };

/**
 * Checks a stored journey (for example parsed JSON) and returns it typed, with every event parsed and frozen.
 * It only checks the shape of each event; pass the result to `replayJourney` to check the journey's rules.
 */
export function parseJourneyLog(value: unknown): ParseJourneyLogResult {
  const parsed = journeyLogSchema.safeParse(value);
  if (parsed.success) return { ok: true, log: parsed.data };
  const issues = toValidationIssues(parsed.error.issues);
  return {
    ok: false,
    error: {
      code: "invalid-journey-log",
      message: `The journey log is not valid. ${summariseIssues(issues)}`,
      issues,
    },
  };
}
