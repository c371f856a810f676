import { agreementSchema, type AgreementRecord } from "./agreement.js";
import type { ConsentRecord } from "./consent-record.js";

/**
 * The valid agreement of that id among the person's records (unchecked values, such as a receipt's
 * `options.records`), or undefined when there is none.
 */
export function findAgreement(
  records: readonly unknown[] | undefined,
  id: string,
): AgreementRecord | undefined {
  const found = (records ?? []).find(
    (each: unknown) =>
      typeof each === "object" &&
      each !== null &&
      (each as Partial<ConsentRecord>).type === "agreement" &&
      (each as Partial<ConsentRecord>).id === id,
  );
  const agreement = found === undefined ? undefined : agreementSchema.safeParse(found);
  return agreement?.success === true ? agreement.data : undefined;
}
