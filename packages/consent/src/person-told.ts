import { personRefSchema } from "@lac/person-ref";
import * as z from "zod";
import { recordIdSchema } from "./record-id.js";
import { staffSchema } from "./staff.js";
import { isBefore, timestampSchema } from "./timestamp.js";

/**
 * The person was told, later, about a decision to share without their agreement.
 * It completes an exception recorded with `personTold: { told: false, ... }`; the exception itself is never changed.
 */
export const personToldRecordSchema = z
  .strictObject({
    type: z.literal("person-told"),
    id: recordIdSchema,
    exceptionId: recordIdSchema,
    person: personRefSchema,
    toldAt: timestampSchema,
    recordedAt: timestampSchema,
    recordedBy: staffSchema,
  })
  .superRefine((record, ctx) => {
    if (isBefore(record.recordedAt, record.toldAt)) {
      ctx.addIssue({
        code: "custom",
        path: ["recordedAt"],
        message: `recordedAt (${record.recordedAt}) is before toldAt (${record.toldAt}).`,
      });
    }
    if ((record.recordedBy.id as string) === (record.person as string)) {
      ctx.addIssue({
        code: "custom",
        path: ["recordedBy", "id"],
        message: "recordedBy is the member of staff who recorded this, not the person.",
      });
    }
  });

export type PersonToldRecord = z.infer<typeof personToldRecordSchema>;
