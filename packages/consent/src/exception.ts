import { personRefSchema } from "@lac/person-ref";
import * as z from "zod";
import { customIssue } from "./problem.js";
import { informationCategoryIdSchema } from "./information-categories.js";
import { checkLegalCondition, legalConditionSchema, organisationFindings } from "./lawful-basis.js";
import type { Article6Basis } from "./lawful-basis-terms.js";
import { purposeIdSchema } from "./purposes.js";
import { NO_RECIPIENT_MESSAGE, recipientKey, recipientSchema } from "./recipient.js";
import { documentRefSchema, recordIdSchema } from "./record-id.js";
import { staffSchema } from "./staff.js";
import { isBefore, timestampSchema, toInstant } from "./timestamp.js";
import { reportDuplicates } from "./unique.js";
import { deepFreeze } from "./deep-freeze.js";

/** The grounds on which information may be shared without the person's agreement. */
export const EXCEPTION_GROUNDS = /* @__PURE__ */ deepFreeze([
  "safeguarding-individual-at-risk",
  "vital-interests",
  "legal-obligation",
  "prevention-of-crime",
] as const);

export const exceptionGroundsSchema = /* @__PURE__ */ z.enum(EXCEPTION_GROUNDS, {
  message: `Use one of the grounds for sharing without agreement: ${EXCEPTION_GROUNDS.join(", ")}.`,
});

export type ExceptionGrounds = z.infer<typeof exceptionGroundsSchema>;

/**
 * Why the person's agreement was not relied on. The first three are the reasons in DPA 2018 Sch 1 para 18(2);
 * a decision citing para 18 or 19 must give one of them.
 */
export const EXCEPTION_REASONS = /* @__PURE__ */ deepFreeze([
  "person-cannot-agree",
  "agreement-cannot-reasonably-be-obtained",
  "asking-would-prejudice-protection",
  "required-by-law",
] as const);

export const exceptionReasonSchema = /* @__PURE__ */ z.enum(EXCEPTION_REASONS, {
  message: `Use one of the reasons for not relying on agreement: ${EXCEPTION_REASONS.join(", ")}.`,
});

export type ExceptionReason = z.infer<typeof exceptionReasonSchema>;

const PARA_18_REASONS: readonly ExceptionReason[] = [
  "person-cannot-agree",
  "agreement-cannot-reasonably-be-obtained",
  "asking-would-prejudice-protection",
];

/**
 * The longest window a recorded exception may allow sharing in: `validUntil` is at most this many calendar months
 * after `decidedAt`. Our own limit, so that a decision to share without agreement is looked at again; for longer,
 * record a new decision.
 */
export const EXCEPTION_MAX_VALIDITY_MONTHS = 12;

/** The latest `validUntil` allowed for a decision made at `decidedAt`, as an instant (ms). */
export function latestValidUntil(decidedAt: string): number {
  const limit = new Date(toInstant(decidedAt));
  limit.setUTCMonth(limit.getUTCMonth() + EXCEPTION_MAX_VALIDITY_MONTHS);
  return limit.getTime();
}

/**
 * The UK GDPR Art 6(1) bases each ground may rely on (our own cross-check, kept simple):
 * a legal obligation is 6(1)(c); vital interests are 6(1)(d), or public task 6(1)(e) or recognised legitimate
 * interest 6(1)(ea) (for example its emergencies or safeguarding conditions) where the organisation may use them.
 * Safeguarding and prevention of crime are not narrowed here beyond the other rules.
 */
export const EXCEPTION_GROUNDS_BASES: Readonly<
  Record<ExceptionGrounds, readonly Article6Basis[] | undefined>
> = /* @__PURE__ */ deepFreeze({
  "safeguarding-individual-at-risk": undefined,
  "vital-interests": ["d", "e", "ea"],
  "legal-obligation": ["c"],
  "prevention-of-crime": undefined,
});

/**
 * Why a recorded exception has no case-file reference (our own list). The record holds no free text, so the
 * reasoning must be findable: give `caseFileRef`, or one of these.
 *
 * - `case-file-to-follow`: decided in an emergency; the case note is being written and will be linked by a later
 *   record.
 * - `held-by-deciding-organisation`: the reasoning is kept in the deciding organisation's own safeguarding
 *   record, outside the coordinator's case file.
 */
export const NO_CASE_FILE_REASONS = /* @__PURE__ */ deepFreeze([
  "case-file-to-follow",
  "held-by-deciding-organisation",
] as const);

export type NoCaseFileReason = (typeof NO_CASE_FILE_REASONS)[number];

/** Why the person was not told about the decision (our own list). */
export const NOT_TOLD_REASONS = /* @__PURE__ */ deepFreeze([
  "would-increase-risk-of-harm",
  "would-prejudice-prevention-or-detection-of-crime",
  "not-yet-possible",
] as const);

/**
 * Whether the person was told about the decision: `{ told: true, at }`, or `{ told: false, why }`.
 * When it is `not-yet-possible`, say by when they will be told (`planToTellBy`).
 * If they are told later, append a `person-told` record.
 */
export const personToldSchema = /* @__PURE__ */ z.discriminatedUnion(
  "told",
  [
    z.strictObject({ told: z.literal(true), at: timestampSchema }),
    z
      .strictObject({
        told: z.literal(false),
        why: z.enum(NOT_TOLD_REASONS, {
          message: `Say why the person was not told: ${NOT_TOLD_REASONS.join(", ")}.`,
        }),
        planToTellBy: timestampSchema.optional(),
      })
      .superRefine((notTold, ctx) => {
        if (notTold.why === "not-yet-possible" && notTold.planToTellBy === undefined) {
          customIssue(
            ctx,
            ["planToTellBy"],
            "When telling the person is not yet possible, say by when they will be told (planToTellBy).",
          );
        }
      }),
  ],
  { message: "Say whether the person was told: { told: true, at } or { told: false, why }." },
);

export type PersonTold = z.infer<typeof personToldSchema>;

/**
 * A recorded decision to share without the person's agreement. It names the grounds, the reason agreement was
 * not relied on, the decision-maker, the legal condition relied on, what may be shared with whom and why, the
 * window in which it may be shared, and whether the person was told.
 *
 * There is no free-text field: the full reasoning stays in the case file, referred to by `caseFileRef`.
 */
export const sharingExceptionSchema = z
  .strictObject({
    type: z.literal("exception"),
    id: recordIdSchema,
    person: personRefSchema,
    grounds: exceptionGroundsSchema,
    reason: exceptionReasonSchema,
    /** Where the full reasoning is kept in your case file. Required, unless `noCaseFileRef` says why there is none. */
    caseFileRef: documentRefSchema.optional(),
    /** Why there is no `caseFileRef`: one of {@link NO_CASE_FILE_REASONS}. Give one or the other, not both. */
    noCaseFileRef: z
      .enum(NO_CASE_FILE_REASONS, {
        message: `Say why there is no case-file reference: ${NO_CASE_FILE_REASONS.join(", ")}.`,
      })
      .optional(),
    decisionMaker: staffSchema,
    /**
     * Whether the organisation deciding to share is a public authority (performing its tasks when it shares):
     * 6(1)(ea) and 6(1)(f) are then not available.
     */
    publicAuthority: z.boolean({
      message: "Say whether the deciding organisation is a public authority (true or false).",
    }),
    conditionReliedOn: legalConditionSchema,
    /** The appropriate policy document, where the Schedule 1 condition needs one. */
    appropriatePolicyDocumentRef: documentRefSchema.optional(),
    recipients: z.array(recipientSchema).min(1, { message: NO_RECIPIENT_MESSAGE }),
    categories: z
      .array(informationCategoryIdSchema)
      .min(1, { message: "List each category of information to be shared: only the minimum necessary." }),
    purposes: z.array(purposeIdSchema).min(1, { message: "List at least one purpose." }),
    decidedAt: timestampSchema,
    validUntil: timestampSchema,
    personTold: personToldSchema,
    recordedAt: timestampSchema,
    recordedBy: staffSchema,
  })
  .superRefine((exception, ctx) => {
    if (exception.caseFileRef === undefined && exception.noCaseFileRef === undefined) {
      customIssue(
        ctx,
        ["caseFileRef"],
        `Give caseFileRef, the reference of the case note that holds the reasoning (for example "CASE-0099"): the record holds no free text, so the reasoning must be findable. If there is none yet, say why in noCaseFileRef (${NO_CASE_FILE_REASONS.join(", ")}).`,
      );
    }
    if (exception.caseFileRef !== undefined && exception.noCaseFileRef !== undefined) {
      customIssue(
        ctx,
        ["noCaseFileRef"],
        "Give caseFileRef or noCaseFileRef, not both: remove noCaseFileRef when there is a case-file reference.",
      );
    }
    if (!isBefore(exception.decidedAt, exception.validUntil)) {
      customIssue(
        ctx,
        ["validUntil"],
        `validUntil (${exception.validUntil}) must be after decidedAt (${exception.decidedAt}).`,
      );
    }
    if (toInstant(exception.validUntil) > latestValidUntil(exception.decidedAt)) {
      customIssue(
        ctx,
        ["validUntil"],
        `validUntil (${exception.validUntil}) is more than ${EXCEPTION_MAX_VALIDITY_MONTHS} months after decidedAt (${exception.decidedAt}). An exception allows sharing for a limited time: record a new decision if it is still needed then.`,
      );
    }
    if (exception.personTold.told && isBefore(exception.personTold.at, exception.decidedAt)) {
      customIssue(
        ctx,
        ["personTold", "at"],
        `The person cannot have been told (${exception.personTold.at}) before the decision was made (${exception.decidedAt}).`,
      );
    }
    const condition = exception.conditionReliedOn;
    if (condition.article6 === "a") {
      customIssue(
        ctx,
        ["conditionReliedOn", "article6"],
        "Art 6(1)(a) consent cannot be the basis for sharing without the person's agreement. Use the basis the organisation really relies on, such as 6(1)(e) public task.",
      );
    }
    if (condition.article9 === "a") {
      customIssue(
        ctx,
        ["conditionReliedOn", "article9"],
        "Art 9(2)(a) explicit consent cannot be the condition for sharing without the person's agreement. Use, for example, 9(2)(g) with DPA 2018 Sch 1 Part 2 para 18, or 9(2)(c) vital interests.",
      );
    }
    const allowed = EXCEPTION_GROUNDS_BASES[exception.grounds];
    if (allowed !== undefined && !allowed.includes(condition.article6)) {
      customIssue(
        ctx,
        ["conditionReliedOn", "article6"],
        `The grounds "${exception.grounds}" go with UK GDPR Art 6(1)(${allowed.join(") or (")}), not 6(1)(${condition.article6}).`,
      );
    }
    if ((exception.reason === "required-by-law") !== (exception.grounds === "legal-obligation")) {
      customIssue(
        ctx,
        ["reason"],
        'The reason "required-by-law" goes with the grounds "legal-obligation", and only with them: choose the reason and grounds that match.',
      );
    }
    const organisation = organisationFindings(
      condition,
      { publicAuthority: exception.publicAuthority, processingForOwnTasks: true },
      exception.appropriatePolicyDocumentRef,
      "",
    );
    for (const error of organisation.errors) {
      customIssue(
        ctx,
        error.path.startsWith("condition.")
          ? ["conditionReliedOn", ...error.path.slice("condition.".length).split(".")]
          : [error.path],
        error.message,
      );
    }
    if (isBefore(exception.recordedAt, exception.decidedAt)) {
      customIssue(
        ctx,
        ["recordedAt"],
        `recordedAt (${exception.recordedAt}) is before decidedAt (${exception.decidedAt}).`,
      );
    }
    if (exception.personTold.told && isBefore(exception.recordedAt, exception.personTold.at)) {
      customIssue(
        ctx,
        ["personTold", "at"],
        `The person cannot have been told (${exception.personTold.at}) after the record was written (${exception.recordedAt}). Append a person-told record instead.`,
      );
    }
    for (const field of ["decisionMaker", "recordedBy"] as const) {
      if ((exception[field].id as string) === (exception.person as string)) {
        customIssue(ctx, [field, "id"], `${field} is a member of staff, not the person.`);
      }
    }
    const schedule1 = exception.conditionReliedOn.schedule1;
    if (
      schedule1 !== undefined &&
      schedule1.part === 2 &&
      (schedule1.paragraph === 18 || schedule1.paragraph === 19) &&
      !PARA_18_REASONS.includes(exception.reason)
    ) {
      customIssue(
        ctx,
        ["reason"],
        `DPA 2018 Sch 1 Part 2 para ${schedule1.paragraph} only covers sharing without consent for one of the reasons in para 18(2): ${PARA_18_REASONS.join(", ")}.`,
      );
    }
    const { errors } = checkLegalCondition(exception.conditionReliedOn, exception.categories);
    for (const error of errors) {
      customIssue(ctx, ["conditionReliedOn", ...(error.path === "" ? [] : [error.path])], error.message);
    }
    reportDuplicates(ctx, "recipients", exception.recipients, recipientKey, "recipient");
    reportDuplicates(ctx, "categories", exception.categories, String, "category");
  });

export type SharingException = z.infer<typeof sharingExceptionSchema>;
