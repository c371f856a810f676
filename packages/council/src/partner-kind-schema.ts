// The zod schemas of partner-kind.ts, apart from its data and functions, which lac uses without zod.
import * as z from "zod";
import { COUNCIL_TIERS, FLOW_DIRECTIONS, PARTNER_KINDS } from "./partner-kind.js";

const KIND_FROM_SECTOR =
  "sector council-service → kind council (another council, with councilTier) or council-service (a service of this council); nhs-trust → nhs-trust, nhs-foundation-trust or local-health-board; integrated-care-board → integrated-care-board; primary-care → gp-practice; housing → housing-association; police → police; fire-and-rescue → fire-and-rescue-authority; voluntary-and-community-sector → charity; education → education; other → company or other-public-authority";

export const partnerKindSchema = z
  .enum(PARTNER_KINDS, {
    error: (issue) =>
      issue.input === undefined
        ? `Add kind: the partner's legal nature, one of ${PARTNER_KINDS.join(", ")}. Partners are described by legal nature, not only by sector, because it decides the controller and the lawful bases. From the old sector: ${KIND_FROM_SECTOR}.`
        : undefined,
  })
  .meta({
    title: "Kind (legal nature)",
    description: `The partner's legal nature, which decides its controller and lawful bases: council (another council: give councilTier), council-service (a department or service of this council: the same controller, so no data-sharing agreement), nhs-trust, nhs-foundation-trust, integrated-care-board, local-health-board (Wales), gp-practice, police (a competent authority under DPA 2018 Part 3), fire-and-rescue-authority, housing-association (a registered provider of social housing in England, a registered social landlord in Wales: not a public authority), charity (or voluntary group), company (a company, a registered society such as a credit union, or a community interest company), education, other-public-authority. From the old sector: ${KIND_FROM_SECTOR}.`,
  });

export const councilTierSchema = z.enum(COUNCIL_TIERS).meta({
  title: "Council tier",
  description:
    "For a partner of kind council: county, district (a non-metropolitan district in a two-tier area: no adult social care), unitary, metropolitan (metropolitan district), london-borough or welsh-principal (a Welsh county or county borough council).",
});

export const flowDirectionSchema = z.enum(FLOW_DIRECTIONS).meta({
  description:
    '"shares" (from the partner to the programme) or "receives" (from the programme to the partner).',
});
