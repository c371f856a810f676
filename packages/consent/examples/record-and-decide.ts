import assert from "node:assert/strict";
import { parsePersonRef } from "@lac/person-ref";
import { appendRecord, decideSharing, emptyConsentLog, type SharingRequest } from "@lac/consent";

// People are referred to by a pseudonymous reference from your own records, never by name.
const person = parsePersonRef("P-000123");
if (!person.ok) throw new Error(person.error.message);

const housing = { organisation: "Example Borough Council Housing Options", role: "Tenancy officer" };
const coordinator = { id: "STF-0042", role: "Local Area Coordinator" };

// 1. Before advocating, agree with the person what will be shared, with whom and how, and record it.
const agreed = appendRecord(emptyConsentLog(), {
  type: "agreement",
  id: "AGR-2025-0007",
  person: person.ref,
  recipients: [housing],
  categories: ["contact-details", "housing-situation"],
  purposes: ["advocating-for"],
  method: { kind: "verbal", evidenceRef: "NOTE-2025-0311" },
  notice: { id: "NTC-0003", version: "3" },
  givenAt: "2025-03-11T10:00:00+00:00",
  reviewBy: "2025-09-11T10:00:00+01:00",
  recordedAt: "2025-03-11T10:20:00+00:00",
  recordedBy: coordinator,
});
if (!agreed.ok) throw new Error(agreed.errors.map((problem) => problem.message).join("\n"));

// 2. Ask before each share. The answer is "deny" unless the agreement covers all of it.
const request: SharingRequest = {
  person: person.ref,
  recipient: housing,
  categories: ["housing-situation"],
  purpose: "advocating-for",
};
const before = decideSharing(request, agreed.log.records, "2025-04-02T09:00:00+01:00");
assert.equal(before.decision, "permit");

// Health is special category information: it is shared only if the person named it.
const health = decideSharing(
  { ...request, categories: ["health"] },
  agreed.log.records,
  "2025-04-02T09:00:00+01:00",
);
assert.equal(health.reason, "special-category-not-named");

// 3. The person withdraws. From that moment, nothing is shared on this agreement.
const withdrawn = appendRecord(agreed.log, {
  type: "withdrawal",
  id: "WDR-2025-0002",
  agreementId: "AGR-2025-0007",
  person: person.ref,
  scope: { kind: "whole-agreement" },
  withdrawnAt: "2025-05-20T15:00:00+01:00",
  recordedAt: "2025-05-20T15:10:00+01:00",
  recordedBy: coordinator,
});
if (!withdrawn.ok) throw new Error(withdrawn.errors.map((problem) => problem.message).join("\n"));

const after = decideSharing(request, withdrawn.log.records, "2025-05-21T09:00:00+01:00");
assert.equal(after.decision, "deny");
assert.equal(after.reason, "withdrawn");
