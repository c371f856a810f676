// One test per defect found reading the English packs of Stanmoor (a metropolitan borough) and Wendleshire
// (a county council) as a council's data protection officer would (review 11).
import { describe, expect, it } from "vitest";
import { documentOf, example } from "./examples.js";
import { part, section, tableRow } from "./markdown-sections.js";

describe("the agreement's exceptions give a party that is not a public authority the crime condition", () => {
  it("offers recognised legitimate interest (the crime condition of UK GDPR Annex 1) beside legitimate interests, as for safeguarding", () => {
    const agreement = documentOf(example("stanmoor"), "data-sharing/voluntary-action-stanmoor.md");
    const exceptions = section(agreement, 7);
    expect(exceptions).toContain(
      "to prevent or detect crime, Art 6(1)(e) for a public authority or, for another party, Art 6(1)(ea) recognised legitimate interest (the crime condition of UK GDPR Annex 1) or Art 6(1)(f), and, for special category and criminal offence data, DPA 2018 Schedule 1 paragraph 10.",
    );
    // The safeguarding column of the same agreement already gives such a party Art 6(1)(ea).
    expect(section(agreement, 5)).toContain(
      "UK GDPR Art 6(1)(ea) recognised legitimate interest; UK GDPR Art 9(2)(g)",
    );
  });
});

describe("the DPIA describes what an introduction carries as the agreements list it", () => {
  it("does not say that introductions carry only contact details when an agreement lists a date of birth and NHS number", () => {
    const config = example("stanmoor");
    const trust = documentOf(config, "data-sharing/stanmoor-teaching-hospitals-nhs-foundation-trust.md");
    expect(section(trust, 4)).toContain("- NHS number, only where needed to match records");
    const dpia = documentOf(config, "data-protection/dpia.md");
    const measure = tableRow(part(dpia, "## Step 6: "), "1");
    expect(measure).not.toContain("only contact details");
    expect(measure).toContain(
      "Introductions carry only the data items that the data-sharing documents list for each partner (usually the person's name, the contact details they chose, the reason for the introduction, what they agreed to pass on and, for some partners, an identifier used only to confirm who they are or to match records)",
    );
    expect(tableRow(part(dpia, "## Step 4: "), "How is data quality ensured, and data minimised?")).toContain(
      "Introductions carry only the data items that the data-sharing documents list for each partner, and nothing the person has not agreed to;",
    );
  });
});

describe("an agreement lists what a request to the partner carries", () => {
  it("gives the fire and rescue service, asked for safe and well visits, the person's name and contact details", () => {
    const agreement = documentOf(
      example("stanmoor"),
      "data-sharing/greater-stanmoor-fire-and-rescue-service.md",
    );
    const toPartner = part(section(agreement, 4), "### From the council to ");
    expect(toPartner).toContain(
      "What is shared: requests for safe and well visits, with the person's agreement.",
    );
    expect(toPartner).toContain(
      "- for an introduction or a request to the partner: name, the contact details the person chose, and the reason, in the person's words where possible",
    );
    expect(toPartner).not.toContain("\n- whether the introduction was taken up");
  });
});

describe("the agreement-to-share form says in a plain sentence how to record a partner's consent", () => {
  it("records each such organisation as the only recipient of an agreement of its own", () => {
    const form = documentOf(example("stanmoor"), "data-protection/agreement-to-share-form.md");
    expect(form).toContain(
      "Record that consent as an agreement of its own for each such organisation, with that organisation as its only recipient, and with each special category it may receive, and criminal offence information, ticked on its own;",
    );
    expect(form).not.toContain("that organisation its only recipient");
  });
});

describe("the agreements say who consults the Caldicott Guardian in a plain sentence", () => {
  it("says that each body's own Guardian is consulted on its disclosures, not that the body is consulted", () => {
    const config = example("stanmoor");
    const one = section(documentOf(config, "data-sharing/greater-stanmoor-police.md"), 9);
    // The council only receives from the police: its Guardian is consulted on its use of what it receives.
    expect(one).toContain(
      "It makes no disclosures under this agreement; its own Caldicott Guardian advises it on its use of the information it receives:",
    );
    expect(one).not.toContain("It is consulted on its disclosures");
    const two = section(
      documentOf(config, "data-sharing/stanmoor-teaching-hospitals-nhs-foundation-trust.md"),
      9,
    );
    expect(two).toContain(
      "Each body's own Caldicott Guardian advises that body on its disclosures; no body's Guardian acts for another:",
    );
    expect(two).not.toContain("Each of them is consulted");
  });
});

describe("the privacy notice does not say that a partner which makes anonymised figures uses no one's information", () => {
  it("says that no information about the person passes between it and the council", () => {
    const notice = documentOf(example("stanmoor"), "data-protection/privacy-notice.md");
    // The aggregate-data note: the organisation that produces the figures processes personal data to do so.
    expect(section(notice, 5)).toContain(
      "- NHS Stanmoor and District Integrated Care Board gives us only figures from which no one can be identified, so no information about you passes between it and us.",
    );
    expect(notice).not.toContain("so it does not use your information");
  });
});
