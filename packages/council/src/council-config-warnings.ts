import type { ConfigPath, ProblemFix, WarningCode } from "./config-problem.js";
import type { CouncilConfig } from "./council-config-schema.js";
import {
  formatCoordinators,
  managersNeeded,
  populationPerCoordinator,
  roundFte,
  totalCoordinators,
} from "./council-metrics.js";
import { formatWholeNumber, quote } from "./describe-value.js";
import { sameTitle } from "./cross-field-rules.js";
import { councilTypeOf } from "./gss-code.js";
import {
  CALDICOTT_GUARDIAN_SOURCE,
  MANAGER_SPAN,
  POPULATION_PER_COORDINATOR,
  WELSH_LANGUAGE_CATEGORIES_SOURCE,
  WELSH_LANGUAGE_STANDARDS_SOURCE,
} from "./lac-sources.js";
import { partnerFindings } from "./partner-rules.js";
import { DEFAULT_RETENTION_START } from "./retention-start.js";
import { partnerSectorLabelsByNation } from "./partner-sector.js";

/** A warning before it is placed in the file. */
export interface Finding {
  readonly code: WarningCode;
  readonly message: string;
  readonly path: ConfigPath;
  readonly hint?: string;
  readonly fix?: ProblemFix;
}

/** "1,000–2,000": made when a warning needs it, not when lac starts (its regular expression is compiled on first use). */
const range = (): string =>
  `${formatWholeNumber(POPULATION_PER_COORDINATOR.min)}–${formatWholeNumber(POPULATION_PER_COORDINATOR.max)}`;

function populationWarnings(config: CouncilConfig): Finding[] {
  return config.neighbourhoods.flatMap((neighbourhood, index): Finding[] => {
    const ratio = populationPerCoordinator(neighbourhood);
    if (ratio >= POPULATION_PER_COORDINATOR.min && ratio <= POPULATION_PER_COORDINATOR.max) return [];
    const coordinators = formatCoordinators(neighbourhood.coordinators);
    const advice =
      ratio > POPULATION_PER_COORDINATOR.max
        ? "add a coordinator or make the neighbourhood smaller"
        : "make the neighbourhood larger or share a coordinator with a neighbouring area";
    return [
      {
        code: "population-per-coordinator",
        message: `${quote(neighbourhood.name)} has about ${formatWholeNumber(Math.round(ratio))} people per coordinator (${formatWholeNumber(neighbourhood.population)} people, ${coordinators}). The LAC Network describes one coordinator for a neighbourhood of ${range()} people: ${advice}, or keep it if you have a local reason.`,
        path: ["neighbourhoods", index],
        hint: `Source: ${POPULATION_PER_COORDINATOR.source}`,
      },
    ];
  });
}

function managerSpanWarnings(config: CouncilConfig): Finding[] {
  const total = totalCoordinators(config);
  const { span, count } = config.team.manager;
  const findings: Finding[] = [];
  if (count !== undefined && total > count * span) {
    const managers = count === 1 ? "1 manager" : `${count} managers`;
    findings.push({
      code: "coordinators-exceed-manager-span",
      message: `The neighbourhoods have ${formatCoordinators(total)} in all, but ${managers} with a span of ${span} line-manage at most ${count * span}: ${formatCoordinators(roundFte(total - count * span))} would have no manager. Raise team.manager.count to ${managersNeeded(config)}, raise the span, or leave team.manager.count out to have it worked out.`,
      path: ["team", "manager", "count"],
      hint: `${MANAGER_SPAN.source}: one manager for ${MANAGER_SPAN.min}–${MANAGER_SPAN.max} coordinators.`,
    });
  }
  if (span > MANAGER_SPAN.farPast) {
    findings.push({
      code: "manager-span-far-past-range",
      message: `team.manager.span is ${span}: one manager for more than ${MANAGER_SPAN.farPast} coordinators leaves little time for the supervision and reflective practice the role needs. Plan for more managers or senior coordinators (one for ${MANAGER_SPAN.min}–${MANAGER_SPAN.max} coordinators), or keep it if you have a local reason.`,
      path: ["team", "manager", "span"],
      hint: `${MANAGER_SPAN.source}: no public source gives a ratio of managers to coordinators.`,
    });
  }
  return findings;
}

function neighbourhoodPopulationWarnings(config: CouncilConfig): Finding[] {
  const total = config.neighbourhoods.reduce((sum, neighbourhood) => sum + neighbourhood.population, 0);
  if (total <= config.council.population) return [];
  return [
    {
      code: "neighbourhoods-exceed-council-population",
      message: `The neighbourhoods' populations add up to ${formatWholeNumber(total)}, more than council.population (${formatWholeNumber(config.council.population)}). Check the neighbourhoods' populations and the council's.`,
      path: ["neighbourhoods"],
    },
  ];
}

function welshLanguageWarnings(config: CouncilConfig): Finding[] {
  if (config.council.nation !== "wales" || config.team.welshLanguage !== undefined) return [];
  return [
    {
      code: "welsh-language-category-missing",
      message:
        'team.welshLanguage is missing. Under the Welsh Language Standards the council assesses the Welsh language skills each post needs and puts it in one of four categories: add team.welshLanguage with the coordinator and manager categories ("essential", "need-to-be-learnt", "desirable" or "not-necessary") and the assessment they come from.',
      path: ["team"],
      hint: `Source: ${WELSH_LANGUAGE_CATEGORIES_SOURCE}`,
    },
  ];
}

function leadershipWarnings(config: CouncilConfig): Finding[] {
  const sectors = new Set(config.leadershipGroup.members.map((member) => member.sector));
  const [only] = sectors;
  if (sectors.size !== 1 || only === undefined) return [];
  return [
    {
      code: "leadership-group-single-sector",
      message: `Every leadership group member is from one sector (${partnerSectorLabelsByNation[config.council.nation][only]}). The LAC Network describes a cross-sector leadership group: add members from other sectors, such as health, housing and the voluntary and community sector.`,
      path: ["leadershipGroup", "members"],
    },
  ];
}

/**
 * English councils without a Caldicott Guardian. District councils (GSS prefix E07) are left out:
 * in two-tier areas adult social care is the county council's responsibility.
 */
function caldicottWarnings(config: CouncilConfig): Finding[] {
  if (config.council.nation !== "england" || config.dataProtection.caldicottGuardian !== undefined) return [];
  if (councilTypeOf(config.council.gssCode) === "district") return [];
  return [
    {
      code: "caldicott-guardian-missing",
      message:
        "dataProtection.caldicottGuardian is missing. Councils with adult social care responsibilities must appoint a Caldicott Guardian: add the role title and work email of the council's Caldicott Guardian.",
      path: ["dataProtection", "caldicottGuardian"],
      hint: `Source: ${CALDICOTT_GUARDIAN_SOURCE}`,
    },
  ];
}

function welshOutputWarnings(config: CouncilConfig): Finding[] {
  if (config.council.nation !== "wales" || config.output.languages.includes("cy")) return [];
  return [
    {
      code: "welsh-output-missing",
      message:
        'Welsh county and county borough councils follow the Welsh Language Standards, which require Welsh to be treated no less favourably than English, so the documents for the public, the forms and the job adverts need Welsh versions. Add "cy" to output.languages: the pack then has draft Welsh translations of those documents for the council\'s translation service to check (see docs/welsh-language.md).',

      path: ["output", "languages"],
      hint: `Source: ${WELSH_LANGUAGE_STANDARDS_SOURCE}`,
    },
  ];
}

/** Welsh names the Welsh documents need: a missing one is written in English and marked. */
function welshNameWarnings(config: CouncilConfig): Finding[] {
  if (config.council.nation !== "wales" || !config.output.languages.includes("cy")) return [];
  const fallback =
    'the Welsh documents use the English name, marked "(enw Saesneg)" (English name), until it is added';
  const findings: Finding[] = [];
  if (config.council.welshName === undefined) {
    findings.push({
      code: "welsh-name-missing",
      message: `council.welshName is missing, and output.languages asks for Welsh: ${fallback}. Add the council's official name in Welsh.`,
      path: ["council"],
    });
  }
  if (config.programme.welshName === undefined) {
    findings.push({
      code: "welsh-name-missing",
      message: `programme.welshName is missing, and output.languages asks for Welsh: ${fallback}. Add the programme's name in Welsh.`,
      path: ["programme"],
    });
  }
  findings.push(...welshRoleWarnings(config));
  if (config.team.manager.welshTitle === undefined) {
    findings.push({
      code: "welsh-name-missing",
      message: `team.manager.welshTitle is missing, and output.languages asks for Welsh: ${fallback}. Add the manager's role title in Welsh.`,
      path: ["team", "manager"],
    });
  }
  config.neighbourhoods.forEach((neighbourhood, index) => {
    if (neighbourhood.welshName !== undefined) return;
    findings.push({
      code: "welsh-name-missing",
      message: `The neighbourhood ${quote(neighbourhood.name)} has no welshName, and output.languages asks for Welsh: ${fallback}. Add its name in Welsh (the same name if it is already Welsh).`,
      path: ["neighbourhoods", index],
    });
  });
  config.partners.forEach((partner, index) => {
    if (partner.welshName !== undefined) return;
    findings.push({
      code: "welsh-name-missing",
      message: `The partner ${quote(partner.organisation)} has no welshName, and output.languages asks for Welsh: ${fallback}. Add its name in Welsh (the same name if it has no Welsh one).`,
      path: ["partners", index],
    });
  });
  return findings;
}

/**
 * The Welsh role titles of the programme's sponsor and lead, which the Welsh documents name. A lead who
 * holds the manager's post takes the manager's Welsh title, so is warned of only with the manager.
 */
function welshRoleWarnings(config: CouncilConfig): Finding[] {
  const fallback = "the Welsh documents use the English role title, marked as English, until it is added";
  const { sponsor, lead } = config.programme;
  const findings: Finding[] = [];
  if (sponsor.welshRole === undefined) {
    findings.push({
      code: "welsh-name-missing",
      message: `programme.sponsor.welshRole is missing, and output.languages asks for Welsh: ${fallback}. Add the sponsor's role title in Welsh.`,
      path: ["programme", "sponsor"],
    });
  }
  if (lead.welshRole === undefined && !sameTitle(lead.role, config.team.manager.title)) {
    findings.push({
      code: "welsh-name-missing",
      message: `programme.lead.welshRole is missing, and output.languages asks for Welsh: ${fallback}. Add the programme lead's role title in Welsh.`,
      path: ["programme", "lead"],
    });
  }
  return findings;
}

/**
 * What the Welsh notices need in Welsh: the Welsh privacy notice's own address (the English one until it is
 * added), and a retention start other than the default (a blank until it is added).
 */
function welshPrivacyNoticeWarnings(config: CouncilConfig): Finding[] {
  if (config.council.nation !== "wales" || !config.output.languages.includes("cy")) return [];
  const findings: Finding[] = [];
  if (config.dataProtection.privacyNoticeUrlCy === undefined) {
    findings.push({
      code: "welsh-privacy-notice-url-missing",
      message:
        "dataProtection.privacyNoticeUrlCy is missing, and output.languages asks for Welsh: the Welsh documents give the English privacy notice's address (dataProtection.privacyNoticeUrl) until it is added. Add the web address of the Welsh privacy notice.",
      path: ["dataProtection"],
    });
  }
  const { from, fromCy } = config.dataProtection.retention;
  if (from !== DEFAULT_RETENTION_START && fromCy === undefined) {
    findings.push({
      code: "welsh-retention-start-missing",
      message: `dataProtection.retention.fromCy is missing: the Welsh notices leave a blank for ${quote(from)} until it is added in Welsh.`,
      path: ["dataProtection", "retention"],
    });
  }
  return findings;
}

/** Welsh layout options without Welsh output do nothing: say so. */
function welshOptionWarnings(config: CouncilConfig): Finding[] {
  if (config.output.languages.includes("cy")) return [];
  const findings: Finding[] = [];
  if (config.output.bilingualLayout !== "separate") {
    findings.push({
      code: "welsh-options-without-welsh",
      message: `output.bilingualLayout is ${quote(config.output.bilingualLayout)}, but output.languages has no "cy": the pack has no Welsh documents to lay out. Add "cy" to output.languages or remove output.bilingualLayout.`,
      path: ["output", "bilingualLayout"],
    });
  }
  if (config.output.welshAlso.length > 0) {
    findings.push({
      code: "welsh-options-without-welsh",
      message:
        'output.welshAlso asks for Welsh versions of documents, but output.languages has no "cy". Add "cy" to output.languages or remove output.welshAlso.',
      path: ["output", "welshAlso"],
    });
  }
  return findings;
}

function partnerWarnings(config: CouncilConfig): Finding[] {
  if (config.partners.length > 0) {
    return partnerFindings(config.partners, {
      councilName: config.council.name,
      controller: config.dataProtection.controller,
      nation: config.council.nation,
    });
  }
  return [
    {
      code: "no-partners",
      message:
        "No partners are listed, so the pack will have no data-sharing agreements; add the organisations that will share information with the programme.",
      path: ["partners"],
    },
  ];
}

/** The warnings of a valid configuration: things that are allowed but deserve a second look. */
export function councilConfigWarnings(config: CouncilConfig): Finding[] {
  return [
    ...populationWarnings(config),
    ...neighbourhoodPopulationWarnings(config),
    ...managerSpanWarnings(config),
    ...leadershipWarnings(config),
    ...partnerWarnings(config),
    ...caldicottWarnings(config),
    ...welshOutputWarnings(config),
    ...welshNameWarnings(config),
    ...welshPrivacyNoticeWarnings(config),
    ...welshOptionWarnings(config),
    ...welshLanguageWarnings(config),
  ];
}
