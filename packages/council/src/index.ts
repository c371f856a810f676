// `@lac/council`: the zod schema of lac.config.yaml and what is built on it (the parser, the validator with
// zod's messages, the writer, the JSON Schema), and the data, helpers and types that need no schema, which
// `@lac/council/quick` exports too (zod-free.ts).
export * from "./zod-free.js";
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
  WASPI_ONE_WAY_PARTNER_COVERS,
  waspiOneWayPartnersSchema,
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
  WaspiOneWayPartners,
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
export { councilTypeSchema, gssCodeSchema } from "./gss-code-schema.js";
export { councilTierSchema, flowDirectionSchema, partnerKindSchema } from "./partner-kind-schema.js";
export { partnerSectorSchema } from "./partner-sector-schema.js";
export { ICO_REGISTRATION_NUMBER_PATTERN, icoRegistrationNumberSchema } from "./ico-registration-number.js";
export { councilConfigErrorMap } from "./issue-messages.js";
export { choicesOf, descriptionOf, schemaAt, schemaDefault, valueTypeOf } from "./schema-walk.js";
export { planAt, planChoices, planDefault, planValueType } from "./plan-walk.js";
export type { PlanNode } from "./plan-walk.js";
export { validateCouncilConfig } from "./validate-council-config.js";
export type { ValidateCouncilConfigOptions } from "./validate-council-config.js";
export { parseCouncilConfig } from "./parse-council-config.js";
export { COUNCIL_CONFIG_SCHEMA_PATH, stringifyCouncilConfig } from "./stringify-council-config.js";
export type { StringifyCouncilConfigOptions } from "./stringify-council-config.js";
export { councilConfigJsonSchema, JSON_SCHEMA_UNEXPRESSED_RULES } from "./council-config-json-schema.js";
