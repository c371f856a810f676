import * as z from "zod";
import type { AgreementRecord, Notice } from "./agreement.js";
import { recipientWithdrawn, statusOf } from "./agreement-status.js";
import type { ConsentRecord } from "./consent-record.js";
import {
  expandAgreedCategories,
  INFORMATION_CATEGORIES,
  type AgreedCategory,
} from "./information-categories.js";
import { parseExportInput } from "./export-input.js";
import { languageName } from "./language.js";
import type { Problem } from "./problem.js";
import { PURPOSES, type PurposeId } from "./purposes.js";
import { isPersonalRecipient, recipientKey, type Recipient } from "./recipient.js";
import { calendarDateOf, isBefore, toInstant } from "./timestamp.js";

/** The code systems this package uses for its own codes, unless you give others. They are ours, not HL7's. */
export const LAC_CODE_SYSTEMS = /* @__PURE__ */ Object.freeze({
  informationCategory: "urn:lac-toolkit:consent:information-category",
  purpose: "urn:lac-toolkit:consent:purpose",
});

const codeableConceptSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    text: z.string().trim().min(1),
    coding: z
      .array(
        z.strictObject({
          system: z.string().min(1),
          code: z.string().min(1),
          display: z.string().optional(),
        }),
      )
      .optional(),
  }))();

/** What the FHIR export needs that an agreement does not hold. */
export const fhirConsentOptionsSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    /** The identifier system (a URI) of your pseudonymous person references. */
    personIdentifierSystem: z
      .string()
      .trim()
      .min(1, { message: "Give the URI of your person reference system." }),
    /** The identifier system (a URI) of your consent record ids. */
    recordIdentifierSystem: z.string().trim().min(1, { message: "Give the URI of your record id system." }),
    /** The identifier system (a URI) of your evidence document references; by default `recordIdentifierSystem`. */
    evidenceIdentifierSystem: z.string().trim().min(1).optional(),
    /** The identifier system (a URI) of your notices' references (`notice.id`); by default `recordIdentifierSystem`. */
    noticeIdentifierSystem: z.string().trim().min(1).optional(),
    /** The organisation that controls and enforces the consent. */
    controller: z.strictObject({
      name: z.string().trim().min(1),
      identifier: z
        .strictObject({ system: z.string().trim().min(1).optional(), value: z.string().trim().min(1) })
        .optional(),
    }),
    /** `Consent.category`; by default a text-only concept, because we do not claim a standard code for it. */
    category: z
      .array(codeableConceptSchema)
      .min(1)
      .default([{ text: "Agreement to share information" }]),
    categoryCodeSystem: z.string().trim().min(1).default(LAC_CODE_SYSTEMS.informationCategory),
    purposeCodeSystem: z.string().trim().min(1).default(LAC_CODE_SYSTEMS.purpose),
  }))();

export type FhirConsentOptions = z.input<typeof fhirConsentOptionsSchema>;

interface FhirCoding {
  readonly system: string;
  readonly code: string;
  readonly display?: string;
}
interface FhirCodeableConcept {
  readonly text?: string;
  readonly coding?: readonly FhirCoding[];
}
interface FhirIdentifier {
  readonly system?: string;
  readonly value: string;
}
interface FhirReference {
  readonly type?: string;
  readonly identifier?: FhirIdentifier;
  readonly display?: string;
}
interface FhirPeriod {
  readonly start?: string;
  readonly end?: string;
}

export interface FhirConsentProvision {
  readonly period?: FhirPeriod;
  readonly actor?: readonly { readonly role: FhirCodeableConcept; readonly reference: FhirReference }[];
  readonly purpose?: readonly FhirCoding[];
  readonly code?: readonly FhirCodeableConcept[];
  readonly provision?: readonly FhirConsentProvision[];
}

/** A FHIR R5 `Consent` resource, limited to the elements this export writes. */
export interface FhirConsent {
  readonly resourceType: "Consent";
  readonly identifier: readonly FhirIdentifier[];
  readonly status: "draft" | "active" | "inactive";
  readonly category: readonly FhirCodeableConcept[];
  readonly subject: FhirReference;
  readonly date: string;
  readonly period: FhirPeriod;
  readonly grantor: readonly FhirReference[];
  readonly grantee: readonly FhirReference[];
  readonly controller: readonly FhirReference[];
  readonly sourceReference: readonly FhirReference[];
  /** The notice the person was shown: its identifier, and in `display` its version and the languages it was given in. */
  readonly policyText: readonly FhirReference[];
  readonly decision: "deny" | "permit";
  readonly provision: readonly FhirConsentProvision[];
}

export type FhirConsentResult =
  | { readonly ok: true; readonly resource: FhirConsent }
  | { readonly ok: false; readonly errors: readonly Problem[] };

/** "Notice NTC-0003, version 3, given in Welsh and English": the languages only if they were recorded. */
function noticeDisplay(notice: Notice): string {
  const languages = (notice.languages ?? []).map(languageName);
  const given = languages.length === 0 ? "" : `, given in ${languages.join(" and ")}`;
  return `Notice ${notice.id}, version ${notice.version}${given}`;
}

function referenceTo(recipient: Recipient): FhirReference {
  return isPersonalRecipient(recipient)
    ? { type: "RelatedPerson", display: `Related person (${recipient.relationship}), not named` }
    : { type: "Organization", display: recipient.organisation };
}

function actors(recipients: readonly Recipient[]): FhirConsentProvision["actor"] {
  return recipients.map((recipient) => ({
    role: { text: isPersonalRecipient(recipient) ? recipient.relationship : recipient.role },
    reference: referenceTo(recipient),
  }));
}

/**
 * Exports an agreement as a FHIR R5 `Consent` resource (JSON), as it stands at `at`.
 *
 * In R5 `decision` is the base rule and each level of `provision` is an exception to the level above. The person's
 * agreement is "deny by default, permit within this scope", so the resource has `decision: "deny"` and one
 * provision that permits the agreed recipients (`actor`), purposes and categories (`code`). Partial withdrawals are
 * nested provisions (which deny again), one per kind of thing withdrawn. A withdrawn or expired agreement is
 * `inactive`. The subject is the pseudonymous person reference only: never a name.
 *
 * The notice the person was shown is `policyText` (R5: a reference to the human-readable policy), a reference by
 * identifier to a `DocumentReference`; a reference has no language element, so its version and the languages it was
 * given in (`notice.languages`) are in its `display`. The language the person chose for correspondence is not
 * written: it belongs on the person's `Patient` (`communication`), which this export does not make, and R5 Consent
 * has no element for it.
 */
export function exportFhirR5Consent(
  agreement: AgreementRecord,
  records: readonly ConsentRecord[],
  at: string,
  options: FhirConsentOptions,
): FhirConsentResult {
  const input = parseExportInput(agreement, records, at, options, fhirConsentOptionsSchema);
  if (!input.ok) return { ok: false, errors: input.errors };
  const agreed = input.agreement;
  const opts = input.options;
  const now = input.at;
  const status = statusOf(agreed, input.records, now);

  const coding = (categories: readonly AgreedCategory[]): FhirCodeableConcept[] =>
    expandAgreedCategories(categories).map((id) => ({
      coding: [{ system: opts.categoryCodeSystem, code: id, display: INFORMATION_CATEGORIES[id].label }],
    }));
  const purposeCoding = (purposes: readonly PurposeId[]): FhirCoding[] =>
    purposes.map((purpose) => ({
      system: opts.purposeCodeSystem,
      code: purpose,
      display: PURPOSES[purpose].label,
    }));

  const subject: FhirReference = {
    identifier: { system: opts.personIdentifierSystem, value: agreed.person },
  };
  const grantor: FhirReference[] = [subject];
  if (agreed.method.kind === "via-representative") {
    grantor.push({ display: `Representative of the person (${agreed.method.relationship})` });
  }

  const ends = [
    ...(agreed.expiresAt === undefined ? [] : [agreed.expiresAt]),
    ...(status.wholeWithdrawal === undefined ? [] : [status.wholeWithdrawal.withdrawnAt]),
  ].sort((a, b) => toInstant(a) - toInstant(b));
  const end = ends[0];

  const nested: FhirConsentProvision[] = status.withdrawals.flatMap((each): FhirConsentProvision[] => {
    if (each.match === "whole") return [];
    const period = { start: each.withdrawal.withdrawnAt };
    const { recipients, categories, purposes } = each;
    if (each.match === "all-listed") {
      // Another agreement withdrawn in full: one provision that combines its recipients, purposes and categories.
      return [
        { period, actor: actors(recipients), purpose: purposeCoding(purposes), code: coding(categories) },
      ];
    }
    return [
      ...(recipients.length > 0 ? [{ period, actor: actors(recipients) }] : []),
      ...(categories.length > 0 ? [{ period, code: coding(categories) }] : []),
      ...(purposes.length > 0 ? [{ period, purpose: purposeCoding(purposes) }] : []),
    ];
  });

  // Grantees: the recipients the person has not withdrawn, one reference per organisation (or relationship).
  const grantees = new Map<string, FhirReference>();
  for (const recipient of agreed.recipients) {
    if (recipientWithdrawn(status, recipient)) continue;
    const key = isPersonalRecipient(recipient)
      ? recipientKey(recipient)
      : recipient.organisation.toLowerCase();
    if (!grantees.has(key)) grantees.set(key, referenceTo(recipient));
  }
  const resource: FhirConsent = {
    resourceType: "Consent",
    identifier: [{ system: opts.recordIdentifierSystem, value: agreed.id }],
    status: isBefore(now, agreed.givenAt) ? "draft" : status.state === "in-force" ? "active" : "inactive",
    category: opts.category,
    subject,
    date: calendarDateOf(agreed.givenAt),
    period: { start: agreed.givenAt, ...(end === undefined ? {} : { end }) },
    grantor,
    grantee: [...grantees.values()],
    controller: [
      {
        type: "Organization",
        display: opts.controller.name,
        ...(opts.controller.identifier === undefined ? {} : { identifier: opts.controller.identifier }),
      },
    ],
    sourceReference: [
      {
        identifier: {
          system: opts.evidenceIdentifierSystem ?? opts.recordIdentifierSystem,
          value: agreed.method.evidenceRef,
        },
        display: `Evidence of the ${agreed.method.kind} agreement`,
      },
    ],
    policyText: [
      {
        type: "DocumentReference",
        identifier: {
          system: opts.noticeIdentifierSystem ?? opts.recordIdentifierSystem,
          value: agreed.notice.id,
        },
        display: noticeDisplay(agreed.notice),
      },
    ],
    decision: "deny",
    provision: [
      {
        period: {
          start: agreed.givenAt,
          ...(agreed.expiresAt === undefined ? {} : { end: agreed.expiresAt }),
        },
        actor: actors(agreed.recipients),
        purpose: purposeCoding(agreed.purposes),
        code: coding(agreed.categories),
        ...(nested.length > 0 ? { provision: nested } : {}),
      },
    ],
  };
  return { ok: true, resource };
}
