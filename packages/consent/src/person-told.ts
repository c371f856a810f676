import { personRefSchema } from "@lac/person-ref";
import * as z from "zod";
import { customIssue } from "./problem.js";
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
      customIssue(
        ctx,
        ["recordedAt"],
        `recordedAt (${record.recordedAt}) is before toldAt (${record.toldAt}).`,
      );
    }
    if ((record.recordedBy.id as string) === (record.person as string)) {
      customIssue(
        ctx,
        ["recordedBy", "id"],
        "recordedBy is the member of staff who recorded this, not the person.",
      );
    }
  });

export type PersonToldRecord = z.infer<typeof personToldRecordSchema>;
