import type { CouncilConfig } from "@lac/council";
import { councilTypeLabels, councilTypeOf, partnerSectorLabels, roundFte, slugify } from "@lac/council";
import { principles } from "@lac/principles";
import { dpiaRisks } from "./dpia-risks.js";
import { lawfulBasisForPartner } from "./lawful-basis-for-partner.js";
import type { ManifestPhase } from "./manifest.js";
import { schedulePhases } from "./programme-phases.js";
import {
  councilTierOf,
  formatFte,
  neighbourhoodWaves,
  SUPPORT_LEVELS,
  teamContext,
} from "./programme-context.js";

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
  return text
    .replace(/\\\|/g, " ")
    .replace(/[:#;|]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * The configuration with every `|` in its text written `\|`, so that a value cannot break the
 * Markdown tables it appears in (Markdown shows `\|` as `|`, in tables and in running text alike).
 */
function escapeForMarkdownTables<T>(value: T): T {
  if (typeof value === "string") return value.replaceAll("|", "\\|") as T;
  if (Array.isArray(value)) return value.map(escapeForMarkdownTables) as T;
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, escapeForMarkdownTables(item)]),
    ) as T;
  }
  return value;
}

/** Council types with adult social care responsibilities: all but English districts (E07). */
const councilTypesWithoutSocialCare = new Set(["district"]);

/** What every template sees: the configuration as given, plus values derived from it. */
export function buildPackContext(givenConfig: CouncilConfig, phases: readonly ManifestPhase[]) {
  const config = escapeForMarkdownTables(givenConfig);
  const councilType = councilTypeOf(config.council.gssCode);
  const perWave = config.programme.waves.neighbourhoodsPerWave;
  const neighbourhoods = config.neighbourhoods.map((neighbourhood, index) => {
    const perCoordinator = Math.round(neighbourhood.population / neighbourhood.coordinators);
    return {
      ...neighbourhood,
      coordinatorsFte: formatFte(neighbourhood.coordinators),
      slug: slugify(neighbourhood.name),
      perCoordinator,
      withinRange: perCoordinator >= NEIGHBOURHOOD_RANGE.min && perCoordinator <= NEIGHBOURHOOD_RANGE.max,
      wave: Math.floor(index / perWave) + 1,
    };
  });
  const waveGroups = neighbourhoodWaves(neighbourhoods, perWave);
  const partners = config.partners.map((partner) => ({
    ...partner,
    slug: slugify(partner.organisation),
    sectorLabel: partnerSectorLabels[partner.sector],
    lawfulBasis: lawfulBasisForPartner(partner),
  }));
  // A district council has no social care functions: its conditions are those of a public authority
  // outside health and care.
  const councilSector =
    councilType && councilTypesWithoutSocialCare.has(councilType) ? "other" : "council-service";
  const councilParty = {
    organisation: config.dataProtection.controller,
    sector: councilSector,
    publicAuthority: true,
    lawfulBasis: lawfulBasisForPartner({ sector: councilSector, publicAuthority: true }),
  };
  const scheduled = schedulePhases(config.programme.startDate, phases, {
    count: waveGroups.length,
    monthsApart: config.programme.waves.monthsApart,
  }).map((phase, index) => ({
    ...phase,
    position: index + 1,
    ganttId: `p${index + 1}`,
    ganttLabel: mermaidLabel(phase.name),
  }));
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
    team: teamContext(config),
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
      coordinators: roundFte(neighbourhoods.reduce((sum, n) => sum + n.coordinators, 0)),
      coordinatorsFte: formatFte(neighbourhoods.reduce((sum, n) => sum + n.coordinators, 0)),
      population: neighbourhoods.reduce((sum, n) => sum + n.population, 0),
      partners: partners.length,
    },
    neighbourhoodRange: NEIGHBOURHOOD_RANGE,
    allNeighbourhoodsWithinRange: neighbourhoods.every((n) => n.withinRange),
    /** Partners that may process for law enforcement purposes (DPA 2018 Part 3). */
    lawEnforcementPartners: partners.filter((p) => p.sector === "police"),
    principles,
    caldicottPrinciples,
    phases: scheduled,
    waves,
    inWaves: waves.length > 1,
    firstCoordinatorStarts,
    programmeEnd,
    supportLevels: SUPPORT_LEVELS,
    dpiaRisks: dpiaRisks(partners.some((p) => p.sector === "police")),
    ganttTitle: mermaidLabel(config.programme.name),
  };
}

export type PackContext = ReturnType<typeof buildPackContext>;
