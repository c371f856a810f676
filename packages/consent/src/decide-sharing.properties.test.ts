import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { AgreementRecord } from "./agreement.js";
import type { ConsentRecord } from "./consent-record.js";
import { parseConsentRecord } from "./consent-record.js";
import { decideSharing, type SharingDecision } from "./decide-sharing.js";
import type { SharingRequest } from "./sharing-request.js";
import type { SharingException } from "./exception.js";
import {
  ALL_ORDINARY,
  coversCategory,
  INFORMATION_CATEGORY_IDS,
  isSpecialCategory,
  needsExplicitNaming,
  type AgreedCategory,
} from "./information-categories.js";
import { sameRecipient } from "./recipient.js";
import {
  agreementArb,
  randomRequestArb,
  RECIPIENT_POOL,
  scenarioArb,
  timestampArb,
  type Scenario,
} from "./test-support/arbitraries.js";
import { COORDINATOR, HOUSING } from "./test-support/fixtures.js";
import { toInstant } from "./timestamp.js";

// 600 generated scenarios per property: each scenario holds many records, so this file already takes
// about a minute of CPU time. `pnpm fuzz` runs far more (FUZZ_RUNS) when the decision rules change.
const RUNS = { numRuns: Number(process.env.FUZZ_RUNS ?? 600) };

/*
 * An independent reference, written plainly from the rules in the README, without the package's helpers:
 * only the request's person's records count, and only those recorded by `at`; an agreement permits if it is given,
 * not expired, names the recipient (ignoring capitals and spaces) and the purpose, covers every category (special
 * and criminal offence ones only by name, ordinary ones also by "all-ordinary"), and no withdrawal in effect hits
 * the share. A withdrawal in effect (withdrawnAt <= at) hits: the agreement it names (whole: everything; part: any
 * listed recipient, purpose or category), and any agreement given at or before withdrawnAt (part: the same; whole:
 * shares within the named agreement's recipients AND purposes AND at least one of its categories).
 */
const NAMED_ONLY = new Set([
  "racial-or-ethnic-origin",
  "political-opinions",
  "religious-or-philosophical-beliefs",
  "trade-union-membership",
  "genetic",
  "biometric",
  "health",
  "sex-life-or-sexual-orientation",
  "criminal-offence",
]);
type AnyRecipient = { organisation?: string; role?: string; relationship?: string };
const squash = (text: string | undefined) => (text ?? "").trim().replace(/\s+/g, " ").toLowerCase();
function sameWho(a: AnyRecipient, b: AnyRecipient): boolean {
  if (a.relationship !== undefined || b.relationship !== undefined) return a.relationship === b.relationship;
  return squash(a.organisation) === squash(b.organisation) && squash(a.role) === squash(b.role);
}
function listCovers(list: readonly string[], category: string): boolean {
  return list.includes(category) || (!NAMED_ONLY.has(category) && list.includes("all-ordinary"));
}
function visible(records: readonly ConsentRecord[], request: SharingRequest, at: string): ConsentRecord[] {
  return records.filter((r) => r.person === request.person && Date.parse(r.recordedAt) <= Date.parse(at));
}
function partHits(
  scope: {
    recipients?: readonly AnyRecipient[];
    categories?: readonly string[];
    purposes?: readonly string[];
  },
  request: SharingRequest,
): boolean {
  return (
    (scope.recipients ?? []).some((r) => sameWho(r, request.recipient)) ||
    (scope.purposes ?? []).includes(request.purpose) ||
    request.categories.some(
      (c) =>
        (scope.categories ?? []).includes(c) ||
        (!NAMED_ONLY.has(c) && (scope.categories ?? []).includes("all-ordinary")),
    )
  );
}
function referenceAgreementPermits(
  agreement: AgreementRecord,
  request: SharingRequest,
  records: readonly ConsentRecord[],
  at: string,
): boolean {
  const t = Date.parse(at);
  const mine = visible(records, request, at);
  if (!mine.some((r) => r.id === agreement.id)) return false;
  if (Date.parse(agreement.givenAt) > t) return false;
  if (agreement.expiresAt !== undefined && Date.parse(agreement.expiresAt) <= t) return false;
  if (!agreement.recipients.some((r) => sameWho(r, request.recipient))) return false;
  if (!agreement.purposes.includes(request.purpose)) return false;
  if (!request.categories.every((c) => listCovers(agreement.categories, c))) return false;
  for (const w of mine) {
    if (w.type !== "withdrawal" || Date.parse(w.withdrawnAt) > t) continue;
    if (w.agreementId === agreement.id) {
      if (w.scope.kind === "whole-agreement" || partHits(w.scope, request)) return false;
      continue;
    }
    if (Date.parse(agreement.givenAt) > Date.parse(w.withdrawnAt)) continue;
    if (w.scope.kind === "part") {
      if (partHits(w.scope, request)) return false;
      continue;
    }
    const named = mine.find((r): r is AgreementRecord => r.type === "agreement" && r.id === w.agreementId);
    if (
      named !== undefined &&
      named.recipients.some((r) => sameWho(r, request.recipient)) &&
      named.purposes.includes(request.purpose) &&
      request.categories.some((c) => listCovers(named.categories, c))
    ) {
      return false;
    }
  }
  return true;
}
function referenceDecision(
  request: SharingRequest,
  records: readonly ConsentRecord[],
  at: string,
): "agreement" | "exception" | "deny" {
  const t = Date.parse(at);
  const mine = visible(records, request, at);
  const agreed = mine.some(
    (r) => r.type === "agreement" && referenceAgreementPermits(r, request, records, at),
  );
  if (agreed) return "agreement";
  const excepted = mine.some(
    (r) =>
      r.type === "exception" &&
      Date.parse(r.decidedAt) <= t &&
      t < Date.parse(r.validUntil) &&
      r.recipients.some((x) => sameWho(x, request.recipient)) &&
      r.purposes.includes(request.purpose) &&
      request.categories.every((c) => r.categories.includes(c)),
  );
  return excepted ? "exception" : "deny";
}
function kindOf(decision: SharingDecision): "agreement" | "exception" | "deny" {
  return decision.decision === "deny" ? "deny" : decision.basis;
}

function decide(scenario: Scenario, records: readonly ConsentRecord[] = scenario.records): SharingDecision {
  return decideSharing(scenario.request, records, scenario.at);
}

function reliedOn(decision: SharingDecision, records: readonly ConsentRecord[]): AgreementRecord | undefined {
  if (decision.decision !== "permit" || decision.basis !== "agreement") return undefined;
  return records.find(
    (record): record is AgreementRecord => record.id === decision.recordId && record.type === "agreement",
  );
}

describe("the scenario generator", () => {
  it("produces a healthy mix of permits and denies, so that the properties are not vacuous", () => {
    const counts = { agreement: 0, exception: 0, deny: 0 };
    const reasons = new Set<string>();
    for (const scenario of fc.sample(scenarioArb, { numRuns: 3000, seed: 42 })) {
      const decision = decide(scenario);
      if (decision.decision === "deny") {
        counts.deny += 1;
        reasons.add(decision.reason);
      } else counts[decision.basis] += 1;
    }
    expect(counts.agreement).toBeGreaterThan(450);
    expect(counts.exception).toBeGreaterThan(100);
    expect(counts.deny).toBeGreaterThan(1200);
    for (const reason of [
      "no-agreement",
      "purpose-out-of-scope",
      "category-out-of-scope",
      "special-category-not-named",
      "criminal-offence-not-named",
      "expired",
      "withdrawn",
    ]) {
      expect(reasons).toContain(reason);
    }
  });
});

describe("the generated records", () => {
  it("are valid, and cover several withdrawals, exceptions, person-told records, overlaps and odd times", () => {
    const seen = {
      withdrawalsPerAgreement: new Set<number>(),
      grounds: new Set<string>(),
      reasons: new Set<string>(),
      told: 0,
      overlaps: 0,
      precise: 0,
      exceptions: new Set<number>(),
    };
    for (const scenario of fc.sample(scenarioArb, { numRuns: 1500, seed: 7 })) {
      for (const record of scenario.records) expect(parseConsentRecord(record).ok, record.id).toBe(true);
      for (const agreement of scenario.agreements) {
        seen.withdrawalsPerAgreement.add(
          scenario.records.filter((r) => r.type === "withdrawal" && r.agreementId === agreement.id).length,
        );
      }
      const exceptions = scenario.records.filter((r) => r.type === "exception");
      seen.exceptions.add(exceptions.length);
      for (const each of exceptions) {
        seen.grounds.add(each.grounds);
        seen.reasons.add(each.reason);
      }
      seen.told += scenario.records.filter((r) => r.type === "person-told").length;
      const withHousing = scenario.agreements.filter(
        (a) => a.person === scenario.request.person && a.recipients.some((r) => sameWho(r, HOUSING)),
      );
      if (withHousing.length > 1) seen.overlaps += 1;
      if (/:\d\d\.\d{3}/.test(scenario.at) || /T\d\d:(?!00:00)/.test(scenario.at)) seen.precise += 1;
    }
    expect([...seen.withdrawalsPerAgreement].sort()).toEqual([0, 1, 2, 3]);
    expect([...seen.exceptions].sort()).toEqual([0, 1, 2, 3]);
    expect(seen.grounds.size).toBe(4);
    expect(seen.reasons.size).toBe(4);
    expect(seen.told).toBeGreaterThan(50);
    expect(seen.overlaps).toBeGreaterThan(100);
    expect(seen.precise).toBeGreaterThan(300);
  });
});

describe("decideSharing against an independent reference", () => {
  it("permits on an agreement, on an exception, or denies, exactly as the reference does", () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        expect(kindOf(decide(scenario))).toBe(
          referenceDecision(scenario.request, scenario.records, scenario.at),
        );
      }),
      RUNS,
    );
  });

  it("after a withdrawal of a recipient, denies every request to that recipient on earlier agreements", () => {
    fc.assert(
      fc.property(
        scenarioArb,
        fc.integer({ min: 0, max: 2000 }),
        fc.integer({ min: 0, max: 3 * 3_600_000 }),
        fc.integer({ min: 0, max: 2000 * 3_600_000 }),
        (scenario, hours, recordedAfter, later) => {
          const { request } = scenario;
          const target = scenario.agreements.find(
            (a) => a.person === request.person && a.recipients.some((r) => sameWho(r, request.recipient)),
          );
          if (target === undefined) return;
          const withdrawnAt = new Date(
            Math.max(Date.parse(target.recordedAt), Date.parse("2025-01-01T00:00:00Z") + hours * 3_600_000),
          ).toISOString();
          const recordedAt = new Date(Date.parse(withdrawnAt) + recordedAfter).toISOString();
          const stop: ConsentRecord = {
            type: "withdrawal",
            id: "WDR-900",
            agreementId: target.id,
            person: request.person,
            scope: { kind: "part", recipients: [request.recipient] },
            withdrawnAt,
            recordedAt,
            recordedBy: COORDINATOR,
          };
          const at = new Date(Date.parse(recordedAt) + later).toISOString();
          const decision = decideSharing(request, [...scenario.records, stop], at);
          if (decision.decision === "permit" && decision.basis === "agreement") {
            // Only an agreement given after the withdrawal can permit again.
            const relied = reliedOn(decision, scenario.records);
            expect(relied).toBeDefined();
            expect(Date.parse(relied?.givenAt ?? "")).toBeGreaterThan(Date.parse(withdrawnAt));
          }
          if (decision.decision === "deny" && decision.recordId !== undefined) {
            expect([
              "withdrawn",
              "expired",
              "purpose-out-of-scope",
              "category-out-of-scope",
              "special-category-not-named",
              "criminal-offence-not-named",
            ]).toContain(decision.reason);
          }
        },
      ),
      RUNS,
    );
  });

  it("can be replayed: records recorded after the moment make no difference", () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        const known = scenario.records.filter((r) => Date.parse(r.recordedAt) <= Date.parse(scenario.at));
        expect(decide(scenario, known)).toEqual(decide(scenario));
      }),
      RUNS,
    );
  });
});

describe("decideSharing properties", () => {
  it("never permits on an agreement after it has been withdrawn", () => {
    fc.assert(
      fc.property(scenarioArb, fc.boolean(), (scenario, atTheMoment) => {
        const decision = decide(scenario);
        const agreement = reliedOn(decision, scenario.records);
        if (agreement !== undefined) {
          expect(referenceAgreementPermits(agreement, scenario.request, scenario.records, scenario.at)).toBe(
            true,
          );
        }
        // Withdraw every agreement in full, at the moment of the decision or earlier: no agreement may permit.
        const withdrawals: ConsentRecord[] = scenario.agreements
          .filter((each) => toInstant(each.givenAt) <= toInstant(scenario.at))
          .map((each) => ({
            type: "withdrawal",
            id: `WDR-9${each.id.replace(/\D/g, "")}`,
            agreementId: each.id,
            person: each.person,
            scope: { kind: "whole-agreement" },
            withdrawnAt: atTheMoment ? scenario.at : each.givenAt,
            recordedAt: scenario.at,
            recordedBy: COORDINATOR,
          }));
        const after = decide(scenario, [...scenario.records, ...withdrawals]);
        expect(after.decision === "permit" && after.basis === "agreement").toBe(false);
      }),
      RUNS,
    );
  });

  it("never permits outside the scope of the agreement or exception relied on", () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        const decision = decide(scenario);
        const { request, at } = scenario;
        if (decision.decision !== "permit") return;
        if (decision.basis === "agreement") {
          const agreement = reliedOn(decision, scenario.records);
          expect(agreement).toBeDefined();
          if (agreement === undefined) return;
          expect(agreement.person).toBe(request.person);
          expect(agreement.recipients.some((recipient) => sameRecipient(recipient, request.recipient))).toBe(
            true,
          );
          expect(agreement.purposes).toContain(request.purpose);
          for (const id of request.categories) expect(coversCategory(agreement.categories, id)).toBe(true);
          expect(toInstant(agreement.givenAt)).toBeLessThanOrEqual(toInstant(at));
        } else {
          const exception = scenario.records.find(
            (record): record is SharingException =>
              record.id === decision.exceptionId && record.type === "exception",
          );
          expect(exception).toBeDefined();
          if (exception === undefined) return;
          expect(exception.person).toBe(request.person);
          expect(exception.recipients.some((recipient) => sameRecipient(recipient, request.recipient))).toBe(
            true,
          );
          expect(exception.purposes).toContain(request.purpose);
          for (const id of request.categories) expect(exception.categories).toContain(id);
          expect(toInstant(exception.decidedAt)).toBeLessThanOrEqual(toInstant(at));
          expect(toInstant(at)).toBeLessThan(toInstant(exception.validUntil));
        }
      }),
      RUNS,
    );
  });

  it("never permits on an agreement at or after its expiry", () => {
    fc.assert(
      fc.property(
        scenarioArb,
        fc.boolean(),
        fc.integer({ min: 0, max: 200 }),
        (scenario, atTheMoment, later) => {
          const agreement = reliedOn(decide(scenario), scenario.records);
          if (agreement?.expiresAt !== undefined) {
            expect(toInstant(scenario.at)).toBeLessThan(toInstant(agreement.expiresAt));
          }
          // Asked again at or after each agreement's expiry, that agreement is never relied on.
          for (const each of scenario.agreements) {
            if (each.expiresAt === undefined) continue;
            const moment = new Date(toInstant(each.expiresAt) + later * 3_600_000).toISOString();
            const afterExpiry = decideSharing(
              scenario.request,
              scenario.records,
              atTheMoment ? each.expiresAt : moment,
            );
            expect(
              afterExpiry.decision === "permit" &&
                afterExpiry.basis === "agreement" &&
                afterExpiry.recordId === each.id,
            ).toBe(false);
          }
          // Make every agreement given before the decision expire at (or before) that moment: none of them is relied on.
          const changed = new Set<string>();
          const expired = scenario.records.map((record) => {
            if (record.type !== "agreement" || toInstant(record.givenAt) >= toInstant(scenario.at))
              return record;
            changed.add(record.id);
            const halfway = new Date(
              (toInstant(record.givenAt) + toInstant(scenario.at)) / 2 + 1,
            ).toISOString();
            return { ...record, expiresAt: atTheMoment ? scenario.at : halfway, reviewBy: undefined };
          });
          const after = decide(scenario, expired);
          expect(
            after.decision === "permit" && after.basis === "agreement" && changed.has(after.recordId),
          ).toBe(false);
        },
      ),
      RUNS,
    );
  });

  it("never permits special category information on a general agreement", () => {
    const special = INFORMATION_CATEGORY_IDS.filter((id) => needsExplicitNaming(id));
    fc.assert(
      fc.property(scenarioArb, fc.constantFrom(...special), (scenario, extra) => {
        const agreement = reliedOn(decide(scenario), scenario.records);
        if (agreement !== undefined) {
          for (const id of scenario.request.categories.filter((each) => needsExplicitNaming(each))) {
            expect(agreement.categories).toContain(id);
          }
        }
        // Turn every agreement into a general one ("all-ordinary" and no named special categories) and ask for
        // special category (or criminal offence) information as well: no agreement may permit.
        const general = scenario.records.map((record) =>
          record.type === "agreement"
            ? {
                ...record,
                categories: [
                  ALL_ORDINARY,
                  ...record.categories.filter((id) => id !== ALL_ORDINARY && !needsExplicitNaming(id)),
                ] as AgreedCategory[],
              }
            : record,
        );
        const categories = scenario.request.categories.includes(extra)
          ? scenario.request.categories
          : [...scenario.request.categories, extra];
        const after = decideSharing({ ...scenario.request, categories }, general, scenario.at);
        expect(after.decision === "permit" && after.basis === "agreement").toBe(false);
        if (after.decision === "deny" && after.recordId !== undefined && isSpecialCategory(extra)) {
          expect([
            "special-category-not-named",
            "purpose-out-of-scope",
            "withdrawn",
            "expired",
            "not-yet-given",
          ]).toContain(after.reason);
        }
      }),
      RUNS,
    );
  });

  it("gives the same decision after an agreement for another recipient is added", () => {
    fc.assert(
      fc.property(scenarioArb, agreementArb(99), (scenario, extra) => {
        const others = RECIPIENT_POOL.filter(
          (recipient) => !sameRecipient(recipient, scenario.request.recipient),
        );
        const added: ConsentRecord[] = [
          { ...extra.agreement, person: scenario.request.person, recipients: others },
          // A partial withdrawal of a category or purpose would rightly reach this recipient's agreements too,
          // so the added agreement is only ever withdrawn in full (which touches only its own recipients).
          // It is the same person's, and at most one whole withdrawal: the log refuses anything else.
          ...extra.withdrawals.slice(0, 1).map((withdrawal) => ({
            ...withdrawal,
            person: scenario.request.person,
            scope: { kind: "whole-agreement" as const },
          })),
        ];
        expect(decide(scenario, [...scenario.records, ...added])).toEqual(decide(scenario));
      }),
      RUNS,
    );
  });

  it("does not depend on the order in which records were stored", () => {
    fc.assert(
      fc.property(
        scenarioArb.chain((scenario) =>
          fc
            .shuffledSubarray([...scenario.records], {
              minLength: scenario.records.length,
              maxLength: scenario.records.length,
            })
            .map((shuffled) => ({ scenario, shuffled })),
        ),
        ({ scenario, shuffled }) => {
          expect(decide(scenario, shuffled)).toEqual(decide(scenario));
          expect(decide(scenario, [...scenario.records].reverse())).toEqual(decide(scenario));
        },
      ),
      RUNS,
    );
  });

  it("never throws, whatever it is given, and denies what it cannot check", () => {
    const junkRecords = fc.oneof(
      fc.anything(),
      fc.array(fc.anything(), { maxLength: 3 }),
      scenarioArb.chain((scenario) =>
        fc
          .tuple(fc.nat(), fc.string(), fc.anything())
          .map(([index, key, value]) =>
            scenario.records.map((record, position) =>
              position === index % Math.max(1, scenario.records.length)
                ? { ...record, [key]: value }
                : record,
            ),
          ),
      ),
    );
    fc.assert(
      fc.property(
        fc.oneof(fc.anything(), randomRequestArb),
        junkRecords,
        fc.oneof(fc.anything(), timestampArb(0, 2000)),
        (request, records, at) => {
          const decision = decideSharing(request as never, records as never, at as never);
          expect(["permit", "deny"]).toContain(decision.decision);
          expect(typeof decision.message).toBe("string");
          if (typeof at !== "string" || !Array.isArray(records)) expect(decision.decision).toBe("deny");
        },
      ),
      RUNS,
    );
  });

  it("denies when there are no records", () => {
    fc.assert(
      fc.property(randomRequestArb, timestampArb(0, 3000), (request, at) => {
        const decision = decideSharing(request, [], at);
        expect(decision).toMatchObject({ decision: "deny", reason: "no-agreement" });
      }),
      RUNS,
    );
  });
});
