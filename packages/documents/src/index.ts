export { addDays, addMonths, formatDate, formatMoney, formatMonth, formatNumber } from "@lac/en-gb-format";
export { templateHelperNames, templateHelpers } from "./helpers.js";
export { dataItemsFor, identityItemsReceived, type IdentityItem } from "./data-items.js";
export { documentSections } from "./document-sections.js";
export type { DocumentSection } from "./document-sections.js";
export { caldicottBinds, legalGroundsFor, personalDataGroundsFor } from "./lawful-basis-for-partner.js";
export type {
  AnonymisedGrounds,
  CriminalOffenceGrounds,
  FlowNature,
  LawEnforcementOrigin,
  LegalGrounds,
  PartyNature,
  PersonalDataGrounds,
  ProposedProvision,
  SafeguardingGrounds,
  SpecialCategoryGrounds,
} from "./lawful-basis-for-partner.js";
export { manifestDocumentSchema, manifestPhaseSchema, manifestSchema } from "./manifest.js";
export type { Manifest, ManifestDocument, ManifestInput, ManifestPhase } from "./manifest.js";
export { escapeMarkdownText, unescapeMarkdownText } from "./markdown-text.js";
export { filledTitle, titlePaths } from "./filled-title.js";
export { isSafeOutputPath } from "./output-path.js";
export { buildPackContext } from "./pack-context.js";
export type {
  CouncilPartyContext,
  DocumentParties,
  PackContext,
  PartnerContext,
  PartnerContextBase,
} from "./pack-context.js";
export { schedulePhases } from "./programme-phases.js";
export type { ScheduledPhase } from "./programme-phases.js";
export type { RenderProblem, RenderProblemCode } from "./render-problem.js";
export { renderPack } from "./render-pack-checked.js";
export type { RenderOptions, RenderPackResult, RenderWarning, RenderedDocument } from "./render-pack.js";
export type { Utf8Text } from "./utf8-batches.js";
export type { TemplateSet } from "./template-set.js";
export type { TemplateSpecification } from "./handlebars-runtime.js";
export { describeData, describePackData, describePackDataResult } from "./pack-data.js";
export type { DescribePackDataResult, PackData, PackDataEntry } from "./pack-data.js";
export type { NotInPack, UnmetCondition } from "./document-presence.js";
export { bilingualMarkdown, splitSections } from "./bilingual-document.js";
export type { BilingualLayout } from "./bilingual-document.js";
export { WELSH_PRINCIPLES, WELSH_TERMS } from "./welsh-glossary.js";
export type { WelshPrinciple, WelshTerm, WelshTermKey, WelshTermSource } from "./welsh-glossary.js";
