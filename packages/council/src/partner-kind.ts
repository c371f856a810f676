import type { NATIONS } from "./nation-labels.js";
import type { PartnerSector } from "./partner-sector.js";
import { deepFreeze } from "./deep-freeze.js";

type Nation = (typeof NATIONS)[number];

/**
 * The legal nature of a partner organisation: what kind of legal person it is, which decides who its
 * controller is, whether it is a public authority (DPA 2018 s.7) and which lawful bases are open to it.
 * Source: shared reference `pack-law-and-practice.md` §1.1 (controllers by partner type).
 */
export const PARTNER_KINDS = /* @__PURE__ */ deepFreeze([
  "council",
  "council-service",
  "nhs-trust",
  "nhs-foundation-trust",
  "integrated-care-board",
  "local-health-board",
  "gp-practice",
  "police",
  "fire-and-rescue-authority",
  "housing-association",
  "charity",
  "company",
  "education",
  "other-public-authority",
] as const);

export type PartnerKind = (typeof PARTNER_KINDS)[number];

/** The tier of a council partner: it decides whether the council has social care functions. */
export const COUNCIL_TIERS = /* @__PURE__ */ deepFreeze([
  "county",
  "district",
  "unitary",
  "metropolitan",
  "london-borough",
  "welsh-principal",
] as const);

export type CouncilTier = (typeof COUNCIL_TIERS)[number];

/** Adult social care sits with every council tier except English districts (Care Act 2014; SSWBA 2014). */
export function councilTierHasSocialCare(tier: CouncilTier): boolean {
  return tier !== "district";
}

export const councilTierLabels: Readonly<Record<CouncilTier, string>> = /* @__PURE__ */ deepFreeze({
  county: "County council",
  district: "District council",
  unitary: "Unitary council",
  metropolitan: "Metropolitan district council",
  "london-borough": "London borough council",
  "welsh-principal": "Welsh county or county borough council",
});

export interface PartnerKindInfo {
  readonly label: string;
  /** The label for a partner of a council in Wales, where the law names the kind differently. */
  readonly labelInWales?: string;
  /** Whether it is a public authority under DPA 2018 s.7 by its nature; undefined when it depends. */
  readonly publicAuthority: boolean | undefined;
  /** The sector shown in the leadership group and the plan. */
  readonly sector: PartnerSector;
  readonly nhsBody: boolean;
  /**
   * For a kind of body that exists in one nation only: that nation, the law that makes it, and what the
   * other nation has instead. A council of the other nation is not offered it at the prompt, and is
   * warned when its configuration names it (it is allowed: a partner may be across the border).
   */
  readonly onlyIn?: {
    readonly nation: Nation;
    readonly law: string;
    /** The kinds a council of the other nation uses instead, said for the warning. */
    readonly instead: string;
  };
}

/** What each kind of partner is, in law (reference §1.1 and §2.1). */
export const PARTNER_KIND_INFO: Readonly<Record<PartnerKind, PartnerKindInfo>> = /* @__PURE__ */ deepFreeze({
  council: { label: "Council", publicAuthority: true, sector: "council-service", nhsBody: false },
  "council-service": {
    label: "Service of this council",
    publicAuthority: true,
    sector: "council-service",
    nhsBody: false,
  },
  "nhs-trust": { label: "NHS trust", publicAuthority: true, sector: "nhs-trust", nhsBody: true },
  // NHS trusts exist in both nations: NHS Act 2006 s.25 (England), NHS (Wales) Act 2006 s.18 (Wales).
  "nhs-foundation-trust": {
    label: "NHS foundation trust",
    publicAuthority: true,
    sector: "nhs-trust",
    nhsBody: true,
    // NHS Act 2006 Part 2 Chapter 5 (reference §1.1); NHS Wales has no foundation trusts (docs/lawful-basis.md).
    onlyIn: {
      nation: "england",
      law: "NHS Act 2006 Part 2 Chapter 5",
      instead: "an NHS trust (kind nhs-trust) or a local health board (kind local-health-board)",
    },
  },
  "integrated-care-board": {
    label: "Integrated care board",
    publicAuthority: true,
    sector: "integrated-care-board",
    nhsBody: true,
    // Established by NHS England order (NHS Act 2006 s.14Z25, reference §1.1); in Wales the local health
    // boards plan and provide NHS care (the Crime and Disorder Act 1998 s.5 names an ICB in England and
    // a local health board in Wales: reference §3.5).
    onlyIn: {
      nation: "england",
      law: "NHS Act 2006 s.14Z25",
      instead: "a local health board (kind local-health-board) or an NHS trust (kind nhs-trust)",
    },
  },
  "local-health-board": {
    label: "Local health board (NHS Wales)",
    publicAuthority: true,
    sector: "nhs-trust",
    nhsBody: true,
    // NHS (Wales) Act 2006 s.11 (reference §1.1).
    onlyIn: {
      nation: "wales",
      law: "NHS (Wales) Act 2006 s.11",
      instead:
        "an integrated care board (kind integrated-care-board), an NHS trust (kind nhs-trust) or an NHS foundation trust (kind nhs-foundation-trust)",
    },
  },
  // GMS/PMS contractors are public authorities for their NHS services; APMS practices are not (BMA).
  "gp-practice": { label: "GP practice", publicAuthority: true, sector: "primary-care", nhsBody: false },
  police: { label: "Police force", publicAuthority: true, sector: "police", nhsBody: false },
  "fire-and-rescue-authority": {
    label: "Fire and rescue authority",
    publicAuthority: true,
    sector: "fire-and-rescue",
    nhsBody: false,
  },
  "housing-association": {
    // Registered providers of social housing are England's (Housing and Regeneration Act 2008 Part 2);
    // in Wales, housing associations are registered social landlords (Housing Act 1996 Part 1).
    label: "Housing association (registered provider)",
    labelInWales: "Housing association (registered social landlord)",
    publicAuthority: false,
    sector: "housing",
    nhsBody: false,
  },
  charity: {
    label: "Charity or voluntary organisation",
    publicAuthority: false,
    sector: "voluntary-and-community-sector",
    nhsBody: false,
  },
  company: {
    label: "Company, society or community interest company",
    publicAuthority: false,
    sector: "other",
    nhsBody: false,
  },
  education: { label: "Education provider", publicAuthority: undefined, sector: "education", nhsBody: false },
  "other-public-authority": {
    label: "Other public authority",
    publicAuthority: true,
    sector: "other",
    nhsBody: false,
  },
});

/** Whether a kind of body exists in a nation: an integrated care board does not in Wales, a local health board not in England. */
export function partnerKindExistsIn(kind: PartnerKind, nation: Nation): boolean {
  const onlyIn = PARTNER_KIND_INFO[kind].onlyIn;
  return onlyIn === undefined || onlyIn.nation === nation;
}

/** The kinds of partner a council in `nation` is offered: those that exist there, in PARTNER_KINDS' order. */
export function partnerKindsIn(nation: Nation): PartnerKind[] {
  return PARTNER_KINDS.filter((kind) => partnerKindExistsIn(kind, nation));
}

/** What a kind of partner is called for a council in `nation` (a Welsh housing association is a registered social landlord). */
export function partnerKindLabel(kind: PartnerKind, nation: Nation): string {
  const info = PARTNER_KIND_INFO[kind];
  return (nation === "wales" ? info.labelInWales : undefined) ?? info.label;
}

/** The directions of a partner's flows: what it shares with the programme, and what it receives. */
export const FLOW_DIRECTIONS = /* @__PURE__ */ deepFreeze(["shares", "receives"] as const);
export type FlowDirection = (typeof FLOW_DIRECTIONS)[number];
