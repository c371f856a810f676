import fc from "fast-check";
import type { AgreementRecord } from "../agreement.js";
import type { AgreementMethod } from "../agreement-method.js";
import type { ConsentRecord } from "../consent-record.js";
import { CONSENT_LANGUAGES, type ConsentLanguage } from "../language.js";
import type { LegalCondition } from "../lawful-basis.js";
import type { SharingException } from "../exception.js";
import {
  ALL_ORDINARY,
  expandAgreedCategories,
  INFORMATION_CATEGORY_IDS,
  isSpecialCategory,
  type AgreedCategory,
  type InformationCategoryId,
} from "../information-categories.js";
import type { PurposeId } from "../purposes.js";
import type { Recipient } from "../recipient.js";
import type { SharingRequest } from "../sharing-request.js";
import type { PersonToldRecord } from "../person-told.js";
import type { WithdrawalRecord } from "../withdrawal.js";
import { COORDINATOR, FOOD_BANK, GP, HOUSING, MANAGER, OTHER_PERSON, PERSON } from "./fixtures.js";

/** Times are hours after this instant plus minutes, seconds and milliseconds, written with one of several offsets. */
const T0 = Date.parse("2025-01-01T00:00:00Z");
const HOUR = 3_600_000;
const OFFSETS = [0, 0, 60, -300, 330] as const;

export function timestampAt(hours: number, offsetMinutes: number, zulu = false, extraMs = 0): string {
  const instant = new Date(T0 + hours * HOUR + extraMs + offsetMinutes * 60_000).toISOString();
  const local = instant.slice(0, extraMs % 1000 === 0 ? 19 : 23);
  if (offsetMinutes === 0) return `${local}${zulu ? "Z" : "+00:00"}`;
  const sign = offsetMinutes < 0 ? "-" : "+";
  const abs = Math.abs(offsetMinutes);
  const hh = String(Math.floor(abs / 60)).padStart(2, "0");
  const mm = String(abs % 60).padStart(2, "0");
  return `${local}${sign}${hh}:${mm}`;
}

/** Within an hour: often on the hour, otherwise any minute, second and millisecond. */
const withinHourArb = fc.oneof(fc.constant(0), fc.integer({ min: 0, max: HOUR - 1 }));

export const timestampArb = (minHours: number, maxHours: number): fc.Arbitrary<string> =>
  fc
    .tuple(
      fc.integer({ min: minHours, max: maxHours }),
      fc.constantFrom(...OFFSETS),
      fc.boolean(),
      withinHourArb,
    )
    .map(([hours, offset, zulu, ms]) => timestampAt(hours, offset, zulu, ms));

export const FAMILY: Recipient = { relationship: "family-member" };
export const RECIPIENT_POOL: readonly Recipient[] = [HOUSING, GP, FOOD_BANK, FAMILY];
export const PURPOSE_POOL: readonly PurposeId[] = [
  "advocating-for",
  "introduction",
  "accessing-a-service",
  "safeguarding",
];
const AGREED_POOL: readonly AgreedCategory[] = [...INFORMATION_CATEGORY_IDS, ALL_ORDINARY];

const methodArb: fc.Arbitrary<AgreementMethod> = fc.constantFrom<AgreementMethod>(
  { kind: "verbal", evidenceRef: "NOTE-1" },
  { kind: "written", evidenceRef: "FORM-1" },
  { kind: "accessible-format", format: "easy-read", evidenceRef: "EASY-1" },
  { kind: "via-representative", relationship: "lasting-power-of-attorney", evidenceRef: "LPA-1" },
);

/** The same recipient as written by someone else: other capitals, extra spaces. */
function respell(recipient: Recipient): Recipient {
  if ("relationship" in recipient) return recipient;
  return { organisation: `  ${recipient.organisation.toUpperCase()} `, role: recipient.role.toLowerCase() };
}

interface AgreementWithWithdrawals {
  readonly agreement: AgreementRecord;
  readonly withdrawals: readonly WithdrawalRecord[];
}

const scopePartArb = (agreement: AgreementRecord) =>
  fc
    .record({
      recipients: fc.subarray([...agreement.recipients]),
      categories: fc.subarray([...agreement.categories]),
      purposes: fc.subarray([...agreement.purposes]),
    })
    .filter((part) => part.recipients.length + part.categories.length + part.purposes.length > 0)
    .map((part) => ({
      kind: "part" as const,
      ...(part.recipients.length > 0 ? { recipients: part.recipients } : {}),
      ...(part.categories.length > 0 ? { categories: part.categories } : {}),
      ...(part.purposes.length > 0 ? { purposes: part.purposes } : {}),
    }));

/**
 * An agreement with random scope and dates, and 0 to 3 withdrawals (partial ones, and at most one whole one,
 * last). Recipients are drawn from a small pool, so agreements for the same recipient often overlap.
 */
export function agreementArb(index: number): fc.Arbitrary<AgreementWithWithdrawals> {
  return fc
    .record({
      person: fc.oneof(
        { weight: 6, arbitrary: fc.constant(PERSON) },
        { weight: 1, arbitrary: fc.constant(OTHER_PERSON) },
      ),
      recipients: fc.oneof(
        fc.subarray([...RECIPIENT_POOL], { minLength: 1 }),
        fc.constant<Recipient[]>([HOUSING]),
      ),
      categories: fc.oneof(
        fc.subarray([...AGREED_POOL], { minLength: 1, maxLength: 5 }),
        fc
          .subarray([...AGREED_POOL], { minLength: 1, maxLength: 3 })
          .map((list) => [...new Set([ALL_ORDINARY, ...list])] as AgreedCategory[]),
      ),
      purposes: fc.subarray([...PURPOSE_POOL], { minLength: 1 }),
      givenHours: fc.integer({ min: 0, max: 1000 }),
      givenMs: withinHourArb,
      givenOffset: fc.constantFrom(...OFFSETS),
      recordedAfterMs: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 3 * HOUR })),
      expiresAfter: fc.option(fc.integer({ min: 1, max: 1500 }), { nil: undefined }),
      reviewAfter: fc.option(fc.integer({ min: 1, max: 1500 }), { nil: undefined }),
      method: methodArb,
      withdrawals: fc.array(
        fc.record({
          whole: fc.boolean(),
          afterHours: fc.integer({ min: 0, max: 1500 }),
          ms: withinHourArb,
          recordedAfterMs: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 60 * HOUR })),
          offset: fc.constantFrom(...OFFSETS),
        }),
        { maxLength: 3 },
      ),
    })
    .chain((draft): fc.Arbitrary<AgreementWithWithdrawals> => {
      const givenAt = timestampAt(draft.givenHours, draft.givenOffset, false, draft.givenMs);
      const reviewAfter = draft.reviewAfter ?? (draft.expiresAfter === undefined ? 500 : undefined);
      const agreement: AgreementRecord = {
        type: "agreement",
        id: `AGR-${index}`,
        person: draft.person,
        recipients: draft.recipients,
        categories: draft.categories,
        purposes: draft.purposes,
        method: draft.method,
        notice: { id: "NTC-0003", version: "3" },
        givenAt,
        ...(reviewAfter === undefined ? {} : { reviewBy: timestampAt(draft.givenHours + reviewAfter, 0) }),
        ...(draft.expiresAfter === undefined
          ? {}
          : { expiresAt: timestampAt(draft.givenHours + draft.expiresAfter, 60) }),
        recordedAt: timestampAt(draft.givenHours, 0, true, draft.givenMs + draft.recordedAfterMs),
        recordedBy: COORDINATOR,
      };
      // At most one whole withdrawal, and only as the last one.
      const plans = [...draft.withdrawals].sort((a, b) => a.afterHours - b.afterHours);
      const firstWhole = plans.findIndex((plan) => plan.whole);
      const kept = firstWhole === -1 ? plans : plans.slice(0, firstWhole + 1);
      if (kept.length === 0) return fc.constant({ agreement, withdrawals: [] as WithdrawalRecord[] });
      return fc.tuple(...kept.map(() => scopePartArb(agreement))).map((parts) => {
        // A consent log refuses a withdrawal recorded after a whole withdrawal of the same agreement, or
        // before the agreement itself was recorded, so the withdrawals are recorded after the agreement, in
        // the order they were made, the whole one (if any) last.
        let lastRecorded = draft.givenHours * HOUR + draft.givenMs + draft.recordedAfterMs;
        return {
          agreement,
          withdrawals: kept.map((plan, k): WithdrawalRecord => {
            const hours = draft.givenHours + plan.afterHours;
            const ms = plan.afterHours === 0 ? Math.max(plan.ms, draft.givenMs) : plan.ms;
            const recordedMs = Math.max(ms + plan.recordedAfterMs, lastRecorded + 1 - hours * HOUR);
            lastRecorded = hours * HOUR + recordedMs;
            return {
              type: "withdrawal",
              id: `WDR-${index}-${k}`,
              agreementId: agreement.id,
              person: draft.person,
              scope: plan.whole ? { kind: "whole-agreement" } : (parts[k] ?? { kind: "whole-agreement" }),
              withdrawnAt: timestampAt(hours, plan.offset, false, ms),
              recordedAt: timestampAt(hours, 0, true, recordedMs),
              recordedBy: COORDINATOR,
            };
          }),
        };
      });
    });
}

/** The languages an agreement may record: the person's choice for correspondence, and the notice's languages. */
export interface Languages {
  readonly correspondenceLanguage?: ConsentLanguage;
  readonly noticeLanguages?: readonly ConsentLanguage[];
}

/** Either, both or neither of the languages, the notice's in any order. */
export const languagesArb: fc.Arbitrary<Languages> = fc
  .record({
    correspondenceLanguage: fc.option(fc.constantFrom(...CONSENT_LANGUAGES), { nil: undefined }),
    noticeLanguages: fc.option(fc.shuffledSubarray([...CONSENT_LANGUAGES], { minLength: 1 }), {
      nil: undefined,
    }),
  })
  .map((draft) => ({
    ...(draft.correspondenceLanguage === undefined
      ? {}
      : { correspondenceLanguage: draft.correspondenceLanguage }),
    ...(draft.noticeLanguages === undefined ? {} : { noticeLanguages: draft.noticeLanguages }),
  }));

/** The agreement with these languages recorded (and none other than these). */
export function withLanguages(agreement: AgreementRecord, languages: Languages): AgreementRecord {
  const { correspondenceLanguage: _old, notice, ...rest } = agreement;
  const { languages: _oldNotice, ...noticeRest } = notice;
  return {
    ...rest,
    ...(languages.correspondenceLanguage === undefined
      ? {}
      : { correspondenceLanguage: languages.correspondenceLanguage }),
    notice: {
      ...noticeRest,
      ...(languages.noticeLanguages === undefined ? {} : { languages: [...languages.noticeLanguages] }),
    },
  };
}

type Grounds = SharingException["grounds"];
type Reason = SharingException["reason"];

/** A valid combination of grounds, reason and legal condition for the categories, with varied grounds. */
export function conditionFor(
  grounds: Grounds,
  categories: readonly InformationCategoryId[],
): { reason: Reason; condition: LegalCondition; apd: boolean } {
  const special = categories.some((id) => isSpecialCategory(id));
  const criminal = categories.includes("criminal-offence");
  switch (grounds) {
    case "safeguarding-individual-at-risk":
      return special
        ? {
            reason: "person-cannot-agree",
            condition: { article6: "e", article9: "g", schedule1: { part: 2, paragraph: 18 } },
            apd: true,
          }
        : {
            reason: "asking-would-prejudice-protection",
            condition: { article6: "e", ...(criminal ? { schedule1: { part: 2, paragraph: 10 } } : {}) },
            apd: false,
          };
    case "vital-interests":
      return {
        reason: "person-cannot-agree",
        condition: {
          article6: "d",
          ...(special ? { article9: "c" } : {}),
          ...(criminal ? { schedule1: { part: 2, paragraph: 10 } } : {}),
        },
        apd: false,
      };
    case "legal-obligation":
      return special
        ? {
            reason: "required-by-law",
            condition: { article6: "c", article9: "g", schedule1: { part: 2, paragraph: 6 } },
            apd: true,
          }
        : {
            reason: "required-by-law",
            condition: { article6: "c", ...(criminal ? { schedule1: { part: 2, paragraph: 10 } } : {}) },
            apd: false,
          };
    case "prevention-of-crime":
      return {
        reason: "agreement-cannot-reasonably-be-obtained",
        condition: {
          article6: "e",
          ...(special ? { article9: "g" } : {}),
          ...(special || criminal ? { schedule1: { part: 2, paragraph: 10 } } : {}),
        },
        apd: false,
      };
  }
}

export interface ExceptionWithTold {
  readonly exception: SharingException;
  readonly told: readonly PersonToldRecord[];
}

/** A recorded exception with varied grounds and reasons, and sometimes a later "person told" record. */
export function exceptionArb(index: number): fc.Arbitrary<ExceptionWithTold> {
  return fc
    .record({
      person: fc.oneof(
        { weight: 6, arbitrary: fc.constant(PERSON) },
        { weight: 1, arbitrary: fc.constant(OTHER_PERSON) },
      ),
      grounds: fc.constantFrom<Grounds>(
        "safeguarding-individual-at-risk",
        "vital-interests",
        "legal-obligation",
        "prevention-of-crime",
      ),
      recipients: fc.subarray([...RECIPIENT_POOL], { minLength: 1 }),
      categories: fc.subarray([...INFORMATION_CATEGORY_IDS], { minLength: 1, maxLength: 6 }),
      purposes: fc.subarray([...PURPOSE_POOL], { minLength: 1 }),
      decidedHours: fc.integer({ min: 0, max: 2000 }),
      decidedMs: withinHourArb,
      validFor: fc.integer({ min: 1, max: 500 }),
      told: fc.constantFrom("at-once", "later", "not-told"),
      toldAfter: fc.integer({ min: 0, max: 300 }),
    })
    .map((draft) => {
      const { reason, condition, apd } = conditionFor(draft.grounds, draft.categories);
      const decidedAt = timestampAt(draft.decidedHours, -300, false, draft.decidedMs);
      const exception: SharingException = {
        type: "exception",
        id: `EXC-${index}`,
        person: draft.person,
        grounds: draft.grounds,
        reason,
        ...(index % 2 === 0
          ? { noCaseFileRef: "case-file-to-follow" as const }
          : { caseFileRef: `CASE-${index}` }),
        decisionMaker: MANAGER,
        publicAuthority: true,
        conditionReliedOn: condition,
        ...(apd ? { appropriatePolicyDocumentRef: "APD-0001" } : {}),
        recipients: draft.recipients,
        categories: draft.categories,
        purposes: draft.purposes,
        decidedAt,
        validUntil: timestampAt(draft.decidedHours + draft.validFor, 0),
        personTold:
          draft.told === "at-once"
            ? { told: true, at: decidedAt }
            : { told: false, why: "would-increase-risk-of-harm" },
        recordedAt: timestampAt(draft.decidedHours + 1, 0, false, draft.decidedMs),
        recordedBy: COORDINATOR,
      };
      const told: PersonToldRecord[] =
        draft.told === "later"
          ? [
              {
                type: "person-told",
                id: `TOLD-${index}`,
                exceptionId: exception.id,
                person: draft.person,
                toldAt: timestampAt(draft.decidedHours + 1 + draft.toldAfter, 0),
                recordedAt: timestampAt(draft.decidedHours + 2 + draft.toldAfter, 0),
                recordedBy: COORDINATOR,
              },
            ]
          : [];
      return { exception, told };
    });
}

export const randomRequestArb: fc.Arbitrary<SharingRequest> = fc.record({
  person: fc.oneof(
    { weight: 6, arbitrary: fc.constant(PERSON) },
    { weight: 1, arbitrary: fc.constant(OTHER_PERSON) },
  ),
  recipient: fc.constantFrom(...RECIPIENT_POOL),
  categories: fc.subarray([...INFORMATION_CATEGORY_IDS], { minLength: 1, maxLength: 4 }),
  purpose: fc.constantFrom(...PURPOSE_POOL),
});

/** A request drawn from an agreement's scope, so that permits really happen; sometimes with one extra category. */
function requestFromArb(agreement: AgreementRecord): fc.Arbitrary<SharingRequest> {
  const covered = expandAgreedCategories(agreement.categories);
  return fc
    .record({
      recipient: fc.constantFrom(...agreement.recipients),
      respelt: fc.boolean(),
      categories: fc.subarray(covered, { minLength: 1, maxLength: Math.min(4, covered.length) }),
      extra: fc.oneof(
        { weight: 4, arbitrary: fc.constant(undefined) },
        { weight: 1, arbitrary: fc.constantFrom(...INFORMATION_CATEGORY_IDS) },
      ),
      purpose: fc.constantFrom(...agreement.purposes),
    })
    .map((draft) => ({
      person: agreement.person,
      recipient: draft.respelt ? respell(draft.recipient) : draft.recipient,
      categories:
        draft.extra === undefined || draft.categories.includes(draft.extra)
          ? draft.categories
          : [...draft.categories, draft.extra],
      purpose: draft.purpose,
    }));
}

function requestFromExceptionArb(exception: SharingException): fc.Arbitrary<SharingRequest> {
  return fc.record({
    person: fc.constant(exception.person),
    recipient: fc.constantFrom(...exception.recipients),
    categories: fc.subarray([...exception.categories], { minLength: 1 }),
    purpose: fc.constantFrom(...exception.purposes),
  });
}

export interface Scenario {
  readonly records: readonly ConsentRecord[];
  readonly agreements: readonly AgreementRecord[];
  readonly request: SharingRequest;
  readonly at: string;
}

/** Records, a request and a moment: the request is often drawn from a stored agreement, and `at` from its life. */
export const scenarioArb: fc.Arbitrary<Scenario> = fc
  .tuple(
    fc
      .integer({ min: 0, max: 4 })
      .chain((count): fc.Arbitrary<AgreementWithWithdrawals[]> =>
        count === 0
          ? fc.constant([])
          : fc.tuple(...Array.from({ length: count }, (_, index) => agreementArb(index + 1))),
      ),
    fc
      .integer({ min: 0, max: 3 })
      .chain((count): fc.Arbitrary<ExceptionWithTold[]> =>
        count === 0
          ? fc.constant([])
          : fc.tuple(...Array.from({ length: count }, (_, index) => exceptionArb(index + 1))),
      ),
  )
  .chain(([drafts, exceptionDrafts]) => {
    const agreements = drafts.map((draft) => draft.agreement);
    const records: ConsentRecord[] = [
      ...drafts.flatMap((draft) => [draft.agreement, ...draft.withdrawals]),
      ...exceptionDrafts.flatMap((draft) => [draft.exception, ...draft.told]),
    ];
    const exception = exceptionDrafts[0]?.exception;
    const sources: fc.Arbitrary<{ request: SharingRequest; hours: fc.Arbitrary<number> }>[] = [
      randomRequestArb.map((request) => ({ request, hours: fc.integer({ min: 0, max: 2600 }) })),
    ];
    for (const agreement of agreements) {
      const given = Math.round((Date.parse(agreement.givenAt) - T0) / HOUR);
      const end =
        agreement.expiresAt === undefined
          ? given + 1600
          : Math.round((Date.parse(agreement.expiresAt) - T0) / HOUR);
      sources.push(
        requestFromArb(agreement).map((request) => ({
          request,
          hours: fc.integer({ min: Math.max(0, given - 50), max: end + 50 }),
        })),
      );
    }
    if (exception !== undefined) {
      const decided = Math.round((Date.parse(exception.decidedAt) - T0) / HOUR);
      sources.push(
        requestFromExceptionArb(exception).map((request) => ({
          request,
          hours: fc.integer({ min: Math.max(0, decided - 20), max: decided + 520 }),
        })),
      );
    }
    return fc.oneof(...sources).chain(({ request, hours }) =>
      fc
        .tuple(hours, fc.constantFrom(...OFFSETS), fc.boolean(), withinHourArb)
        .map(([h, offset, zulu, ms]) => ({
          records,
          agreements,
          request,
          at: timestampAt(h, offset, zulu, ms),
        })),
    );
  });
