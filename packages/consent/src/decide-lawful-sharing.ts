import type { ConsentLog } from "./consent-log.js";
import type { ConsentRecord } from "./consent-record.js";
import {
  decideSharing,
  type Deny,
  type PermitByAgreement,
  type PermitByException,
} from "./decide-sharing.js";
import { INFORMATION_CATEGORIES } from "./information-categories.js";
import {
  checkLawfulBasis,
  describeLegalCondition,
  type LawfulBasis,
  type PartnerStatus,
} from "./lawful-basis.js";
import type { Problem } from "./problem.js";
import { describePurpose } from "./purposes.js";
import { describeRecipient, isPersonalRecipient } from "./recipient.js";
import type { SharingRequest } from "./sharing-request.js";
import { deepFreeze } from "./deep-freeze.js";

/**
 * The recipient's lawful basis for receiving and using the information, as `checkLawfulBasis` takes it: the basis
 * (organisation, purposes, categories, Art 6 basis, Art 9 condition and Schedule 1 condition) and whether the
 * organisation is a public authority acting for its own tasks.
 */
export interface RecipientLawfulBasis {
  readonly basis: LawfulBasis;
  readonly partner: PartnerStatus;
}

/** Why the lawful basis did not hold for this share. */
export const LAWFUL_BASIS_DENY_REASONS = /* @__PURE__ */ deepFreeze([
  "lawful-basis-invalid",
  "lawful-basis-other-organisation",
  "lawful-basis-out-of-scope",
] as const);

export type LawfulBasisDenyReason = (typeof LAWFUL_BASIS_DENY_REASONS)[number];

/** Permitted: the person's agreement (or a recorded exception) and the recipient's lawful basis both hold. */
export interface LawfulPermit {
  readonly decision: "permit";
  /** The agreement or exception relied on, as `decideSharing` gives it. */
  readonly sharing: PermitByAgreement | PermitByException;
  /** The lawful basis relied on, as checked. */
  readonly lawfulBasis: LawfulBasis;
  /** Warnings from `checkLawfulBasis` to read and resolve; they do not block. */
  readonly warnings: readonly Problem[];
  readonly message: string;
}

/** Denied: `failed` says which side failed, agreement or lawful basis, or both; `reason` names the first. */
export interface LawfulDeny {
  readonly decision: "deny";
  readonly failed: readonly ("agreement" | "lawful-basis")[];
  readonly reason: Deny["reason"] | LawfulBasisDenyReason;
  /** The agreement side's decision: a permit when only the lawful basis failed. */
  readonly sharing: PermitByAgreement | PermitByException | Deny;
  readonly problems: readonly Problem[];
  readonly warnings: readonly Problem[];
  readonly message: string;
}

export type LawfulSharingDecision = LawfulPermit | LawfulDeny;

function sameOrganisation(a: string, b: string): boolean {
  const norm = (value: string) => value.trim().replace(/\s+/g, " ").toLowerCase();
  return norm(a) === norm(b);
}

interface BasisOutcome {
  readonly reason?: LawfulBasisDenyReason;
  readonly problems: readonly Problem[];
  readonly warnings: readonly Problem[];
  readonly message: string;
}

const MISSING_RECIPIENT_BASIS: Problem = {
  code: "invalid-value",
  path: "recipientBasis",
  message:
    "recipientBasis: Give the recipient's lawful basis and whether it is a public authority acting for its own tasks, as { basis, partner }, for example { basis: { organisation, purposes, categories, condition }, partner: { publicAuthority: true, processingForOwnTasks: true } }.",
};

function checkBasisFor(request: SharingRequest, recipientBasis: RecipientLawfulBasis): BasisOutcome {
  // From JavaScript the fourth argument may be left out: deny with a message, never a TypeError.
  if (typeof recipientBasis !== "object" || (recipientBasis as unknown) === null) {
    return {
      reason: "lawful-basis-invalid",
      problems: [MISSING_RECIPIENT_BASIS],
      warnings: [],
      message: `the lawful basis given is not valid: ${MISSING_RECIPIENT_BASIS.message}`,
    };
  }
  const checked = checkLawfulBasis(recipientBasis.basis, recipientBasis.partner);
  if (!checked.ok) {
    return {
      reason: "lawful-basis-invalid",
      problems: checked.errors,
      warnings: checked.warnings,
      message: `the lawful basis given is not valid: ${checked.errors.map((error) => error.message).join(" ")}`,
    };
  }
  const { basis } = recipientBasis;
  const recipient = request.recipient;
  if (!isPersonalRecipient(recipient) && !sameOrganisation(basis.organisation, recipient.organisation)) {
    return {
      reason: "lawful-basis-other-organisation",
      problems: [
        {
          code: "lawful-basis-other-organisation",
          path: "basis.organisation",
          message: `The lawful basis is ${basis.organisation}'s, but the recipient is ${recipient.organisation}: give the recipient's own lawful basis.`,
        },
      ],
      warnings: checked.warnings,
      message: `the lawful basis given is ${basis.organisation}'s, not the recipient's (${recipient.organisation})`,
    };
  }
  const problems: Problem[] = [];
  if (!basis.purposes.includes(request.purpose)) {
    problems.push({
      code: "lawful-basis-out-of-scope",
      path: "basis.purposes",
      message: `The lawful basis does not cover the purpose "${describePurpose(request.purpose)}".`,
    });
  }
  request.categories
    .filter((id) => !basis.categories.includes(id))
    .forEach((id) => {
      problems.push({
        code: "lawful-basis-out-of-scope",
        path: "basis.categories",
        message: `The lawful basis does not cover ${INFORMATION_CATEGORIES[id].label.toLowerCase()}${INFORMATION_CATEGORIES[id].special ? " (special category information: it needs its own Art 9 condition)" : ""}.`,
      });
    });
  if (problems.length > 0) {
    return {
      reason: "lawful-basis-out-of-scope",
      problems,
      warnings: checked.warnings,
      message: `the recipient's lawful basis does not cover this share: ${problems.map((problem) => problem.message).join(" ")}`,
    };
  }
  return {
    problems: [],
    warnings: checked.warnings,
    message: `the recipient's lawful basis (${describeLegalCondition(basis.condition)}) covers it`,
  };
}

/**
 * One decision that covers both sides of the law for a share: permit only when
 *
 * 1. the person's agreement (or a recorded exception) permits it, decided by {@link decideSharing} over records
 *    checked as the consent log checks them; and
 * 2. the recipient's lawful basis is valid (`checkLawfulBasis`: Art 6 basis, the Art 9 condition and its
 *    DPA 2018 Schedule 1 condition for special category information, Art 10 for criminal offence information),
 *    is the recipient organisation's own, and covers the purpose and every category requested.
 *
 * Otherwise deny, with `failed` naming which side failed (or both) and `reason` the first failure. The two are kept
 * apart because the person's agreement is not the lawful basis (see the package README); this decision only
 * checks that both hold. Invalid input is denied, never thrown.
 */
export function decideLawfulSharing(
  request: SharingRequest,
  records: readonly ConsentRecord[] | ConsentLog,
  at: string,
  recipientBasis: RecipientLawfulBasis,
): LawfulSharingDecision {
  const sharing = decideSharing(request, records, at);
  if (
    sharing.decision === "deny" &&
    (sharing.reason === "invalid-request" || sharing.reason === "invalid-records")
  ) {
    return {
      decision: "deny",
      failed: ["agreement"],
      reason: sharing.reason,
      sharing,
      problems: sharing.problems,
      warnings: [],
      message: sharing.message,
    };
  }
  const basis = checkBasisFor(sharing.request ?? request, recipientBasis);
  const failed: ("agreement" | "lawful-basis")[] = [];
  if (sharing.decision === "deny") failed.push("agreement");
  if (basis.reason !== undefined) failed.push("lawful-basis");
  if (sharing.decision === "permit" && basis.reason === undefined) {
    return {
      decision: "permit",
      sharing,
      lawfulBasis: recipientBasis.basis,
      warnings: basis.warnings,
      message: `${sharing.message} And ${basis.message}.`,
    };
  }
  const recipient = describeRecipient(request.recipient);
  const lawMessage = basis.reason === undefined ? "" : ` Denied for ${recipient}: ${basis.message}`;
  return {
    decision: "deny",
    failed,
    reason: sharing.decision === "deny" ? sharing.reason : (basis.reason ?? "lawful-basis-invalid"),
    sharing,
    problems: [...(sharing.decision === "deny" ? sharing.problems : []), ...basis.problems],
    warnings: basis.warnings,
    message:
      sharing.decision === "deny"
        ? `${sharing.message}${lawMessage}`
        : `Denied: the person's agreement (or a recorded exception) allows it, but ${basis.message}. Do not share until the recipient has a valid lawful basis that covers it.`,
  };
}
