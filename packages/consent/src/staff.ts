import * as z from "zod";
import { jobTitleSchema } from "./recipient.js";
import { recordIdSchema } from "./record-id.js";

/**
 * A member of staff who recorded something or made a decision: their staff id and job role,
 * such as `{ id: "STF-0042", role: "Local Area Coordinator" }`. Never the person supported.
 */
export const staffSchema = /* @__PURE__ */ z.strictObject({
  id: recordIdSchema,
  /** A job title only, such as "Local Area Coordinator": no names, brackets or possessives. */
  role: jobTitleSchema,
});

export type Staff = z.infer<typeof staffSchema>;
