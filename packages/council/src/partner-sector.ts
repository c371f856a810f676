/** The sectors of partner organisations and leadership group members (kebab-case ids). */
export const PARTNER_SECTORS = [
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
] as const;

export type PartnerSector = (typeof PARTNER_SECTORS)[number];

/** Human labels of the sectors, for documents and prompts. */
export const partnerSectorLabels: Readonly<Record<PartnerSector, string>> = {
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
};
