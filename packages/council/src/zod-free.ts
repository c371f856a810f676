// What both entries export, `@lac/council` and `@lac/council/quick`: the package's data, helpers and types that
// need no zod schema. index.ts and quick.ts re-export all of it; a name meant for one entry only goes into that
// entry's file instead (the zod schemas into index.ts, the quick validator into quick.ts).
export { MAX_ALIAS_COUNT, MAX_CONFIG_TEXT_LENGTH, readCouncilYaml } from "./read-council-yaml.js";
export type { CouncilYaml, ParseCouncilConfigOptions, ReadCouncilYamlResult } from "./read-council-yaml.js";
export { formatConfigPath, formatProblem } from "./config-problem.js";
export type {
  ConfigPath,
  ConfigProblem,
  ConfigProblemCode,
  CouncilConfigResult,
  FormatProblemOptions,
  ProblemFix,
  RuleProblemCode,
  SchemaProblemCode,
  WarningCode,
  YamlProblemCode,
} from "./config-problem.js";
export type { CouncilConfig, CouncilConfigInput } from "./council-config-schema.js";
export type { Location } from "./yaml-locations.js";
export { capProblems, MAX_REPORTED_PROBLEMS } from "./problem-cap.js";
export { argumentChecks } from "./argument-checks.js";
export type { ArgumentCheckOptions, ArgumentChecks } from "./argument-checks.js";
export { didYouMean } from "./did-you-mean.js";
export { decodeUtf8 } from "./not-utf8.js";
export {
  COUNCIL_TYPES,
  councilTypeLabels,
  councilTypeOf,
  GSS_CODE_PATTERN,
  GSS_COUNCIL_PREFIXES,
} from "./gss-code.js";
export type { CouncilType, GssCouncilPrefix } from "./gss-code.js";
export {
  COUNCIL_TIERS,
  councilTierHasSocialCare,
  councilTierLabels,
  FLOW_DIRECTIONS,
  PARTNER_KIND_INFO,
  PARTNER_KINDS,
  partnerKindExistsIn,
  partnerKindLabel,
  partnerKindsIn,
} from "./partner-kind.js";
export type { CouncilTier, FlowDirection, PartnerKind, PartnerKindInfo } from "./partner-kind.js";
export { partnerIsPublicAuthority, partnerIsTheCouncil } from "./partner-rules.js";
export {
  PARTNER_SECTORS,
  partnerSectorLabels,
  partnerSectorLabelsByNation,
  partnerSectorsIn,
} from "./partner-sector.js";
export type { PartnerSector } from "./partner-sector.js";
export {
  CALDICOTT_GUARDIAN_SOURCE,
  COMMUNITY_CATALYSTS_SUPPORT,
  DEFAULT_WAVES,
  MANAGER_SPAN,
  MANAGER_TITLE_EXAMPLES,
  POPULATION_PER_COORDINATOR,
  WASPI_SOURCE,
  WELSH_LANGUAGE_CATEGORIES_SOURCE,
  WELSH_LANGUAGE_STANDARDS_SOURCE,
} from "./lac-sources.js";
export {
  formatCoordinators,
  managerCount,
  managersNeeded,
  populationPerCoordinator,
  roundFte,
  totalCoordinators,
} from "./council-metrics.js";
export { SLUG_MAX_LENGTH, slugify, uniqueSlugs } from "./slugify.js";
