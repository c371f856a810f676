import { argumentChecks, type ArgumentChecks } from "@lac/council/argument-checks";
import type { PersonRef } from "@lac/person-ref";
import {
  DENY_REASONS,
  type DenyReason,
  type PersonToldStatus,
  type SharingDecision,
} from "./decide-sharing.js";
import { deepFreeze } from "./deep-freeze.js";
import type { ExceptionGrounds, ExceptionReason } from "./exception.js";
import type { InformationCategoryId } from "./information-categories.js";
import type { LegalCondition } from "./lawful-basis.js";
import type { PurposeId } from "./purposes.js";
import type { Recipient } from "./recipient.js";
import { problemsFromZod, type Problem } from "./problem.js";
import { sharingRequestSchema, type SharingRequest } from "./sharing-request.js";
import { timestampSchema } from "./timestamp.js";
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
  /** The withdrawal this exception overrode, when an agreement covering the share had been withdrawn. */
  readonly overridesWithdrawal?: string;
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

const checks: ArgumentChecks = /* @__PURE__ */ argumentChecks();

/** The kinds of entry, for the message of a kind that is not one. */
const AUDIT_ENTRY_KINDS: readonly AuditEntryKind[] = ["agreement", "exception", "deny"];

/**
 * The audit entry for a decision. Its `kind` keeps the three cases apart: shared on `agreement`,
 * shared on a recorded `exception` (with the grounds, condition, decision-maker and whether the person was told),
 * or `deny`. Anything but a decision that `decideSharing` returned is a TypeError that says what is wrong
 * (`recordDecision` returns it as a problem instead).
 */
export function toAuditEntry(decision: SharingDecision): AuditEntry {
  checks.requireObject(decision, "toAuditEntry's decision (the decision decideSharing returned)");
  const problem = decisionProblems(decision)[0];
  if (problem !== undefined) throw new TypeError(`toAuditEntry: ${problem.message}`);
  return auditEntry(decision);
}

/** The audit entry of a decision already checked. */
function auditEntry(decision: SharingDecision): AuditEntry {
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
    ...(decision.overridesWithdrawal === undefined
      ? {}
      : { overridesWithdrawal: decision.overridesWithdrawal }),
    message: decision.message,
  });
}

function makeTrail(entries: readonly AuditEntry[]): AuditTrail {
  return Object.freeze({ entries: Object.freeze([...entries]) }) as AuditTrail;
}

const EMPTY = /* @__PURE__ */ (() => makeTrail([]))();

/** A trail with no entries. */
export function emptyAuditTrail(): AuditTrail {
  return EMPTY;
}

export type RecordDecisionResult =
  | { readonly ok: true; readonly trail: AuditTrail; readonly entry: AuditEntry }
  | { readonly ok: false; readonly errors: readonly Problem[] };

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

/** Checks that a value has the shape of a decision returned by `decideSharing`. */
function decisionProblems(decision: unknown): Problem[] {
  const wrong = (path: string, message: string): Problem[] => [
    { code: "invalid-decision", path: path === "" ? "decision" : `decision.${path}`, message },
  ];
  const pass = "Pass the decision returned by decideSharing, unchanged.";
  if (!isObject(decision)) return wrong("", `decision is not a sharing decision. ${pass}`);
  if (decision.decision !== "permit" && decision.decision !== "deny") {
    return wrong("decision", `decision.decision must be "permit" or "deny". ${pass}`);
  }
  if (!timestampSchema.safeParse(decision.at).success)
    return wrong("at", `decision.at is not a timestamp. ${pass}`);
  if (typeof decision.message !== "string") return wrong("message", `decision.message is missing. ${pass}`);
  if (decision.decision === "deny") {
    if (
      typeof decision.reason !== "string" ||
      !(DENY_REASONS as readonly string[]).includes(decision.reason)
    ) {
      return wrong("reason", `decision.reason is not a deny reason. ${pass}`);
    }
    if (decision.request === undefined) return [];
  }
  const request = sharingRequestSchema.safeParse(decision.request);
  if (!request.success) return problemsFromZod(request.error, "decision.request");
  if (decision.decision === "deny") return [];
  if (decision.basis === "agreement") {
    return typeof decision.recordId === "string" && typeof decision.reviewOverdue === "boolean"
      ? []
      : wrong("recordId", `A permit on an agreement names the agreement (recordId). ${pass}`);
  }
  if (decision.basis === "exception") {
    return typeof decision.exceptionId === "string" &&
      typeof decision.grounds === "string" &&
      isObject(decision.conditionReliedOn) &&
      isObject(decision.decisionMaker) &&
      isObject(decision.personTold)
      ? []
      : wrong("exceptionId", `A permit on an exception names the exception and its details. ${pass}`);
  }
  return wrong("basis", `A permit's basis is "agreement" or "exception". ${pass}`);
}

/**
 * Appends the decision's entry and returns a new trail; the old one is unchanged. A `trail` or `decision` of the
 * wrong shape is returned as problems, never thrown.
 */
export function recordDecision(trail: AuditTrail, decision: SharingDecision): RecordDecisionResult {
  if (!isObject(trail) || !Array.isArray(trail.entries)) {
    return {
      ok: false,
      errors: [
        {
          code: "invalid-trail",
          path: "trail",
          message:
            "trail is not an audit trail: start from emptyAuditTrail() and use the trail each recordDecision returns.",
        },
      ],
    };
  }
  const errors = decisionProblems(decision);
  if (errors.length > 0) return { ok: false, errors };
  const entry = auditEntry(decision);
  return { ok: true, trail: makeTrail([...trail.entries, entry]), entry };
}

/**
 * The entries of one kind, such as every `exception`, for review by a Caldicott Guardian or data protection
 * officer. A `trail` that is not one, or a `kind` that is not one of the three, is a TypeError that says so
 * (a misspelt kind would otherwise find no entries to review).
 */
export function auditEntriesOfKind<K extends AuditEntryKind>(
  trail: AuditTrail,
  kind: K,
): Extract<AuditEntry, { kind: K }>[] {
  const start = "start from emptyAuditTrail() and use the trail each recordDecision returns";
  checks.requireObject(trail, `auditEntriesOfKind's trail (${start})`);
  checks.requireArray(trail.entries, `auditEntriesOfKind's trail.entries (${start})`);
  if (!(AUDIT_ENTRY_KINDS as readonly unknown[]).includes(kind))
    throw new TypeError(
      `auditEntriesOfKind's kind must be "agreement", "exception" or "deny", not ${
        typeof kind === "string" ? `"${kind}"` : checks.kindOf(kind)
      }.`,
    );
  return trail.entries.filter((entry): entry is Extract<AuditEntry, { kind: K }> => entry.kind === kind);
}
