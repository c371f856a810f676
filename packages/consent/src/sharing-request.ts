import { personRefSchema } from "@lac/person-ref";
import * as z from "zod";
import { customIssue } from "./problem.js";
import { informationCategoryIdSchema } from "./information-categories.js";
import { purposeIdSchema } from "./purposes.js";
import { recipientSchema } from "./recipient.js";
import { duplicateIndexes } from "./unique.js";

/**
 * A question: may this information about this person be shared with this recipient for this purpose?
 * Every category requested must be covered by one and the same agreement (or exception).
 */
export const sharingRequestSchema = z
  .strictObject({
    person: personRefSchema,
    recipient: recipientSchema,
    categories: z
      .array(informationCategoryIdSchema)
      .min(1, { message: "List the categories of information you want to share." }),
    purpose: purposeIdSchema,
  })
  .superRefine((request, ctx) => {
    for (const index of duplicateIndexes(request.categories, String)) {
      customIssue(ctx, ["categories", index], "This category is listed twice.");
    }
  });

export type SharingRequest = z.infer<typeof sharingRequestSchema>;
