import type { AgreementRecord } from "./agreement.js";
import { recordedBy, statusOf, withdrawalOfShare } from "./agreement-status.js";
import { checkRecords, isCheckedConsentLog, type ConsentLog } from "./consent-log.js";
import type { ConsentRecord } from "./consent-record.js";
import type { ExceptionGrounds, ExceptionReason, PersonTold, SharingException } from "./exception.js";
import {
  coversCategory,
  INFORMATION_CATEGORIES,
  isSpecialCategory,
  needsExplicitNaming,
  type InformationCategoryId,
} from "./information-categories.js";
import { describeLegalCondition, type LegalCondition } from "./lawful-basis.js";
import type { PersonToldRecord } from "./person-told.js";
import { problemsFromZod, type Problem } from "./problem.js";
import { describePurpose } from "./purposes.js";
import { describeRecipient, sameRecipient } from "./recipient.js";
import { consentRecordsSchema } from "./records-schema.js";
import { sharingRequestSchema, type SharingRequest } from "./sharing-request.js";
import type { Staff } from "./staff.js";
import { timestampSchema, toInstant } from "./timestamp.js";
import { duplicateIndexes } from "./unique.js";
import { deepFreeze } from "./deep-freeze.js";

/** Why sharing was denied, from least to most specific. */
export const DENY_REASONS = /* @__PURE__ */ deepFreeze([
  "invalid-request",
  "invalid-records",
  "no-agreement",
  "purpose-out-of-scope",
  "category-out-of-scope",
  "special-category-not-named",
  "criminal-offence-not-named",
  "expired",
  "withdrawn",
] as const);

export type DenyReason = (typeof DENY_REASONS)[number];

/** Whether the person has been told about an exception, as known at the time of the decision. */
export type PersonToldStatus =
  PersonTold | { readonly told: true; readonly at: string; readonly recordId: string };

/** Permitted because an agreement in force covers the whole request. */
export interface PermitByAgreement {
  readonly decision: "permit";
  readonly basis: "agreement";
  readonly reason: "agreement-in-scope";
  /** The agreement relied on. */
  readonly recordId: string;
  readonly request: SharingRequest;
  readonly at: string;
  /** True when the agreement's review date has passed: still in force, but review it with the person. */
  readonly reviewOverdue: boolean;
  readonly message: string;
}

/** Permitted without agreement, because a recorded exception covers the request. */
export interface PermitByException {
  readonly decision: "permit";
  readonly basis: "exception";
  readonly reason: "recorded-exception";
  /** The recorded exception relied on. */
  readonly exceptionId: string;
  readonly grounds: ExceptionGrounds;
  readonly exceptionReason: ExceptionReason;
  readonly conditionReliedOn: LegalCondition;
  readonly decisionMaker: Staff;
  readonly personTold: PersonToldStatus;
  /**
   * The id of the person's withdrawal that this exception overrides, when an agreement covering the share had
   * been withdrawn: sharing goes ahead against the person's stated wish, and the result and audit trail say so.
   */
  readonly overridesWithdrawal?: string;
  readonly request: SharingRequest;
  readonly at: string;
  readonly message: string;
}

/** Denied: do not share. `recordId` is the agreement that came closest, when there is one. */
export interface Deny {
  readonly decision: "deny";
  readonly reason: DenyReason;
  readonly recordId?: string;
  /** Absent only when the request itself was not valid. */
  readonly request?: SharingRequest;
  readonly at: string;
  readonly message: string;
  /** What was wrong with the input, for `invalid-request` and `invalid-records`. */
  readonly problems: readonly Problem[];
}

export type SharingDecision = PermitByAgreement | PermitByException | Deny;

type AgreementOutcome =
  | { readonly kind: "not-named" }
  | { readonly kind: "permit"; readonly agreement: AgreementRecord; readonly reviewOverdue: boolean }
  | {
      readonly kind: "deny";
      readonly agreement: AgreementRecord;
      readonly reason: DenyReason;
      readonly message: string;
      readonly withdrawalId?: string;
    };

/** How helpful each reason is when several agreements came close: the agreement that got furthest wins. */
const RANK: Readonly<Record<DenyReason, number>> = {
  "invalid-request": 0,
  "invalid-records": 0,
  "no-agreement": 0,
  "purpose-out-of-scope": 1,
  "category-out-of-scope": 2,
  "special-category-not-named": 3,
  "criminal-offence-not-named": 3,
  expired: 5,
  withdrawn: 6,
};

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function labels(categories: readonly InformationCategoryId[]): string {
  return categories.map((id) => INFORMATION_CATEGORIES[id].label.toLowerCase()).join(", ");
}

function evaluateAgreement(
  agreement: AgreementRecord,
  records: readonly ConsentRecord[],
  request: SharingRequest,
  at: string,
): AgreementOutcome {
  if (!agreement.recipients.some((recipient) => sameRecipient(recipient, request.recipient))) {
    return { kind: "not-named" };
  }
  const deny = (reason: DenyReason, message: string, withdrawalId?: string): AgreementOutcome => ({
    kind: "deny",
    agreement,
    reason,
    message,
    ...(withdrawalId === undefined ? {} : { withdrawalId }),
  });
  const recipient = describeRecipient(request.recipient);
  if (!agreement.purposes.includes(request.purpose)) {
    return deny(
      "purpose-out-of-scope",
      `Denied: agreement ${agreement.id} names ${recipient}, but not the purpose "${describePurpose(request.purpose)}". Ask the person whether they agree to share for this purpose, and record it as a new agreement.`,
    );
  }
  const missing = request.categories.filter((id) => !coversCategory(agreement.categories, id));
  const missingSpecial = missing.filter((id) => isSpecialCategory(id));
  const missingCriminal = missing.filter((id) => needsExplicitNaming(id) && !isSpecialCategory(id));
  if (missingSpecial.length > 0) {
    return deny(
      "special-category-not-named",
      `Denied: ${labels(missingSpecial)} is special category information, and agreement ${agreement.id} does not name it. A general agreement never covers it: share it only if the person agrees to share it by name.`,
    );
  }
  if (missingCriminal.length > 0) {
    return deny(
      "criminal-offence-not-named",
      `Denied: information about criminal convictions and offences is only shared when the person names it in their agreement, and agreement ${agreement.id} does not.`,
    );
  }
  if (missing.length > 0) {
    return deny(
      "category-out-of-scope",
      `Denied: agreement ${agreement.id} does not cover ${labels(missing)}. All the information requested must be covered by one agreement: share only what the person agreed to, or ask them and record a new agreement.`,
    );
  }
  const status = statusOf(agreement, records, at);
  const whole = status.wholeWithdrawal;
  if (whole !== undefined) {
    return deny(
      "withdrawn",
      `Denied: the person withdrew agreement ${agreement.id} at ${whole.withdrawnAt} (record ${whole.id}). Do not share on the strength of it.`,
      whole.id,
    );
  }
  const partial = withdrawalOfShare(status, request);
  if (partial !== undefined) {
    const where =
      partial.agreementId === agreement.id
        ? `part of agreement ${agreement.id}`
        : `what agreement ${agreement.id} also covers (recorded against agreement ${partial.agreementId})`;
    return deny(
      "withdrawn",
      `Denied: at ${partial.withdrawnAt} the person withdrew ${where} that this request needs (record ${partial.id}). A withdrawal applies to every agreement given before it. Do not share it.`,
      partial.id,
    );
  }
  if (status.state === "expired") {
    return deny(
      "expired",
      `Denied: agreement ${agreement.id} expired at ${agreement.expiresAt ?? ""}. Review it with the person, and record a new agreement if they still agree.`,
    );
  }
  const reviewOverdue = agreement.reviewBy !== undefined && toInstant(agreement.reviewBy) <= toInstant(at);
  return { kind: "permit", agreement, reviewOverdue };
}

function exceptionCovers(exception: SharingException, request: SharingRequest, at: string): boolean {
  const now = toInstant(at);
  return (
    toInstant(exception.decidedAt) <= now &&
    now < toInstant(exception.validUntil) &&
    exception.recipients.some((recipient) => sameRecipient(recipient, request.recipient)) &&
    exception.purposes.includes(request.purpose) &&
    request.categories.every((id) => exception.categories.includes(id))
  );
}

function personToldAt(
  exception: SharingException,
  records: readonly ConsentRecord[],
  at: string,
): PersonToldStatus {
  if (exception.personTold.told) return exception.personTold;
  const now = toInstant(at);
  const later = records
    .filter(
      (record): record is PersonToldRecord =>
        record.type === "person-told" &&
        record.exceptionId === exception.id &&
        toInstant(record.toldAt) <= now,
    )
    .sort((a, b) => toInstant(a.toldAt) - toInstant(b.toldAt) || compareIds(a.id, b.id))[0];
  if (later !== undefined) return { told: true, at: later.toldAt, recordId: later.id };
  return exception.personTold;
}

function invalid(reason: "invalid-request" | "invalid-records", at: string, problems: Problem[]): Deny {
  const what = reason === "invalid-request" ? "the request" : "the records";
  return {
    decision: "deny",
    reason,
    at,
    message: `Denied: ${what} could not be checked. ${problems.map((problem) => problem.message).join(" ")}`,
    problems,
  };
}

/**
 * Decides whether information may be shared, at the moment `at`. Deny by default.
 *
 * - An agreement permits only if it is in force at `at` (given, not expired, not withdrawn) and names the
 *   recipient, the purpose and every category requested. Special category and criminal offence information must be
 *   named in the agreement; `"all-ordinary"` never covers it.
 * - Only the request's person's records count, and only those recorded by `at` (`recordedAt <= at`): a record
 *   written later did not exist at that moment, so a decision can always be replayed.
 * - A withdrawal takes effect at its `withdrawnAt` (once recorded) and wins from then on, over the agreement it
 *   names and over every other agreement of the person given at or before `withdrawnAt` that covers what it
 *   withdraws. An agreement given after the withdrawal can permit again.
 * - If no agreement permits, a recorded exception in force at `at` that covers the whole request permits, and the
 *   result says so (`basis: "exception"`).
 * - Otherwise the answer is deny, with the most helpful reason and the agreement that came closest.
 *
 * The result does not depend on the order of `records`: agreements are considered earliest `givenAt` first, then
 * by id, and exceptions earliest `decidedAt` first, then by id. Invalid input is denied, never thrown.
 *
 * Pass a {@link ConsentLog} (its records were checked as they were appended), or a plain array: the array is then
 * checked with exactly the rules of `appendRecord`, in the order the records were recorded, and any record the
 * log would refuse (a withdrawal naming another person's agreement, a duplicate id…) denies with
 * `invalid-records`. No decision is taken on records the log would refuse.
 */
export function decideSharing(
  request: SharingRequest,
  records: readonly ConsentRecord[] | ConsentLog,
  at: string,
): SharingDecision {
  const parsedAt = timestampSchema.safeParse(at);
  const parsedRequest = sharingRequestSchema.safeParse(request);
  const when = parsedAt.success ? parsedAt.data : typeof at === "string" ? at : "(no valid time)";
  if (!parsedAt.success || !parsedRequest.success) {
    return invalid("invalid-request", when, [
      ...(parsedRequest.success ? [] : problemsFromZod(parsedRequest.error, "request")),
      ...(parsedAt.success ? [] : problemsFromZod(parsedAt.error, "at")),
    ]);
  }
  const checked = checkedRecords(records);
  if (!checked.ok) return invalid("invalid-records", when, checked.problems);
  return decideOnChecked(parsedRequest.data, checked.records, parsedAt.data);
}

type CheckedRecords =
  | { readonly ok: true; readonly records: readonly ConsentRecord[] }
  | { readonly ok: false; readonly problems: Problem[] };

/** The records, checked as the consent log checks them on append; a log made by this package is already checked. */
export function checkedRecords(records: readonly ConsentRecord[] | ConsentLog): CheckedRecords {
  if (isCheckedConsentLog(records)) return { ok: true, records: records.records };
  const parsedRecords = consentRecordsSchema.safeParse(records);
  if (!parsedRecords.success) {
    return { ok: false, problems: problemsFromZod(parsedRecords.error, "records") };
  }
  const checked = parsedRecords.data;
  const duplicates = duplicateIndexes(checked, (record) => record.id);
  if (duplicates.length > 0) {
    return {
      ok: false,
      problems: duplicates.map((index) => ({
        code: "duplicate-id",
        path: `records[${index}].id`,
        message: `records[${index}]: id "${checked[index]?.id ?? ""}" is used by more than one record. Use a consent log, which refuses duplicates.`,
      })),
    };
  }
  const logged = checkRecords(checked);
  if (!logged.ok) {
    return {
      ok: false,
      problems: logged.errors.map((error) => ({
        ...error,
        message: `${error.path}: ${error.message} The consent log would refuse this record, so no decision is taken on it.`,
      })),
    };
  }
  return { ok: true, records: checked };
}

/** The decision over records already checked (see {@link checkedRecords}), a valid request and a valid time. */
function decideOnChecked(
  wanted: SharingRequest,
  checked: readonly ConsentRecord[],
  now: string,
): SharingDecision {
  // Only this person's records, and only those that already existed at the moment of the decision.
  const known = checked.filter((record) => record.person === wanted.person && recordedBy(record, now));

  const agreements = known
    .filter(
      (record): record is AgreementRecord =>
        record.type === "agreement" && toInstant(record.givenAt) <= toInstant(now),
    )
    .sort((a, b) => toInstant(a.givenAt) - toInstant(b.givenAt) || compareIds(a.id, b.id));
  const outcomes = agreements.map((agreement) => evaluateAgreement(agreement, known, wanted, now));

  for (const outcome of outcomes) {
    if (outcome.kind !== "permit") continue;
    const { agreement, reviewOverdue } = outcome;
    const review = reviewOverdue
      ? ` Its review date (${agreement.reviewBy ?? ""}) has passed: review the agreement with the person.`
      : "";
    return {
      decision: "permit",
      basis: "agreement",
      reason: "agreement-in-scope",
      recordId: agreement.id,
      request: wanted,
      at: now,
      reviewOverdue,
      message: `Permitted: agreement ${agreement.id}, given at ${agreement.givenAt}, covers sharing ${labels(wanted.categories)} with ${describeRecipient(wanted.recipient)} for the purpose "${describePurpose(wanted.purpose)}".${review}`,
    };
  }

  const exception = known
    .filter(
      (record): record is SharingException =>
        record.type === "exception" && exceptionCovers(record, wanted, now),
    )
    .sort((a, b) => toInstant(a.decidedAt) - toInstant(b.decidedAt) || compareIds(a.id, b.id))[0];
  if (exception !== undefined) {
    const personTold = personToldAt(exception, known, now);
    const told = personTold.told
      ? `The person was told at ${personTold.at}.`
      : `The person has not been told (${personTold.why}).`;
    const overridden = outcomes
      .filter(
        (outcome): outcome is Extract<AgreementOutcome, { kind: "deny" }> =>
          outcome.kind === "deny" && outcome.withdrawalId !== undefined,
      )
      .map((outcome) => outcome.withdrawalId ?? "")
      .sort(compareIds)[0];
    const overrides =
      overridden === undefined
        ? ""
        : ` This overrides the person's withdrawal ${overridden}: an agreement covering this share had been withdrawn.`;
    return {
      decision: "permit",
      basis: "exception",
      reason: "recorded-exception",
      exceptionId: exception.id,
      grounds: exception.grounds,
      exceptionReason: exception.reason,
      conditionReliedOn: exception.conditionReliedOn,
      decisionMaker: exception.decisionMaker,
      personTold,
      ...(overridden === undefined ? {} : { overridesWithdrawal: overridden }),
      request: wanted,
      at: now,
      message: `Permitted without the person's agreement: recorded exception ${exception.id} (${exception.grounds}), decided by the ${exception.decisionMaker.role} at ${exception.decidedAt}, relying on ${describeLegalCondition(exception.conditionReliedOn)}. It allows sharing until ${exception.validUntil}. ${told}${overrides}`,
    };
  }

  let closest: Extract<AgreementOutcome, { kind: "deny" }> | undefined;
  for (const outcome of outcomes) {
    if (outcome.kind === "deny" && (closest === undefined || RANK[outcome.reason] > RANK[closest.reason])) {
      closest = outcome;
    }
  }
  if (closest !== undefined) {
    return {
      decision: "deny",
      reason: closest.reason,
      recordId: closest.agreement.id,
      request: wanted,
      at: now,
      message: closest.message,
      problems: [],
    };
  }
  return {
    decision: "deny",
    reason: "no-agreement",
    request: wanted,
    at: now,
    message: `Denied: no agreement by ${wanted.person} covers sharing with ${describeRecipient(wanted.recipient)}. Agree with the person what will be shared and how, and record it, before sharing.`,
    problems: [],
  };
}
