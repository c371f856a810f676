import { personRefSchema } from "@lac/person-ref";
import * as z from "zod";
import { customIssue } from "./problem.js";
import { agreementMethodSchema } from "./agreement-method.js";
import { agreedCategorySchema } from "./information-categories.js";
import { consentLanguageSchema } from "./language.js";
import { purposeIdSchema } from "./purposes.js";
import { recipientKey, recipientSchema } from "./recipient.js";
import { documentRefSchema, recordIdSchema } from "./record-id.js";
import { staffSchema } from "./staff.js";
import { isBefore, timestampSchema } from "./timestamp.js";
import { duplicateIndexes } from "./unique.js";

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
    .array(consentLanguageSchema("The language of the notice given"), {
      error: (issue) =>
        issue.code === "invalid_type"
          ? 'Give the languages of the notice given as a list: ["cy"], ["en"], or ["cy", "en"] for a notice given in both.'
          : undefined,
    })
    .min(1, {
      message:
        'List the language of the notice given: ["cy"], ["en"], or ["cy", "en"] for a notice given in both; leave languages out if it was not recorded.',
    })
    .superRefine((languages, ctx) => {
      for (const index of duplicateIndexes(languages, String)) {
        customIssue(ctx, [index], "This language is listed twice.");
      }
    })
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
    recipients: z
      .array(recipientSchema)
      .min(1, { message: "Name at least one recipient (organisation and role)." }),
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
    correspondenceLanguage: consentLanguageSchema(
      "The language the person chose for correspondence",
    ).optional(),
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
    for (const index of duplicateIndexes(agreement.recipients, recipientKey)) {
      customIssue(ctx, ["recipients", index], "This recipient is listed twice.");
    }
    for (const index of duplicateIndexes(agreement.categories, String)) {
      customIssue(ctx, ["categories", index], "This category is listed twice.");
    }
    for (const index of duplicateIndexes(agreement.purposes, String)) {
      customIssue(ctx, ["purposes", index], "This purpose is listed twice.");
    }
  });

export type AgreementRecord = z.infer<typeof agreementSchema>;
