// The purposes of @lac/consent as the agreement-to-share form splits them: those the person is asked to
// agree to, and those whose sharing does not depend on agreement, recorded as an exception with these
// grounds (ICO, "When is consent appropriate?": asking for consent to processing that would happen
// anyway is misleading and unfair).
import { PURPOSE_IDS, type PurposeId } from "@lac/consent";

/** The purposes recorded only as an exception, with the exception's grounds. */
export const EXCEPTION_ONLY_PURPOSES: Readonly<Partial<Record<PurposeId, string>>> = {
  "protecting-life": "vital-interests",
  "legal-duty": "legal-obligation",
  "preventing-crime": "prevention-of-crime",
};

/** The purposes the form asks the person to agree to, in @lac/consent's order. */
export const AGREED_PURPOSES: readonly PurposeId[] = PURPOSE_IDS.filter(
  (id) => EXCEPTION_ONLY_PURPOSES[id] === undefined,
);
