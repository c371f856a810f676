import { z } from "zod";
import { recordIdSchema } from "./record-id.js";

/**
 * A member of staff who recorded something or made a decision: their staff id and job role,
 * such as `{ id: "STAFF-0042", role: "Local Area Coordinator" }`. Never the person supported.
 */
export const staffSchema = z.strictObject({
  id: recordIdSchema,
  role: z
    .string()
    .trim()
    .min(1, { message: 'Give the job role, for example "Local Area Coordinator".' })
    .max(80, { message: "A job role has at most 80 characters." }),
});

export type Staff = z.infer<typeof staffSchema>;
