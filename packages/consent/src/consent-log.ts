import type { AgreementRecord } from "./agreement.js";
import { consentRecordSchema, type ConsentRecord } from "./consent-record.js";
import { deepFreeze } from "./deep-freeze.js";
import type { SharingException } from "./exception.js";
import { ALL_ORDINARY, coversCategory, describeCategory } from "./information-categories.js";
import type { PersonToldRecord } from "./person-told.js";
import { joinPath, problemsFromZod, type Problem } from "./problem.js";
import { describePurpose } from "./purposes.js";
import { describeRecipient, sameRecipient } from "./recipient.js";
import { isBefore, toInstant } from "./timestamp.js";
import type { WithdrawalRecord } from "./withdrawal.js";

declare const consentLogBrand: unique symbol;

/**
 * An append-only log of consent records. It is frozen: the only way to add to it is {@link appendRecord},
 * which checks the record and returns a new log. Nothing in it is ever changed or removed.
 */
export interface ConsentLog {
  readonly records: readonly ConsentRecord[];
  readonly [consentLogBrand]: true;
}

export type AppendResult =
  | {
      readonly ok: true;
      readonly log: ConsentLog;
      readonly record: ConsentRecord;
      /** Things to look at that do not block the record, such as a back-dated withdrawal. */
      readonly warnings: readonly Problem[];
    }
  | { readonly ok: false; readonly errors: readonly Problem[] };

/**
 * A withdrawal recorded more than this many hours after the person withdrew is flagged as back-dated (a warning,
 * not an error: the person's withdrawal is always recorded). Our own threshold.
 */
export const BACKDATED_WITHDRAWAL_WARNING_HOURS = 24;

/** Every log this module has made: its records have all passed {@link appendRecord}'s checks. */
const CHECKED_LOGS = new WeakSet<object>();

function makeLog(records: readonly ConsentRecord[]): ConsentLog {
  const log = Object.freeze({ records: Object.freeze([...records]) }) as ConsentLog;
  CHECKED_LOGS.add(log);
  return log;
}

/** True only for a log made by {@link emptyConsentLog}, {@link appendRecord} or {@link appendRecords}. */
export function isCheckedConsentLog(value: unknown): value is ConsentLog {
  return typeof value === "object" && value !== null && CHECKED_LOGS.has(value);
}

const APPEND_ORDER: Readonly<Record<ConsentRecord["type"], number>> = {
  agreement: 0,
  exception: 0,
  withdrawal: 1,
  "person-told": 1,
};

/**
 * Checks records given in any order with exactly the rules of {@link appendRecord}: agreements and exceptions are
 * appended first, then the withdrawals and "person told" records that name them, each group in the order it was
 * recorded (`recordedAt`, then id), so the result does not depend on the order of `records`. Error paths start
 * with `records[index]`, the index in `records` as given.
 * Used by `decideSharing`, so that no decision is taken on records the log would refuse.
 */
export function checkRecords(records: readonly ConsentRecord[]): AppendRecordsResult {
  const order = records
    .map((record, index) => ({ record, index }))
    .sort(
      (a, b) =>
        APPEND_ORDER[a.record.type] - APPEND_ORDER[b.record.type] ||
        toInstant(a.record.recordedAt) - toInstant(b.record.recordedAt) ||
        (a.record.id < b.record.id ? -1 : a.record.id > b.record.id ? 1 : a.index - b.index),
    );
  let current = EMPTY;
  const warnings: Problem[] = [];
  for (const { record, index } of order) {
    const result = appendRecord(current, record);
    if (!result.ok) {
      return {
        ok: false,
        errors: result.errors.map((error) => ({ ...error, path: joinPath(`records[${index}]`, error.path) })),
      };
    }
    current = result.log;
    warnings.push(
      ...result.warnings.map((warning) => ({
        ...warning,
        path: joinPath(`records[${index}]`, warning.path),
      })),
    );
  }
  return { ok: true, log: current, warnings };
}

const EMPTY = makeLog([]);

/** A log with no records. */
export function emptyConsentLog(): ConsentLog {
  return EMPTY;
}

function problem(code: string, path: string, message: string): Problem {
  return { code, path, message };
}

function checkWithdrawal(records: readonly ConsentRecord[], withdrawal: WithdrawalRecord): Problem[] {
  const target = records.find((record) => record.id === withdrawal.agreementId);
  if (target === undefined || target.type !== "agreement") {
    return [
      problem(
        target === undefined ? "unknown-agreement" : "not-an-agreement",
        "agreementId",
        target === undefined
          ? `There is no agreement "${withdrawal.agreementId}" in the log. Record the agreement first, or check the id.`
          : `"${withdrawal.agreementId}" is a ${target.type} record, not an agreement: only an agreement can be withdrawn.`,
      ),
    ];
  }
  const agreement: AgreementRecord = target;
  const problems: Problem[] = [];
  if (agreement.person !== withdrawal.person) {
    problems.push(
      problem(
        "person-mismatch",
        "person",
        `Agreement "${agreement.id}" is for ${agreement.person}, but this withdrawal is for ${withdrawal.person}.`,
      ),
    );
  }
  if (isBefore(withdrawal.withdrawnAt, agreement.givenAt)) {
    problems.push(
      problem(
        "withdrawn-before-given",
        "withdrawnAt",
        `withdrawnAt (${withdrawal.withdrawnAt}) is before the agreement was given (${agreement.givenAt}).`,
      ),
    );
  }
  const whole = records.find(
    (record): record is WithdrawalRecord =>
      record.type === "withdrawal" &&
      record.agreementId === agreement.id &&
      record.scope.kind === "whole-agreement",
  );
  if (whole !== undefined) {
    problems.push(
      problem(
        "already-withdrawn",
        "agreementId",
        `Agreement "${agreement.id}" was already withdrawn in full (record "${whole.id}", ${whole.withdrawnAt}). To share again, record a new agreement with the person.`,
      ),
    );
  }
  if (withdrawal.scope.kind === "part") {
    const { recipients = [], categories = [], purposes = [] } = withdrawal.scope;
    recipients.forEach((recipient, index) => {
      if (!agreement.recipients.some((agreed) => sameRecipient(agreed, recipient))) {
        problems.push(
          problem(
            "withdrawal-out-of-scope",
            `scope.recipients[${index}]`,
            `Agreement "${agreement.id}" does not name ${describeRecipient(recipient)}, so it cannot be withdrawn from it.`,
          ),
        );
      }
    });
    categories.forEach((category, index) => {
      const covered =
        category === ALL_ORDINARY
          ? agreement.categories.includes(ALL_ORDINARY)
          : coversCategory(agreement.categories, category);
      if (!covered) {
        problems.push(
          problem(
            "withdrawal-out-of-scope",
            `scope.categories[${index}]`,
            `Agreement "${agreement.id}" does not cover ${describeCategory(category).toLowerCase()}, so it cannot be withdrawn from it.`,
          ),
        );
      }
    });
    purposes.forEach((purpose, index) => {
      if (!agreement.purposes.includes(purpose)) {
        problems.push(
          problem(
            "withdrawal-out-of-scope",
            `scope.purposes[${index}]`,
            `Agreement "${agreement.id}" does not cover the purpose "${describePurpose(purpose)}", so it cannot be withdrawn from it.`,
          ),
        );
      }
    });
  }
  return problems;
}

function checkPersonTold(records: readonly ConsentRecord[], told: PersonToldRecord): Problem[] {
  const target = records.find((record) => record.id === told.exceptionId);
  if (target === undefined || target.type !== "exception") {
    return [
      problem(
        "unknown-exception",
        "exceptionId",
        `There is no recorded exception "${told.exceptionId}" in the log. Check the id.`,
      ),
    ];
  }
  const exception: SharingException = target;
  const problems: Problem[] = [];
  if (exception.person !== told.person) {
    problems.push(
      problem(
        "person-mismatch",
        "person",
        `Exception "${exception.id}" is about ${exception.person}, but this record is about ${told.person}.`,
      ),
    );
  }
  if (isBefore(told.toldAt, exception.decidedAt)) {
    problems.push(
      problem(
        "told-before-decision",
        "toldAt",
        `toldAt (${told.toldAt}) is before the decision was made (${exception.decidedAt}).`,
      ),
    );
  }
  if (exception.personTold.told) {
    problems.push(
      problem(
        "already-told",
        "exceptionId",
        `Exception "${exception.id}" already records that the person was told (${exception.personTold.at}).`,
      ),
    );
  }
  return problems;
}

function isConsentLog(value: unknown): value is ConsentLog {
  return (
    typeof value === "object" && value !== null && Array.isArray((value as { records?: unknown }).records)
  );
}

function backDated(withdrawal: WithdrawalRecord): Problem[] {
  const hours = (toInstant(withdrawal.recordedAt) - toInstant(withdrawal.withdrawnAt)) / 3_600_000;
  if (hours <= BACKDATED_WITHDRAWAL_WARNING_HOURS) return [];
  return [
    problem(
      "back-dated-withdrawal",
      "recordedAt",
      `This withdrawal is recorded at ${withdrawal.recordedAt}, more than ${BACKDATED_WITHDRAWAL_WARNING_HOURS} hours after the person withdrew (${withdrawal.withdrawnAt}). Decisions made before it was recorded could not know of it and are not changed: check what was shared between those times and tell the recipients.`,
    ),
  ];
}

/**
 * Checks a record and appends it, returning a new frozen log; the old log is unchanged.
 * Refused (as a value, never thrown): invalid records, a duplicate id, a withdrawal of an unknown agreement or of
 * one already withdrawn in full, a withdrawal before the agreement was given or outside its scope, and a
 * "person told" record for an unknown exception, or a `log` that is not a consent log. A withdrawal recorded more
 * than {@link BACKDATED_WITHDRAWAL_WARNING_HOURS} hours after the person withdrew is accepted with a
 * `back-dated-withdrawal` warning.
 */
export function appendRecord(log: ConsentLog, record: ConsentRecord): AppendResult {
  if (!isConsentLog(log)) {
    return {
      ok: false,
      errors: [
        problem(
          "invalid-log",
          "log",
          "log is not a consent log: start from emptyConsentLog() and use the log each appendRecord returns.",
        ),
      ],
    };
  }
  const parsed = consentRecordSchema.safeParse(record);
  if (!parsed.success) return { ok: false, errors: problemsFromZod(parsed.error) };
  const checked = parsed.data;
  if (log.records.some((existing) => existing.id === checked.id)) {
    return {
      ok: false,
      errors: [
        problem(
          "duplicate-id",
          "id",
          `A record with id "${checked.id}" is already in the log. Records are never replaced: give the new record its own id.`,
        ),
      ],
    };
  }
  const errors =
    checked.type === "withdrawal"
      ? checkWithdrawal(log.records, checked)
      : checked.type === "person-told"
        ? checkPersonTold(log.records, checked)
        : [];
  if (errors.length > 0) return { ok: false, errors };
  const frozen = deepFreeze(checked);
  const warnings = checked.type === "withdrawal" ? backDated(checked) : [];
  return { ok: true, log: makeLog([...log.records, frozen]), record: frozen, warnings };
}

export type AppendRecordsResult =
  | { readonly ok: true; readonly log: ConsentLog; readonly warnings: readonly Problem[] }
  | { readonly ok: false; readonly errors: readonly Problem[] };

/**
 * Appends records in order, for example when loading a log from storage. Stops at the first refused record;
 * error paths then start with `records[index]`. The log passed in is unchanged either way.
 */
export function appendRecords(log: ConsentLog, records: readonly ConsentRecord[]): AppendRecordsResult {
  if (!Array.isArray(records)) {
    return {
      ok: false,
      errors: [problem("invalid-records", "records", "records must be an array of consent records.")],
    };
  }
  let current = log;
  const warnings: Problem[] = [];
  for (const [index, record] of records.entries()) {
    const result = appendRecord(current, record);
    if (!result.ok) {
      return {
        ok: false,
        errors: result.errors.map((error) => ({ ...error, path: joinPath(`records[${index}]`, error.path) })),
      };
    }
    current = result.log;
    warnings.push(
      ...result.warnings.map((warning) => ({
        ...warning,
        path: joinPath(`records[${index}]`, warning.path),
      })),
    );
  }
  return { ok: true, log: current, warnings };
}
