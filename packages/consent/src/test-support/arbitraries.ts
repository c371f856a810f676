import fc from "fast-check";
import type { AgreementRecord } from "../agreement.js";
import type { AgreementMethod } from "../agreement-method.js";
import type { ConsentRecord } from "../consent-record.js";
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
import type { WithdrawalRecord } from "../withdrawal.js";
import { COORDINATOR, FOOD_BANK, GP, HOUSING, MANAGER, OTHER_PERSON, PERSON } from "./fixtures.js";

/** Times are whole hours after this instant, written with one of several offsets. */
const T0 = Date.parse("2025-01-01T00:00:00Z");
const HOUR = 3_600_000;
const OFFSETS = [0, 0, 60, -300, 330] as const;

export function timestampAt(hours: number, offsetMinutes: number, zulu = false): string {
  const local = new Date(T0 + hours * HOUR + offsetMinutes * 60_000).toISOString().slice(0, 19);
  if (offsetMinutes === 0) return `${local}${zulu ? "Z" : "+00:00"}`;
  const sign = offsetMinutes < 0 ? "-" : "+";
  const abs = Math.abs(offsetMinutes);
  const hh = String(Math.floor(abs / 60)).padStart(2, "0");
  const mm = String(abs % 60).padStart(2, "0");
  return `${local}${sign}${hh}:${mm}`;
}

export const timestampArb = (minHours: number, maxHours: number): fc.Arbitrary<string> =>
  fc
    .tuple(fc.integer({ min: minHours, max: maxHours }), fc.constantFrom(...OFFSETS), fc.boolean())
    .map(([hours, offset, zulu]) => timestampAt(hours, offset, zulu));

export const RECIPIENT_POOL: readonly Recipient[] = [HOUSING, GP, FOOD_BANK];
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
  return { organisation: `  ${recipient.organisation.toUpperCase()} `, role: recipient.role.toLowerCase() };
}

interface AgreementWithWithdrawals {
  readonly agreement: AgreementRecord;
  readonly withdrawals: readonly WithdrawalRecord[];
}

/** An agreement with random scope and dates, and sometimes a whole or partial withdrawal. */
export function agreementArb(index: number): fc.Arbitrary<AgreementWithWithdrawals> {
  return fc
    .record({
      person: fc.oneof(
        { weight: 6, arbitrary: fc.constant(PERSON) },
        { weight: 1, arbitrary: fc.constant(OTHER_PERSON) },
      ),
      recipients: fc.subarray([...RECIPIENT_POOL], { minLength: 1 }),
      categories: fc.oneof(
        fc.subarray([...AGREED_POOL], { minLength: 1, maxLength: 5 }),
        fc
          .subarray([...AGREED_POOL], { minLength: 1, maxLength: 3 })
          .map((list) => [...new Set([ALL_ORDINARY, ...list])] as AgreedCategory[]),
      ),
      purposes: fc.subarray([...PURPOSE_POOL], { minLength: 1 }),
      givenHours: fc.integer({ min: 0, max: 1000 }),
      givenOffset: fc.constantFrom(...OFFSETS),
      expiresAfter: fc.option(fc.integer({ min: 1, max: 1500 }), { nil: undefined }),
      reviewAfter: fc.option(fc.integer({ min: 1, max: 1500 }), { nil: undefined }),
      method: methodArb,
      withdrawal: fc.option(
        fc.record({
          whole: fc.boolean(),
          afterHours: fc.integer({ min: 0, max: 1500 }),
          offset: fc.constantFrom(...OFFSETS),
        }),
        { nil: undefined, freq: 2 },
      ),
    })
    .chain((draft): fc.Arbitrary<AgreementWithWithdrawals> => {
      const givenAt = timestampAt(draft.givenHours, draft.givenOffset);
      const reviewAfter = draft.reviewAfter ?? (draft.expiresAfter === undefined ? 500 : undefined);
      const agreement: AgreementRecord = {
        type: "agreement",
        id: `AGR-${index}`,
        person: draft.person,
        recipients: draft.recipients,
        categories: draft.categories,
        purposes: draft.purposes,
        method: draft.method,
        notice: { id: "NOTICE-LAC", version: "3" },
        givenAt,
        ...(reviewAfter === undefined ? {} : { reviewBy: timestampAt(draft.givenHours + reviewAfter, 0) }),
        ...(draft.expiresAfter === undefined
          ? {}
          : { expiresAt: timestampAt(draft.givenHours + draft.expiresAfter, 60) }),
        recordedAt: timestampAt(draft.givenHours + 1, 0),
        recordedBy: COORDINATOR,
      };
      const plan = draft.withdrawal;
      if (plan === undefined) return fc.constant({ agreement, withdrawals: [] as WithdrawalRecord[] });
      const withdrawnHours = draft.givenHours + plan.afterHours;
      const base = {
        type: "withdrawal" as const,
        id: `WDR-${index}`,
        agreementId: agreement.id,
        person: draft.person,
        withdrawnAt: timestampAt(withdrawnHours, plan.offset),
        recordedAt: timestampAt(withdrawnHours + 2, 0),
        recordedBy: COORDINATOR,
      };
      if (plan.whole) {
        return fc.constant({
          agreement,
          withdrawals: [{ ...base, scope: { kind: "whole-agreement" as const } }],
        });
      }
      return fc
        .record({
          recipients: fc.subarray(draft.recipients),
          categories: fc.subarray(draft.categories),
          purposes: fc.subarray(draft.purposes),
        })
        .filter((part) => part.recipients.length + part.categories.length + part.purposes.length > 0)
        .map((part) => ({
          agreement,
          withdrawals: [
            {
              ...base,
              scope: {
                kind: "part" as const,
                ...(part.recipients.length > 0 ? { recipients: part.recipients } : {}),
                ...(part.categories.length > 0 ? { categories: part.categories } : {}),
                ...(part.purposes.length > 0 ? { purposes: part.purposes } : {}),
              },
            },
          ],
        }));
    });
}

/** The legal condition an exception needs for its categories, so that generated exceptions are valid. */
export function conditionFor(categories: readonly InformationCategoryId[]): LegalCondition {
  if (categories.some((id) => isSpecialCategory(id))) {
    return { article6: "e", article9: "g", schedule1: { part: 2, paragraph: 18 } };
  }
  if (categories.includes("criminal-offence"))
    return { article6: "e", schedule1: { part: 2, paragraph: 10 } };
  return { article6: "e" };
}

export const exceptionArb: fc.Arbitrary<SharingException> = fc
  .record({
    person: fc.oneof(
      { weight: 6, arbitrary: fc.constant(PERSON) },
      { weight: 1, arbitrary: fc.constant(OTHER_PERSON) },
    ),
    recipients: fc.subarray([...RECIPIENT_POOL], { minLength: 1 }),
    categories: fc.subarray([...INFORMATION_CATEGORY_IDS], { minLength: 1, maxLength: 6 }),
    purposes: fc.subarray([...PURPOSE_POOL], { minLength: 1 }),
    decidedHours: fc.integer({ min: 0, max: 2000 }),
    validFor: fc.integer({ min: 1, max: 500 }),
    told: fc.boolean(),
  })
  .map((draft) => ({
    type: "exception" as const,
    id: "EXC-1",
    person: draft.person,
    grounds: "safeguarding-individual-at-risk" as const,
    reason: "person-cannot-agree" as const,
    decisionMaker: MANAGER,
    conditionReliedOn: conditionFor(draft.categories),
    recipients: draft.recipients,
    categories: draft.categories,
    purposes: draft.purposes,
    decidedAt: timestampAt(draft.decidedHours, -300),
    validUntil: timestampAt(draft.decidedHours + draft.validFor, 0),
    personTold: draft.told
      ? { told: true as const, at: timestampAt(draft.decidedHours, 0) }
      : { told: false as const, why: "would-increase-risk-of-harm" as const },
    recordedAt: timestampAt(draft.decidedHours + 1, 0),
    recordedBy: COORDINATOR,
  }));

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
    fc.option(exceptionArb, { nil: undefined, freq: 3 }),
  )
  .chain(([drafts, exception]) => {
    const agreements = drafts.map((draft) => draft.agreement);
    const records: ConsentRecord[] = [
      ...drafts.flatMap((draft) => [draft.agreement, ...draft.withdrawals]),
      ...(exception === undefined ? [] : [exception]),
    ];
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
    return fc
      .oneof(...sources)
      .chain(({ request, hours }) =>
        fc
          .tuple(hours, fc.constantFrom(...OFFSETS), fc.boolean())
          .map(([h, offset, zulu]) => ({ records, agreements, request, at: timestampAt(h, offset, zulu) })),
      );
  });
