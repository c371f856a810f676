import type { CouncilConfig } from "@lac/council";
import { councilTypeLabels, councilTypeOf, partnerSectorLabels, slugify } from "@lac/council";
import { principles } from "@lac/principles";
import { lawfulBasisForPartner } from "./lawful-basis-for-partner.js";
import type { ManifestPhase } from "./manifest.js";
import { schedulePhases } from "./programme-phases.js";

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

/** Mermaid gantt task names cannot hold ':' or '#'. */
function mermaidLabel(text: string): string {
  return text.replace(/[:#;]/g, " ").replace(/\s+/g, " ").trim();
}

/** What every template sees: the configuration as given, plus values derived from it. */
export function buildPackContext(config: CouncilConfig, phases: readonly ManifestPhase[]) {
  const councilType = councilTypeOf(config.council.gssCode);
  const neighbourhoods = config.neighbourhoods.map((neighbourhood) => {
    const perCoordinator = Math.round(neighbourhood.population / neighbourhood.coordinators);
    return {
      ...neighbourhood,
      slug: slugify(neighbourhood.name),
      perCoordinator,
      withinRange: perCoordinator >= NEIGHBOURHOOD_RANGE.min && perCoordinator <= NEIGHBOURHOOD_RANGE.max,
    };
  });
  const partners = config.partners.map((partner) => ({
    ...partner,
    slug: slugify(partner.organisation),
    sectorLabel: partnerSectorLabels[partner.sector],
    lawfulBasis: lawfulBasisForPartner(partner),
  }));
  const councilParty = {
    organisation: config.dataProtection.controller,
    sector: "council-service",
    publicAuthority: true,
    lawfulBasis: lawfulBasisForPartner({ sector: "council-service", publicAuthority: true }),
  };
  const scheduled = schedulePhases(config.programme.startDate, phases).map((phase, index) => ({
    ...phase,
    position: index + 1,
    ganttId: `p${index + 1}`,
    ganttLabel: mermaidLabel(phase.name),
  }));
  const lastPhase = scheduled.at(-1);
  return {
    ...config,
    council: {
      ...config.council,
      type: councilType,
      typeLabel: councilType ? councilTypeLabels[councilType] : "council",
      inEngland: config.council.nation === "england",
      inWales: config.council.nation === "wales",
    },
    neighbourhoods,
    partners,
    councilParty,
    leadershipGroup: {
      ...config.leadershipGroup,
      members: config.leadershipGroup.members.map((member) => ({
        ...member,
        sectorLabel: partnerSectorLabels[member.sector],
      })),
    },
    totals: {
      neighbourhoods: neighbourhoods.length,
      coordinators: neighbourhoods.reduce((sum, n) => sum + n.coordinators, 0),
      population: neighbourhoods.reduce((sum, n) => sum + n.population, 0),
      partners: partners.length,
    },
    neighbourhoodRange: NEIGHBOURHOOD_RANGE,
    principles,
    caldicottPrinciples,
    phases: scheduled,
    programmeEnd: lastPhase ? lastPhase.end : config.programme.startDate,
    ganttTitle: mermaidLabel(config.programme.name),
  };
}

export type PackContext = ReturnType<typeof buildPackContext>;
