/**
 * The lawful bases a data-sharing agreement proposes for a partner, chosen by whether the partner
 * is a public authority and by its sector. These are starting points for the data protection
 * officers to confirm, not legal advice: every document that shows them says so.
 *
 * Sources (shared/reference/data-protection-and-consent.md): UK GDPR Art 6(1), whose final
 * subparagraph has always kept public authorities performing their tasks from 6(1)(f), and which
 * the Data (Use and Access) Act 2025 s.70 amended to add 6(1)(ea), recognised legitimate interest,
 * likewise not available to them; Art 9(2); DPA 2018 s.10, s.11 and Schedule 1.
 */

export interface LegalCondition {
  /** The provision, e.g. "UK GDPR Art 6(1)(e)". */
  readonly provision: string;
  /** Its name as the ICO gives it, e.g. "public task". */
  readonly name: string;
}

export interface PartnerLawfulBasis {
  /** Article 6 basis for sharing under the agreement. */
  readonly article6: LegalCondition;
  /** Why that basis, in a sentence. */
  readonly article6Reason: string;
  /** Other Article 6 bases the partner may consider, with when they apply. */
  readonly article6Alternatives: readonly (LegalCondition & { readonly when: string })[];
  /** Article 9(2) condition for special category data, with its DPA 2018 Schedule 1 condition. */
  readonly specialCategory: {
    readonly article9: LegalCondition;
    readonly schedule1?: LegalCondition;
    readonly note: string;
  };
  /** Conditions for the rare sharing without the person's agreement, to safeguard them. */
  readonly safeguarding: {
    readonly article6: LegalCondition;
    readonly article9: LegalCondition;
    readonly schedule1: LegalCondition;
    readonly note: string;
  };
}

export interface PartnerForLawfulBasis {
  readonly sector: string;
  readonly publicAuthority: boolean;
}

const publicTask: LegalCondition = { provision: "UK GDPR Art 6(1)(e)", name: "public task" };
const legitimateInterests: LegalCondition = {
  provision: "UK GDPR Art 6(1)(f)",
  name: "legitimate interests",
};
const recognisedLegitimateInterest: LegalCondition = {
  provision: "UK GDPR Art 6(1)(ea)",
  name: "recognised legitimate interest",
};
const healthOrSocialCare: LegalCondition = {
  provision: "UK GDPR Art 9(2)(h)",
  name: "health or social care (with a basis in law)",
};
const healthOrSocialCarePurposes: LegalCondition = {
  provision: "DPA 2018 Schedule 1 Part 1 paragraph 2",
  name: "health or social care purposes",
};
const substantialPublicInterest: LegalCondition = {
  provision: "UK GDPR Art 9(2)(g)",
  name: "reasons of substantial public interest (with a basis in law)",
};
const statutoryPurposes: LegalCondition = {
  provision: "DPA 2018 Schedule 1 Part 2 paragraph 6",
  name: "statutory and government purposes",
};
const explicitConsent: LegalCondition = { provision: "UK GDPR Art 9(2)(a)", name: "explicit consent" };
const safeguardingIndividuals: LegalCondition = {
  provision: "DPA 2018 Schedule 1 Part 2 paragraph 18",
  name: "safeguarding of children and of individuals at risk",
};

const healthAndCareSectors = new Set([
  "council-service",
  "nhs-trust",
  "integrated-care-board",
  "primary-care",
]);

const safeguardingNote =
  "Schedule 1 paragraph 18 covers sharing without consent only, where consent cannot be given, cannot reasonably be obtained, or asking would prejudice the protection; it needs an appropriate policy document. Record which of these applies each time.";

/** Special category data held for health or social care (the same for public and other bodies). */
const healthOrCareCondition: PartnerLawfulBasis["specialCategory"] = {
  article9: healthOrSocialCare,
  schedule1: healthOrSocialCarePurposes,
  note: "Applies to processing by or under the responsibility of a professional with a duty of confidentiality (DPA 2018 s.11).",
};

/** Sharing without agreement to safeguard someone: only the Article 6 basis differs between bodies. */
function safeguardingWith(article6: LegalCondition): PartnerLawfulBasis["safeguarding"] {
  return {
    article6,
    article9: substantialPublicInterest,
    schedule1: safeguardingIndividuals,
    note: safeguardingNote,
  };
}

/** Proposes the lawful bases for one partner's sharing. */
export function lawfulBasisForPartner(partner: PartnerForLawfulBasis): PartnerLawfulBasis {
  const healthOrCare = healthAndCareSectors.has(partner.sector);
  if (partner.publicAuthority) {
    return {
      article6: publicTask,
      article6Reason:
        "A public authority performing its tasks relies on public task: it cannot rely on legitimate interests for them (UK GDPR Art 6(1), final subparagraph) nor, since the Data (Use and Access) Act 2025 s.70, on recognised legitimate interest.",
      article6Alternatives: [],
      specialCategory: healthOrCare
        ? healthOrCareCondition
        : {
            article9: substantialPublicInterest,
            schedule1: statutoryPurposes,
            note: "Needs an appropriate policy document (DPA 2018 Schedule 1 paragraph 5). Confirm the statutory function relied on.",
          },
      safeguarding: safeguardingWith(publicTask),
    };
  }
  return {
    article6: legitimateInterests,
    article6Reason:
      "An organisation that is not a public authority can rely on legitimate interests, with a legitimate interests assessment.",
    article6Alternatives: [
      {
        ...recognisedLegitimateInterest,
        when: "when it discloses information on request to a public authority that needs it for a task with a basis in law, or to safeguard a vulnerable individual (Data (Use and Access) Act 2025, Annex 1 conditions); no balancing test, but the sharing must be necessary",
      },
    ],
    specialCategory: healthOrCare
      ? healthOrCareCondition
      : {
          article9: explicitConsent,
          note: "Explicit consent must be a clear statement that names the type of special category data and is kept separate from other agreements; where the person would not be free to refuse, choose another condition with your data protection officer.",
        },
    safeguarding: safeguardingWith(recognisedLegitimateInterest),
  };
}
