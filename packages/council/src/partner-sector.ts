import type { NATIONS } from "./nation-labels.js";
import { deepFreeze } from "./deep-freeze.js";

/** The sectors of partner organisations and leadership group members (kebab-case ids). */
export const PARTNER_SECTORS = /* @__PURE__ */ deepFreeze([
  "council-service",
  "nhs-trust",
  "integrated-care-board",
  "primary-care",
  "housing",
  "police",
  "fire-and-rescue",
  "voluntary-and-community-sector",
  "education",
  "other",
] as const);

export type PartnerSector = (typeof PARTNER_SECTORS)[number];

/** Human labels of the sectors, for documents and prompts. */
export const partnerSectorLabels: Readonly<Record<PartnerSector, string>> = /* @__PURE__ */ deepFreeze({
  "council-service": "Council service",
  "nhs-trust": "NHS trust or health board",
  "integrated-care-board": "Integrated care board",
  "primary-care": "Primary care (GP practice or primary care network)",
  housing: "Housing",
  police: "Police",
  "fire-and-rescue": "Fire and rescue service",
  "voluntary-and-community-sector": "Voluntary and community sector",
  education: "Education",
  other: "Other",
});

/**
 * The sector labels of a council's documents, where the NHS bodies differ between the nations: in
 * England NHS trusts and NHS foundation trusts (integrated care boards are a sector of their own); in
 * Wales local health boards and NHS trusts (NHS Wales has no foundation trusts). GP practices work
 * together in primary care networks in England and in primary care clusters in Wales, which the local
 * health boards determine (Primary Care One, "Cluster working": https://primarycareone.nhs.wales/cluster-working/;
 * Senedd Health, Social Care and Sport Committee, inquiry into primary care clusters). The kinds' own
 * labels are in PARTNER_KIND_INFO.
 */
export const partnerSectorLabelsByNation: Readonly<
  Record<(typeof NATIONS)[number], Readonly<Record<PartnerSector, string>>>
> = /* @__PURE__ */ deepFreeze({
  england: { ...partnerSectorLabels, "nhs-trust": "NHS trust or NHS foundation trust" },
  wales: {
    ...partnerSectorLabels,
    "nhs-trust": "Local health board or NHS trust (NHS Wales)",
    "primary-care": "Primary care (GP practice or primary care cluster)",
  },
});

/**
 * The sectors a council in `nation` is offered for a leadership group member: integrated care boards
 * are England's (NHS Act 2006 s.14Z25); in Wales the local health boards are in the NHS sector.
 */
export function partnerSectorsIn(nation: (typeof NATIONS)[number]): PartnerSector[] {
  return PARTNER_SECTORS.filter((sector) => nation === "england" || sector !== "integrated-care-board");
}
