import { describe, expect, it } from "vitest";
import { agreementStatusAt } from "./agreement-status.js";
import { appendRecord, emptyConsentLog } from "./consent-log.js";
import { decideSharing } from "./decide-sharing.js";
import { exportFhirR5Consent } from "./export-fhir-r5.js";
import { exportIso27560Record } from "./export-iso-27560.js";
import { agreement, HOUSING, PERSON } from "./test-support/fixtures.js";

const AT = "2025-05-11T10:00:00+01:00";
const given = agreement();
const added = appendRecord(emptyConsentLog(), given);
if (!added.ok) throw new Error("the fixture agreement was not recorded");
const log = added.log;
const LOG_MESSAGE =
  "records: This is a consent log, not its records: pass log.records, the array of the log's records.";
const MISSING_MESSAGE =
  "records: Give the records as an array of consent records, such as log.records of the log appendRecord returns.";

describe("records given as something other than an array", () => {
  it("agreementStatusAt says to pass log.records when given the log itself", () => {
    expect(agreementStatusAt(given, log, AT)).toEqual({
      ok: false,
      errors: [{ code: "invalid-value", path: "records", message: LOG_MESSAGE }],
    });
    expect(agreementStatusAt(given, log.records, AT).ok).toBe(true);
  });

  it("the exports say to pass log.records when given the log itself", () => {
    for (const result of [
      exportIso27560Record(given, log as never, AT, {} as never),
      exportFhirR5Consent(given, log as never, AT, {} as never),
    ]) {
      expect(result.ok).toBe(false);
      if (!result.ok)
        expect(result.errors).toContainEqual({
          code: "invalid-value",
          path: "records",
          message: LOG_MESSAGE,
        });
    }
  });

  it("decideSharing says what to pass when the records are left out", () => {
    const decision = decideSharing(
      { person: PERSON, recipient: HOUSING, categories: ["contact-details"], purpose: "advocating-for" },
      undefined as never,
      AT,
    );
    expect(decision).toMatchObject({
      decision: "deny",
      reason: "invalid-records",
      problems: [{ path: "records", message: MISSING_MESSAGE }],
    });
  });
});
