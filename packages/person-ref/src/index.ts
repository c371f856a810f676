export {
  PERSON_REF_MAX_LENGTH,
  PERSON_REF_MIN_LENGTH,
  isPersonRef,
  newPersonRef,
  parsePersonRef,
  personRefSchema,
} from "./person-ref.js";
export type { PersonRef, PersonRefError, PersonRefErrorCode, PersonRefResult } from "./person-ref.js";
