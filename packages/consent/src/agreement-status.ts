import type { AgreementRecord } from "./agreement.js";
import type { ConsentRecord } from "./consent-record.js";
import {
  ALL_ORDINARY,
  type AgreedCategory,
  type InformationCategoryId,
  needsExplicitNaming,
} from "./information-categories.js";
import type { PurposeId } from "./purposes.js";
import { type Recipient, sameRecipient } from "./recipient.js";
import { toInstant } from "./timestamp.js";
import type { WithdrawalRecord } from "./withdrawal.js";

/** Where an agreement stands at a moment: not yet given, in force, withdrawn in full, or expired. */
export type AgreementState = "not-yet-given" | "in-force" | "withdrawn" | "expired";

export interface AgreementStatus {
  readonly agreement: AgreementRecord;
  readonly state: AgreementState;
  /** The withdrawals of this agreement that have taken effect by then, earliest first. */
  readonly withdrawals: readonly WithdrawalRecord[];
  /** The first withdrawal of the whole agreement that has taken effect, if any. */
  readonly wholeWithdrawal: WithdrawalRecord | undefined;
}

function byTimeThenId(a: WithdrawalRecord, b: WithdrawalRecord): number {
  return toInstant(a.withdrawnAt) - toInstant(b.withdrawnAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * The state of an agreement at `at`, given all the records. A withdrawal counts from its `withdrawnAt`
 * (inclusive); an agreement stops at its `expiresAt` (inclusive). A full withdrawal outranks expiry.
 */
export function agreementStatusAt(
  agreement: AgreementRecord,
  records: readonly ConsentRecord[],
  at: string,
): AgreementStatus {
  const now = toInstant(at);
  const withdrawals = records
    .filter(
      (record): record is WithdrawalRecord =>
        record.type === "withdrawal" &&
        record.agreementId === agreement.id &&
        toInstant(record.withdrawnAt) <= now,
    )
    .sort(byTimeThenId);
  const wholeWithdrawal = withdrawals.find((withdrawal) => withdrawal.scope.kind === "whole-agreement");
  let state: AgreementState;
  if (wholeWithdrawal !== undefined) state = "withdrawn";
  else if (agreement.expiresAt !== undefined && toInstant(agreement.expiresAt) <= now) state = "expired";
  else if (now < toInstant(agreement.givenAt)) state = "not-yet-given";
  else state = "in-force";
  return { agreement, state, withdrawals, wholeWithdrawal };
}

/** The first partial withdrawal in effect that removes this recipient, if any. */
export function withdrawalOfRecipient(
  status: AgreementStatus,
  recipient: Recipient,
): WithdrawalRecord | undefined {
  return status.withdrawals.find(
    (withdrawal) =>
      withdrawal.scope.kind === "part" &&
      (withdrawal.scope.recipients ?? []).some((withdrawn) => sameRecipient(withdrawn, recipient)),
  );
}

/** The first partial withdrawal in effect that removes this purpose, if any. */
export function withdrawalOfPurpose(
  status: AgreementStatus,
  purpose: PurposeId,
): WithdrawalRecord | undefined {
  return status.withdrawals.find(
    (withdrawal) => withdrawal.scope.kind === "part" && (withdrawal.scope.purposes ?? []).includes(purpose),
  );
}

function removes(withdrawn: readonly AgreedCategory[], category: InformationCategoryId): boolean {
  return withdrawn.includes(category) || (!needsExplicitNaming(category) && withdrawn.includes(ALL_ORDINARY));
}

/** The first partial withdrawal in effect that removes this category, if any. */
export function withdrawalOfCategory(
  status: AgreementStatus,
  category: InformationCategoryId,
): WithdrawalRecord | undefined {
  return status.withdrawals.find(
    (withdrawal) => withdrawal.scope.kind === "part" && removes(withdrawal.scope.categories ?? [], category),
  );
}
