import { personRefSchema } from "@lac/person-ref";
import * as z from "zod";
import { informationCategoryIdSchema } from "./information-categories.js";
import { purposeIdSchema } from "./purposes.js";
import { recipientSchema } from "./recipient.js";
import { reportDuplicates } from "./unique.js";

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
    reportDuplicates(ctx, "categories", request.categories, String, "category");
  });

export type SharingRequest = z.infer<typeof sharingRequestSchema>;
