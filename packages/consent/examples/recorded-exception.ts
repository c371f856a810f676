import assert from "node:assert/strict";
import { parsePersonRef } from "@lac/person-ref";
import { appendRecord, decideSharing, emptyAuditTrail, emptyConsentLog, recordDecision } from "@lac/consent";

const person = parsePersonRef("P-000123");
if (!person.ok) throw new Error(person.error.message);
const gp = { organisation: "Riverside Medical Practice", role: "Practice manager" };

// Sharing without agreement is only possible as a recorded decision: grounds, reason, decision-maker,
// the legal condition relied on, exactly what may be shared, until when, and whether the person was told.
const recorded = appendRecord(emptyConsentLog(), {
  type: "exception",
  id: "EXC-2025-0001",
  person: person.ref,
  grounds: "safeguarding-individual-at-risk",
  reason: "asking-would-prejudice-protection",
  caseFileRef: "CASE-2025-0099",
  decisionMaker: { id: "STF-0007", role: "Local Area Coordination Team Manager" },
  publicAuthority: true, // a council: 6(1)(ea) and 6(1)(f) are not open to it
  appropriatePolicyDocumentRef: "APD-0001", // Sch 1 Part 2 para 18 needs an appropriate policy document
  conditionReliedOn: { article6: "e", article9: "g", schedule1: { part: 2, paragraph: 18 } },
  recipients: [gp],
  categories: ["health"],
  purposes: ["safeguarding"],
  decidedAt: "2025-05-10T09:00:00+01:00",
  validUntil: "2025-05-17T09:00:00+01:00",
  personTold: { told: false, why: "would-increase-risk-of-harm" },
  recordedAt: "2025-05-10T09:30:00+01:00",
  recordedBy: { id: "STF-0042", role: "Local Area Coordinator" },
});
if (!recorded.ok) throw new Error(recorded.errors.map((problem) => problem.message).join("\n"));

const decision = decideSharing(
  { person: person.ref, recipient: gp, categories: ["health"], purpose: "safeguarding" },
  recorded.log.records,
  "2025-05-10T10:00:00+01:00",
);
assert.ok(decision.decision === "permit" && decision.basis === "exception");

// The audit trail keeps these decisions apart from sharing on agreement.
const recordedDecision = recordDecision(emptyAuditTrail(), decision);
assert.ok(recordedDecision.ok);
assert.equal(recordedDecision.trail.entries[0]?.kind, "exception");
