import * as z from "zod";
import type { AgreementRecord } from "./agreement.js";
import type { AgreementMethod } from "./agreement-method.js";
import { categoryWithdrawn, purposeWithdrawn, recipientWithdrawn, statusOf } from "./agreement-status.js";
import type { ConsentRecord } from "./consent-record.js";
import {
  expandAgreedCategories,
  INFORMATION_CATEGORIES,
  needsExplicitNaming,
  type InformationCategoryId,
} from "./information-categories.js";
import { describeLegalCondition, legalConditionSchema } from "./lawful-basis.js";
import { languageName } from "./language.js";
import { partySchema, type Party } from "./party.js";
import { parseExportInput } from "./export-input.js";
import type { Problem } from "./problem.js";
import { PURPOSES } from "./purposes.js";
import {
  isPersonalRecipient,
  recipientKey,
  type Recipient,
  type RecipientRelationship,
} from "./recipient.js";
import { durationBetween, isBefore, toInstant, toUtc } from "./timestamp.js";
import { deepFreeze } from "./deep-freeze.js";

/**
 * The mandatory fields of an ISO/IEC TS 27560:2023 consent record, as listed in the W3C DPVCG guide
 * "Consent Records and Receipts as per ISO/IEC TS 27560:2023 using DPV" (2024-08-01). The ISO text itself was not
 * read; the JSON field names are ours (snake_case of the guide's field names).
 */
export const ISO_27560_MANDATORY_FIELDS = /* @__PURE__ */ deepFreeze({
  record: ["schema_version", "record_id", "pii_principal_id", "processing", "parties", "event"],
  processing: [
    "privacy_notice",
    "language",
    "purposes",
    "pii_information",
    "pii_controllers",
    "retention_period",
    "jurisdiction",
    "recipient_third_parties",
    "withdrawal_method",
  ],
  purpose: ["purpose"],
  piiInformation: ["pii_type"],
  party: ["party_id", "party_name", "party_address", "party_type"],
  event: ["event_time", "validity_duration", "entity_id", "event_type", "event_state"],
} as const);

/**
 * How this export writes the reference's field names: snake_case of the guide's names, except that the mandatory
 * "purpose" is written as `purposes`, an array of `{ purpose }` (the guide has an array of purposes). Fields that
 * are not in the reference's lists start with `x_lac_` (our own extensions).
 */
export const ISO_27560_FIELD_RENAMES: Readonly<Record<string, string>> = /* @__PURE__ */ Object.freeze({
  purpose: "purposes",
});

/** The prefix of this package's own fields, which are not in ISO/IEC TS 27560. */
export const ISO_27560_EXTENSION_PREFIX = "x_lac_";

/**
 * `validity_duration` of an agreement with no expiry date. It is valid until withdrawn (a review date does not
 * end it), and ISO 8601 has no open-ended duration, so this value is our own choice.
 */
export const ISO_27560_UNTIL_WITHDRAWN = "until-withdrawn";

/** The schema version written by default: ISO/IEC TS 27560:2023, in this package's JSON profile. */
export const ISO_27560_SCHEMA_VERSION = "ISO/IEC TS 27560:2023; lac-toolkit consent profile 1";

const ISO_DURATION = /^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?$/;

/**
 * What the export needs that an agreement does not hold: facts about the organisations and the notice.
 * Every recipient organisation must be in `recipientOrganisations` (matched by name).
 */
export const iso27560OptionsSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    schemaVersion: z.string().trim().min(1).default(ISO_27560_SCHEMA_VERSION),
    /**
     * The language the person was given the information in, as a BCP 47 tag such as "en" or "cy". It may be left
     * out when the agreement records the notice's one language (`notice.languages`); if it records them, this must
     * be one of them.
     */
    language: z
      .string()
      .regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, {
        message: 'Use a language tag such as "en", "cy" or "en-GB".',
      })
      .optional(),
    privacyNoticeUrl: z.url({ message: "Give the web address of the privacy notice." }),
    controller: partySchema,
    recipientOrganisations: z.array(partySchema).default([]),
    /** How long the records are kept, as an ISO 8601 duration such as "P6Y". No default: it is your policy. */
    retentionPeriod: z.string().regex(ISO_DURATION, {
      message: 'Give the retention period as an ISO 8601 duration, for example "P6Y" for six years.',
    }),
    storageLocations: z
      .array(z.string().trim().min(1))
      .min(1, { message: 'Say where the information is stored, for example ["GB"].' }),
    jurisdiction: z.string().trim().min(1).default("GB"),
    /** How the person can withdraw, in plain words. */
    withdrawalMethod: z
      .string()
      .trim()
      .min(1, { message: "Say how the person can withdraw their agreement." }),
    /** The controller's lawful basis, if you want it in the record. It is kept apart from the agreement. */
    lawfulBasis: legalConditionSchema.optional(),
  }))();

export type Iso27560Options = z.input<typeof iso27560OptionsSchema>;

export interface Iso27560Party {
  readonly party_id: string;
  readonly party_name: string;
  readonly party_address: string;
  /** Our extension: a contact point (the reference lists email, url and phone, not a contact). */
  readonly x_lac_party_contact: string;
  readonly party_type: "organisation";
  readonly party_role: "controller" | "recipient";
  readonly party_email?: string;
  readonly party_url?: string;
  readonly party_phone?: string;
}

export type DpvConsentState = "ConsentGiven" | "ConsentWithdrawn" | "ConsentExpired";

export interface Iso27560Event {
  readonly event_time: string;
  readonly validity_duration: string;
  readonly entity_id: string;
  readonly event_type: "expressed" | "explicit";
  readonly event_state: DpvConsentState;
}

export interface Iso27560Processing {
  readonly privacy_notice: { readonly url: string; readonly notice_id: string; readonly version: string };
  readonly language: string;
  readonly purposes: readonly { readonly purpose: string; readonly x_lac_purpose_description: string }[];
  readonly lawful_basis?: string;
  readonly pii_information: readonly {
    readonly pii_type: InformationCategoryId;
    readonly x_lac_pii_description: string;
    readonly special_category: boolean;
    readonly sensitive_category: boolean;
  }[];
  readonly pii_controllers: readonly string[];
  readonly collection_method: string;
  readonly retention_period: string;
  readonly storage_locations: readonly string[];
  readonly jurisdiction: string;
  readonly recipient_third_parties: readonly string[];
  /** Our extension: the job titles at each recipient organisation. */
  readonly x_lac_recipient_roles: readonly { readonly party_id: string; readonly role: string }[];
  /** Our extension: family members, friends or representatives who may receive it, by relationship only. */
  readonly x_lac_personal_recipients: readonly RecipientRelationship[];
  readonly withdrawal_method: string;
}

export interface Iso27560Record {
  readonly schema_version: string;
  readonly record_id: string;
  readonly pii_principal_id: string;
  readonly processing: readonly Iso27560Processing[];
  readonly parties: readonly Iso27560Party[];
  readonly event: readonly Iso27560Event[];
  /** Parts of the agreement the person withdrew: they are already left out of `processing`. */
  readonly x_lac_partial_withdrawals: readonly {
    readonly record_id: string;
    readonly withdrawn_at: string;
    /**
     * `any-listed`: every share with a listed recipient, for a listed purpose or of a listed type is withdrawn
     * (already left out of `processing`). `all-listed`: the whole withdrawal of another agreement, which withdraws
     * the shares that combine one of its recipients, one of its purposes and one of its types.
     */
    readonly match: "any-listed" | "all-listed";
    readonly recipients: readonly Recipient[];
    readonly pii_types: readonly string[];
    readonly purposes: readonly string[];
  }[];
}

export type Iso27560Result =
  | { readonly ok: true; readonly record: Iso27560Record }
  | { readonly ok: false; readonly errors: readonly Problem[] };

function toParty(party: Party, role: "controller" | "recipient"): Iso27560Party {
  return {
    party_id: party.id,
    party_name: party.name,
    party_address: party.address,
    x_lac_party_contact: party.contact,
    party_type: "organisation",
    party_role: role,
    ...(party.email === undefined ? {} : { party_email: party.email }),
    ...(party.url === undefined ? {} : { party_url: party.url }),
    ...(party.phone === undefined ? {} : { party_phone: party.phone }),
  };
}

function describeMethod(method: AgreementMethod): string {
  switch (method.kind) {
    case "accessible-format":
      return `accessible-format (${method.format}); evidence ${method.evidenceRef}`;
    case "via-representative":
      return `via-representative (${method.relationship}); evidence ${method.evidenceRef}`;
    default:
      return `${method.kind}; evidence ${method.evidenceRef}`;
  }
}

function sameName(a: string, b: string): boolean {
  return a.trim().replace(/\s+/g, " ").toLowerCase() === b.trim().replace(/\s+/g, " ").toLowerCase();
}

/**
 * The language of the record: the one in the options, which must be a language of the notice if the agreement
 * records them (compared by primary tag: "cy-GB" is Welsh), or else the notice's only recorded language.
 */
function languageOf(
  agreed: AgreementRecord,
  given: string | undefined,
): { readonly ok: true; readonly tag: string } | { readonly ok: false; readonly problem: Problem } {
  const recorded = agreed.notice.languages ?? [];
  const names = recorded.map(languageName).join(" and ");
  if (given !== undefined) {
    const primary = given.split("-")[0]?.toLowerCase() ?? "";
    if (recorded.length === 0 || recorded.some((each) => each === primary)) return { ok: true, tag: given };
    return {
      ok: false,
      problem: {
        code: "language-mismatch",
        path: "options.language",
        message: `options.language is "${given}", but agreement ${agreed.id} says the notice was given in ${names} (notice.languages is ${JSON.stringify(recorded)}): give one of these, or leave options.language out.`,
      },
    };
  }
  const [only, ...more] = recorded;
  if (only !== undefined && more.length === 0) return { ok: true, tag: only };
  return {
    ok: false,
    problem: {
      code: "language-missing",
      path: "options.language",
      message:
        only === undefined
          ? `Give options.language, the language the person was given the information in, such as "en" or "cy": agreement ${agreed.id} does not record the language of its notice (notice.languages).`
          : `Agreement ${agreed.id} says the notice was given in ${names}: say in options.language which one this record gives ("cy" or "en").`,
    },
  };
}

/**
 * Exports an agreement as an ISO/IEC TS 27560-shaped consent record (JSON), as it stands at `at`.
 * Withdrawn parts are left out of `processing`; the events show when it was given and when it ended, with DPV
 * consent states. The first terminal event ends the record: a withdrawal before the end date gives
 * `ConsentWithdrawn` and no later `ConsentExpired`, and the other way round. Missing facts (such as a recipient organisation's address) are returned as problems.
 */
export function exportIso27560Record(
  agreement: AgreementRecord,
  records: readonly ConsentRecord[],
  at: string,
  options: Iso27560Options,
): Iso27560Result {
  const input = parseExportInput(agreement, records, at, options, iso27560OptionsSchema);
  if (!input.ok) return { ok: false, errors: input.errors };
  const agreed = input.agreement;
  const opts = input.options;
  const now = input.at;
  if (isBefore(now, agreed.givenAt)) {
    return {
      ok: false,
      errors: [
        {
          code: "not-yet-given",
          path: "at",
          message: `Agreement ${agreed.id} was given at ${agreed.givenAt}, after ${now}: there is nothing to export yet.`,
        },
      ],
    };
  }

  const status = statusOf(agreed, input.records, now);
  const errors: Problem[] = [];
  const language = languageOf(agreed, opts.language);
  if (!language.ok) errors.push(language.problem);
  if (opts.jurisdiction === "GB" && opts.lawfulBasis === undefined) {
    errors.push({
      code: "lawful-basis-missing",
      path: "options.lawfulBasis",
      message:
        "In the GB jurisdiction the record must say the controller's lawful basis (UK GDPR): add options.lawfulBasis, such as { article6: \"e\" }. It is kept apart from the person's agreement.",
    });
  }
  const organisationFor = (
    recipient: Extract<Recipient, { organisation: string }>,
    index: number,
  ): Party | undefined => {
    const found = opts.recipientOrganisations.find((party) => sameName(party.name, recipient.organisation));
    if (found === undefined) {
      errors.push({
        code: "recipient-organisation-missing",
        path: `options.recipientOrganisations`,
        message: `Add "${recipient.organisation}" (recipients[${index}] of agreement ${agreed.id}) to options.recipientOrganisations, with its id, address and contact: ISO/IEC TS 27560 needs them for every party.`,
      });
    }
    return found;
  };

  const recipients = agreed.recipients.filter((recipient) => !recipientWithdrawn(status, recipient));
  const recipientParties = new Map<string, Party>();
  const recipientRoles: { party_id: string; role: string }[] = [];
  agreed.recipients.forEach((recipient, index) => {
    if (isPersonalRecipient(recipient)) return;
    const party = organisationFor(recipient, index);
    if (party === undefined) return;
    recipientParties.set(party.id, party);
    if (recipients.some((kept) => recipientKey(kept) === recipientKey(recipient))) {
      recipientRoles.push({ party_id: party.id, role: recipient.role });
    }
  });
  if (errors.length > 0 || !language.ok) return { ok: false, errors };

  const categories = expandAgreedCategories(agreed.categories).filter((id) => !categoryWithdrawn(status, id));
  const purposes = agreed.purposes.filter((purpose) => !purposeWithdrawn(status, purpose));
  const explicit = agreed.categories.some(
    (category) => category !== "all-ordinary" && needsExplicitNaming(category),
  );
  const eventType = explicit ? "explicit" : "expressed";

  const events: Iso27560Event[] = [
    {
      event_time: toUtc(agreed.givenAt),
      validity_duration:
        agreed.expiresAt === undefined
          ? ISO_27560_UNTIL_WITHDRAWN
          : durationBetween(agreed.givenAt, agreed.expiresAt),
      entity_id: agreed.person,
      event_type: eventType,
      event_state: "ConsentGiven",
    },
  ];
  // The first terminal event ends the record: an agreement withdrawn and then past its end date stays withdrawn,
  // as agreementStatusAt says; one that expired and was withdrawn afterwards stays expired. On a tie, withdrawn.
  const terminal: Iso27560Event[] = [];
  if (status.wholeWithdrawal !== undefined) {
    terminal.push({
      event_time: toUtc(status.wholeWithdrawal.withdrawnAt),
      validity_duration: "PT0S",
      entity_id: agreed.person,
      event_type: eventType,
      event_state: "ConsentWithdrawn",
    });
  }
  if (agreed.expiresAt !== undefined && toInstant(agreed.expiresAt) <= toInstant(now)) {
    terminal.push({
      event_time: toUtc(agreed.expiresAt),
      validity_duration: "PT0S",
      entity_id: opts.controller.id,
      event_type: eventType,
      event_state: "ConsentExpired",
    });
  }
  const ending = [...terminal].sort((a, b) => toInstant(a.event_time) - toInstant(b.event_time))[0];
  if (ending !== undefined) events.push(ending);

  const keptPartyIds = [...new Set(recipientRoles.map((role) => role.party_id))];
  const record: Iso27560Record = {
    schema_version: opts.schemaVersion,
    record_id: agreed.id,
    pii_principal_id: agreed.person,
    processing: [
      {
        privacy_notice: {
          url: opts.privacyNoticeUrl,
          notice_id: agreed.notice.id,
          version: agreed.notice.version,
        },
        language: language.tag,
        purposes: purposes.map((purpose) => ({
          purpose,
          x_lac_purpose_description: PURPOSES[purpose].label,
        })),
        ...(opts.lawfulBasis === undefined ? {} : { lawful_basis: describeLegalCondition(opts.lawfulBasis) }),
        pii_information: categories.map((id) => ({
          pii_type: id,
          x_lac_pii_description: INFORMATION_CATEGORIES[id].label,
          special_category: INFORMATION_CATEGORIES[id].special,
          sensitive_category: needsExplicitNaming(id),
        })),
        pii_controllers: [opts.controller.id],
        collection_method: describeMethod(agreed.method),
        retention_period: opts.retentionPeriod,
        storage_locations: [...opts.storageLocations],
        jurisdiction: opts.jurisdiction,
        recipient_third_parties: keptPartyIds,
        x_lac_recipient_roles: recipientRoles,
        x_lac_personal_recipients: recipients.filter(isPersonalRecipient).map((each) => each.relationship),
        withdrawal_method: opts.withdrawalMethod,
      },
    ],
    parties: [
      toParty(opts.controller, "controller"),
      ...[...recipientParties.values()]
        .filter((party) => party.id !== opts.controller.id)
        .map((party) => toParty(party, "recipient")),
    ],
    event: events,
    x_lac_partial_withdrawals: status.withdrawals.flatMap((each) =>
      each.match === "whole"
        ? []
        : [
            {
              record_id: each.withdrawal.id,
              withdrawn_at: toUtc(each.withdrawal.withdrawnAt),
              match: each.match,
              recipients: each.recipients,
              pii_types: each.categories,
              purposes: each.purposes,
            },
          ],
    ),
  };
  return { ok: true, record };
}
