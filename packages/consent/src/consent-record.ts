import * as z from "zod";
import { agreementSchema } from "./agreement.js";
import { sharingExceptionSchema } from "./exception.js";
import { personToldRecordSchema } from "./person-told.js";
import { problemsFromZod, type Problem } from "./problem.js";
import { withdrawalSchema } from "./withdrawal.js";

/** Any record in the consent log: an agreement, a withdrawal, a recorded exception, or a later "person told". */
export const consentRecordSchema = /* @__PURE__ */ z.discriminatedUnion(
  "type",
  [agreementSchema, withdrawalSchema, sharingExceptionSchema, personToldRecordSchema],
  { message: 'A record\'s type is "agreement", "withdrawal", "exception" or "person-told".' },
);

export type ConsentRecord = z.infer<typeof consentRecordSchema>;

export type ParseConsentRecordResult =
  | { readonly ok: true; readonly record: ConsentRecord }
  | { readonly ok: false; readonly errors: readonly Problem[] };

/** Checks any value (for example parsed JSON) and returns a typed record, or the problems with their paths. */
export function parseConsentRecord(value: unknown): ParseConsentRecordResult {
  const parsed = consentRecordSchema.safeParse(value);
  if (parsed.success) return { ok: true, record: parsed.data };
  return { ok: false, errors: problemsFromZod(parsed.error) };
}
