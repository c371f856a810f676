export { argumentChecks } from "./argument-checks.js";
export type { ArgumentCheckOptions, ArgumentChecks } from "./argument-checks.js";
export { didYouMean } from "./did-you-mean.js";
export { templatesFolderProblem, templatesFolderSchema } from "./templates-folder.js";
export {
  budgetSchema,
  communityCatalystsSupportSchema,
  CONTRACT_TYPES,
  contractTypeSchema,
  DBS_CHECK_LEVELS,
  dbsCheckSchema,
  DEFAULT_DOCUMENTS,
  documentsSchema,
  councilConfigSchema,
  councilSchema,
  dataProtectionOfficerSchema,
  dataProtectionSchema,
  evaluationSchema,
  leadershipGroupMemberSchema,
  leadershipGroupSchema,
  managerSchema,
  neighbourhoodSchema,
  neighbourhoodsSchema,
  OUTPUT_FORMATS,
  OUTPUT_LANGUAGES,
  outputFormatSchema,
  outputStyleSchema,
  contrastWithWhite,
  outputLanguageSchema,
  outputSchema,
  COUNCIL_SPECIAL_CATEGORY_CONDITIONS,
  councilSpecialCategoryConditionSchema,
  partnerDataItemsSchema,
  partnerSchema,
  partnersSchema,
  programmeSchema,
  retentionSchema,
  SHARING_AGREEMENT_KINDS,
  sharingAgreementSchema,
  teamSchema,
  waspiSchema,
  wavesSchema,
  WELSH_LANGUAGE_CATEGORIES,
  welshLanguageCategorySchema,
  welshLanguageSchema,
} from "./council-config-schema.js";
export type {
  Budget,
  CommunityCatalystsSupport,
  ContractType,
  Council,
  DbsCheckLevel,
  DocumentSwitches,
  CouncilConfig,
  CouncilConfigInput,
  DataProtection,
  DataProtectionOfficer,
  Evaluation,
  LeadershipGroup,
  LeadershipGroupMember,
  Manager,
  Neighbourhood,
  Output,
  OutputFormat,
  OutputStyle,
  OutputLanguage,
  CouncilSpecialCategoryCondition,
  Partner,
  PartnerDataItems,
  Programme,
  Retention,
  RoleContact,
  SharingAgreementKind,
  Team,
  Waspi,
  Waves,
  WelshLanguage,
  WelshLanguageCategory,
} from "./council-config-schema.js";
export {
  DATE_YEARS,
  MAX_EMAIL_LENGTH,
  MAX_TEXT_LENGTH,
  MAX_URL_LENGTH,
  fullTimeEquivalentSchema,
  httpsUrlSchema,
  isoDateSchema,
  positiveIntegerSchema,
  roleContactSchema,
  textSchema,
  workEmailSchema,
} from "./basic-fields.js";
export { NATIONS, nationLabels, nationSchema } from "./nation.js";
export type { Nation } from "./nation.js";
export {
  COUNCIL_TYPES,
  councilTypeLabels,
  councilTypeOf,
  GSS_CODE_PATTERN,
  GSS_COUNCIL_PREFIXES,
} from "./gss-code.js";
export { councilTypeSchema, gssCodeSchema } from "./gss-code-schema.js";
export type { CouncilType, GssCouncilPrefix } from "./gss-code.js";
export {
  COUNCIL_TIERS,
  councilTierHasSocialCare,
  councilTierLabels,
  FLOW_DIRECTIONS,
  PARTNER_KIND_INFO,
  PARTNER_KINDS,
} from "./partner-kind.js";
export { councilTierSchema, flowDirectionSchema, partnerKindSchema } from "./partner-kind-schema.js";
export type { CouncilTier, FlowDirection, PartnerKind, PartnerKindInfo } from "./partner-kind.js";
export { partnerIsPublicAuthority, partnerIsTheCouncil } from "./partner-rules.js";
export { PARTNER_SECTORS, partnerSectorLabels } from "./partner-sector.js";
export { partnerSectorSchema } from "./partner-sector-schema.js";
export type { PartnerSector } from "./partner-sector.js";
export { ICO_REGISTRATION_NUMBER_PATTERN, icoRegistrationNumberSchema } from "./ico-registration-number.js";
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
export { councilConfigErrorMap } from "./issue-messages.js";
export { choicesOf, descriptionOf, schemaAt, schemaDefault, valueTypeOf } from "./schema-walk.js";
export { planAt, planChoices, planDefault, planValueType } from "./plan-walk.js";
export type { PlanNode } from "./plan-walk.js";
export { validateCouncilConfig } from "./validate-council-config.js";
export type { ValidateCouncilConfigOptions } from "./validate-council-config.js";
export { capProblems, MAX_REPORTED_PROBLEMS } from "./problem-cap.js";
export {
  MAX_ALIAS_COUNT,
  MAX_CONFIG_TEXT_LENGTH,
  parseCouncilConfig,
  readCouncilYaml,
} from "./parse-council-config.js";
export type {
  CouncilYaml,
  ParseCouncilConfigOptions,
  ReadCouncilYamlResult,
} from "./parse-council-config.js";
export type { Location } from "./yaml-locations.js";
export { COUNCIL_CONFIG_SCHEMA_PATH, stringifyCouncilConfig } from "./stringify-council-config.js";
export type { StringifyCouncilConfigOptions } from "./stringify-council-config.js";
export { councilConfigJsonSchema, JSON_SCHEMA_UNEXPRESSED_RULES } from "./council-config-json-schema.js";
export {
  formatCoordinators,
  managerCount,
  managersNeeded,
  populationPerCoordinator,
  roundFte,
  totalCoordinators,
} from "./council-metrics.js";
export { SLUG_MAX_LENGTH, slugify, uniqueSlugs } from "./slugify.js";
