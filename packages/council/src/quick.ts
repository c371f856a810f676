// `@lac/council/quick`: the parts of the package that need no zod, for a program that must start
// fast (the lac CLI). It reads a configuration and tells a valid one, with its warnings, exactly as
// `parseCouncilConfig` and `validateCouncilConfig` do, through the quick validator's plan, which is
// generated from the zod schema; a configuration with a problem gives `undefined`, and only then is
// the main entry (`@lac/council`, which builds zod's schemas) needed, to explain it with zod's
// messages. It also holds the package's data and helpers that need no schema.
export { parseCouncilConfigQuickly, validateCouncilConfigQuickly } from "./quick-validate-council-config.js";
export { MAX_ALIAS_COUNT, MAX_CONFIG_TEXT_LENGTH, readCouncilYaml } from "./read-council-yaml.js";
export type { CouncilYaml, ParseCouncilConfigOptions, ReadCouncilYamlResult } from "./read-council-yaml.js";
export { formatConfigPath, formatProblem } from "./config-problem.js";
export type {
  ConfigPath,
  ConfigProblem,
  ConfigProblemCode,
  CouncilConfigResult,
  FormatProblemOptions,
  RuleProblemCode,
  SchemaProblemCode,
  WarningCode,
  YamlProblemCode,
} from "./config-problem.js";
export type { CouncilConfig, CouncilConfigInput } from "./council-config-schema.js";
export type { Location } from "./yaml-locations.js";
export { capProblems, MAX_REPORTED_PROBLEMS } from "./problem-cap.js";
export { COUNCIL_PREDICATES } from "./council-refinements.js";
export { argumentChecks } from "./argument-checks.js";
export type { ArgumentCheckOptions, ArgumentChecks } from "./argument-checks.js";
export { didYouMean } from "./did-you-mean.js";
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
} from "./partner-kind.js";
export type { CouncilTier, FlowDirection, PartnerKind, PartnerKindInfo } from "./partner-kind.js";
export { partnerIsPublicAuthority, partnerIsTheCouncil } from "./partner-rules.js";
export { PARTNER_SECTORS, partnerSectorLabels } from "./partner-sector.js";
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
export { COUNCIL_CONFIG_SCHEMA_PATH } from "./config-file-paths.js";
export { NATIONS, nationLabels } from "./nation-labels.js";
export type { Nation } from "./nation.js";
// Looking up a field's default, choices and kind of value without zod: in the quick validator's plan
// (generated from the schema), or in a zod schema one already has (by its definitions).
export { planAt, planChoices, planDefault, planValueType } from "./plan-walk.js";
export type { PlanNode } from "./plan-walk.js";
export { choicesOf, schemaAt, schemaDefault, valueTypeOf } from "./definition-walk.js";
