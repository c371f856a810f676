import { personRefSchema } from "@lac/person-ref";
import * as z from "zod";
import { customIssue } from "./problem.js";
import { agreedCategorySchema } from "./information-categories.js";
import { purposeIdSchema } from "./purposes.js";
import { recipientKey, recipientSchema } from "./recipient.js";
import { documentRefSchema, recordIdSchema } from "./record-id.js";
import { staffSchema } from "./staff.js";
import { isBefore, timestampSchema } from "./timestamp.js";
import { reportDuplicates } from "./unique.js";

/**
 * What is withdrawn: the whole agreement, or part of it. A partial withdrawal removes every recipient,
 * category and purpose it lists from the agreement; sharing that involves any of them is denied from then on.
 */
export const withdrawalScopeSchema = /* @__PURE__ */ z.discriminatedUnion(
  "kind",
  [
    z.strictObject({ kind: z.literal("whole-agreement") }),
    z
      .strictObject({
        kind: z.literal("part"),
        recipients: z.array(recipientSchema).optional(),
        categories: z.array(agreedCategorySchema).optional(),
        purposes: z.array(purposeIdSchema).optional(),
      })
      .superRefine((scope, ctx) => {
        const count =
          (scope.recipients?.length ?? 0) + (scope.categories?.length ?? 0) + (scope.purposes?.length ?? 0);
        if (count === 0) {
          customIssue(
            ctx,
            [],
            'A partial withdrawal lists at least one recipient, category or purpose. To withdraw everything, use { kind: "whole-agreement" }.',
          );
        }
        reportDuplicates(ctx, "recipients", scope.recipients ?? [], recipientKey, "recipient");
      }),
  ],
  { message: 'Say what is withdrawn: { kind: "whole-agreement" } or { kind: "part", ... }.' },
);

export type WithdrawalScope = z.infer<typeof withdrawalScopeSchema>;

/**
 * The person withdrew all or part of an agreement. It takes effect at `withdrawnAt`, the moment the person
 * withdrew: from then on, nothing it covers is shared on the strength of that agreement.
 */
export const withdrawalSchema = z
  .strictObject({
    type: z.literal("withdrawal"),
    id: recordIdSchema,
    agreementId: recordIdSchema,
    person: personRefSchema,
    scope: withdrawalScopeSchema,
    withdrawnAt: timestampSchema,
    evidenceRef: documentRefSchema.optional(),
    recordedAt: timestampSchema,
    recordedBy: staffSchema,
  })
  .superRefine((withdrawal, ctx) => {
    if (isBefore(withdrawal.recordedAt, withdrawal.withdrawnAt)) {
      customIssue(
        ctx,
        ["recordedAt"],
        `recordedAt (${withdrawal.recordedAt}) is before withdrawnAt (${withdrawal.withdrawnAt}): a withdrawal is recorded after the person withdraws.`,
      );
    }
    if ((withdrawal.recordedBy.id as string) === (withdrawal.person as string)) {
      customIssue(
        ctx,
        ["recordedBy", "id"],
        "recordedBy is the member of staff who recorded the withdrawal, not the person.",
      );
    }
  });

export type WithdrawalRecord = z.infer<typeof withdrawalSchema>;
