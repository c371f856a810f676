// One test per finding of review 29: the data-sharing agreements read as the partners' information
// governance leads would read them, the NHS trust's, the GP practice's and the health board's Caldicott
// Guardian and the police force's data protection officer (sources in docs/legal-citations.md).
import { describe, expect, it } from "vitest";
import { documentOf, example } from "./examples.js";
import { part, tableRow } from "./markdown-sections.js";

const TRUST = "Stanmoor Teaching Hospitals NHS Foundation Trust";
const trustAgreement = () =>
  documentOf(example("stanmoor"), "data-sharing/stanmoor-teaching-hospitals-nhs-foundation-trust.md");
const gpAgreement = () => documentOf(example("brackenford"), "data-sharing/northfield-medical-practice.md");
const policeAgreement = () => documentOf(example("stanmoor"), "data-sharing/greater-stanmoor-police.md");
const welshProtocol = () => documentOf(example("cwm-teg"), "data-sharing/information-sharing-protocol.md");

describe("a health partner's disclosures state their basis under the common law duty of confidentiality (finding 1)", () => {
  // UK Caldicott Guardian Council, manual, "The common law duty of confidentiality": information shared in
  // confidence "cannot be disclosed without that person's explicit consent unless there is another valid
  // legal basis" (consent, overriding public interest, a statutory basis or legal duty). NHS Transformation
  // Directorate, "Common law duty of confidentiality": a common law basis is "not to be confused with a
  // legal/lawful basis under UK GDPR"; implied consent only for the direct care team. GMC, Confidentiality,
  // paragraph 9.
  const confidentiality = (text: string) => part(text, "## 7. ");

  it("says the NHS trust discloses on the person's explicit consent, a question apart from the UK GDPR basis", () => {
    const text = confidentiality(trustAgreement());
    expect(text).toContain("**Common law duty of confidentiality.**");
    expect(text).toContain(`that ${TRUST} holds was given to it in confidence`);
    expect(text).toContain(
      "It passes on such information only with the person's explicit consent to that disclosure",
    );
    expect(text).toContain("it is not UK GDPR consent");
    expect(text).toContain(
      "a basis under the common law duty of confidentiality, a question apart from its lawful basis under UK GDPR",
    );
    expect(text).toContain(
      "where the law requires the disclosure, where it is justified in the public interest",
    );
  });

  it("says the same of a GP practice, and of a health board in Wales", () => {
    expect(confidentiality(gpAgreement())).toContain(
      "that Northfield Medical Practice holds was given to it in confidence",
    );
    expect(welshProtocol()).toContain(
      "that each of Cwm Teg University Health Board and Aberteg Medical Centre holds was given to it in confidence",
    );
    expect(welshProtocol()).toContain(
      "or the person who performs the Caldicott function for it, confirms that judgement",
    );
  });

  it("says nothing of it for the police, who owe no duty of confidentiality as a health body does", () => {
    expect(policeAgreement()).not.toContain("**Common law duty of confidentiality.**");
  });
});

describe("a health partner in England is told whether the national data opt-out applies (finding 2)", () => {
  // NHS England, national data opt-out operational policy guidance: the opt-out covers confidential patient
  // information about care in England used for purposes beyond individual care; it does not apply where the
  // patient has consented, where the law requires the disclosure, or where there is an overriding public
  // interest (RCGP, "Patient data choices", summarising the guidance).
  it("says the opt-out does not apply to a disclosure made with the person's explicit consent", () => {
    const text = part(trustAgreement(), "## 7. ");
    expect(text).toContain(
      "The national data opt-out does not apply to a disclosure the person has explicitly consented to",
    );
    expect(part(gpAgreement(), "## 7. ")).toContain("The national data opt-out does not apply");
  });

  it("does not raise the opt-out in Wales, where it does not apply", () => {
    expect(welshProtocol()).not.toContain("national data opt-out");
  });
});

describe("the police agreement says which of the police's processing is under Part 3 and which under UK GDPR (finding 3)", () => {
  // DPA 2018 s.36(4): "Personal data collected for any of the law enforcement purposes may not be
  // processed for a purpose that is not a law enforcement purpose unless the processing is authorised by
  // law." ICO, guide to law enforcement processing, "Scope and key definitions": processing by a competent
  // authority that is not for law enforcement is under the UK GDPR, read with Part 2 of the DPA 2018.
  const fromPolice = () => part(policeAgreement(), "### Information from Greater Stanmoor Police");

  it("cites the subsection of s.36 that governs a use for a purpose that is not law enforcement", () => {
    expect(fromPolice()).toContain(
      "(DPA 2018 s.36(4), part of the second law enforcement data protection principle)",
    );
    expect(tableRow(policeAgreement(), "Part 3 DPA 2018 provisions")).toContain("(DPA 2018 s.36(4))");
  });

  it("says the disclosure itself is the police's processing under UK GDPR and Part 2, on its own bases in section 5", () => {
    expect(fromPolice()).toContain(
      "The disclosure itself is not law enforcement processing: it is processing for another purpose, which UK GDPR and DPA 2018 Part 2 govern",
    );
    expect(fromPolice()).toContain("so Greater Stanmoor Police relies for it on its own Article 6 basis");
  });
});

describe("an NHS party in England records the security assurance it requires of the council (finding 4)", () => {
  // NHS England, Data Security and Protection Toolkit, standard DAPB0086 (standards.nhs.uk): applies to
  // "All organisations [that] have access to NHS patients and/or to their information". The agreement
  // asked nothing of the council's assurance; it now leaves the NHS party a blank for what it requires.
  const security = (text: string) => part(part(text, "## 9. "), "### Security");

  it("asks the NHS trust and the GP practice what assurance they require before sharing starts", () => {
    expect(security(trustAgreement())).toContain(
      `**Security assurance for ${TRUST}.** Organisations that have access to NHS patients' information give assurance of their data security and protection through the Data Security and Protection Toolkit`,
    );
    expect(security(gpAgreement())).toContain("**Security assurance for Northfield Medical Practice.**");
  });

  it("asks nothing of the kind for the police, or in Wales", () => {
    expect(policeAgreement()).not.toContain("Data Security and Protection Toolkit");
    expect(welshProtocol()).not.toContain("Data Security and Protection Toolkit");
  });
});
