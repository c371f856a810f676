import { requireObject } from "./argument-checks.js";
/**
 * The legal grounds a data-sharing document proposes for one party and one flow, chosen by the party's
 * legal nature (its kind, a council's tier, whether it is a public authority) and by whether the flow
 * carries personal data at all. These are starting points for the data protection officers to confirm,
 * not legal advice: every document that shows them says so. The table in docs/lawful-basis.md gives the
 * source of every row; the provisions and their names come from @lac/lawful-basis.
 *
 * Sources (shared reference files): pack-law-and-practice.md §1.1 (controllers), §2.1 (DPA 2018 s.7),
 * §2.3 (6(1)(ea) and (f) not for public authorities' tasks, DUAA 2025 s.70), §2.4 (basis matrix),
 * §2.5 (Schedule 1 conditions, Part 3 para 36, Art 10), §2.6 (explicit consent), §3 (police), §4
 * (gateways), §5 (Caldicott), §10 (aggregates).
 */
import type { CouncilSpecialCategoryCondition, CouncilTier, Nation, PartnerKind } from "@lac/council";
import { councilTierHasSocialCare, PARTNER_KIND_INFO } from "@lac/council/quick";
import {
  ARTICLE_6_BASES,
  ARTICLE_9_CONDITIONS,
  GATEWAYS,
  gatewayAppliesIn,
  OTHER_PROVISIONS,
  schedule1Condition,
  type Gateway,
  type GatewayId,
  type Provision,
  type Schedule1Provision,
} from "@lac/lawful-basis";

/** The party whose grounds are proposed: a partner, or the council that runs the programme. */
export interface PartyNature {
  /** The partner's kind, or `this-council` for the council that runs the programme. */
  readonly kind: PartnerKind | "this-council";
  /** For a council (this one or a partner): its tier, which decides whether it has social care functions. */
  readonly councilTier?: CouncilTier | undefined;
  readonly publicAuthority: boolean;
  readonly nation: Nation;
  /** For this council only: the special category condition it has chosen (dataProtection.specialCategoryCondition). */
  readonly specialCategoryCondition?: CouncilSpecialCategoryCondition | undefined;
  /**
   * For a partner: whether the council that runs the programme has adult social care functions (true when
   * not given). The Care Act 2014 co-operation duties and HSCA 2012 s.251B concern a council with adult
   * social care; between a district council and, say, the police they do not apply.
   */
  readonly counterpartHasSocialCare?: boolean | undefined;
  /**
   * For a partner: the tier of the council that runs the programme, when known. In England a district
   * council is the relevant partner of its county council for children's co-operation (Children Act 2004
   * s.10(4)(a)), and of no other council.
   */
  readonly counterpartTier?: CouncilTier | undefined;
}

/** A flow of information: its direction, and whether only anonymised or aggregate figures pass. */
export interface FlowNature {
  readonly direction: "shares" | "receives";
  readonly anonymised: boolean;
  /**
   * Whether personal data also passes in the other direction between the party and the council (true
   * when not given). The notes on consent then cover what the party discloses and what it receives;
   * for a one-way flow they cover that direction only.
   */
  readonly bothWays?: boolean | undefined;
}

/** A provision with the reason it is proposed. */
export interface ProposedProvision extends Provision {
  readonly reason: string;
}

export interface SpecialCategoryGrounds {
  readonly article9: Provision;
  readonly schedule1?: Schedule1Provision | undefined;
  readonly note: string;
  /** True when the condition is explicit consent (Art 9(2)(a)): the agreement record must then meet Art 7. */
  readonly explicitConsent: boolean;
}

export interface CriminalOffenceGrounds {
  /** Art 10 with DPA 2018 s.10(5). */
  readonly article10: Provision;
  /** The Schedule 1 conditions that may apply, in the order to consider them. */
  readonly schedule1: readonly Schedule1Provision[];
  /** Part 3 para 36, which lets Part 2 conditions that require substantial public interest be used without it. */
  readonly extension: Schedule1Provision;
  /** Whether official authority is an alternative (public authorities only). */
  readonly officialAuthority: boolean;
  /**
   * With official authority: an example of the law to name, the prevention duty this pack proposes for the
   * council's own programme; undefined when the party names it itself (a partner, or a district council).
   * The ICO expects a public body relying on official authority to identify the specific law that gives it.
   */
  readonly officialAuthorityLaw?: string | undefined;
  /**
   * True when Part 3 paragraph 29 (consent) is offered: a party that is not a public authority obtains
   * the person's consent for its own processing, recorded for that organisation alone, as it does for
   * explicit consent to special category data.
   */
  readonly consent: boolean;
  readonly note: string;
}

export interface SafeguardingGrounds {
  readonly article6: Provision;
  readonly article9: Provision;
  readonly schedule1: Schedule1Provision;
  readonly note: string;
}

/** Information first collected by a competent authority for law enforcement purposes (DPA 2018 Part 3). */
export interface LawEnforcementOrigin {
  readonly part3: Provision;
  readonly authorisedByLaw: Provision;
  readonly note: string;
}

export interface PersonalDataGrounds {
  readonly personalData: true;
  readonly article6: ProposedProvision;
  /** Other Art 6 bases the party may consider, with when they apply. */
  readonly article6Alternatives: readonly (Provision & { readonly when: string })[];
  readonly specialCategory: SpecialCategoryGrounds;
  readonly criminalOffence: CriminalOffenceGrounds;
  readonly safeguarding: SafeguardingGrounds;
  /** Set for a police force's disclosures to the programme: Part 3 first, then UK GDPR. */
  readonly lawEnforcementOrigin?: LawEnforcementOrigin | undefined;
  /** Legal gateways the party may cite as its legal power to share, for it to confirm. */
  readonly gateways: readonly Gateway[];
  /** Why no gateway is suggested, when none is. */
  readonly gatewayNote: string;
  /** Whether the Caldicott principles bind the party (NHS bodies and councils with social care functions). */
  readonly caldicott: boolean;
  /**
   * Whether the party relies on legitimate interests (UK GDPR Art 6(1)(f)), and so records a legitimate
   * interests assessment, the ICO's three-part test of purpose, necessity and balancing. A public authority
   * (public task) and recognised legitimate interest (Art 6(1)(ea), no balancing test) need none.
   */
  readonly legitimateInterestsAssessment: boolean;
}

export interface AnonymisedGrounds {
  readonly personalData: false;
  readonly note: string;
}

export type LegalGrounds = PersonalDataGrounds | AnonymisedGrounds;

const publicTask = ARTICLE_6_BASES.e;
const legitimateInterests = ARTICLE_6_BASES.f;
const recognisedLegitimateInterest = ARTICLE_6_BASES.ea;
const para2 = schedule1Condition(1, 2);
const para6 = schedule1Condition(2, 6);
const para10 = schedule1Condition(2, 10);
const para18 = schedule1Condition(2, 18);
const para29 = schedule1Condition(3, 29);
const para36 = schedule1Condition(3, 36);

const NHS_KINDS: ReadonlySet<PartyNature["kind"]> = new Set(
  (Object.keys(PARTNER_KIND_INFO) as PartnerKind[]).filter((kind) => PARTNER_KIND_INFO[kind].nhsBody),
);

/** Whether the party is a council with social care functions (every tier but an English district). */
function hasSocialCare(party: PartyNature): boolean {
  if (party.kind !== "this-council" && party.kind !== "council") return false;
  return party.councilTier === undefined || councilTierHasSocialCare(party.councilTier);
}

/** Whether the party provides health care: an NHS body or a GP practice. */
function providesHealthCare(party: PartyNature): boolean {
  return NHS_KINDS.has(party.kind) || party.kind === "gp-practice";
}

/** The Caldicott principles bind NHS bodies and councils with social care functions (reference §5). */
export function caldicottBinds(party: PartyNature): boolean {
  requireObject(party, "caldicottBinds (party)");
  return providesHealthCare(party) || hasSocialCare(party);
}

const SECRECY_NOTE = `Applies to processing by or under the responsibility of a health or social work professional, or another person who owes a duty of confidentiality (${OTHER_PROVISIONS.secrecy.citation}).`;
const APD_REQUIRED = "Needs an appropriate policy document (DPA 2018 Schedule 1 paragraph 5).";
/** A public authority partner's function for paragraph 6: a blank for it to fill, as for the law of official authority. */
const APD_NOTE = `${APD_REQUIRED} The statutory function it relies on, for it to name: ____________________.`;

function healthOrSocialCare(note: string): SpecialCategoryGrounds {
  return { article9: ARTICLE_9_CONDITIONS.h, schedule1: para2, note, explicitConsent: false };
}

const statutoryPurposes = (note: string): SpecialCategoryGrounds => ({
  article9: ARTICLE_9_CONDITIONS.g,
  schedule1: para6,
  note,
  explicitConsent: false,
});

/**
 * The function a council with social care functions relies on for the programme: its prevention duty.
 * A district council has none; it names its own function (see DISTRICT_FUNCTION).
 */
function councilFunction(party: PartyNature): string {
  if (party.nation === "wales")
    return "the Social Services and Well-being (Wales) Act 2014 s.15 prevention duty";
  return "the Care Act 2014 s.2 prevention duty";
}

/**
 * A district council's statutory function, for it to name. A duty to co-operate is not a function of its
 * own: the Care Act 2014 s.6(1) requires a county council and its relevant partners to co-operate "in the
 * exercise of" their functions (text read: https://www.legislation.gov.uk/ukpga/2014/23/section/6/enacted),
 * so it shapes how the district exercises, say, its housing functions, but gives it neither a lawful basis
 * nor a power to share any item (pack-law-and-practice.md §4, generator notes).
 */
const DISTRICT_FUNCTION =
  "the statutory function it names for reasons of substantial public interest: ____________________ (such as its functions as the local housing authority, exercised in co-operation with the county council under the Care Act 2014 s.6(1)(c), or the Localism Act 2011 s.1 general power of competence). The duty to co-operate supports relying on paragraph 6 for that function; it is not a lawful basis of its own, nor a power to share every item.";

/**
 * An English council's function for the children and families a coordinator walks alongside, for it to
 * name: the Care Act 2014 s.2 prevention duty is for adults and carers only. (A Welsh pack keeps the
 * Social Services and Well-being (Wales) Act 2014 s.15 duty: that Act is for children as well as adults,
 * with well-being defined for a child too (s.2) and duties towards a child (s.6(4)).)
 */
const CHILDREN_FUNCTION =
  "the function the council names: ____________________ (for example its arrangements to improve the well-being of children in its area, Children Act 2004 s.10).";

/** The council's prevention duty, offered as an example of the law to name for official authority; a district names its own. */
function councilOfficialAuthorityLaw(party: PartyNature): string | undefined {
  if (party.kind !== "this-council") return undefined;
  return party.nation === "wales" || hasSocialCare(party) ? councilFunction(party) : undefined;
}

/** The flows a note on a party's condition covers: what it passes to the council, what it receives, or both. */
function flowsOf(flow: FlowNature): string {
  if (flow.bothWays ?? true) return "what it passes to the council and what it receives from it";
  return flow.direction === "shares" ? "what it passes to the council" : "what it receives from the council";
}

/**
 * A health partner's condition. Art 9(2)(h) with DPA 2018 Sch 1 para 2 needs the processing to be
 * necessary for one of the purposes in para 2(2) ((a) preventive or occupational medicine ... (d) the
 * provision of health care or treatment ... (f) the management of health care systems or services), and
 * (Art 9(3), s.11(1)) to be under a professional's duty of secrecy. The coordinator provides no health or
 * social care, so whether the partner's introduction or its use of what it receives is for its own health
 * care is the partner's judgement; where it is not, paragraph 6 for a function the partner names.
 */
function healthCareFor(flow: FlowNature): SpecialCategoryGrounds {
  return healthOrSocialCare(
    `For ${flowsOf(flow)}, a judgement for its information governance to confirm: this condition applies only where the processing is necessary for its own provision of health care or treatment to the person, or another purpose in paragraph 2(2), such as an introduction it makes as part of their care. The coordinator does not provide health or social care, and the council relies on its own condition in this table, not on this one. Where it judges that a flow is not for such a purpose, it relies instead on ${ARTICLE_9_CONDITIONS.g.citation} with ${para6.citation} (${para6.name}), for the statutory function it names: ____________________. ${APD_REQUIRED} ${SECRECY_NOTE}`,
  );
}

function specialCategoryFor(party: PartyNature, flow: FlowNature): SpecialCategoryGrounds {
  if (party.kind === "this-council") {
    if (party.specialCategoryCondition === "health-or-social-care" && hasSocialCare(party)) {
      return healthOrSocialCare(
        `The council's position, a judgement for it to confirm: the programme is part of its provision of social care under its prevention duty (${party.nation === "wales" ? "Social Services and Well-being (Wales) Act 2014 s.15" : "Care Act 2014 s.2"}). ${SECRECY_NOTE}`,
      );
    }
    const relied =
      party.nation === "wales"
        ? `its statutory functions (${councilFunction(party)}) for reasons of substantial public interest.`
        : hasSocialCare(party)
          ? `its statutory functions for reasons of substantial public interest: for adults and carers, ${councilFunction(party)}; for children and families, ${CHILDREN_FUNCTION}`
          : DISTRICT_FUNCTION;
    return statutoryPurposes(
      `The council's position, a judgement for it to confirm: Local Area Coordination is not social care, so the council relies on ${relied} ${APD_REQUIRED}`,
    );
  }
  if (party.kind === "council" && hasSocialCare(party)) {
    return healthOrSocialCare(`For its social care functions. ${SECRECY_NOTE}`);
  }
  if (providesHealthCare(party)) {
    return healthCareFor(flow);
  }
  if (party.publicAuthority) {
    const why =
      party.kind === "council"
        ? " A district council has no social care functions: it may name, for example, its functions as the local housing authority."
        : "";
    return statutoryPurposes(`${APD_NOTE}${why}`);
  }
  const charity =
    party.kind === "charity"
      ? ` Only a not-for-profit body with a political, philosophical, religious or trade union aim may use ${ARTICLE_9_CONDITIONS.d.citation} (${ARTICLE_9_CONDITIONS.d.name}) instead, in the course of its legitimate activities and with appropriate safeguards, for its members, former members or people in regular contact with it in connection with its purposes; and it cannot disclose the information outside the body under it without the person's consent.`
      : "";
  return {
    article9: ARTICLE_9_CONDITIONS.a,
    note: `It is not a public authority, so it relies on the person's explicit consent: a clear statement, spoken or written, that names the type of special category data, kept separate from other agreements, and as easy to withdraw as to give (${OTHER_PROVISIONS.conditionsForConsent.citation}). Where the person would not be free to refuse, choose another condition with the data protection officer.${charity}`,
    explicitConsent: true,
  };
}

/** The ICO, criminal offence data: a public body relying on official authority identifies the law that gives it. */
const OFFICIAL_AUTHORITY_NOTE =
  "Where no condition applies, it may process criminal offence data only under official authority, and must then be able to name the specific law, statute or common law, that gives it that authority (ICO guidance on criminal offence data), confirmed with its data protection officer.";

/** Paragraph 29 (consent), for a party that is not a public authority: who obtains the consent, for each direction the flow takes. */
function consentForCriminalOffenceData(flow: FlowNature): string {
  const disclosed =
    "for what it passes to the council, it obtains and records that consent itself before disclosing";
  const received =
    "for what the council passes to it, the agreement the coordinator records for this organisation alone, with criminal offence information named on its own, is that consent";
  if (flow.bothWays ?? true) return `${disclosed}; ${received}`;
  return flow.direction === "shares" ? disclosed : received;
}

/**
 * A party whose special category condition is paragraph 2 (health or social care purposes) may rely on
 * it for criminal offence data too: DPA 2018 s.10(5) lets a condition of Schedule 1 Part 1, 2 or 3 meet
 * Art 10, on the same judgement (paragraph 2(2), and s.11(1) for the duty of confidentiality).
 */
const HEALTH_OR_SOCIAL_CARE_CRIMINAL_NOTE = `Paragraph 2 (${para2.name}) applies to criminal offence data on the same judgement as its special category condition: only where the processing is necessary for a purpose in paragraph 2(2) and is under a duty of confidentiality (${OTHER_PROVISIONS.secrecy.citation}); DPA 2018 s.10(5) lets a condition of Schedule 1 Part 1, 2 or 3 meet Art 10.`;

/** What a public authority's criminal offence conditions of Schedule 1 Part 2 need, and paragraph 36's extension. */
const PUBLIC_INTEREST_CRIMINAL_NOTE = `Paragraphs 6, 10 and 18 require substantial public interest; for criminal offence data, Part 3 paragraph 36 lets them be used without it. ${OFFICIAL_AUTHORITY_NOTE}`;

function criminalOffenceFor(
  party: PartyNature,
  flow: FlowNature,
  special: SpecialCategoryGrounds,
): CriminalOffenceGrounds {
  if (party.publicAuthority) {
    const healthOrSocialCare = special.schedule1 === para2;
    return {
      article10: OTHER_PROVISIONS.criminalOffenceData,
      schedule1: healthOrSocialCare ? [para2, para6, para18, para10] : [para6, para18, para10],
      extension: para36,
      officialAuthority: true,
      officialAuthorityLaw: councilOfficialAuthorityLaw(party),
      consent: false,
      note: healthOrSocialCare
        ? `${HEALTH_OR_SOCIAL_CARE_CRIMINAL_NOTE} ${PUBLIC_INTEREST_CRIMINAL_NOTE} The appropriate policy document must cover paragraph 6, 10 or 18 where it is used (paragraph 5); paragraph 2 needs none.`
        : `${PUBLIC_INTEREST_CRIMINAL_NOTE} The appropriate policy document must cover the condition used.`,
    };
  }
  return {
    article10: OTHER_PROVISIONS.criminalOffenceData,
    schedule1: [para29, para18, para10],
    extension: para36,
    officialAuthority: false,
    consent: true,
    note: `It has no official authority, so it needs a Schedule 1 condition for every item of criminal offence data; without one, such data is not shared with it or by it. Paragraph 29 (consent) applies only where the person has consented to this organisation's processing of that information, to the UK GDPR standard (Art 4(1)(11) and Art 7): ${consentForCriminalOffenceData(flow)}. Paragraphs 18 and 10 are for processing without consent, each for its own reasons; paragraph 36 lifts their requirement of substantial public interest.`,
  };
}

function safeguardingFor(party: PartyNature): SafeguardingGrounds {
  return {
    article6: party.publicAuthority ? publicTask : recognisedLegitimateInterest,
    article9: ARTICLE_9_CONDITIONS.g,
    schedule1: para18,
    note: "Paragraph 18 covers sharing without consent only, where consent cannot be given, cannot reasonably be obtained, or asking would prejudice the protection; it needs an appropriate policy document. Record which of these applies each time.",
  };
}

const GATEWAYS_BY_KIND: Readonly<Record<PartyNature["kind"], readonly GatewayId[]>> = {
  "this-council": [
    "care-act-2014-ss1-2",
    "children-act-2004-s10",
    "localism-act-2011-s1",
    "sswba-2014-s15",
    "sswba-2014-s162",
    "children-act-2004-s25",
    "lgewa-2021-s24",
  ],
  council: [
    "care-act-2014-s6",
    "care-act-2014-s7",
    "children-act-2004-s10",
    "localism-act-2011-s1",
    "children-act-2004-s25",
    "lgewa-2021-s24",
  ],
  "council-service": [],
  "nhs-trust": [
    "nhs-act-2006-s82",
    "care-act-2014-s6",
    "hsca-2012-s251b",
    "sswba-2014-s162",
    "children-act-2004-s25",
  ],
  "nhs-foundation-trust": ["nhs-act-2006-s82", "care-act-2014-s6", "hsca-2012-s251b"],
  "integrated-care-board": ["nhs-act-2006-s82", "care-act-2014-s6", "hsca-2012-s251b"],
  "local-health-board": [
    "sswba-2014-s162",
    "children-act-2004-s25",
    "sswba-2014-ss166-168",
    "nhs-act-2006-s82",
  ],
  "gp-practice": ["care-act-2014-s6", "hsca-2012-s251b"],
  police: [
    "crime-and-disorder-act-1998-s115",
    "care-act-2014-s6",
    "children-act-2004-s10",
    "sswba-2014-s162",
    "children-act-2004-s25",
  ],
  // A fire and rescue authority discloses to the council, a relevant authority of the Crime and Disorder
  // Act 1998 s.115(2), and the s.17 duty binds fire and rescue authorities as well as councils (read:
  // see GATEWAYS). The note below limits s.115 to the Act's purposes and asks the parties to confirm that
  // the fire and rescue authority is itself a relevant authority before the council discloses to it.
  "fire-and-rescue-authority": ["fire-and-rescue-services-act-2004-s6", "crime-and-disorder-act-1998-s115"],
  "housing-association": [],
  charity: [],
  company: [],
  education: [],
  "other-public-authority": [],
};

function gatewaysFor(party: PartyNature): readonly Gateway[] {
  const ids = GATEWAYS_BY_KIND[party.kind].filter((id) => {
    // The council's own care duties are functions of a council with adult social care; in England the
    // same councils (county and single-tier) have children's services.
    if (
      party.kind === "this-council" &&
      (id === "care-act-2014-ss1-2" || id === "sswba-2014-s162" || id === "children-act-2004-s10")
    ) {
      return hasSocialCare(party);
    }
    if (id === "children-act-2004-s10" && party.kind === "council") {
      // Only a district council and its county council are relevant partners under s.10(4)(a).
      return (
        (party.councilTier === "district" && party.counterpartTier === "county") ||
        (party.councilTier === "county" && party.counterpartTier === "district")
      );
    }
    // The police are a relevant partner of a council with children's services only.
    if (id === "children-act-2004-s10") return party.counterpartHasSocialCare ?? true;
    // Care Act co-operation and s.251B need a council with adult social care on one side.
    if (
      party.kind !== "this-council" &&
      (id === "care-act-2014-s6" || id === "care-act-2014-s7" || id === "hsca-2012-s251b")
    ) {
      return (party.counterpartHasSocialCare ?? true) || hasSocialCare(party);
    }
    return true;
  });
  return ids.map((id) => GATEWAYS[id]).filter((gateway) => gatewayAppliesIn(gateway, party.nation));
}

/**
 * The council's gateways in a document with the given parties. A district council in England is a
 * relevant partner of its county council: it must co-operate with it on adult care and support (Care Act
 * 2014 s.6, text read: https://www.legislation.gov.uk/ukpga/2014/23/section/6/enacted), comply with its
 * requests to co-operate in an individual's case unless that is incompatible with its own duties or
 * would otherwise adversely affect its functions (s.7, read: see GATEWAYS), and co-operate with its
 * arrangements for children's well-being (Children Act 2004 s.10(4)(a) and (5)). So in a document with
 * the county council these are offered to the district too, after its own.
 */
export function councilGatewaysWith(
  council: PartyNature,
  own: readonly Gateway[],
  partners: readonly Pick<PartyNature, "kind" | "councilTier">[],
): readonly Gateway[] {
  requireObject(council, "councilGatewaysWith (council)");
  const withCounty =
    council.kind === "this-council" &&
    council.nation === "england" &&
    council.councilTier === "district" &&
    partners.some((partner) => partner.kind === "council" && partner.councilTier === "county");
  if (!withCounty) return own;
  const added = (["care-act-2014-s6", "care-act-2014-s7", "children-act-2004-s10"] as const)
    .map((id) => GATEWAYS[id])
    .filter((gateway) => !own.includes(gateway));
  return [...own, ...added];
}

const SUGGESTED_GATEWAYS_NOTE =
  "Suggested for the party to confirm; a co-operation duty shows that sharing is part of a statutory function but is not an Art 6 or Art 9 basis on its own.";

/**
 * A fire and rescue authority's note, for the directions its personal data flows take: s.115 of the Crime
 * and Disorder Act 1998 covers its disclosures to the council only where it discloses, and the check that
 * s.115(2) names it as a relevant authority concerns only the council's disclosures to it.
 */
function fireAndRescueNote(flow: FlowNature): string {
  const bothWays = flow.bothWays ?? true;
  const discloses = bothWays || flow.direction === "shares";
  const receives = bothWays || flow.direction === "receives";
  const visits = bothWays
    ? "introductions from, and requests for, safe and well visits"
    : discloses
      ? "its introductions from safe and well visits"
      : "the council's requests for safe and well visits";
  const parts = [
    SUGGESTED_GATEWAYS_NOTE,
    `Its fire safety duty (Fire and Rescue Services Act 2004 s.6) is the usual power for ${visits}.`,
  ];
  if (discloses) {
    parts.push(
      "The Crime and Disorder Act 1998 s.115 covers its disclosures to the council, a relevant authority, only where they are necessary or expedient for the purposes of a provision of that Act, such as the s.17 duty, which binds fire and rescue authorities as well as councils: not for a purpose outside the Act.",
    );
  }
  if (receives) {
    parts.push(
      "The council may rely on s.115 to disclose to it on the same terms: s.115(2) names the London Fire Commissioner and fire and rescue authorities as relevant authorities (a combined authority that exercises fire and rescue functions confirms that it is one).",
    );
  }
  return parts.join(" ");
}

function gatewayNoteFor(party: PartyNature, flow: FlowNature, gateways: readonly Gateway[]): string {
  if (gateways.length > 0 && party.kind === "fire-and-rescue-authority") return fireAndRescueNote(flow);
  if (gateways.length > 0) return SUGGESTED_GATEWAYS_NOTE;
  if (!party.publicAuthority) {
    return "None suggested: a body that is not a public authority needs no statutory power to share, and acts within its own constitution and objects (the toolkit's inference).";
  }
  if (party.kind === "gp-practice") {
    // "NHS body" (NHS Act 2006 s.275(1)) lists the NHS's statutory bodies and no GP practice, so the
    // s.82(1) co-operation duty does not bind one; a GP practice is a controller in its own right (BMA).
    return "None suggested: a GP practice provides NHS services under its contract and is not an NHS body, so the co-operation duty of NHS bodies and local authorities (National Health Service Act 2006 s.82) does not bind it (s.275(1)). It records the basis in law of the task it relies on for sharing (the ICO asks a public authority to document the express or implied power it relies on), confirmed with its data protection officer.";
  }
  return "None suggested for this kind of body: the party records the express or implied statutory power it relies on.";
}

function article6For(party: PartyNature): ProposedProvision {
  if (party.publicAuthority) {
    return {
      ...publicTask,
      reason: `A public authority performing its tasks relies on public task, including the exercise of a function conferred by an enactment or rule of law (${OTHER_PROVISIONS.publicTaskFunctions.citation}); it cannot rely on legitimate interests or recognised legitimate interest for them (UK GDPR Art 6(1) as amended by the Data (Use and Access) Act 2025 s.70, in force 5 February 2026, SI 2026/82).`,
    };
  }
  return {
    ...legitimateInterests,
    reason:
      "It is not a public authority (DPA 2018 s.7), so it can rely on legitimate interests, with a legitimate interests assessment.",
  };
}

function article6AlternativesFor(party: PartyNature): PersonalDataGrounds["article6Alternatives"] {
  if (party.publicAuthority) return [];
  return [
    {
      ...recognisedLegitimateInterest,
      when: "when it discloses information on request to someone, such as the council, who says that they need it for a public task with a basis in law, or to safeguard a vulnerable individual (UK GDPR Annex 1, with Art 6(1)(ea) in force from 5 February 2026: Data (Use and Access) Act 2025 s.70, SI 2026/82); no balancing test, but the sharing must be necessary",
    },
  ];
}

const ANONYMISED_NOTE =
  "Anonymised or aggregate figures are not personal data when the risk of identifying anyone is sufficiently remote (ICO, applying UK GDPR recital 26), so no Art 6 or Art 9 basis is needed. Small numbers in a neighbourhood can identify people, so small-number suppression applies.";

/**
 * The legal grounds for one party and one flow. An anonymised flow carries no personal data: it gets
 * an aggregate-data note instead of bases. A police force's disclosures to the programme are first
 * collected for law enforcement purposes: they pass the DPA 2018 s.36 gate before UK GDPR applies.
 */
export function legalGroundsFor(party: PartyNature, flow: FlowNature): LegalGrounds {
  requireObject(party, "legalGroundsFor (party)");
  requireObject(flow, "legalGroundsFor (flow)");
  if (flow.anonymised) return { personalData: false, note: ANONYMISED_NOTE };
  const gateways = gatewaysFor(party);
  const specialCategory = specialCategoryFor(party, flow);
  return {
    personalData: true,
    article6: article6For(party),
    article6Alternatives: article6AlternativesFor(party),
    specialCategory,
    criminalOffence: criminalOffenceFor(party, flow, specialCategory),
    safeguarding: safeguardingFor(party),
    lawEnforcementOrigin:
      party.kind === "police" && flow.direction === "shares"
        ? {
            part3: OTHER_PROVISIONS.lawEnforcementProcessing,
            authorisedByLaw: OTHER_PROVISIONS.authorisedByLaw,
            note: "Information the police hold was usually collected for a law enforcement purpose. Disclosing it to the programme, which is not a law enforcement purpose, must be authorised by law (statute, common law or royal prerogative); the police record that authority with each disclosure. Once received, the council processes it under UK GDPR with its own Art 6 basis, an Art 10 condition for any criminal offence data, and an Art 9 condition for any special category data (ICO, data sharing and reuse of data by competent authorities).",
          }
        : undefined,
    gateways,
    gatewayNote: gatewayNoteFor(party, flow, gateways),
    caldicott: caldicottBinds(party),
    legitimateInterestsAssessment: !party.publicAuthority,
  };
}

/** The grounds for a party's personal data flows (the same in both directions but for the police gate, and for the note on who obtains consent when `bothWays` is false). */
export function personalDataGroundsFor(
  party: PartyNature,
  direction: FlowNature["direction"] = "shares",
  bothWays = true,
): PersonalDataGrounds {
  return legalGroundsFor(party, { direction, anonymised: false, bothWays }) as PersonalDataGrounds;
}
