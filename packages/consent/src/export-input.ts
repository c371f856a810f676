import type * as z from "zod";
import { agreementSchema, type AgreementRecord } from "./agreement.js";
import type { ConsentRecord } from "./consent-record.js";
import { problemsFromZod, type Problem } from "./problem.js";
import { consentRecordsSchema } from "./records-schema.js";
import { timestampSchema } from "./timestamp.js";

/** The checked inputs of an export: the agreement, the records, the moment and the export's options. */
export type ExportInput<Options> =
  | {
      readonly ok: true;
      readonly agreement: AgreementRecord;
      readonly records: readonly ConsentRecord[];
      readonly at: string;
      readonly options: Options;
    }
  | { readonly ok: false; readonly errors: readonly Problem[] };

/** Checks the inputs every export takes, reporting every problem with its path. */
export function parseExportInput<Options>(
  agreement: unknown,
  records: unknown,
  at: unknown,
  options: unknown,
  optionsSchema: z.ZodType<Options>,
): ExportInput<Options> {
  const parsedAgreement = agreementSchema.safeParse(agreement);
  const parsedRecords = consentRecordsSchema.safeParse(records);
  const parsedAt = timestampSchema.safeParse(at);
  const parsedOptions = optionsSchema.safeParse(options);
  if (!parsedAgreement.success || !parsedRecords.success || !parsedAt.success || !parsedOptions.success) {
    return {
      ok: false,
      errors: [
        ...(parsedAgreement.success ? [] : problemsFromZod(parsedAgreement.error, "agreement")),
        ...(parsedRecords.success ? [] : problemsFromZod(parsedRecords.error, "records")),
        ...(parsedAt.success ? [] : problemsFromZod(parsedAt.error, "at")),
        ...(parsedOptions.success ? [] : problemsFromZod(parsedOptions.error, "options")),
      ],
    };
  }
  return {
    ok: true,
    agreement: parsedAgreement.data,
    records: parsedRecords.data,
    at: parsedAt.data,
    options: parsedOptions.data,
  };
}
