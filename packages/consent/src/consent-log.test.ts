import { describe, expect, it } from "vitest";
import {
  appendRecord,
  appendRecords,
  BACKDATED_WITHDRAWAL_WARNING_HOURS,
  emptyConsentLog,
  type ConsentLog,
} from "./consent-log.js";
import type { ConsentRecord } from "./consent-record.js";
import {
  agreement,
  exception,
  GP,
  HOUSING,
  OTHER_PERSON,
  personTold,
  withdrawal,
} from "./test-support/fixtures.js";

function logOf(...records: ConsentRecord[]): ConsentLog {
  const result = appendRecords(emptyConsentLog(), records);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.log;
}

function refusal(log: ConsentLog, record: ConsentRecord) {
  const result = appendRecord(log, record);
  expect(result.ok).toBe(false);
  return result.ok ? undefined : result.errors[0];
}

describe("the consent log", () => {
  it("appends a record and returns a new log, leaving the old one as it was", () => {
    const empty = emptyConsentLog();
    const result = appendRecord(empty, agreement());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.log.records).toHaveLength(1);
    expect(empty.records).toHaveLength(0);
    expect(result.record).toEqual(agreement());
  });

  it("is frozen, records and all: it can only grow through appendRecord", () => {
    const log = logOf(agreement());
    expect(Object.isFrozen(log)).toBe(true);
    expect(Object.isFrozen(log.records)).toBe(true);
    const [record] = log.records;
    expect(Object.isFrozen(record)).toBe(true);
    expect(() => {
      (log.records as ConsentRecord[]).push(agreement({ id: "AGR-9" }));
    }).toThrow(TypeError);
    expect(() => {
      if (record?.type === "agreement") (record.recipients as unknown[]).push(GP);
    }).toThrow(TypeError);
  });

  it("does not keep a reference to the caller's object", () => {
    const mine = agreement();
    const log = logOf(mine);
    mine.recipients.push(GP);
    expect(log.records[0]).toEqual(agreement());
  });

  it("refuses a duplicate id: records are never replaced", () => {
    const problem = refusal(logOf(agreement()), agreement({ purposes: ["introduction"] }));
    expect(problem).toMatchObject({ code: "duplicate-id", path: "id" });
  });

  it("refuses an invalid record, with the path of the field at fault", () => {
    const problem = refusal(
      emptyConsentLog(),
      agreement({ recipients: [{ organisation: "", role: "Tenancy officer" }] }),
    );
    expect(problem).toMatchObject({ code: "invalid-value", path: "recipients[0].organisation" });
    expect(problem?.message).toContain("Name the organisation");
  });

  it("refuses a withdrawal of an agreement it does not hold", () => {
    expect(refusal(emptyConsentLog(), withdrawal())).toMatchObject({
      code: "unknown-agreement",
      path: "agreementId",
    });
    const log = logOf(exception());
    expect(refusal(log, withdrawal({ agreementId: "EXC-1" }))).toMatchObject({ code: "not-an-agreement" });
  });

  it("refuses a withdrawal for another person, or before the agreement was given", () => {
    const log = logOf(agreement());
    expect(refusal(log, withdrawal({ person: OTHER_PERSON }))).toMatchObject({
      code: "person-mismatch",
      path: "person",
    });
    expect(
      refusal(
        log,
        withdrawal({ withdrawnAt: "2025-03-01T10:59:00+01:00", recordedAt: "2025-03-02T10:00:00Z" }),
      ),
    ).toMatchObject({ code: "withdrawn-before-given", path: "withdrawnAt" });
  });

  it("refuses a second withdrawal once the whole agreement is withdrawn", () => {
    const log = logOf(agreement(), withdrawal());
    const problem = refusal(
      log,
      withdrawal({ id: "WDR-2", scope: { kind: "part", purposes: ["advocating-for"] } }),
    );
    expect(problem).toMatchObject({ code: "already-withdrawn" });
    expect(problem?.message).toContain("record a new agreement");
  });

  it("refuses a partial withdrawal of something the agreement does not cover", () => {
    const log = logOf(agreement());
    const problem = refusal(
      log,
      withdrawal({
        scope: {
          kind: "part",
          recipients: [HOUSING, GP],
          categories: ["health"],
          purposes: ["introduction"],
        },
      }),
    );
    expect(problem).toMatchObject({ code: "withdrawal-out-of-scope", path: "scope.recipients[1]" });
    const all = appendRecord(log, withdrawal({ scope: { kind: "part", categories: ["all-ordinary"] } }));
    expect(all.ok).toBe(false);
    const partial = appendRecord(
      log,
      withdrawal({ scope: { kind: "part", categories: ["housing-situation"] } }),
    );
    expect(partial.ok).toBe(true);
  });

  it("checks a later person-told record against its exception", () => {
    expect(refusal(emptyConsentLog(), personTold())).toMatchObject({ code: "unknown-exception" });
    const log = logOf(exception());
    expect(appendRecord(log, personTold()).ok).toBe(true);
    expect(refusal(log, personTold({ toldAt: "2025-05-10T08:00:00+01:00" }))).toMatchObject({
      code: "told-before-decision",
    });
    expect(refusal(log, personTold({ person: OTHER_PERSON }))).toMatchObject({ code: "person-mismatch" });
    const told = logOf(
      exception({ id: "EXC-2", personTold: { told: true, at: "2025-05-10T09:10:00+01:00" } }),
    );
    expect(refusal(told, personTold({ exceptionId: "EXC-2" }))).toMatchObject({ code: "already-told" });
  });

  it("appends many records in order, and says which one was refused", () => {
    const result = appendRecords(emptyConsentLog(), [agreement(), withdrawal(), withdrawal()]);
    expect(result).toMatchObject({ ok: false, errors: [{ code: "duplicate-id", path: "records[2].id" }] });
    expect(appendRecords(emptyConsentLog(), [])).toMatchObject({ ok: true, log: { records: [] } });
  });
});

describe("the consent log with bad input and back-dated withdrawals", () => {
  it("returns problems, never throws, when the log is not a consent log", () => {
    expect(appendRecord(null as never, agreement())).toMatchObject({
      ok: false,
      errors: [{ code: "invalid-log", path: "log" }],
    });
    expect(appendRecord({} as never, agreement()).ok).toBe(false);
    expect(appendRecords(emptyConsentLog(), null as never)).toMatchObject({
      ok: false,
      errors: [{ code: "invalid-records", path: "records" }],
    });
  });

  it(`warns when a withdrawal is recorded more than ${BACKDATED_WITHDRAWAL_WARNING_HOURS} hours after the person withdrew`, () => {
    const log = logOf(agreement());
    const onTime = appendRecord(log, withdrawal());
    expect(onTime).toMatchObject({ ok: true, warnings: [] });
    const late = appendRecord(
      log,
      withdrawal({ withdrawnAt: "2025-04-01T10:00:00Z", recordedAt: "2025-06-01T10:00:00Z" }),
    );
    expect(late.ok).toBe(true);
    if (!late.ok) return;
    expect(late.warnings).toEqual([
      expect.objectContaining({
        code: "back-dated-withdrawal",
        path: "recordedAt",
        message: expect.stringContaining("not changed"),
      }),
    ]);
    const many = appendRecords(emptyConsentLog(), [
      agreement(),
      withdrawal({ withdrawnAt: "2025-04-01T10:00:00Z", recordedAt: "2025-06-01T10:00:00Z" }),
    ]);
    expect(many).toMatchObject({
      ok: true,
      warnings: [{ code: "back-dated-withdrawal", path: "records[1].recordedAt" }],
    });
  });
});
