import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { AgreementRecord } from "./agreement.js";
import { statusOf, withdrawalOfShare } from "./agreement-status.js";
import type { ConsentRecord } from "./consent-record.js";
import { decideSharing, type SharingDecision } from "./decide-sharing.js";
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
import { COORDINATOR } from "./test-support/fixtures.js";
import { toInstant } from "./timestamp.js";

const RUNS = { numRuns: 2000 };

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

describe("decideSharing properties", () => {
  it("never permits on an agreement after it has been withdrawn", () => {
    fc.assert(
      fc.property(scenarioArb, fc.boolean(), (scenario, atTheMoment) => {
        const decision = decide(scenario);
        const agreement = reliedOn(decision, scenario.records);
        if (agreement !== undefined) {
          const status = statusOf(agreement, scenario.records, scenario.at);
          expect(status.wholeWithdrawal).toBeUndefined();
          expect(withdrawalOfShare(status, scenario.request)).toBeUndefined();
        }
        // Withdraw every agreement in full, at the moment of the decision or earlier: no agreement may permit.
        const withdrawals: ConsentRecord[] = scenario.agreements
          .filter((each) => toInstant(each.givenAt) <= toInstant(scenario.at))
          .map((each) => ({
            type: "withdrawal",
            id: `WDR-ALL-${each.id}`,
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
          ...extra.withdrawals.map((withdrawal) => ({
            ...withdrawal,
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
