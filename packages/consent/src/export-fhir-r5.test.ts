import { describe, expect, it } from "vitest";
import {
  exportFhirR5Consent,
  type FhirConsent,
  type FhirConsentOptions,
  type FhirConsentProvision,
} from "./export-fhir-r5.js";
import type { ConsentRecord } from "./consent-record.js";
import { agreement, GP, HOUSING, withdrawal } from "./test-support/fixtures.js";

const OPTIONS: FhirConsentOptions = {
  personIdentifierSystem: "https://council.example/id/lac-person",
  recordIdentifierSystem: "https://council.example/id/lac-consent",
  controller: { name: "Example Borough Council", identifier: { value: "org:example-borough-council" } },
};

/** The elements the reference lists for an R5 Consent that this export must always write. */
const FIELDS = [
  "resourceType",
  "identifier",
  "status",
  "category",
  "subject",
  "date",
  "period",
  "grantor",
  "grantee",
  "controller",
  "decision",
  "provision",
] as const;

function exported(
  at: string,
  records: readonly ConsentRecord[] = [agreement()],
  source = agreement(),
): FhirConsent {
  const result = exportFhirR5Consent(source, records, at, OPTIONS);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.resource;
}

describe("exportFhirR5Consent", () => {
  it("writes a Consent resource with every listed element", () => {
    const resource = exported("2025-04-01T10:00:00Z");
    for (const field of FIELDS) expect(resource, field).toHaveProperty(field);
    expect(resource).toMatchObject({
      resourceType: "Consent",
      status: "active",
      date: "2025-03-01",
      period: { start: "2025-03-01T10:00:00+00:00", end: "2026-03-01T10:00:00+00:00" },
      identifier: [{ system: OPTIONS.recordIdentifierSystem, value: "AGR-1" }],
      category: [{ text: "Agreement to share information" }],
    });
  });

  it("refers to the person by identifier only, never by name", () => {
    const resource = exported("2025-04-01T10:00:00Z");
    expect(resource.subject).toEqual({
      identifier: { system: OPTIONS.personIdentifierSystem, value: "P-000123" },
    });
    expect(resource.grantor).toEqual([resource.subject]);
    expect(JSON.stringify(resource.subject)).not.toContain("display");
  });

  it("is deny by default with one permit provision for the agreed scope", () => {
    const source = agreement({ recipients: [HOUSING, GP], categories: ["all-ordinary", "health"] });
    const resource = exported("2025-04-01T10:00:00Z", [source], source);
    expect(resource.decision).toBe("deny");
    expect(resource.provision).toHaveLength(1);
    const [provision] = resource.provision;
    expect(provision?.actor?.map((actor) => actor.reference.display)).toEqual([
      HOUSING.organisation,
      GP.organisation,
    ]);
    expect(provision?.actor?.[0]?.role.text).toBe("Tenancy officer");
    expect(provision?.purpose).toEqual([
      expect.objectContaining({ system: "urn:lac-toolkit:consent:purpose", code: "advocating-for" }),
    ]);
    const codes = provision?.code?.map((code) => code.coding?.[0]?.code);
    expect(codes).toContain("health");
    expect(codes).toContain("finances");
    expect(codes).not.toContain("criminal-offence");
    expect(resource.grantee.map((grantee) => grantee.display)).toEqual([
      HOUSING.organisation,
      GP.organisation,
    ]);
  });

  it("becomes inactive after a withdrawal or expiry, and ends its period then", () => {
    const withdrawn = exported("2025-07-01T10:00:00Z", [agreement(), withdrawal()]);
    expect(withdrawn.status).toBe("inactive");
    expect(withdrawn.period.end).toBe("2025-06-01T12:00:00+01:00");
    expect(exported("2025-05-01T10:00:00Z", [agreement(), withdrawal()]).status).toBe("active");
    expect(exported("2026-03-01T10:00:00Z").status).toBe("inactive");
    expect(exported("2025-02-01T10:00:00Z").status).toBe("draft");
  });

  it("nests a partial withdrawal as provisions that deny again, one per kind of thing withdrawn", () => {
    const source = agreement({ recipients: [HOUSING, GP] });
    const part = withdrawal({ scope: { kind: "part", recipients: [GP], purposes: ["advocating-for"] } });
    const resource = exported("2025-07-01T10:00:00Z", [source, part], source);
    expect(resource.status).toBe("active");
    expect(resource.provision[0]?.provision).toEqual([
      {
        period: { start: part.withdrawnAt },
        actor: [{ role: { text: GP.role }, reference: { type: "Organization", display: GP.organisation } }],
      },
      { period: { start: part.withdrawnAt }, purpose: [expect.objectContaining({ code: "advocating-for" })] },
    ]);
  });

  it("names a representative by relationship only", () => {
    const source = agreement({
      method: { kind: "via-representative", relationship: "court-appointed-deputy", evidenceRef: "DEP-1" },
    });
    const resource = exported("2025-04-01T10:00:00Z", [source], source);
    expect(resource.grantor[1]).toEqual({ display: "Representative of the person (court-appointed-deputy)" });
    expect(resource.sourceReference[0]?.identifier?.value).toBe("DEP-1");
  });

  it("refers to the notice the person was shown as policyText, by its identifier, version and languages", () => {
    expect(exported("2025-04-01T10:00:00Z").policyText).toEqual([
      {
        type: "DocumentReference",
        identifier: { system: OPTIONS.recordIdentifierSystem, value: "NTC-0003" },
        display: "Notice NTC-0003, version 3",
      },
    ]);
    const welsh = agreement({ notice: { id: "NTC-0003", version: "3", languages: ["cy"] } });
    expect(exported("2025-04-01T10:00:00Z", [welsh], welsh).policyText[0]?.display).toBe(
      "Notice NTC-0003, version 3, given in Welsh",
    );
    const both = agreement({ notice: { id: "NTC-0003", version: "3", languages: ["cy", "en"] } });
    const result = exportFhirR5Consent(both, [both], "2025-04-01T10:00:00Z", {
      ...OPTIONS,
      noticeIdentifierSystem: "https://council.example/id/notice",
    });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.resource.policyText).toEqual([
      {
        type: "DocumentReference",
        identifier: { system: "https://council.example/id/notice", value: "NTC-0003" },
        display: "Notice NTC-0003, version 3, given in Welsh and English",
      },
    ]);
  });

  it("leaves out the correspondence language: it belongs on a Patient, which this export does not make", () => {
    const chosen = agreement({ correspondenceLanguage: "cy" });
    const resource = exported("2025-04-01T10:00:00Z", [chosen], chosen);
    expect(resource).toEqual(exported("2025-04-01T10:00:00Z"));
    expect(JSON.stringify(resource)).not.toMatch(/"cy"|Welsh|extension|communication/);
  });

  it("returns problems for bad input instead of throwing", () => {
    const result = exportFhirR5Consent(agreement(), [], "yesterday", {
      ...OPTIONS,
      personIdentifierSystem: "",
    });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.errors.map((error) => error.path)).toEqual(["at", "options.personIdentifierSystem"]);
  });
});

/*
 * The FHIR R5 Consent element lists of shared/reference/data-protection-and-consent.md (beside the project) §5 "HL7 FHIR Consent",
 * copied literally; only the top-level names (outside braces) are read.
 */
const R5_TOP =
  "`identifier[]`; `status`: draft | active | inactive | not-done | entered-in-error | unknown; `category[]`; `subject`; `date`; `period`; `grantor[]`; `grantee[]`; `manager[]`; `controller[]`; `sourceAttachment[]`; `sourceReference[]`; `regulatoryBasis[]`; `policyBasis` {`reference`, `url`}; `policyText[]`; `verification[]` {…, `verificationType`, `verifiedBy`}; **`decision` (deny | permit)**";
const R5_PROVISION =
  "`period`; `actor[]`; `action[]`; `securityLabel[]`; `purpose[]`; `documentType[]`; `resourceType[]`; `code[]`; `dataPeriod`; `data[]`; `expression`; nested `provision[]`";

function elementNames(text: string): string[] {
  return [...text.replace(/\{[^}]*\}/g, "").matchAll(/`(\w+)(?:\[\])?`/g)].map((match) => match[1] ?? "");
}

describe("exportFhirR5Consent: element names against the reference, both ways", () => {
  // The reference lists `provision[]` under its own heading ("R5 `provision[]`"), so it is a top-level element too.
  const top = [...elementNames(R5_TOP), ...elementNames("R5 `provision[]`")];
  const provision = elementNames(R5_PROVISION);

  function provisionsOf(list: readonly FhirConsentProvision[] | undefined): FhirConsentProvision[] {
    return (list ?? []).flatMap((each) => [each, ...provisionsOf(each.provision)]);
  }

  it("writes only R5 elements (and resourceType), with status and decision present", () => {
    const source = agreement({ recipients: [HOUSING, GP], categories: ["all-ordinary", "health"] });
    const part = withdrawal({ scope: { kind: "part", recipients: [GP], purposes: ["advocating-for"] } });
    const resource = exported("2025-07-01T10:00:00Z", [source, part], source);
    for (const key of Object.keys(resource)) {
      expect(key === "resourceType" || top.includes(key), `${key} is not an R5 Consent element`).toBe(true);
    }
    for (const required of ["status", "decision", "subject", "provision"])
      expect(resource).toHaveProperty(required);
    for (const each of provisionsOf(resource.provision)) {
      for (const key of Object.keys(each)) {
        expect(provision.includes(key), `${key} is not an R5 Consent.provision element`).toBe(true);
      }
    }
    // policyText is a list of References (R5: Reference(DocumentReference)), written like the other references.
    for (const reference of resource.policyText) {
      for (const key of Object.keys(reference)) {
        expect(["reference", "type", "identifier", "display"], `${key} is not a Reference element`).toContain(
          key,
        );
      }
    }
    expect(top).toContain("policyText");
    expect(top).toContain("grantee");
    expect(top).not.toContain("patient");
  });

  it("leaves withdrawn recipients out of grantee, and gives the evidence identifier a system", () => {
    const source = agreement({ recipients: [HOUSING, GP] });
    const part = withdrawal({ scope: { kind: "part", recipients: [GP] } });
    const resource = exported("2025-07-01T10:00:00Z", [source, part], source);
    expect(resource.grantee.map((grantee) => grantee.display)).toEqual([HOUSING.organisation]);
    expect(exported("2025-05-01T10:00:00Z", [source, part], source).grantee).toHaveLength(2);
    expect(resource.sourceReference[0]?.identifier).toEqual({
      system: OPTIONS.recordIdentifierSystem,
      value: "NOTE-0001",
    });
  });

  it("names a family member by relationship only", () => {
    const source = agreement({ recipients: [{ relationship: "family-member" }] });
    const resource = exported("2025-04-01T10:00:00Z", [source], source);
    expect(resource.grantee).toEqual([
      { type: "RelatedPerson", display: "Related person (family-member), not named" },
    ]);
  });
});
