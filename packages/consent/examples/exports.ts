import assert from "node:assert/strict";
import { parsePersonRef } from "@lac/person-ref";
import { appendRecord, emptyConsentLog, exportFhirR5Consent, exportIso27560Record } from "@lac/consent";

const person = parsePersonRef("P-000123");
if (!person.ok) throw new Error(person.error.message);

const added = appendRecord(emptyConsentLog(), {
  type: "agreement",
  id: "AGR-2025-0007",
  person: person.ref,
  recipients: [{ organisation: "Riverside Medical Practice", role: "Practice manager" }],
  categories: ["all-ordinary", "health"],
  purposes: ["coordinating-support"],
  method: { kind: "written", evidenceRef: "FORM-2025-0031" },
  notice: { id: "NTC-0003", version: "3" },
  givenAt: "2025-03-11T10:00:00+00:00",
  expiresAt: "2026-03-11T10:00:00+00:00",
  recordedAt: "2025-03-11T10:20:00+00:00",
  recordedBy: { id: "STF-0042", role: "Local Area Coordinator" },
});
if (!added.ok || added.record.type !== "agreement") throw new Error("The agreement was not recorded.");
const at = "2025-04-01T09:00:00+01:00";

// ISO/IEC TS 27560-shaped consent record. Facts the agreement does not hold come from your own directory.
const iso = exportIso27560Record(added.record, added.log.records, at, {
  language: "en",
  privacyNoticeUrl: "https://council.example/privacy/local-area-coordination",
  controller: {
    id: "org:example-borough-council",
    name: "Example Borough Council",
    address: "Town Hall, High Street, Example Town",
    contact: "Data Protection Officer, dpo@council.example",
  },
  recipientOrganisations: [
    {
      id: "org:riverside-medical",
      name: "Riverside Medical Practice",
      address: "1 River Road",
      contact: "Practice manager",
    },
  ],
  retentionPeriod: "P6Y",
  storageLocations: ["GB"],
  withdrawalMethod: "Tell your Local Area Coordinator, in any way, at any time.",
  // Needed in the GB jurisdiction: the controller's lawful basis, kept apart from the person's agreement.
  lawfulBasis: { article6: "e", article9: "h", schedule1: { part: 1, paragraph: 2 } },
});
assert.ok(iso.ok);
assert.equal(iso.record.event[0]?.event_state, "ConsentGiven");

// FHIR R5 Consent: deny by default, one provision that permits the agreed scope.
const fhir = exportFhirR5Consent(added.record, added.log.records, at, {
  personIdentifierSystem: "https://council.example/id/lac-person",
  recordIdentifierSystem: "https://council.example/id/lac-consent",
  controller: { name: "Example Borough Council" },
});
assert.ok(fhir.ok);
assert.equal(fhir.resource.status, "active");
assert.equal(fhir.resource.decision, "deny");
