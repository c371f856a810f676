import assert from "node:assert/strict";
import { parsePersonRef } from "@lac/person-ref";
import { appendRecord, emptyConsentLog, exportFhirR5Consent, type AgreementRecord } from "@lac/consent";

const person = parsePersonRef("P-000123");
if (!person.ok) throw new Error(person.error.message);

// A council in Wales: the person chose Welsh for correspondence, and was given the bilingual notice.
const agreement: AgreementRecord = {
  type: "agreement",
  id: "AGR-2025-0009",
  person: person.ref,
  recipients: [{ organisation: "Cyngor Sir Enghraifft Housing Options", role: "Tenancy officer" }],
  categories: ["contact-details", "housing-situation"],
  purposes: ["advocating-for"],
  method: { kind: "written", evidenceRef: "FORM-2025-0044" },
  notice: { id: "NTC-0003", version: "3", languages: ["cy", "en"] },
  correspondenceLanguage: "cy",
  givenAt: "2025-03-11T10:00:00+00:00",
  reviewBy: "2025-09-11T10:00:00+01:00",
  recordedAt: "2025-03-11T10:20:00+00:00",
  recordedBy: { id: "STF-0042", role: "Local Area Coordinator" },
};
const added = appendRecord(emptyConsentLog(), agreement);
assert.ok(added.ok);

// Both fields are optional: an older record without them stays valid. A wrong value is refused, with the fix.
const { correspondenceLanguage: _chosen, ...older } = agreement;
assert.ok(appendRecord(emptyConsentLog(), older).ok);
const wrong = appendRecord(emptyConsentLog(), { ...agreement, correspondenceLanguage: "Cymraeg" as never });
assert.ok(!wrong.ok);
assert.equal(wrong.errors[0]?.path, "correspondenceLanguage");
assert.equal(wrong.errors[0]?.message, 'correspondenceLanguage: Use "cy" for Welsh or "en" for English.');

// FHIR R5: the notice is Consent.policyText. The correspondence language is not exported (see Exports below).
const fhir = exportFhirR5Consent(agreement, added.log.records, "2025-04-01T09:00:00+01:00", {
  personIdentifierSystem: "https://council.example/id/lac-person",
  recordIdentifierSystem: "https://council.example/id/lac-consent",
  noticeIdentifierSystem: "https://council.example/id/notice",
  controller: { name: "Cyngor Sir Enghraifft" },
});
assert.ok(fhir.ok);
assert.equal(fhir.resource.policyText[0]?.display, "Notice NTC-0003, version 3, given in Welsh and English");
