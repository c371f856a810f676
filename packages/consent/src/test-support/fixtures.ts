import { parsePersonRef, type PersonRef } from "@lac/person-ref";
import type { AgreementRecord } from "../agreement.js";
import type { SharingException } from "../exception.js";
import type { PersonToldRecord } from "../person-told.js";
import type { OrganisationalRecipient } from "../recipient.js";
import type { SharingRequest } from "../sharing-request.js";
import type { WithdrawalRecord } from "../withdrawal.js";

/** Brands a test person reference; throws on a bad literal, which is a mistake in the test itself. */
export function ref(value: string): PersonRef {
  const result = parsePersonRef(value);
  if (!result.ok) throw new TypeError(result.error.message);
  return result.ref;
}

export const PERSON = ref("P-000123");
export const OTHER_PERSON = ref("P-000999");
export const COORDINATOR = { id: "STF-0042", role: "Local Area Coordinator" } as const;
export const MANAGER = { id: "STF-0007", role: "Local Area Coordination Team Manager" } as const;

export const HOUSING: OrganisationalRecipient = {
  organisation: "Example Borough Council Housing Options",
  role: "Tenancy officer",
};
export const GP: OrganisationalRecipient = {
  organisation: "Riverside Medical Practice",
  role: "Practice manager",
};
export const FOOD_BANK: OrganisationalRecipient = {
  organisation: "Northside Food Bank",
  role: "Volunteer coordinator",
};

export function agreement(overrides: Partial<AgreementRecord> = {}): AgreementRecord {
  return {
    type: "agreement",
    id: "AGR-1",
    person: PERSON,
    recipients: [HOUSING],
    categories: ["contact-details", "housing-situation"],
    purposes: ["advocating-for"],
    method: { kind: "verbal", evidenceRef: "NOTE-0001" },
    notice: { id: "NTC-0003", version: "3" },
    givenAt: "2025-03-01T10:00:00+00:00",
    reviewBy: "2025-09-01T10:00:00+01:00",
    expiresAt: "2026-03-01T10:00:00+00:00",
    recordedAt: "2025-03-01T10:30:00+00:00",
    recordedBy: COORDINATOR,
    ...overrides,
  };
}

export function withdrawal(overrides: Partial<WithdrawalRecord> = {}): WithdrawalRecord {
  return {
    type: "withdrawal",
    id: "WDR-1",
    agreementId: "AGR-1",
    person: PERSON,
    scope: { kind: "whole-agreement" },
    withdrawnAt: "2025-06-01T12:00:00+01:00",
    recordedAt: "2025-06-01T12:05:00+01:00",
    recordedBy: COORDINATOR,
    ...overrides,
  };
}

export function exception(overrides: Partial<SharingException> = {}): SharingException {
  return {
    type: "exception",
    id: "EXC-1",
    person: PERSON,
    grounds: "safeguarding-individual-at-risk",
    reason: "asking-would-prejudice-protection",
    caseFileRef: "CASE-0099",
    decisionMaker: MANAGER,
    publicAuthority: true,
    conditionReliedOn: { article6: "e", article9: "g", schedule1: { part: 2, paragraph: 18 } },
    appropriatePolicyDocumentRef: "APD-0001",
    recipients: [GP],
    categories: ["health", "contact-details"],
    purposes: ["safeguarding"],
    decidedAt: "2025-05-10T09:00:00+01:00",
    validUntil: "2025-05-17T09:00:00+01:00",
    personTold: { told: false, why: "would-increase-risk-of-harm" },
    recordedAt: "2025-05-10T09:30:00+01:00",
    recordedBy: COORDINATOR,
    ...overrides,
  };
}

export function personTold(overrides: Partial<PersonToldRecord> = {}): PersonToldRecord {
  return {
    type: "person-told",
    id: "TOLD-1",
    exceptionId: "EXC-1",
    person: PERSON,
    toldAt: "2025-05-20T14:00:00+01:00",
    recordedAt: "2025-05-20T15:00:00+01:00",
    recordedBy: COORDINATOR,
    ...overrides,
  };
}

export function request(overrides: Partial<SharingRequest> = {}): SharingRequest {
  return {
    person: PERSON,
    recipient: HOUSING,
    categories: ["contact-details"],
    purpose: "advocating-for",
    ...overrides,
  };
}
