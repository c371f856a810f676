import { describe, expect, it } from "vitest";
import {
  auditEntriesOfKind,
  type AuditTrail,
  emptyAuditTrail,
  recordDecision,
  toAuditEntry,
} from "./audit.js";
import { decideSharing, type SharingDecision } from "./decide-sharing.js";
import { agreement, exception, GP, request } from "./test-support/fixtures.js";

const AT = "2025-05-11T10:00:00+01:00";
const permitted = decideSharing(request(), [agreement()], AT);
const excepted = decideSharing(
  request({ recipient: GP, categories: ["health"], purpose: "safeguarding" }),
  [exception()],
  AT,
);
const denied = decideSharing(request({ purpose: "introduction" }), [agreement()], AT);
const invalid = decideSharing({ person: "Jane Smith" } as never, [], AT);

function add(trail: AuditTrail, decision: SharingDecision): AuditTrail {
  const result = recordDecision(trail, decision);
  if (!result.ok) throw new Error(result.errors.map((error) => error.message).join(" "));
  return result.trail;
}

describe("the audit trail", () => {
  it("keeps sharing on agreement, sharing on a recorded exception and denials apart", () => {
    expect(toAuditEntry(permitted)).toMatchObject({
      kind: "agreement",
      agreementId: "AGR-1",
      at: AT,
      purpose: "advocating-for",
    });
    expect(toAuditEntry(excepted)).toMatchObject({
      kind: "exception",
      exceptionId: "EXC-1",
      grounds: "safeguarding-individual-at-risk",
      exceptionReason: "asking-would-prejudice-protection",
      conditionReliedOn: { article6: "e", article9: "g", schedule1: { part: 2, paragraph: 18 } },
      decisionMaker: { id: "STF-0007" },
      personTold: { told: false, why: "would-increase-risk-of-harm" },
    });
    expect(toAuditEntry(denied)).toMatchObject({
      kind: "deny",
      reason: "purpose-out-of-scope",
      recordId: "AGR-1",
    });
    const invalidEntry = toAuditEntry(invalid);
    expect(invalidEntry).toMatchObject({ kind: "deny", reason: "invalid-request" });
    expect(invalidEntry).not.toHaveProperty("person");
  });

  it("returns problems, never throws, for a trail or decision of the wrong shape", () => {
    const noDecision = recordDecision(emptyAuditTrail(), {} as never);
    expect(noDecision).toMatchObject({
      ok: false,
      errors: [{ code: "invalid-decision", path: "decision.decision" }],
    });
    expect(recordDecision(null as never, permitted)).toMatchObject({
      ok: false,
      errors: [{ code: "invalid-trail", path: "trail" }],
    });
    expect(recordDecision(emptyAuditTrail(), { ...permitted, request: { person: "x" } } as never).ok).toBe(
      false,
    );
    expect(recordDecision(emptyAuditTrail(), null as never).ok).toBe(false);
  });

  it("is append-only and frozen", () => {
    const empty = emptyAuditTrail();
    const one = add(empty, permitted);
    const three = add(add(one, excepted), denied);
    expect(empty.entries).toHaveLength(0);
    expect(one.entries).toHaveLength(1);
    expect(three.entries.map((entry) => entry.kind)).toEqual(["agreement", "exception", "deny"]);
    expect(Object.isFrozen(three)).toBe(true);
    expect(Object.isFrozen(three.entries)).toBe(true);
    expect(Object.isFrozen(three.entries[1])).toBe(true);
    expect(() => {
      (three.entries as unknown[]).pop();
    }).toThrow(TypeError);
  });

  it("does not freeze or share the decision it was given", () => {
    const decision = decideSharing(request(), [agreement()], AT);
    toAuditEntry(decision);
    expect(Object.isFrozen(decision.request)).toBe(false);
  });

  it("lists the entries of one kind, such as every exception for review", () => {
    const trail = [permitted, excepted, denied, excepted].reduce(add, emptyAuditTrail());
    const exceptions = auditEntriesOfKind(trail, "exception");
    expect(exceptions).toHaveLength(2);
    expect(exceptions[0]?.exceptionId).toBe("EXC-1");
    expect(auditEntriesOfKind(trail, "deny")).toHaveLength(1);
  });
});

describe("a mistake from plain JavaScript", () => {
  it("toAuditEntry says it needs the decision decideSharing returned", () => {
    expect(() => toAuditEntry(undefined as never)).toThrow(TypeError);
    expect(() => toAuditEntry(undefined as never)).toThrow(
      /toAuditEntry's decision \(the decision decideSharing returned\) needs an object, not undefined/,
    );
    expect(() => toAuditEntry({} as never)).toThrow(TypeError);
    expect(() => toAuditEntry({} as never)).toThrow(
      /toAuditEntry: decision\.decision must be "permit" or "deny"\. Pass the decision returned by decideSharing, unchanged\./,
    );
  });

  it("auditEntriesOfKind says it needs a trail and one of the three kinds", () => {
    expect(() => auditEntriesOfKind(undefined as never, "deny")).toThrow(TypeError);
    expect(() => auditEntriesOfKind(undefined as never, "deny")).toThrow(
      /auditEntriesOfKind's trail \(start from emptyAuditTrail\(\) and use the trail each recordDecision returns\) needs an object, not undefined/,
    );
    expect(() => auditEntriesOfKind({} as never, "deny")).toThrow(/auditEntriesOfKind's trail\.entries/);
    expect(() => auditEntriesOfKind(emptyAuditTrail(), "exceptions" as never)).toThrow(TypeError);
    expect(() => auditEntriesOfKind(emptyAuditTrail(), "exceptions" as never)).toThrow(
      /auditEntriesOfKind's kind must be "agreement", "exception" or "deny", not "exceptions"/,
    );
  });
});
