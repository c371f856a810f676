export { agreementSchema, noticeSchema } from "./agreement.js";
export type { AgreementRecord, Notice } from "./agreement.js";
export {
  ACCESSIBLE_FORMATS,
  REPRESENTATIVE_RELATIONSHIPS,
  agreementMethodSchema,
} from "./agreement-method.js";
export type { AgreementMethod } from "./agreement-method.js";
export { agreementStatusAt } from "./agreement-status.js";
export type {
  AgreementState,
  AgreementStatus,
  AgreementStatusResult,
  WithdrawalInEffect,
} from "./agreement-status.js";
export { auditEntriesOfKind, emptyAuditTrail, recordDecision, toAuditEntry } from "./audit.js";
export type {
  AgreementAuditEntry,
  AuditEntry,
  AuditEntryKind,
  AuditTrail,
  DenyAuditEntry,
  ExceptionAuditEntry,
  RecordDecisionResult,
} from "./audit.js";
export {
  BACKDATED_WITHDRAWAL_WARNING_HOURS,
  appendRecord,
  appendRecords,
  checkRecords,
  emptyConsentLog,
  isCheckedConsentLog,
} from "./consent-log.js";
export type { AppendRecordsResult, AppendResult, ConsentLog } from "./consent-log.js";
export { consentRecordSchema, parseConsentRecord } from "./consent-record.js";
export type { ConsentRecord, ParseConsentRecordResult } from "./consent-record.js";
export { LAWFUL_BASIS_DENY_REASONS, decideLawfulSharing } from "./decide-lawful-sharing.js";
export type {
  LawfulBasisDenyReason,
  LawfulDeny,
  LawfulPermit,
  LawfulSharingDecision,
  RecipientLawfulBasis,
} from "./decide-lawful-sharing.js";
export { DENY_REASONS, decideSharing } from "./decide-sharing.js";
export type {
  Deny,
  DenyReason,
  PermitByAgreement,
  PermitByException,
  PersonToldStatus,
  SharingDecision,
} from "./decide-sharing.js";
export {
  EXCEPTION_GROUNDS,
  EXCEPTION_GROUNDS_BASES,
  EXCEPTION_MAX_VALIDITY_MONTHS,
  EXCEPTION_REASONS,
  NOT_TOLD_REASONS,
  NO_CASE_FILE_REASONS,
  exceptionGroundsSchema,
  exceptionReasonSchema,
  personToldSchema,
  sharingExceptionSchema,
} from "./exception.js";
export type {
  ExceptionGrounds,
  ExceptionReason,
  NoCaseFileReason,
  PersonTold,
  SharingException,
} from "./exception.js";
export { LAC_CODE_SYSTEMS, exportFhirR5Consent, fhirConsentOptionsSchema } from "./export-fhir-r5.js";
export type {
  FhirConsent,
  FhirConsentOptions,
  FhirConsentProvision,
  FhirConsentResult,
} from "./export-fhir-r5.js";
export {
  ISO_27560_EXTENSION_PREFIX,
  ISO_27560_FIELD_RENAMES,
  ISO_27560_MANDATORY_FIELDS,
  ISO_27560_SCHEMA_VERSION,
  ISO_27560_UNTIL_WITHDRAWN,
  exportIso27560Record,
  iso27560OptionsSchema,
} from "./export-iso-27560.js";
export type {
  DpvConsentState,
  Iso27560Event,
  Iso27560Options,
  Iso27560Party,
  Iso27560Processing,
  Iso27560Record,
  Iso27560Result,
} from "./export-iso-27560.js";
export {
  ALL_ORDINARY,
  INFORMATION_CATEGORIES,
  INFORMATION_CATEGORY_IDS,
  ORDINARY_CATEGORY_IDS,
  agreedCategorySchema,
  coversCategory,
  expandAgreedCategories,
  informationCategoryIdSchema,
  isSpecialCategory,
  needsExplicitNaming,
} from "./information-categories.js";
export type {
  AgreedCategory,
  InformationCategory,
  InformationCategoryId,
  InformationCategoryKind,
} from "./information-categories.js";
export { CONSENT_LANGUAGES } from "./language.js";
export type { ConsentLanguage } from "./language.js";
export {
  checkLawfulBasis,
  checkLegalCondition,
  describeLegalCondition,
  lawfulBasisSchema,
  legalConditionSchema,
  partnerStatusSchema,
} from "./lawful-basis.js";
export type {
  LawfulBasis,
  LawfulBasisCheck,
  LegalCondition,
  LegalConditionFindings,
  PartnerStatus,
} from "./lawful-basis.js";
export {
  ARTICLE_6_BASES,
  ARTICLE_6_BASIS_IDS,
  ARTICLE_9_CONDITIONS,
  ARTICLE_9_CONDITION_IDS,
  RECOGNISED_LEGITIMATE_INTERESTS,
  RECOGNISED_LEGITIMATE_INTEREST_IDS,
  SCHEDULE_1_CONDITIONS,
  article6BasisSchema,
  article9ConditionSchema,
  findSchedule1Condition,
  recognisedLegitimateInterestSchema,
  schedule1ConditionSchema,
} from "./lawful-basis-terms.js";
export type {
  AppropriatePolicyDocumentNeed,
  Article6Basis,
  Article9Condition,
  Article9ConditionInfo,
  RecognisedLegitimateInterest,
  Schedule1Condition,
  Schedule1ConditionInfo,
} from "./lawful-basis-terms.js";
export { partySchema } from "./party.js";
export type { Party } from "./party.js";
export { personToldRecordSchema } from "./person-told.js";
export type { PersonToldRecord } from "./person-told.js";
export type { Problem } from "./problem.js";
export { PURPOSES, PURPOSE_IDS, purposeIdSchema } from "./purposes.js";
export type { PurposeId } from "./purposes.js";
export { renderReceipt } from "./receipt.js";
export type { Receipt, ReceiptOptions, ReceiptResult } from "./receipt.js";
export {
  RECIPIENT_RELATIONSHIPS,
  isPersonalRecipient,
  jobTitleSchema,
  recipientSchema,
  sameRecipient,
} from "./recipient.js";
export type {
  OrganisationalRecipient,
  PersonalRecipient,
  Recipient,
  RecipientRelationship,
} from "./recipient.js";
export { documentRefSchema, isOpaqueId, recordIdSchema } from "./record-id.js";
export { sharingRequestSchema } from "./sharing-request.js";
export type { SharingRequest } from "./sharing-request.js";
export { staffSchema } from "./staff.js";
export type { Staff } from "./staff.js";
export { timestampSchema } from "./timestamp.js";
export { withdrawalSchema, withdrawalScopeSchema } from "./withdrawal.js";
export type { WithdrawalRecord, WithdrawalScope } from "./withdrawal.js";
