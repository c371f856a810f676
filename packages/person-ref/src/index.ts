export {
  DIRECT_IDENTIFIER_DESCRIPTIONS,
  findDirectIdentifier,
  findNameLikeRun,
  findNationalInsuranceNumber,
  findNhsNumber,
  findPostcode,
  hasNhsCheckDigit,
} from "./direct-identifier.js";
export type { DirectIdentifier, DirectIdentifierKind, Span } from "./direct-identifier.js";
export { OPAQUE_ID_MAX_LENGTH, directIdentifierProblem, isOpaqueId, opaqueIdProblem } from "./opaque-id.js";
export {
  PERSON_REF_MAX_LENGTH,
  PERSON_REF_MIN_LENGTH,
  isPersonRef,
  newPersonRef,
  parsePersonRef,
  personRefSchema,
} from "./person-ref.js";
export type { PersonRef, PersonRefError, PersonRefErrorCode, PersonRefResult } from "./person-ref.js";
