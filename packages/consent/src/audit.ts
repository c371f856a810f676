import type { PersonRef } from "@lac/person-ref";
import type { DenyReason, PersonToldStatus, SharingDecision } from "./decide-sharing.js";
import { deepFreeze } from "./deep-freeze.js";
import type { ExceptionGrounds, ExceptionReason } from "./exception.js";
import type { InformationCategoryId } from "./information-categories.js";
import type { LegalCondition } from "./lawful-basis.js";
import type { PurposeId } from "./purposes.js";
import type { Recipient } from "./recipient.js";
import type { SharingRequest } from "./sharing-request.js";
import type { Staff } from "./staff.js";

interface RequestFields {
  readonly person: PersonRef;
  readonly recipient: Recipient;
  readonly categories: readonly InformationCategoryId[];
  readonly purpose: PurposeId;
}

/** Sharing went ahead on the person's agreement. */
export interface AgreementAuditEntry extends RequestFields {
  readonly kind: "agreement";
  readonly at: string;
  readonly agreementId: string;
  readonly reviewOverdue: boolean;
  readonly message: string;
}

/** Sharing went ahead without agreement, on a recorded exception: kept apart so that it can be reviewed. */
export interface ExceptionAuditEntry extends RequestFields {
  readonly kind: "exception";
  readonly at: string;
  readonly exceptionId: string;
  readonly grounds: ExceptionGrounds;
  readonly exceptionReason: ExceptionReason;
  readonly conditionReliedOn: LegalCondition;
  readonly decisionMaker: Staff;
  readonly personTold: PersonToldStatus;
  readonly message: string;
}

/** Sharing was denied. The request fields are absent only when the request was not valid. */
export interface DenyAuditEntry extends Partial<RequestFields> {
  readonly kind: "deny";
  readonly at: string;
  readonly reason: DenyReason;
  readonly recordId?: string;
  readonly message: string;
}

export type AuditEntry = AgreementAuditEntry | ExceptionAuditEntry | DenyAuditEntry;

export type AuditEntryKind = AuditEntry["kind"];

declare const auditTrailBrand: unique symbol;

/** An append-only, frozen list of decisions. */
export interface AuditTrail {
  readonly entries: readonly AuditEntry[];
  readonly [auditTrailBrand]: true;
}

function requestFields(request: SharingRequest): RequestFields {
  const { person, recipient, categories, purpose } = request;
  return { person, recipient: { ...recipient }, categories: [...categories], purpose };
}

/**
 * The audit entry for a decision. Its `kind` keeps the three cases apart: shared on `agreement`,
 * shared on a recorded `exception` (with the grounds, condition, decision-maker and whether the person was told),
 * or `deny`.
 */
export function toAuditEntry(decision: SharingDecision): AuditEntry {
  if (decision.decision === "deny") {
    return deepFreeze({
      kind: "deny",
      at: decision.at,
      ...(decision.request === undefined ? {} : requestFields(decision.request)),
      reason: decision.reason,
      ...(decision.recordId === undefined ? {} : { recordId: decision.recordId }),
      message: decision.message,
    });
  }
  const fields = requestFields(decision.request);
  if (decision.basis === "agreement") {
    return deepFreeze({
      kind: "agreement",
      at: decision.at,
      ...fields,
      agreementId: decision.recordId,
      reviewOverdue: decision.reviewOverdue,
      message: decision.message,
    });
  }
  return deepFreeze({
    kind: "exception",
    at: decision.at,
    ...fields,
    exceptionId: decision.exceptionId,
    grounds: decision.grounds,
    exceptionReason: decision.exceptionReason,
    conditionReliedOn: { ...decision.conditionReliedOn },
    decisionMaker: { ...decision.decisionMaker },
    personTold: { ...decision.personTold },
    message: decision.message,
  });
}

function makeTrail(entries: readonly AuditEntry[]): AuditTrail {
  return Object.freeze({ entries: Object.freeze([...entries]) }) as AuditTrail;
}

const EMPTY = makeTrail([]);

/** A trail with no entries. */
export function emptyAuditTrail(): AuditTrail {
  return EMPTY;
}

/** Appends the decision's entry and returns a new trail; the old one is unchanged. */
export function recordDecision(trail: AuditTrail, decision: SharingDecision): AuditTrail {
  return makeTrail([...trail.entries, toAuditEntry(decision)]);
}

/** The entries of one kind, such as every `exception`, for review by a Caldicott Guardian or data protection officer. */
export function auditEntriesOfKind<K extends AuditEntryKind>(
  trail: AuditTrail,
  kind: K,
): Extract<AuditEntry, { kind: K }>[] {
  return trail.entries.filter((entry): entry is Extract<AuditEntry, { kind: K }> => entry.kind === kind);
}
