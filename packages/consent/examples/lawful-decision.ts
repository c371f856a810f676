import assert from "node:assert/strict";
import { parsePersonRef } from "@lac/person-ref";
import { appendRecord, decideLawfulSharing, emptyConsentLog, type LawfulBasis } from "@lac/consent";

const person = parsePersonRef("P-000123");
if (!person.ok) throw new Error(person.error.message);
const gp = { organisation: "Riverside Medical Practice", role: "Practice manager" };

const agreed = appendRecord(emptyConsentLog(), {
  type: "agreement",
  id: "AGR-2025-0008",
  person: person.ref,
  recipients: [gp],
  categories: ["health"],
  purposes: ["coordinating-support"],
  method: { kind: "written", evidenceRef: "FORM-2025-0012" },
  notice: { id: "NTC-0003", version: "3" },
  givenAt: "2025-03-11T10:00:00+00:00",
  reviewBy: "2025-09-11T10:00:00+01:00",
  recordedAt: "2025-03-11T10:20:00+00:00",
  recordedBy: { id: "STF-0042", role: "Local Area Coordinator" },
});
if (!agreed.ok) throw new Error(agreed.errors.map((problem) => problem.message).join("\n"));

// One decision for both sides: the person's agreement, and the recipient's own lawful basis.
const gpBasis: LawfulBasis = {
  organisation: "Riverside Medical Practice",
  purposes: ["coordinating-support"],
  categories: ["health"],
  condition: { article6: "e", article9: "h", schedule1: { part: 1, paragraph: 2 } },
  statutoryPower: "As recorded in our data sharing agreement, section 4",
};
const partner = { publicAuthority: true, processingForOwnTasks: true };
const request = {
  person: person.ref,
  recipient: gp,
  categories: ["health" as const],
  purpose: "coordinating-support" as const,
};

const permit = decideLawfulSharing(request, agreed.log, "2025-04-02T09:00:00+01:00", {
  basis: gpBasis,
  partner,
});
assert.equal(permit.decision, "permit");

// Health is special category information: without the Art 9 condition the agreement alone is not enough.
const { article9: _art9, schedule1: _sch1, ...article6Only } = gpBasis.condition;
const deny = decideLawfulSharing(request, agreed.log, "2025-04-02T09:00:00+01:00", {
  basis: { ...gpBasis, condition: article6Only },
  partner,
});
assert.equal(deny.decision, "deny");
assert.deepEqual(deny.decision === "deny" && deny.failed, ["lawful-basis"]);
