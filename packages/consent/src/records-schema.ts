import * as z from "zod";
import { isCheckedConsentLog } from "./consent-log.js";
import { consentRecordSchema } from "./consent-record.js";

/**
 * A list of consent records, as `agreementStatusAt`, the exports and `decideSharing` check it. Passing something else
 * says what to pass: in particular a consent log, which only `decideSharing` and `decideLawfulSharing` take whole.
 */
export const consentRecordsSchema = /* @__PURE__ */ z.array(consentRecordSchema, {
  error: (issue) => {
    if (issue.code !== "invalid_type") return undefined;
    return isCheckedConsentLog(issue.input)
      ? "This is a consent log, not its records: pass log.records, the array of the log's records."
      : "Give the records as an array of consent records, such as log.records of the log appendRecord returns.";
  },
});
