import { personRefSchema } from "@lac/person-ref";
import * as z from "zod";
import { customIssue } from "./problem.js";
import { agreementMethodSchema } from "./agreement-method.js";
import { agreedCategorySchema } from "./information-categories.js";
import { consentLanguageSchema } from "./language.js";
import { purposeIdSchema } from "./purposes.js";
import { NO_RECIPIENT_MESSAGE, recipientKey, recipientSchema } from "./recipient.js";
import { documentRefSchema, recordIdSchema } from "./record-id.js";
import { staffSchema } from "./staff.js";
import { isBefore, timestampSchema } from "./timestamp.js";
import { reportDuplicates } from "./unique.js";

/** How to write the languages of the notice given, for a value that is not such a list. */
const NOTICE_LANGUAGES_MESSAGE = 'Give a list: ["cy"], ["en"] or ["cy", "en"], or leave languages out.';

/** What the person was told when they agreed: the id and version of the consent statement or privacy notice. */
export const noticeSchema = /* @__PURE__ */ z.strictObject({
  id: documentRefSchema,
  version: z
    .string()
    .regex(/^[0-9A-Za-z][0-9A-Za-z.-]{0,19}$/, {
      message:
        'Give the version of the notice the person was shown, such as "3" or "2025.1": up to 20 letters, digits, "." or "-", never free text.',
    })
    .regex(/[0-9]/, { message: 'A notice version has at least one digit, such as "3" or "v2".' }),
  /**
   * The language or languages of the notice the person was given: `["cy"]`, `["en"]`, or `["cy", "en"]` for a
   * bilingual notice or one given in both. Optional: older records do not have it.
   */
  languages: z
    .array(consentLanguageSchema, { message: NOTICE_LANGUAGES_MESSAGE })
    .min(1, { message: NOTICE_LANGUAGES_MESSAGE })
    .superRefine((languages, ctx) => reportDuplicates(ctx, "", languages, String, "language"))
    .optional(),
});

export type Notice = z.infer<typeof noticeSchema>;

/**
 * The person's agreement to share: with whom (organisation and role), what (categories of information),
 * why (purposes), how it was given, when, who recorded it, and until when it holds.
 *
 * It is the agreement kept for the relationship and the duty of confidence, not a lawful basis.
 * There is no field for notes: keep them in the case file. The record is never changed; a withdrawal is a new record.
 */
export const agreementSchema = z
  .strictObject({
    type: z.literal("agreement"),
    id: recordIdSchema,
    person: personRefSchema,
    recipients: z.array(recipientSchema).min(1, { message: NO_RECIPIENT_MESSAGE }),
    categories: z
      .array(agreedCategorySchema)
      .min(1, { message: 'List at least one category of information, or "all-ordinary".' }),
    purposes: z.array(purposeIdSchema).min(1, { message: "List at least one purpose." }),
    method: agreementMethodSchema,
    notice: noticeSchema,
    /**
     * The language the person chose for correspondence, which the council writes to them in from then on: "cy"
     * (Welsh) or "en" (English). Optional: older records do not have it.
     */
    correspondenceLanguage: consentLanguageSchema.optional(),
    givenAt: timestampSchema,
    reviewBy: timestampSchema.optional(),
    expiresAt: timestampSchema.optional(),
    recordedAt: timestampSchema,
    recordedBy: staffSchema,
  })
  .superRefine((agreement, ctx) => {
    if (agreement.reviewBy === undefined && agreement.expiresAt === undefined) {
      customIssue(
        ctx,
        ["reviewBy"],
        "Give a review date (reviewBy) or an expiry date (expiresAt), so that the agreement is looked at again with the person.",
      );
    }
    if (agreement.expiresAt !== undefined && !isBefore(agreement.givenAt, agreement.expiresAt)) {
      customIssue(
        ctx,
        ["expiresAt"],
        `expiresAt (${agreement.expiresAt}) must be after givenAt (${agreement.givenAt}).`,
      );
    }
    if (agreement.reviewBy !== undefined && !isBefore(agreement.givenAt, agreement.reviewBy)) {
      customIssue(
        ctx,
        ["reviewBy"],
        `reviewBy (${agreement.reviewBy}) must be after givenAt (${agreement.givenAt}).`,
      );
    }
    if (isBefore(agreement.recordedAt, agreement.givenAt)) {
      customIssue(
        ctx,
        ["recordedAt"],
        `recordedAt (${agreement.recordedAt}) is before givenAt (${agreement.givenAt}): an agreement is recorded after it is given.`,
      );
    }
    if ((agreement.recordedBy.id as string) === (agreement.person as string)) {
      customIssue(
        ctx,
        ["recordedBy", "id"],
        "recordedBy is the member of staff who recorded the agreement, not the person.",
      );
    }
    reportDuplicates(ctx, "recipients", agreement.recipients, recipientKey, "recipient");
    reportDuplicates(ctx, "categories", agreement.categories, String, "category");
    reportDuplicates(ctx, "purposes", agreement.purposes, String, "purpose");
  });

export type AgreementRecord = z.infer<typeof agreementSchema>;
