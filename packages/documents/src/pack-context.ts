import { requireArray, requireObject } from "./argument-checks.js";
import type {
  CouncilConfig,
  CouncilTier,
  CouncilType,
  FlowDirection,
  Partner,
  PartnerKind,
} from "@lac/council";
import {
  councilTierLabels,
  councilTypeLabels,
  councilTypeOf,
  PARTNER_KIND_INFO,
  partnerIsPublicAuthority,
  partnerIsTheCouncil,
  partnerSectorLabelsByNation,
  roundFte,
  slugify,
  uniqueSlugs,
} from "@lac/council/quick";
import { OTHER_PROVISIONS, schedule1Condition } from "@lac/lawful-basis";
import { principles } from "@lac/principles/list";
import { dataItemsFor, identityItemsReceived } from "./data-items.js";
import { documentSections } from "./document-sections.js";
import {
  councilGatewaysWith,
  personalDataGroundsFor,
  type PartyNature,
  type PersonalDataGrounds,
} from "./lawful-basis-for-partner.js";
import { dpiaRisks, peoplePerCoordinatorText } from "./dpia-risks.js";
import {
  WELSH_COUNCIL_TIER_LABELS,
  WELSH_PARTNER_KIND_LABELS,
  WELSH_PRINCIPLES,
  WELSH_TERMS,
  welshTermTexts,
} from "./welsh-glossary.js";
import { markedEnglishName } from "./english-text.js";
import { welshRoles } from "./welsh-roles.js";
import { managerPostsByWave } from "./manager-posts.js";
import { escapeForMarkdown } from "./escape-for-markdown.js";
import { unescapeMarkdownText } from "./markdown-text.js";
import type { ManifestPhase } from "./manifest.js";
import { schedulePhases } from "./programme-phases.js";
import { addDays, addMonths } from "@lac/en-gb-format";
import { KeyShapes, withFields } from "./with-fields.js";
import { placesOnlyName, roleContext } from "./role-context.js";
import {
  councilTierOf,
  formatFte,
  neighbourhoodWaves,
  SUPPORT_LEVELS,
  teamContext,
} from "./programme-context.js";

/** The sectors of the leadership group's members that are health bodies. */
const HEALTH_SECTORS: ReadonlySet<string> = new Set(["nhs-trust", "integrated-care-board", "primary-care"]);

/** The source range of people per coordinator (lac-domain.md §2). */
const NEIGHBOURHOOD_RANGE = { min: 8000, max: 10000 } as const;

/** Caldicott principles (National Data Guardian, 8 December 2020). */
const caldicottPrinciples = [
  "Justify the purpose(s) for using confidential information",
  "Use confidential information only when it is necessary",
  "Use the minimum necessary confidential information",
  "Access to confidential information should be on a strict need-to-know basis",
  "Everyone with access to confidential information should be aware of their responsibilities",
  "Comply with the law",
  "The duty to share information for individual care is as important as the duty to protect patient confidentiality",
  "Inform patients and service users about how their confidential information is used",
] as const;

/** Mermaid gantt task names cannot hold ':', '#', ';' or the Markdown escapes of this context. */
function mermaidLabel(text: string): string {
  return unescapeMarkdownText(text)
    .replace(/[:#;|]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** The tier of this council, for the lawful-basis model, from its GSS council type. */
const TIER_OF_COUNCIL_TYPE: Readonly<Record<CouncilType, CouncilTier>> = {
  unitary: "unitary",
  district: "district",
  "metropolitan-district": "metropolitan",
  "london-borough": "london-borough",
  county: "county",
  "welsh-principal-council": "welsh-principal",
};

/** The controller of a partner, as a legal person (reference §1.1): configured, derived where the law is clear, or to be completed. */
/** A fire and rescue partner in London: the London Fire Brigade, or the London Fire Commissioner by name. */
const LONDON_FIRE = /\blondon fire\b/i;

function legalEntityOf(partner: Partner): { readonly name: string; readonly derived: boolean } | undefined {
  if (partner.legalEntity !== undefined) return { name: partner.legalEntity, derived: false };
  if (partner.kind === "police") {
    if (/\bmetropolitan police\b/i.test(partner.organisation)) {
      return { name: "The Commissioner of Police of the Metropolis", derived: true };
    }
    if (/\bcity of london police\b/i.test(partner.organisation)) {
      return { name: "The Commissioner of Police for the City of London", derived: true };
    }
    return { name: `The Chief Constable of ${partner.organisation}`, derived: true };
  }
  // In Greater London the fire and rescue authority is the London Fire Commissioner, a corporation sole
  // with "the functions of the fire and rescue authority for Greater London under the Fire and Rescue
  // Services Act 2004" (Greater London Authority Act 1999 s.327A(2) and (4)(a), inserted by the Policing
  // and Crime Act 2017): not "London Fire Brigade", the name of its service.
  if (partner.kind === "fire-and-rescue-authority" && LONDON_FIRE.test(partner.organisation)) {
    return { name: "London Fire Commissioner", derived: true };
  }
  // Elsewhere the fire and rescue authority and a GP practice's contracting entity cannot be told from the name.
  if (partner.kind === "fire-and-rescue-authority" || partner.kind === "gp-practice") return undefined;
  return { name: partner.organisation, derived: false };
}

/**
 * What a partner registered with the Charity Commission, Companies House or the FCA is identified by, for a
 * kind whose controller the toolkit names only by the organisation's name: the parties complete it, unless
 * the configuration gives the legal entity (partners[].legalEntity).
 */
const REGISTRATION_TO_COMPLETE: Partial<Record<PartnerKind, string>> = {
  charity: "charity or company number, if it has them",
  company: "company or society number",
  "housing-association": "company, society or charity number",
};

/** "Yes" or "No"; for a GP practice taken as public by default, the limits of that (reference §1.1, BMA). */
function publicAuthorityLabel(partner: Partner, publicAuthority: boolean): string {
  if (!publicAuthority) return "No";
  if (partner.kind === "gp-practice" && partner.publicAuthority === undefined) {
    return "Yes, for its NHS services under a GMS or PMS contract (an APMS practice is not: confirm)";
  }
  return "Yes";
}

function describeFlow(partner: Partner, direction: FlowDirection) {
  const anonymised = partner.anonymised.includes(direction);
  const dataItems = dataItemsFor(partner.kind, direction, {
    anonymised,
    categories: partner[direction],
    configured: partner.dataItems?.[direction],
  });
  return {
    direction,
    categories: partner[direction],
    present: partner[direction].length > 0,
    anonymised,
    personal: partner[direction].length > 0 && !anonymised,
    dataItems: dataItems.items,
    dataItemsConfigured: dataItems.configured,
  };
}

export { markedEnglishName };

/** What {@link partnerBase} reads besides the partner: the council's, and the pack's, values. */
interface PartnerEnv {
  readonly nation: CouncilConfig["council"]["nation"];
  readonly councilTier: CouncilTier | undefined;
  readonly councilGrounds: PersonalDataGrounds;
  readonly partnerSlugs: readonly string[];
  readonly sectorLabels: (typeof partnerSectorLabelsByNation)[CouncilConfig["council"]["nation"]];
  readonly givenPartners: readonly Partner[];
  readonly councilIdentity: Parameters<typeof partnerIsTheCouncil>[1];
  readonly shapes: KeyShapes;
}

/** A partner as the templates see it: the configuration's partner, with the values derived from it. */
function partnerBase(partner: Partner, index: number, env: PartnerEnv) {
  const publicAuthority = partnerIsPublicAuthority(partner);
  const nature: PartyNature = {
    kind: partner.kind,
    councilTier: partner.councilTier,
    publicAuthority,
    nation: env.nation,
    counterpartHasSocialCare: env.councilGrounds.caldicott,
    counterpartTier: env.councilTier,
  };
  const shares = describeFlow(partner, "shares");
  const receives = describeFlow(partner, "receives");
  const flows = [shares, receives].filter((flow) => flow.present);
  const personalFlows = flows.filter((flow) => flow.personal);
  const grounds = personalDataGroundsFor(
    nature,
    shares.personal ? "shares" : "receives",
    shares.personal && receives.personal,
  );
  const legalEntity = legalEntityOf(partner);
  const kindInfo = PARTNER_KIND_INFO[partner.kind];
  const sector = partner.sector ?? kindInfo.sector;
  const kindLabel = partner.councilTier
    ? councilTierLabels[partner.councilTier]
    : ((env.nation === "wales" ? kindInfo.labelInWales : undefined) ?? kindInfo.label);
  // An NHS body's sector is named by its own kind ("Local health board (NHS Wales)", "NHS trust"),
  // and so is another council ("County council"): a separate body corporate and controller (LGA 1972
  // s.2(3)), not a service of this council, whose sector id ("council-service") it shares.
  const ownKindLabel =
    (kindInfo.nhsBody || partner.kind === "council") && kindInfo.sector === sector ? kindLabel : undefined;
  return withFields(
    partner,
    {
      slug: env.partnerSlugs[index] ?? slugify(partner.organisation),
      cyName: partner.welshName ?? markedEnglishName(partner.organisation),
      sector,
      sectorLabel: ownKindLabel ?? env.sectorLabels[sector],
      kindLabel,
      /** The kind, as the Welsh documents name it (the toolkit's glossary). */
      kindLabelCy: partner.councilTier
        ? WELSH_COUNCIL_TIER_LABELS[partner.councilTier]
        : WELSH_PARTNER_KIND_LABELS[partner.kind].cy,
      publicAuthority,
      publicAuthorityLabel: publicAuthorityLabel(partner, publicAuthority),
      legalEntity: legalEntity?.name,
      legalEntityDerived: legalEntity?.derived ?? false,
      /** The registration number, besides the registered name, that the partner completes ({@link REGISTRATION_TO_COMPLETE}). */
      registrationToComplete:
        partner.legalEntity === undefined ? REGISTRATION_TO_COMPLETE[partner.kind] : undefined,
      isTheCouncil: partnerIsTheCouncil(env.givenPartners[index] ?? partner, env.councilIdentity),
      nhsBody: kindInfo.nhsBody,
      competentAuthority: partner.kind === "police",
      flows: { shares, receives },
      hasPersonalData: personalFlows.length > 0,
      allAnonymised: flows.length > 0 && personalFlows.length === 0,
      someAnonymised: flows.some((flow) => flow.anonymised),
      twoWay: shares.personal && receives.personal,
      sharesOnly: shares.personal && !receives.personal,
      receivesOnly: receives.personal && !shares.personal,
      grounds,
      /** The grounds for what the police disclose to the programme: Part 3 first (DPA 2018 s.36). */
      lawEnforcementOrigin: shares.personal ? grounds.lawEnforcementOrigin : undefined,
      lawfulBasis: grounds,
    },
    env.shapes,
  );
}

/**
 * A partner of the pack's context, without its own document's parties (`doc`): a named type, so that
 * the type of the context refers to it rather than writing it out in every list of partners.
 */
export type PartnerContextBase = ReturnType<typeof partnerBase>;

/** A partner of the pack's context, with the parties of its own document (`doc`). */
export type PartnerContext = Omit<PartnerContextBase, "doc"> & { readonly doc: DocumentParties };

/** The council as a party of a document, beside the partners. */
export interface CouncilPartyContext {
  readonly organisation: string;
  readonly legalEntity: string;
  readonly kindLabel: string;
  readonly sectorLabel: string;
  readonly publicAuthority: true;
  readonly publicAuthorityLabel: string;
  readonly socialCare: boolean;
  /** As a partner's: the council's Caldicott Guardian, when configured (the Caldicott paragraphs name each body's own). */
  readonly caldicottGuardian: CouncilConfig["dataProtection"]["caldicottGuardian"];
  readonly grounds: PersonalDataGrounds;
  readonly lawfulBasis: PersonalDataGrounds;
}

/** The parties of one document, for its lawful-basis table, consent, police and Caldicott paragraphs. */
export interface DocumentParties {
  readonly parties: readonly PartnerContextBase[];
  /** The council's gateways in this document: a district's grow with a county council party. */
  readonly councilGateways: ReturnType<typeof councilGatewaysWith>;
  readonly consentParties: PartnerContextBase[];
  /** Those of consentParties that pass personal data to the council: each obtains the consent itself. */
  readonly consentDisclosers: PartnerContextBase[];
  /** Those of consentParties that receive personal data from the council: the coordinator records it. */
  readonly consentRecipients: PartnerContextBase[];
  /** The parties that rely on legitimate interests (Art 6(1)(f)): each records a legitimate interests assessment. */
  readonly legitimateInterestsParties: PartnerContextBase[];
  readonly policeParties: PartnerContextBase[];
  /** The parties bound by the Caldicott principles besides the council: each one's own Guardian advises it on its disclosures before it signs. */
  readonly caldicottParties: PartnerContextBase[];
  /** The parties the council passes personal data to: each keeps it for a period of its own, to be completed. */
  readonly receivingParties: PartnerContextBase[];
  /** The parties that pass personal data to the council: each records the person's agreement itself first. */
  readonly disclosingParties: PartnerContextBase[];
  /** Those of disclosingParties that are NHS bodies or GP practices: each records the security assurance it requires of the council. */
  readonly nhsDisclosers: PartnerContextBase[];
  /** Whether the council receives personal data from any of the parties (it keeps it for its configured period). */
  readonly councilReceives: boolean;
  readonly bound: (CouncilPartyContext | PartnerContextBase)[];
  readonly notBound: (CouncilPartyContext | PartnerContextBase)[];
  /** Those of `bound` that only receive personal data under this document: they make no disclosures under it. */
  readonly boundReceivers: (CouncilPartyContext | PartnerContextBase)[];
}

/** What every template sees: the configuration as given, plus values derived from it. */
export function buildPackContext(givenConfig: CouncilConfig, phases: readonly ManifestPhase[]) {
  requireObject(givenConfig, "buildPackContext (config)");
  requireArray(phases, "buildPackContext (phases)");
  const config = escapeForMarkdown(givenConfig);
  // The key sequences of this context's neighbourhoods, partners and phases (see withFields).
  const shapes = new KeyShapes();
  const councilType = councilTypeOf(config.council.gssCode);
  const nation = config.council.nation;
  const sectorLabels = partnerSectorLabelsByNation[nation];
  const perWave = config.programme.waves.neighbourhoodsPerWave;
  const neighbourhoodSlugs = uniqueSlugs(
    givenConfig.neighbourhoods.map((neighbourhood) => neighbourhood.name),
  );
  const neighbourhoods = config.neighbourhoods.map((neighbourhood, index) => {
    const perCoordinator = Math.round(neighbourhood.population / neighbourhood.coordinators);
    return withFields(
      neighbourhood,
      {
        coordinatorsFte: formatFte(neighbourhood.coordinators),
        slug: neighbourhoodSlugs[index] ?? slugify(neighbourhood.name),
        cyName: neighbourhood.welshName ?? markedEnglishName(neighbourhood.name),
        perCoordinator,
        withinRange: perCoordinator >= NEIGHBOURHOOD_RANGE.min && perCoordinator <= NEIGHBOURHOOD_RANGE.max,
        wave: Math.floor(index / perWave) + 1,
        /** Its places are only its own name: the panel guides then leave them out. */
        placesOnlyName: placesOnlyName(neighbourhood),
      },
      shapes,
    );
  });
  const waveGroups = neighbourhoodWaves(neighbourhoods, perWave);
  const councilNature: PartyNature = {
    kind: "this-council",
    councilTier: councilType ? TIER_OF_COUNCIL_TYPE[councilType] : undefined,
    publicAuthority: true,
    nation,
    specialCategoryCondition: config.dataProtection.specialCategoryCondition,
  };
  const councilGrounds = personalDataGroundsFor(councilNature);
  const councilIdentity = {
    councilName: givenConfig.council.name,
    controller: givenConfig.dataProtection.controller,
  };
  const partnerSlugs = uniqueSlugs(givenConfig.partners.map((partner) => partner.organisation));
  const partnerEnv: PartnerEnv = {
    nation,
    councilTier: councilNature.councilTier,
    councilGrounds,
    partnerSlugs,
    sectorLabels,
    givenPartners: givenConfig.partners,
    councilIdentity,
    shapes,
  };
  const basePartners: PartnerContextBase[] = config.partners.map((partner, index) =>
    partnerBase(partner, index, partnerEnv),
  );
  const councilParty: CouncilPartyContext = {
    organisation: config.dataProtection.controller,
    legalEntity: config.dataProtection.controller,
    kindLabel: councilType
      ? `${councilTypeLabels[councilType].replace(/^./, (c) => c.toUpperCase())} (this council)`
      : "Council (this council)",
    sectorLabel: "Council",
    publicAuthority: true,
    publicAuthorityLabel: "Yes",
    socialCare: councilGrounds.caldicott,
    /** As a partner's: the council's Caldicott Guardian, when configured (the Caldicott paragraphs name each body's own). */
    caldicottGuardian: config.dataProtection.caldicottGuardian,
    grounds: councilGrounds,
    lawfulBasis: councilGrounds,
  };
  const councilGateways = (parties: readonly PartnerContextBase[]) =>
    councilGatewaysWith(councilNature, councilGrounds.gateways, parties);
  /** The parties of one document, for its lawful-basis table, consent, police and Caldicott paragraphs. */
  const documentParties = (parties: readonly PartnerContextBase[]): DocumentParties => ({
    parties,
    /** The council's gateways in this document: a district's grow with a county council party. */
    councilGateways: councilGateways(parties),
    consentParties: parties.filter((party) => party.grounds.specialCategory.explicitConsent),
    /** Those of consentParties that pass personal data to the council: each obtains the consent itself. */
    consentDisclosers: parties.filter(
      (party) => party.grounds.specialCategory.explicitConsent && party.flows.shares.personal,
    ),
    /** Those of consentParties that receive personal data from the council: the coordinator records it. */
    consentRecipients: parties.filter(
      (party) => party.grounds.specialCategory.explicitConsent && party.flows.receives.personal,
    ),
    /**
     * The parties that rely on legitimate interests (Art 6(1)(f)): each records a legitimate interests
     * assessment, and the agreements offer them Art 6(1)(ea) or (f) for a recorded exception to prevent
     * or detect crime.
     */
    legitimateInterestsParties: parties.filter((party) => party.grounds.legitimateInterestsAssessment),
    policeParties: parties.filter((party) => party.competentAuthority),
    /** The parties bound by the Caldicott principles besides the council: each one's own Guardian advises it on its disclosures before it signs. */
    caldicottParties: parties.filter((party) => party.grounds.caldicott),
    /** The parties the council passes personal data to: each keeps it for a period of its own, to be completed. */
    receivingParties: parties.filter((party) => party.flows.receives.personal),
    /** The parties that pass personal data to the council: each records the person's agreement itself first. */
    disclosingParties: parties.filter((party) => party.flows.shares.personal),
    /** Those of disclosingParties that are NHS bodies or GP practices: each records the security assurance it requires of the council. */
    nhsDisclosers: parties.filter(
      (party) => party.flows.shares.personal && (party.nhsBody || party.kind === "gp-practice"),
    ),
    /** Whether the council receives personal data from any of the parties (it keeps it for its configured period). */
    councilReceives: parties.some((party) => party.flows.shares.personal),
    bound: [
      ...(councilParty.socialCare ? [councilParty] : []),
      ...parties.filter((party) => party.grounds.caldicott),
    ],
    notBound: [
      ...(councilParty.socialCare ? [] : [councilParty]),
      ...parties.filter((party) => !party.grounds.caldicott),
    ],
    boundReceivers: [
      ...(councilParty.socialCare && !parties.some((party) => party.flows.receives.personal)
        ? [councilParty]
        : []),
      ...parties.filter((party) => party.grounds.caldicott && !party.flows.shares.personal),
    ],
  });
  const partners: PartnerContext[] = basePartners.map((partner) =>
    withFields(partner, { doc: documentParties([partner]) }, shapes),
  );
  const agreementPartners = partners.filter((partner) => !partner.isTheCouncil && partner.hasPersonalData);
  const internalPartners = partners.filter((partner) => partner.isTheCouncil);
  const aggregatePartners = partners.filter((partner) => !partner.isTheCouncil && partner.allAnonymised);
  const caldicottPartners = agreementPartners.filter((partner) => partner.grounds.caldicott);
  const reciprocalPartners = agreementPartners.filter((partner) => partner.twoWay);
  const oneWayPartners = agreementPartners.filter((partner) => !partner.twoWay);
  const allOneWay = agreementPartners.length > 0 && oneWayPartners.length === agreementPartners.length;
  // Wales (WASPI): a Data Disclosure Agreement for each partner when every flow is one way; otherwise an
  // Information Sharing Protocol, which also covers the one-way partners unless the council chooses a
  // Data Disclosure Agreement for each of them (dataProtection.waspi.oneWayPartners).
  const ownDisclosureAgreements =
    nation === "wales" && config.dataProtection.waspi?.oneWayPartners === "disclosure-agreements";
  const disclosureAgreementPartners =
    nation !== "wales" ? [] : allOneWay ? agreementPartners : ownDisclosureAgreements ? oneWayPartners : [];
  const protocolPartners = allOneWay ? [] : ownDisclosureAgreements ? reciprocalPartners : agreementPartners;
  const dataSharing = {
    agreementPartners,
    internalPartners,
    aggregatePartners,
    /** Partners of the agreements whose own flows include anonymised figures besides personal data. */
    mixedPartners: agreementPartners.filter((partner) => partner.someAnonymised),
    hasAgreementPartners: agreementPartners.length > 0,
    hasInternalPartners: internalPartners.length > 0,
    hasAggregatePartners: aggregatePartners.length > 0,
    /** Partners whose personal data flows go both ways: WASPI's Information Sharing Protocol is for them. */
    reciprocalPartners,
    /** Partners whose personal data flows go one way only: WASPI's Data Disclosure Agreement is for such disclosures. */
    oneWayPartners,
    /** Partners that only pass personal data to the council, and those that only receive it from the council. */
    disclosingOnlyPartners: agreementPartners.filter((partner) => partner.sharesOnly),
    receivingOnlyPartners: agreementPartners.filter((partner) => partner.receivesOnly),
    /** Every personal data flow is one-way: WASPI's Data Disclosure Agreement fits instead of an ISP. */
    allOneWay,
    /**
     * Wales: the partners with a Data Disclosure Agreement of their own (every partner when every flow is
     * one way; the one-way partners when dataProtection.waspi.oneWayPartners is "disclosure-agreements").
     */
    disclosureAgreementPartners,
    hasDisclosureAgreements: disclosureAgreementPartners.length > 0,
    /** Wales: the parties of the Information Sharing Protocol besides the council, and its one-way partners. */
    protocol: {
      partners: protocolPartners,
      doc: documentParties(protocolPartners),
      mixedPartners: protocolPartners.filter((partner) => partner.someAnonymised),
      oneWayPartners: protocolPartners.filter((partner) => !partner.twoWay),
      disclosingOnlyPartners: protocolPartners.filter((partner) => partner.sharesOnly),
      receivingOnlyPartners: protocolPartners.filter((partner) => partner.receivesOnly),
    },
    competentAuthorities: agreementPartners.filter((partner) => partner.competentAuthority),
    explicitConsentPartners: agreementPartners.filter(
      (partner) => partner.grounds.specialCategory.explicitConsent,
    ),
    /** Of explicitConsentPartners, those the council passes personal data to (the agreement form records their consent). */
    explicitConsentRecipients: agreementPartners.filter(
      (partner) => partner.grounds.specialCategory.explicitConsent && partner.flows.receives.personal,
    ),
    /** Of explicitConsentPartners, those that pass personal data to the council (they obtain the consent themselves). */
    explicitConsentDisclosers: agreementPartners.filter(
      (partner) => partner.grounds.specialCategory.explicitConsent && partner.flows.shares.personal,
    ),
    /**
     * The partners the council passes personal data to: the recipients of the privacy notices (UK GDPR Art
     * 13(1)(e) and 14(1)(e)) and of the agreement-to-share form. A partner that only passes information to
     * the council, or receives only anonymised figures, is not one.
     */
    recipientPartners: partners.filter((partner) => partner.flows.receives.personal),
    /**
     * Of recipientPartners, those that are not the police: the Easy Read notices name them together, and
     * say what the police do with what they are told in rows of their own.
     */
    recipientPartnersNotPolice: partners.filter(
      (partner) => partner.flows.receives.personal && !partner.competentAuthority,
    ),
    /** The partners that pass personal data to the council: the sources of the privacy notices (Art 14(2)(f)). */
    sourcePartners: partners.filter((partner) => partner.flows.shares.personal),
    /**
     * The identifiers (date of birth, NHS number, tenancy reference) that sourcePartners send with their
     * usual items, in English and in Welsh: the privacy notices name them (UK GDPR Art 14(1)(d)).
     */
    ...identityItemTexts(
      identityItemsReceived(
        partners.map((partner) => ({
          kind: partner.kind,
          personal: partner.flows.shares.personal,
          configured: partner.flows.shares.dataItemsConfigured,
        })),
      ),
    ),
    /**
     * Of recipientPartners and sourcePartners, those outside the council, and the council's own services
     * (the same controller: information passes within it, not to another organisation), for the DPIA's
     * count of the organisations information is shared with.
     */
    recipientsOutsideTheCouncil: partners.filter(
      (partner) => partner.flows.receives.personal && !partner.isTheCouncil,
    ),
    recipientCouncilServices: partners.filter(
      (partner) => partner.flows.receives.personal && partner.isTheCouncil,
    ),
    sourcesOutsideTheCouncil: partners.filter(
      (partner) => partner.flows.shares.personal && !partner.isTheCouncil,
    ),
    sourceCouncilServices: partners.filter(
      (partner) => partner.flows.shares.personal && partner.isTheCouncil,
    ),
    /** Of sourcePartners, those that receive no personal data from the council. */
    sourceOnlyPartners: partners.filter(
      (partner) => partner.flows.shares.personal && !partner.flows.receives.personal,
    ),
    /**
     * The GP practices that share personal data: each a controller of its own patients' records (the GP
     * contractor; BMA, "GPs as data controllers"), bound by the common law duty of confidentiality, and not
     * an NHS body for the co-operation duty of the NHS Act 2006 s.82 (s.275(1)).
     */
    gpPracticePartners: agreementPartners.filter((partner) => partner.kind === "gp-practice"),
    /** Partners of the agreements that are not public authorities: they need a DPO only in the cases of UK GDPR Art 37(1)(b) and (c). */
    nonPublicAuthorityPartners: agreementPartners.filter((partner) => !partner.publicAuthority),
    /** Partners of the agreements that rely on legitimate interests (Art 6(1)(f)): the DPIA lists their legitimate interests assessments. */
    legitimateInterestsPartners: agreementPartners.filter(
      (partner) => partner.grounds.legitimateInterestsAssessment,
    ),
    caldicottPartners,
    caldicottApplies: councilGrounds.caldicott || caldicottPartners.length > 0,
    /** The parties of the multi-party agreement and the WASPI protocol. */
    doc: documentParties(agreementPartners),
    /** Anonymised figures suppress counts below this (dataProtection.smallNumberThreshold; reference §10). */
    smallNumberThreshold: config.dataProtection.smallNumberThreshold,
  };
  const team = { ...teamContext(config), ...roleContext(config) };
  const managerPosts = managerPostsByWave(
    waveGroups.map((group) => group.reduce((sum, neighbourhood) => sum + neighbourhood.coordinators, 0)),
    config.team.manager.span,
    team.managers,
    team.managerIsLead,
  );
  const scheduled = schedulePhases(
    config.programme.startDate,
    phases,
    { count: waveGroups.length, monthsApart: config.programme.waves.monthsApart },
    config.evaluation?.summativeReportMonths,
  ).map((phase, index) =>
    withFields(phase, {
      position: index + 1,
      ganttId: `p${index + 1}`,
      ganttLabel: mermaidLabel(phase.name),
      /** The day before the phase starts: the date by which what the phase needs is decided (the plan's decisions). */
      dayBeforeStart: addDays(phase.start, -1),
      /** The phase is the first wave's, or is not repeated for each wave. */
      firstWave: (phase.wave ?? 1) === 1,
      /** For a phase repeated for each wave: the manager posts filled with that wave's coordinators. */
      managerPosts: phase.perWave === true ? (managerPosts[(phase.wave ?? 1) - 1] ?? 0) : 0,
    }),
  );
  const waves = waveGroups.map((group, index) => {
    const wavePhases = scheduled.filter(
      (phase) => phase.wave === index + 1 || (phase.perWave && phase.wave === undefined),
    );
    const recruitment = wavePhases.find((phase) => phase.id === "recruitment");
    const starting = wavePhases.find((phase) => phase.id === "starting");
    return {
      position: index + 1,
      neighbourhoods: group.map((neighbourhood) => neighbourhood.name),
      coordinatorsFte: formatFte(group.reduce((sum, neighbourhood) => sum + neighbourhood.coordinators, 0)),
      recruitmentStart: recruitment?.start,
      startsInNeighbourhoods: starting?.start,
    };
  });
  const firstCoordinatorStarts = scheduled.find((phase) => phase.id === "induction")?.start;
  /** The data protection work before the processing starts (the plan's section 10 and the pack index point to it). */
  const informationGovernance = scheduled.find((phase) => phase.id === "information-governance");
  /**
   * Whether each later wave starts recruiting only once the wave before has started in its
   * neighbourhoods, so that the leadership group can review that start while the next wave is recruited.
   */
  const laterWavesRecruitAfterPreviousStarts = waves.every((wave, index) => {
    const previous = index === 0 ? undefined : waves[index - 1];
    if (previous?.startsInNeighbourhoods === undefined || wave.recruitmentStart === undefined) return true;
    return previous.startsInNeighbourhoods <= wave.recruitmentStart;
  });
  /** The Community Catalysts support's dates, and the first wave whose coordinators start after it ends. */
  // Left out for a configuration without the support (not one the schema passes): the template then says it is missing.
  const support = config.programme.communityCatalystsSupport as
    typeof config.programme.communityCatalystsSupport | undefined;
  const supportStart = support?.startDate ?? config.programme.startDate;
  const supportEnd = support && addDays(addMonths(supportStart, support.months), -1);
  const catalystsSupport = supportEnd && {
    start: supportStart,
    end: supportEnd,
    /** Whether the council gave the support's start (agreed with Community Catalysts), not the programme's start by default. */
    startAgreed: support?.startDate !== undefined,
    waveAfter: waves.find((wave) => (wave.startsInNeighbourhoods ?? "") > supportEnd),
  };
  const summativePhase = scheduled.find((phase) => phase.atSummativeReport === true);
  const growthPhase = scheduled.find((phase) => phase.id === "growth");
  /** When the summative evaluation reports (evaluation.summativeReportMonths), against the growth decision. */
  const summativeEvaluation =
    summativePhase === undefined
      ? undefined
      : {
          months: config.evaluation?.summativeReportMonths,
          reports: summativePhase.start,
          growthStart: growthPhase?.start,
          growthEnd: growthPhase?.end,
          /** It reports before the growth and sustainability phase starts (or there is no such phase). */
          informsGrowth: growthPhase === undefined || summativePhase.start <= growthPhase.start,
        };
  const programmeEnd = scheduled.reduce(
    (latest, phase) => (phase.end > latest ? phase.end : latest),
    config.programme.startDate,
  );
  const tier = councilTierOf(config.council.nation, councilType);
  return {
    ...config,
    council: {
      ...config.council,
      type: councilType,
      typeLabel: councilType ? councilTypeLabels[councilType] : "council",
      inEngland: config.council.nation === "england",
      inWales: config.council.nation === "wales",
      tier,
      isCounty: tier === "county",
      isDistrict: tier === "district",
      isSingleTier: tier === "single-tier",
    },
    team,
    neighbourhoods,
    partners,
    councilParty,
    /**
     * The council's own titles of the roles that review the pack's drafts, for `{councilRoles.…}` in a
     * manifest's reviewer: its data protection officer's (as configured, else the function's name), and who
     * approves the DPIA after the data protection officer: the Caldicott Guardian of a council with social
     * care functions (as the DPIA's sign-off table has it), else the senior information risk owner.
     */
    councilRoles: {
      // Optional chaining for a configuration that was not validated: a template then names what is missing.
      dataProtectionOfficer:
        (
          config.dataProtection.dataProtectionOfficer as
            typeof config.dataProtection.dataProtectionOfficer | undefined
        )?.role ?? "data protection officer",
      dpiaApprover: councilGrounds.caldicott
        ? (config.dataProtection.caldicottGuardian?.role ?? "Caldicott Guardian")
        : "senior information risk owner",
    },
    dataSharing,
    sections: documentSections,
    legal: { provisions: OTHER_PROVISIONS, schedule1: { para36: schedule1Condition(3, 36) } },
    leadershipGroup: {
      ...config.leadershipGroup,
      members: config.leadershipGroup.members.map((member) => ({
        ...member,
        // A member that is also a partner of kind council (another council) is named as that partner is.
        sectorLabel:
          partners.find(
            (partner) =>
              partner.kind === "council" &&
              partner.sector === member.sector &&
              partner.organisation === member.organisation,
          )?.sectorLabel ?? sectorLabels[member.sector],
      })),
      /** Whether an NHS body or primary care is a member (the plan asks the council to invite one if not). */
      hasHealth: config.leadershipGroup.members.some((member) => HEALTH_SECTORS.has(member.sector)),
    },
    totals: {
      neighbourhoods: neighbourhoods.length,
      coordinators: roundFte(neighbourhoods.reduce((sum, n) => sum + n.coordinators, 0)),
      coordinatorsFte: formatFte(neighbourhoods.reduce((sum, n) => sum + n.coordinators, 0)),
      population: neighbourhoods.reduce((sum, n) => sum + n.population, 0),
      partners: partners.length,
    },
    neighbourhoodRange: NEIGHBOURHOOD_RANGE,
    allNeighbourhoodsWithinRange: neighbourhoods.every((n) => n.withinRange),
    /** Partners that may process for law enforcement purposes (DPA 2018 Part 3). */
    lawEnforcementPartners: partners.filter((p) => p.competentAuthority),
    principles,
    caldicottPrinciples,
    phases: scheduled,
    waves,
    inWaves: waves.length > 1,
    laterWavesRecruitAfterPreviousStarts,
    catalystsSupport,
    summativeEvaluation,
    firstCoordinatorStarts,
    informationGovernance,
    programmeEnd,
    supportLevels: SUPPORT_LEVELS,
    dpiaRisks: dpiaRisks({
      hasLawEnforcementPartner: partners.some((p) => p.sector === "police"),
      policeFlows: {
        fromThePolice: partners.some((p) => p.sector === "police" && p.flows.shares.personal),
        toThePolice: partners.some((p) => p.sector === "police" && p.flows.receives.personal),
      },
      peoplePerCoordinator: peoplePerCoordinatorText(neighbourhoods.map((n) => n.perCoordinator)),
      smallNumberThreshold: config.dataProtection.smallNumberThreshold,
      retention: config.dataProtection.retention,
    }),
    ganttTitle: mermaidLabel(config.programme.name),
    /** What the Welsh-language templates use: the glossary's terms and the Welsh names (English, marked, when none is configured). */
    cy: {
      terms: welshTermTexts,
      principles: WELSH_PRINCIPLES.map((principle) => ({
        name: principle.cy,
        en: principle.en,
        meaning: principle.meaningCy,
        meaningEn: principle.meaningEn,
      })),
      councilName: config.council.welshName ?? markedEnglishName(config.council.name),
      /** The web address the Welsh documents give for the privacy notice: the Welsh notice's, or the English one's until it is added. */
      privacyNoticeUrl: config.dataProtection.privacyNoticeUrlCy ?? config.dataProtection.privacyNoticeUrl,
      /** The programme's name in Welsh, or the English name, marked, when none is configured. */
      programmeName: config.programme.welshName ?? markedEnglishName(config.programme.name),
      /** The manager's role title in Welsh, or the English title, marked, when none is configured. */
      managerTitle: config.team.manager.welshTitle ?? markedEnglishName(config.team.manager.title),
      ...welshRoles(config),
      controller:
        config.dataProtection.controller === config.council.name && config.council.welshName !== undefined
          ? config.council.welshName
          : markedEnglishName(config.dataProtection.controller),
    },
  };
}

export type PackContext = ReturnType<typeof buildPackContext>;

/**
 * Identifiers by their glossary keys, as the privacy notices write them: a list in English, and in Welsh
 * the whole phrase, each noun after its possessive ("Eich dyddiad geni neu'ch rhif GIG").
 */
function identityItemTexts(items: readonly (keyof typeof WELSH_TERMS)[]) {
  const last = items.length - 1;
  return {
    identityItems: items.map((item) => WELSH_TERMS[item].en),
    identityItemsCy: items
      .map(
        (item, index) =>
          `${index === 0 ? "Eich" : index === last ? " neu'ch" : ", eich"} ${WELSH_TERMS[item].cy}`,
      )
      .join(""),
  };
}
