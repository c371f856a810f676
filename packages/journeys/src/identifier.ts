import { directIdentifierProblem, opaqueIdProblem } from "@lac/person-ref";
import * as z from "zod";
import type { ValidationIssue } from "./validation-issue.js";

const MAX_NEIGHBOURHOOD_LENGTH = 60;
const NEIGHBOURHOOD = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

// The rule of opaque record ids is @lac/person-ref's, shared with @lac/consent's records.
export { directIdentifierProblem, opaqueIdProblem };

/** Why a value is not a neighbourhood label, or `undefined` when it is one. The value is never put in the reason. */
export function neighbourhoodIdProblem(value: string): string | undefined {
  if (value.length === 0) return "is empty";
  if (value.length > MAX_NEIGHBOURHOOD_LENGTH) return `is longer than ${MAX_NEIGHBOURHOOD_LENGTH} characters`;
  if (/['’‘`]/.test(value)) return "holds an apostrophe";
  if (/\s/.test(value)) return "holds a space";
  if (!NEIGHBOURHOOD.test(value)) {
    return "must be lower-case letters and digits in words joined by single '-' (kebab-case)";
  }
  // A neighbourhood label is made of words ("castle-and-riverside", "ward3"), so letters next to digits are fine.
  return directIdentifierProblem(value, { allowNameLike: true });
}

function brandedIdSchema<B extends string>(
  noun: string,
  problemOf: (value: string) => string | undefined,
  fix: string,
) {
  return z
    .string({
      error: (issue) =>
        issue.input === undefined ? `Missing ${noun}. ${fix}` : `The ${noun} must be a string. ${fix}`,
    })
    .superRefine((value, ctx) => {
      const problem = problemOf(value);
      if (problem !== undefined) ctx.addIssue({ code: "custom", message: `The ${noun} ${problem}. ${fix}` });
    })
    .brand<B>();
}

const opaqueFix = (example: string, what: string) =>
  `Use an opaque record id such as ${JSON.stringify(example)} or a UUID: ${what}, never a name or words about the person.`;

/**
 * The id of one event, unique within its journey: an opaque record id (for example "e-0001", "EV-0001" or a
 * UUID). Branded: a plain string must go through {@link eventIdSchema} or {@link parseEventId} first.
 */
export const eventIdSchema = brandedIdSchema<"EventId">(
  "event id",
  opaqueIdProblem,
  opaqueFix("e-0001", "each event needs its own id within the journey"),
);
export type EventId = z.infer<typeof eventIdSchema>;

/**
 * The id of a journey: an opaque record id (for example "J-000123" or a UUID), never anything about the
 * person. Branded: a plain string must go through {@link journeyIdSchema} or {@link parseJourneyId} first.
 */
export const journeyIdSchema = brandedIdSchema<"JourneyId">(
  "journey id",
  opaqueIdProblem,
  opaqueFix("J-000123", "the journey's record id from your own system"),
);
export type JourneyId = z.infer<typeof journeyIdSchema>;

/**
 * A label for a neighbourhood from the organisation's own list: a kebab-case slug of lower-case letters and
 * digits, at most 60 characters (for example "nbh-03", "sketty" or "castle-and-riverside"). It names an
 * area a coordinator covers, never a home, an address or a postcode. Branded.
 */
export const neighbourhoodIdSchema = brandedIdSchema<"NeighbourhoodId">(
  "neighbourhood id",
  neighbourhoodIdProblem,
  'Use the label of an area from your own list, for example "nbh-03" or "castle-and-riverside": it names an area, never a home, an address or a postcode.',
);
export type NeighbourhoodId = z.infer<typeof neighbourhoodIdSchema>;

/**
 * A pseudonymous reference to a member of staff, such as the person's coordinator: the staff record id from the
 * organisation's own system (for example "STF-0042" or a UUID), checked like every other id, never a name.
 * Branded: a plain string must go through {@link staffRefSchema} or {@link parseStaffRef} first.
 */
export const staffRefSchema = brandedIdSchema<"StaffRef">(
  "staff reference",
  opaqueIdProblem,
  opaqueFix("STF-0042", "the staff record id from your own system"),
);
export type StaffRef = z.infer<typeof staffRefSchema>;

/** A refused id: what is wrong and how to fix it. The message never repeats the value. */
export interface IdentifierError {
  readonly code: "invalid-identifier";
  readonly message: string;
  readonly issues: readonly ValidationIssue[];
}

export type ParseIdentifierResult<T> =
  { readonly ok: true; readonly id: T } | { readonly ok: false; readonly error: IdentifierError };

/**
 * A parser of ids by their schema. A string with no problem (`problemOf`) is what the schema accepts and gives back
 * unchanged, so it is told without zod; anything else goes to the schema, which words the message.
 */
function parser<S extends z.ZodType<string>>(schema: S, problemOf: (value: string) => string | undefined) {
  return (value: unknown): ParseIdentifierResult<z.output<S>> => {
    if (typeof value === "string" && problemOf(value) === undefined)
      return { ok: true, id: value as z.output<S> };
    const parsed = schema.safeParse(value);
    if (parsed.success) return { ok: true, id: parsed.data };
    const message = parsed.error.issues[0]?.message ?? "The id is not valid.";
    return {
      ok: false,
      error: { code: "invalid-identifier", message, issues: [{ path: "", message }] },
    };
  };
}

/** Checks and brands a journey id. */
export const parseJourneyId: (value: unknown) => ParseIdentifierResult<JourneyId> = /* @__PURE__ */ parser(
  journeyIdSchema,
  opaqueIdProblem,
);
/** Checks and brands an event id. */
export const parseEventId: (value: unknown) => ParseIdentifierResult<EventId> = /* @__PURE__ */ parser(
  eventIdSchema,
  opaqueIdProblem,
);
/** Checks and brands a staff reference, such as a coordinator's. */
export const parseStaffRef: (value: unknown) => ParseIdentifierResult<StaffRef> = /* @__PURE__ */ parser(
  staffRefSchema,
  opaqueIdProblem,
);
/** Checks and brands a neighbourhood id. */
export const parseNeighbourhoodId: (value: unknown) => ParseIdentifierResult<NeighbourhoodId> =
  /* @__PURE__ */ parser(neighbourhoodIdSchema, neighbourhoodIdProblem);
