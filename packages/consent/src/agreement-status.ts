import { agreementSchema, type AgreementRecord } from "./agreement.js";
import type { ConsentRecord } from "./consent-record.js";
import {
  ALL_ORDINARY,
  type AgreedCategory,
  coversCategory,
  type InformationCategoryId,
  needsExplicitNaming,
} from "./information-categories.js";
import { problemsFromZod, type Problem } from "./problem.js";
import { consentRecordsSchema } from "./records-schema.js";
import type { PurposeId } from "./purposes.js";
import { type Recipient, sameRecipient } from "./recipient.js";
import { timestampSchema, toInstant } from "./timestamp.js";
import type { WithdrawalRecord } from "./withdrawal.js";

/** Where an agreement stands at a moment: not yet given, in force, withdrawn in full, or expired. */
export type AgreementState = "not-yet-given" | "in-force" | "withdrawn" | "expired";

/**
 * A withdrawal as it applies to one agreement.
 *
 * - `whole`: the withdrawal names this agreement and withdraws all of it.
 * - `any-listed`: a partial withdrawal. A share is withdrawn if it goes to a listed recipient, OR is for a listed
 *   purpose, OR includes a listed category ("stop sharing with Housing" stops every share with Housing).
 * - `all-listed`: the whole withdrawal of another, earlier-or-equal agreement. A share is withdrawn if it lies
 *   within what that agreement covered: one of its recipients AND one of its purposes AND at least one of its
 *   categories.
 */
export interface WithdrawalInEffect {
  readonly withdrawal: WithdrawalRecord;
  readonly match: "whole" | "any-listed" | "all-listed";
  readonly recipients: readonly Recipient[];
  readonly categories: readonly AgreedCategory[];
  readonly purposes: readonly PurposeId[];
}

export interface AgreementStatus {
  readonly agreement: AgreementRecord;
  readonly state: AgreementState;
  /**
   * The withdrawals that apply to this agreement at that moment, earliest first: those naming it, and those of
   * the same person naming another agreement, made at or after this agreement was given (their scope applies to
   * every agreement given before the withdrawal). Only records already recorded (`recordedAt <= at`) count.
   */
  readonly withdrawals: readonly WithdrawalInEffect[];
  /** The first withdrawal of this whole agreement that has taken effect, if any. */
  readonly wholeWithdrawal: WithdrawalRecord | undefined;
}

export type AgreementStatusResult =
  ({ readonly ok: true } & AgreementStatus) | { readonly ok: false; readonly errors: readonly Problem[] };

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function byTimeThenId(a: WithdrawalInEffect, b: WithdrawalInEffect): number {
  return (
    toInstant(a.withdrawal.withdrawnAt) - toInstant(b.withdrawal.withdrawnAt) ||
    compareIds(a.withdrawal.id, b.withdrawal.id)
  );
}

/** True when the record already existed at `at`: records recorded later do not exist yet at that moment. */
export function recordedBy(record: ConsentRecord, at: string): boolean {
  return toInstant(record.recordedAt) <= toInstant(at);
}

/**
 * The state of an agreement at `at`, given all the records (already checked). Only records recorded by `at`
 * count, so a decision can be replayed. A withdrawal counts from its `withdrawnAt` (inclusive) once it is
 * recorded; an agreement stops at its `expiresAt` (inclusive). A full withdrawal outranks expiry.
 */
export function statusOf(
  agreement: AgreementRecord,
  records: readonly ConsentRecord[],
  at: string,
): AgreementStatus {
  const now = toInstant(at);
  const given = toInstant(agreement.givenAt);
  const visible = records.filter((record) => record.person === agreement.person && recordedBy(record, at));
  const withdrawals: WithdrawalInEffect[] = [];
  for (const record of visible) {
    if (record.type !== "withdrawal" || toInstant(record.withdrawnAt) > now) continue;
    const named = record.agreementId === agreement.id;
    if (!named && given > toInstant(record.withdrawnAt)) continue;
    if (record.scope.kind === "part") {
      withdrawals.push({
        withdrawal: record,
        match: "any-listed",
        recipients: record.scope.recipients ?? [],
        categories: record.scope.categories ?? [],
        purposes: record.scope.purposes ?? [],
      });
    } else if (named) {
      withdrawals.push({
        withdrawal: record,
        match: "whole",
        recipients: agreement.recipients,
        categories: agreement.categories,
        purposes: agreement.purposes,
      });
    } else {
      const other = visible.find(
        (candidate): candidate is AgreementRecord =>
          candidate.type === "agreement" && candidate.id === record.agreementId,
      );
      if (other === undefined) continue;
      withdrawals.push({
        withdrawal: record,
        match: "all-listed",
        recipients: other.recipients,
        categories: other.categories,
        purposes: other.purposes,
      });
    }
  }
  withdrawals.sort(byTimeThenId);
  const wholeWithdrawal = withdrawals.find((each) => each.match === "whole")?.withdrawal;
  let state: AgreementState;
  if (wholeWithdrawal !== undefined) state = "withdrawn";
  else if (agreement.expiresAt !== undefined && toInstant(agreement.expiresAt) <= now) state = "expired";
  else if (now < given) state = "not-yet-given";
  else state = "in-force";
  return { agreement, state, withdrawals, wholeWithdrawal };
}

/**
 * The state of an agreement at `at`, given all the records: `not-yet-given`, `in-force`, `withdrawn` or
 * `expired`, with the withdrawals in effect (of this agreement, and of others of the person given at or before
 * they were withdrawn) and the whole withdrawal, if any. Only records recorded by `at` count, so the answer can be
 * replayed. A withdrawal counts from its `withdrawnAt` (inclusive) once it is recorded; an agreement stops at its
 * `expiresAt` (inclusive), not at its `reviewBy`; a whole withdrawal outranks expiry. Bad input is returned as
 * problems, never thrown.
 */
export function agreementStatusAt(agreement: unknown, records: unknown, at: unknown): AgreementStatusResult {
  const parsedAgreement = agreementSchema.safeParse(agreement);
  const parsedRecords = consentRecordsSchema.safeParse(records);
  const parsedAt = timestampSchema.safeParse(at);
  if (!parsedAgreement.success || !parsedRecords.success || !parsedAt.success) {
    return {
      ok: false,
      errors: [
        ...(parsedAgreement.success ? [] : problemsFromZod(parsedAgreement.error, "agreement")),
        ...(parsedRecords.success ? [] : problemsFromZod(parsedRecords.error, "records")),
        ...(parsedAt.success ? [] : problemsFromZod(parsedAt.error, "at")),
      ],
    };
  }
  return { ok: true, ...statusOf(parsedAgreement.data, parsedRecords.data, parsedAt.data) };
}

function removes(withdrawn: readonly AgreedCategory[], category: InformationCategoryId): boolean {
  return withdrawn.includes(category) || (!needsExplicitNaming(category) && withdrawn.includes(ALL_ORDINARY));
}

/** What a share is: the recipient, the purpose and the categories of information. */
export interface Share {
  readonly recipient: Recipient;
  readonly purpose: PurposeId;
  readonly categories: readonly InformationCategoryId[];
}

/** True when this withdrawal (as it applies to the agreement) withdraws the share. */
export function withdrawalHits(withdrawal: WithdrawalInEffect, share: Share): boolean {
  const recipient = withdrawal.recipients.some((each) => sameRecipient(each, share.recipient));
  const purpose = withdrawal.purposes.includes(share.purpose);
  switch (withdrawal.match) {
    case "whole":
      return true;
    case "any-listed":
      return (
        recipient || purpose || share.categories.some((category) => removes(withdrawal.categories, category))
      );
    case "all-listed":
      return (
        recipient &&
        purpose &&
        share.categories.some((category) => coversCategory(withdrawal.categories, category))
      );
  }
}

/** The first withdrawal in effect that withdraws this share, if any. */
export function withdrawalOfShare(status: AgreementStatus, share: Share): WithdrawalRecord | undefined {
  return status.withdrawals.find((each) => withdrawalHits(each, share))?.withdrawal;
}

/** True when a partial ("any-listed") withdrawal in effect removes this recipient. */
export function recipientWithdrawn(status: AgreementStatus, recipient: Recipient): boolean {
  return status.withdrawals.some(
    (each) =>
      each.match === "any-listed" && each.recipients.some((withdrawn) => sameRecipient(withdrawn, recipient)),
  );
}

/** True when a partial ("any-listed") withdrawal in effect removes this purpose. */
export function purposeWithdrawn(status: AgreementStatus, purpose: PurposeId): boolean {
  return status.withdrawals.some((each) => each.match === "any-listed" && each.purposes.includes(purpose));
}

/** True when a partial ("any-listed") withdrawal in effect removes this category. */
export function categoryWithdrawn(status: AgreementStatus, category: InformationCategoryId): boolean {
  return status.withdrawals.some((each) => each.match === "any-listed" && removes(each.categories, category));
}
