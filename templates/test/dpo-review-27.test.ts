// One test per defect found reading Kingsmere's and Hollinbrook's data-sharing agreements as the data
// protection officer of the partner asked to sign them would (review 27).
import { describe, expect, it } from "vitest";
import type { CouncilConfig } from "@lac/council";
import { documentOf, example, render } from "./examples.js";
import { part, tableRow } from "./markdown-sections.js";

const withoutNhsTrusts = (config: CouncilConfig): CouncilConfig => ({
  ...config,
  partners: config.partners.filter((partner) => partner.kind !== "nhs-trust"),
});

const agreementPaths = (config: CouncilConfig) =>
  render(config)
    .map((document) => document.path)
    .filter((path) => path.startsWith("data-sharing/"));

describe("what criminal offence data is, in the agreements, follows DPA 2018 s.11(2)", () => {
  // s.11(2): personal data relating to "(a) the alleged commission of offences by the data subject, or
  // (b) proceedings for an offence committed or alleged to have been committed by the data subject or the
  // disposal of such proceedings, including sentencing": offences by the person, not any offence revealed.
  it("speaks of the person's own offences and proceedings, not of whatever anyone reveals about offences", () => {
    for (const name of ["kingsmere", "hollinbrook", "wendleshire"]) {
      const config = example(name);
      for (const path of agreementPaths(config)) {
        const text = documentOf(config, path);
        if (!text.includes("Criminal offence data (UK GDPR Art 10 and DPA 2018 s.11(2))")) continue;
        expect(text, `${name} ${path}`).not.toContain("reveals about offences or alleged offences");
        expect(text, `${name} ${path}`).toContain(
          "Criminal offence data (UK GDPR Art 10 and DPA 2018 s.11(2)) is information about a person's criminal convictions and offences: offences they have committed or are alleged to have committed, and proceedings for such an offence and their outcome, including sentencing.",
        );
      }
    }
  });
});

describe("an agreement's section on the impact assessment points to the council's DPIA in the pack", () => {
  const section = (text: string) => part(text, "## 10. Data protection impact assessment");

  it("names the council's DPIA, drafted in this pack, with a link to it, and leaves the partner's own to decide", () => {
    const kingsmere = example("kingsmere");
    const text = section(documentOf(kingsmere, "data-sharing/kingsmere-health-and-care-nhs-trust.md"));
    expect(text).toContain(
      "The council's [data protection impact assessment](../data-protection/dpia.md) of the programme, drafted in this pack, covers this sharing; Kingsmere Health and Care NHS Trust decides whether its own processing needs one.",
    );
  });

  it("says only the rule when the pack has no DPIA", () => {
    const kingsmere = example("kingsmere");
    const withoutDpia: CouncilConfig = { ...kingsmere, documents: { ...kingsmere.documents, dpia: false } };
    const text = section(documentOf(withoutDpia, "data-sharing/kingsmere-health-and-care-nhs-trust.md"));
    expect(text).not.toContain("dpia.md");
    expect(text).toContain(
      "A data protection impact assessment must be done where sharing is likely to result in a high risk",
    );
  });
});

describe("the privacy notices name the identifiers a partner passes with an introduction (UK GDPR Art 14(1)(d))", () => {
  const line = (text: string, start: string) => text.split("\n").find((each) => each.startsWith(start));

  it("names Kingsmere's NHS trust's date of birth and NHS number, which its agreement lists", () => {
    const kingsmere = example("kingsmere");
    expect(documentOf(kingsmere, "data-sharing/kingsmere-health-and-care-nhs-trust.md")).toContain(
      "- NHS number, only where needed to match records",
    );
    expect(line(documentOf(kingsmere, "data-protection/privacy-notice.md"), "- Your date of birth")).toBe(
      "- Your date of birth or NHS number, if an organisation that introduces you passes them on to us (section 14), only to check that we have the right person.",
    );
  });

  it("names them in Welsh in Cwm Teg's Welsh notice, each after its possessive", () => {
    const cwmTeg = example("cwm-teg");
    expect(line(documentOf(cwmTeg, "data-protection/privacy-notice.cy.md"), "- Eich dyddiad geni")).toBe(
      "- Eich dyddiad geni, eich rhif GIG neu'ch cyfeirnod tenantiaeth, os yw sefydliad sy'n eich cyflwyno yn eu hanfon atom (adran 14), dim ond i wirio mai chi yw'r person cywir.",
    );
  });

  it("leaves them out when the partner's items are the council's own, or no partner sends any", () => {
    const kingsmere = example("kingsmere");
    const ownItems: CouncilConfig = {
      ...kingsmere,
      partners: kingsmere.partners.map((partner) =>
        partner.kind === "nhs-trust"
          ? { ...partner, dataItems: { shares: ["name", "the reason"] } }
          : partner,
      ),
    };
    expect(documentOf(ownItems, "data-protection/privacy-notice.md")).not.toContain("date of birth");
    expect(documentOf(withoutNhsTrusts(kingsmere), "data-protection/privacy-notice.md")).not.toContain(
      "date of birth",
    );
  });
});

describe("an agreement's Parties row names a partner's legal entity inside the phrase, without a capital", () => {
  const partiesRow = (config: CouncilConfig, path: string) => tableRow(documentOf(config, path), "Parties");

  it("writes 'and the Chief Constable of …' in the row, and keeps 'The Chief Constable of …' in the table of organisations", () => {
    const hollinbrook = example("hollinbrook");
    expect(partiesRow(hollinbrook, "data-sharing/hollinshire-police.md")).toBe(
      "| Parties | Hollinbrook District Council (fictional) and the Chief Constable of Hollinshire Police (derived by the toolkit: confirm the legal name) |",
    );
    expect(documentOf(hollinbrook, "data-sharing/hollinshire-police.md")).toContain(
      "| Hollinshire Police | The Chief Constable of Hollinshire Police (derived by the toolkit: confirm the legal name) |",
    );
  });

  it("writes 'and to be completed by …' where the legal entity is not known", () => {
    const kingsmere = example("kingsmere");
    const unknown: CouncilConfig = {
      ...kingsmere,
      partners: kingsmere.partners.map((partner) =>
        partner.kind === "fire-and-rescue-authority"
          ? { ...partner, organisation: "Kingsmere Fire Service", legalEntity: undefined }
          : partner,
      ),
    };
    expect(partiesRow(unknown, "data-sharing/kingsmere-fire-service.md")).toBe(
      "| Parties | London Borough of Kingsmere (fictional) and to be completed by Kingsmere Fire Service: the legal person that is the controller |",
    );
  });
});

describe("an agreement says who records the person's agreement before a partner passes information on", () => {
  const section7 = (text: string) => part(text, "## 7. The person's agreement, and exceptions");

  it("has the partner that introduces people record the person's agreement itself, as the coordinator does", () => {
    const kingsmere = example("kingsmere");
    expect(section7(documentOf(kingsmere, "data-sharing/kingsmere-health-and-care-nhs-trust.md"))).toContain(
      "Kingsmere Health and Care NHS Trust likewise passes information about a person to the council only after agreeing it with them, or as a recorded exception, and records that agreement in its own records: what is passed on (naming any special category explicitly), and when and how the person agreed; the introduction says that the person agreed.",
    );
  });

  it("says nothing of it for a partner that only receives from the council", () => {
    const kingsmere = example("kingsmere");
    const onlyReceives: CouncilConfig = {
      ...kingsmere,
      partners: kingsmere.partners.map((partner) =>
        partner.organisation === "Kingsmere Neighbourhood Network" ? { ...partner, shares: [] } : partner,
      ),
    };
    const text = section7(documentOf(onlyReceives, "data-sharing/kingsmere-neighbourhood-network.md"));
    expect(text).toContain("A coordinator shares information about a person only after agreeing with them");
    expect(text).not.toContain("likewise");
  });
});

describe("a partner relying on the consent the coordinator records can show it (UK GDPR Art 7(1))", () => {
  it("has the council pass the record's number, date and categories with each disclosure, and a copy on request", () => {
    const hollinbrook = example("hollinbrook");
    expect(documentOf(hollinbrook, "data-sharing/hollinbrook-volunteer-centre.md")).toContain(
      "With each disclosure to Hollinbrook Volunteer Centre, the council gives the agreement's record number, its date and the categories it names, and a copy of the record on request, so that Hollinbrook Volunteer Centre can show that the person consented (UK GDPR Art 7(1)).",
    );
  });
});

describe("the DPIA's kinds of information name the identifiers partners send, as the privacy notice does", () => {
  it("adds Kingsmere's NHS trust's date of birth and NHS number after the contact details", () => {
    const dpia = documentOf(example("kingsmere"), "data-protection/dpia.md");
    expect(dpia).toContain(
      "- **Kinds of information:** contact details; date of birth or NHS number, where a partner sends them with an introduction, only to check identity; housing situation;",
    );
  });

  it("has none for a council none of whose partners sends one", () => {
    expect(documentOf(withoutNhsTrusts(example("kingsmere")), "data-protection/dpia.md")).toContain(
      "- **Kinds of information:** contact details; housing situation;",
    );
  });
});

describe("the DPIA says 'for each such organisation' only when there are several", () => {
  it("says Kingsmere's one consent-relying recipient's agreement is recorded on its own, with it as the only recipient", () => {
    const dpia = documentOf(example("kingsmere"), "data-protection/dpia.md");
    expect(dpia).toContain(
      "For what the council passes to Kingsmere Neighbourhood Network, the person's agreement, recorded on its own with that organisation as its only recipient, is that consent.",
    );
    expect(dpia).not.toContain("recorded for each such organisation on its own");
  });

  it("keeps 'for each such organisation' for Brackenford's two", () => {
    const dpia = documentOf(example("brackenford"), "data-protection/dpia.md");
    expect(dpia).toContain(
      "the person's agreement, recorded for each such organisation on its own, is that consent.",
    );
  });
});
