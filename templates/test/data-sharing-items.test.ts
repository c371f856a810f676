// One test per numbered item of issue 8 ("Data-sharing documents an information-governance officer would
// sign off"), on the six example councils: unitary, county, district, metropolitan, London and Welsh.
import type { RenderedDocument } from "@lac/documents";
import { describe, expect, it } from "vitest";
import { example, render } from "./examples.js";
import { section } from "./markdown-sections.js";

const councils = {
  brackenford: example("brackenford"), // unitary
  wendleshire: example("wendleshire"), // county
  hollinbrook: example("hollinbrook"), // district
  stanmoor: example("stanmoor"), // metropolitan
  kingsmere: example("kingsmere"), // London borough
  "cwm-teg": example("cwm-teg"), // Welsh principal council
};
type CouncilName = keyof typeof councils;
const packs = Object.fromEntries(
  Object.entries(councils).map(([name, config]) => [name, render(config)]),
) as Record<CouncilName, readonly RenderedDocument[]>;

function doc(council: CouncilName, path: string): string {
  const found = packs[council].find((document) => document.path === path);
  if (!found) throw new Error(`${council} has no ${path}: ${packs[council].map((d) => d.path).join(", ")}`);
  return found.content;
}

function dataSharing(council: CouncilName): readonly RenderedDocument[] {
  return packs[council].filter((document) => document.path.startsWith("data-sharing/"));
}

/** The row of a Markdown table that starts with this organisation. */
function row(content: string, organisation: string): string {
  const line = content.split("\n").find((text) => text.startsWith(`| ${organisation} | `));
  if (!line) throw new Error(`no row for ${organisation}`);
  return line;
}

const allCouncils = Object.keys(councils) as CouncilName[];

describe("issue 8: data-sharing documents an information-governance officer would sign off", () => {
  it("1. describes partners by legal nature: a district council partner gets no health or social care condition", () => {
    const district = section(doc("wendleshire", "data-sharing/wendle-district-council.md"), 5);
    const districtRow = row(district, "Wendle District Council");
    expect(districtRow).toContain("UK GDPR Art 9(2)(g)");
    expect(districtRow).not.toContain("Art 9(2)(h)");
    expect(districtRow).not.toContain("Part 1 paragraph 2");
    // A county council partner of a district has social care functions.
    const county = section(doc("hollinbrook", "data-sharing/hollinshire-county-council-fictional.md"), 5);
    expect(row(county, "Hollinshire County Council (fictional)")).toContain("UK GDPR Art 9(2)(h)");
    // And the district council itself never relies on 9(2)(h).
    for (const document of dataSharing("hollinbrook")) {
      expect(document.content).not.toMatch(
        /\| Hollinbrook District Council \(fictional\) \| Yes \| [^\n]*Art 9\(2\)\(h\)/,
      );
    }
  });

  it("2. writes a service of the council an internal information-sharing note, not an agreement", () => {
    const paths = dataSharing("brackenford").map((document) => document.path);
    expect(paths).not.toContain("data-sharing/brackenford-borough-council-adult-social-care.md");
    const note = doc("brackenford", "data-sharing/internal-information-sharing-note.md");
    expect(note).toContain("Brackenford Borough Council Adult Social Care is a service of");
    expect(note).toContain("UK GDPR Art 4(1)(7)");
    expect(note).not.toContain("Separate controllers");
    for (const council of allCouncils.filter((name) => name !== "brackenford")) {
      expect(packs[council].map((document) => document.path)).not.toContain(
        "data-sharing/internal-information-sharing-note.md",
      );
    }
  });

  it("3. gives police partners a section: Part 3, the s.36 'authorised by law' gate, then UK GDPR and Art 10", () => {
    const police = {
      brackenford: "data-sharing/brackenshire-police.md",
      hollinbrook: "data-sharing/hollinshire-police.md",
      stanmoor: "data-sharing/greater-stanmoor-police.md",
      kingsmere: "data-sharing/metropolitan-police-service.md",
    } as const;
    for (const [council, path] of Object.entries(police) as [CouncilName, string][]) {
      const content = doc(council, path);
      const special = section(content, 6);
      expect(special).toMatch(/### Information from /);
      expect(special).toContain("competent authority under DPA 2018 Part 3");
      expect(special).toContain("authorised by law (DPA 2018 s.36");
      expect(special).toContain("processes it under UK GDPR");
      expect(special).toContain("DPA 2018 Schedule 1 Part 3 paragraph 36");
      expect(section(content, 5)).toContain("UK GDPR Art 10 and DPA 2018 s.10(5)");
      expect(content).not.toContain("is outside this agreement");
      expect(content).not.toContain("Criminal offence data is not shared");
      expect(content).toContain("| Part 3 DPA 2018 provisions | ");
      expect(row(content, "Part 3 DPA 2018 provisions")).toContain("DPA 2018 s.36");
    }
  });

  it("4. states the council's own special category condition once, coherent with the role description, in every document", () => {
    for (const council of allCouncils) {
      const role = doc(council, "roles/local-area-coordinator.md");
      expect(role).toContain("The role is not social care");
      const controller = councils[council].dataProtection.controller;
      for (const document of dataSharing(council).filter((d) => d.content.includes("## "))) {
        const councilRows = document.content
          .split("\n")
          .filter((line) => line.startsWith(`| ${controller} | Yes | UK GDPR Art 6(1)(e)`));
        for (const line of councilRows) {
          expect(line, `${council} ${document.path}`).toContain("UK GDPR Art 9(2)(g)");
          expect(line).toContain("Local Area Coordination is not social care");
        }
      }
    }
    // A council that judges the programme part of its social care says so, and every document follows.
    const chosen = render({
      ...councils.stanmoor,
      dataProtection: {
        ...councils.stanmoor.dataProtection,
        specialCategoryCondition: "health-or-social-care",
      },
    });
    for (const document of chosen.filter(
      (d) => d.path.startsWith("data-sharing/") && d.path !== "data-sharing/aggregate-data-note.md",
    )) {
      const line = row(document.content, "Stanmoor Metropolitan Borough Council (fictional) | Yes");
      expect(line).toContain("UK GDPR Art 9(2)(h)");
      expect(line).toContain("The council's position, a judgement for it to confirm");
      expect(line).toContain("Care Act 2014 s.2");
    }
  });

  it("5. tells non-public partners that rely on explicit consent what the agreement record must meet", () => {
    const housing = doc("hollinbrook", "data-sharing/hollinbrook-housing-association.md");
    const special = section(housing, 6);
    expect(special).toContain("### Explicit consent for parties that are not public authorities");
    expect(special).toContain("must meet UK GDPR Art 7 and Art 9(2)(a)");
    expect(special).toContain("names each category of special category data");
    expect(special).toContain("withdrawing is as easy as agreeing");
    // Only the person, or someone with legal authority, can give it.
    expect(special).toContain("never by an advocate, a relative or a friend");
    // The housing association only passes information to the council: it obtains the consent itself,
    // before the coordinator has met the person; the coordinator's record is not its consent.
    expect(special).toContain(
      "Hollinbrook Housing Association obtains and records that consent itself before passing any special category data to the council",
    );
    expect(special).not.toContain("For what the council passes to");
    expect(section(housing, 7)).not.toContain("it is also UK GDPR consent");
    expect(section(housing, 7)).toContain(
      "Hollinbrook Housing Association obtains the person's consent itself (explicit consent for special category data) before passing special category or criminal offence information to the council",
    );
    // The volunteer centre also receives from the council: for that, the coordinator's record is its consent.
    const volunteers = doc("hollinbrook", "data-sharing/hollinbrook-volunteer-centre.md");
    expect(section(volunteers, 6)).toContain(
      "For what the council passes to Hollinbrook Volunteer Centre, the agreement the coordinator records (section 7) is that consent, recorded on its own, with that organisation as its only recipient",
    );
    expect(section(volunteers, 7)).toContain("it is also UK GDPR consent");
    // A public authority's agreement does not pretend its agreement is consent.
    const police = doc("hollinbrook", "data-sharing/hollinshire-police.md");
    expect(section(police, 7)).toContain("No party to this agreement relies on UK GDPR consent.");
    expect(police).not.toContain("unless the parties decide");
  });

  it("6. gives anonymised figures an aggregate-data note with small-number suppression, not an agreement", () => {
    for (const council of ["brackenford", "stanmoor"] as const) {
      const paths = dataSharing(council).map((document) => document.path);
      expect(paths.some((path) => path.includes("integrated-care-board"))).toBe(false);
      const note = doc(council, "data-sharing/aggregate-data-note.md");
      expect(note).toContain("Integrated Care Board");
      expect(note).toContain("are not personal data");
      expect(note).toContain("Counts below 10 are not shown");
      expect(note).toContain("dataProtection.smallNumberThreshold");
      expect(note).toContain("8,000 to 10,000 people");
      expect(note).not.toMatch(/Art 6\(1\)|Art 9\(2\)/);
    }
    const lower = render({
      ...councils.stanmoor,
      dataProtection: { ...councils.stanmoor.dataProtection, smallNumberThreshold: 20 },
    });
    expect(lower.find((d) => d.path === "data-sharing/aggregate-data-note.md")?.content).toContain(
      "Counts below 20 are not shown",
    );
  });

  it("7. words every section by the shares and receives lists", () => {
    for (const council of allCouncils) {
      for (const partner of councils[council].partners) {
        const document = packs[council].find(
          (d) =>
            d.content.startsWith(`# Data-sharing agreement: `) &&
            d.content.includes(`and ${partner.organisation}\n`),
        );
        if (!document) continue;
        const purpose = section(document.content, 1);
        const items = section(document.content, 4);
        const sharesPersonal = partner.shares.length > 0 && !partner.anonymised.includes("shares");
        const receivesPersonal = partner.receives.length > 0 && !partner.anonymised.includes("receives");
        if (sharesPersonal && !receivesPersonal) {
          expect(purpose).toContain(`${partner.organisation} shares information with the council so that`);
          expect(items).toContain(`The council does not share information with ${partner.organisation}`);
          expect(document.content).toContain(`| Sharing | One way, from ${partner.organisation} to`);
        }
        if (sharesPersonal && receivesPersonal) {
          expect(purpose).toContain(
            `${partner.organisation} and the council share information with each other`,
          );
          expect(items).toContain(`### From the council to ${partner.organisation}`);
          expect(document.content).toContain("| Sharing | Both ways");
        }
      }
    }
  });

  it("8. names the legal person that is each controller in the parties table and the signatures", () => {
    const met = doc("kingsmere", "data-sharing/metropolitan-police-service.md");
    expect(row(section(met, 2), "Metropolitan Police Service")).toContain(
      "The Commissioner of Police of the Metropolis",
    );
    expect(met).toMatch(
      /\| \| London Borough of Kingsmere \(fictional\) \| The Commissioner of Police of the Metropolis/,
    );
    const fire = doc("kingsmere", "data-sharing/london-fire-brigade.md");
    expect(row(section(fire, 2), "London Fire Brigade")).toContain("| London Fire Commissioner |");
    const county = doc("brackenford", "data-sharing/brackenshire-police.md");
    expect(county).toContain(
      "The Chief Constable of Brackenshire Police (derived by the toolkit: confirm the legal name)",
    );
    const practice = doc("brackenford", "data-sharing/northfield-medical-practice.md");
    expect(practice).toContain("The partners of Northfield Medical Practice");
    // Without a configured legal entity, the London Fire Brigade's is derived: the London Fire Commissioner
    // (Greater London Authority Act 1999 s.327A); another fire and rescue authority is asked to complete it.
    const withoutEntity = render({
      ...councils.kingsmere,
      partners: councils.kingsmere.partners.map(({ legalEntity: _entity, ...partner }) => partner),
    });
    expect(withoutEntity.find((d) => d.path === "data-sharing/london-fire-brigade.md")?.content).toContain(
      "London Fire Commissioner (derived by the toolkit: confirm the legal name)",
    );
    const elsewhere = render({
      ...councils.kingsmere,
      partners: councils.kingsmere.partners.map(({ legalEntity: _entity, ...partner }) =>
        partner.kind === "fire-and-rescue-authority"
          ? { ...partner, organisation: "Brackenshire Fire and Rescue Service" }
          : partner,
      ),
    });
    expect(
      elsewhere.find((d) => d.path === "data-sharing/brackenshire-fire-and-rescue-service.md")?.content,
    ).toContain(
      "To be completed by Brackenshire Fire and Rescue Service: the legal person that is the controller",
    );
  });

  it("9. applies the Caldicott principles to NHS bodies and councils with social care only, with the NHS partner's Guardian in the sign-off", () => {
    const police = section(doc("brackenford", "data-sharing/brackenshire-police.md"), 9);
    expect(police).toContain("The principles do not apply to Brackenshire Police;");
    expect(police).not.toMatch(/The parties follow the eight Caldicott/);
    const trust = doc("brackenford", "data-sharing/brackenford-hospitals-nhs-foundation-trust.md");
    expect(section(trust, 11)).toContain("caldicott@brackenford-hospitals.example.nhs.uk");
    expect(section(trust, 11)).toContain("| Caldicott Guardian's advice (name, signature and date) |");
    // A district council and a housing association: no party is bound.
    const housing = section(doc("hollinbrook", "data-sharing/hollinbrook-housing-association.md"), 9);
    expect(housing).toContain("The Caldicott principles do not apply to any party to this agreement");
    // Wales: no National Data Guardian; the council's Guardian is named.
    const isp = doc("cwm-teg", "data-sharing/information-sharing-protocol.md");
    expect(isp).not.toContain("National Data Guardian");
    expect(isp).toContain("caldicott@cwmteg.example.gov.uk");
    expect(isp).toContain(
      "NHS Wales bodies and councils with social services responsibilities each have a Caldicott Guardian",
    );
    expect(isp).toContain("caldicott.guardian@cwmteg-uhb.example.nhs.wales");
    // England credits the National Data Guardian.
    expect(section(trust, 9)).toContain("revised in December 2020 by the National Data Guardian");
  });

  it("10. lists the data items of each flow, configured or the usual ones for the partner's kind", () => {
    const trust = section(
      doc("brackenford", "data-sharing/brackenford-hospitals-nhs-foundation-trust.md"),
      4,
    );
    expect(trust).toContain("- NHS number, only where needed to match records");
    expect(trust).not.toContain("the toolkit's usual items");
    const housing = section(doc("stanmoor", "data-sharing/stanmoor-community-housing.md"), 4);
    expect(housing).toContain("the toolkit's usual items");
    expect(housing).toContain("- name");
    expect(housing).toContain("- the reason for the introduction, in the person's words where possible");
    const isp = section(doc("cwm-teg", "data-sharing/information-sharing-protocol.md"), 6);
    expect(isp).toContain("NHS number, only where needed to match records");
  });

  it("11. suggests the usual legal gateways per kind and nation, for the council to confirm, instead of a blank", () => {
    for (const council of allCouncils) {
      for (const document of dataSharing(council)) {
        expect(document.content).not.toMatch(/power it relies on here: _+/);
        expect(document.content).not.toMatch(/records the statutory power it relies on here/);
      }
    }
    const county = section(doc("wendleshire", "data-sharing/wendle-district-council.md"), 5);
    expect(county).toContain("Care Act 2014 ss.1–2");
    expect(county).toContain("Care Act 2014 s.6");
    const district = section(doc("hollinbrook", "data-sharing/hollinshire-police.md"), 5);
    expect(district).toMatch(
      /\*\*Hollinbrook District Council \(fictional\)\.\*\*[^\n]*\n {2}- Localism Act 2011 s\.1/,
    );
    expect(district).not.toContain("Care Act 2014 ss.1–2");
    expect(district).toContain("Crime and Disorder Act 1998 s.115");
    expect(section(doc("stanmoor", "data-sharing/greater-stanmoor-fire-and-rescue-service.md"), 5)).toContain(
      "Fire and Rescue Services Act 2004 s.6",
    );
    const wales = section(doc("cwm-teg", "data-sharing/information-sharing-protocol.md"), 5);
    expect(wales).toContain("Social Services and Well-being (Wales) Act 2014 s.15");
    expect(wales).toContain("Social Services and Well-being (Wales) Act 2014 s.162");
    expect(wales).toContain("Social Services and Well-being (Wales) Act 2014 ss.166–168");
    expect(wales).toContain("Local Government and Elections (Wales) Act 2021 s.24");
    expect(wales).not.toContain("Localism Act 2011");
    expect(wales).not.toContain("Care Act 2014");
  });

  it("12. gives Wales the WASPI sections, and a Data Disclosure Agreement when every flow is one way", () => {
    const isp = doc("cwm-teg", "data-sharing/information-sharing-protocol.md");
    for (const heading of [
      "Operational procedures",
      "Communication with practitioners",
      "Organisational and practitioner obligations",
      "Quality assurance before publication",
    ]) {
      expect(isp).toMatch(new RegExp(`\\n## \\d+\\. ${heading}\\n`));
    }
    expect(isp).toContain("WASPI regional quality assurance group");
    const oneWay = render({
      ...councils["cwm-teg"],
      partners: councils["cwm-teg"].partners.map((partner) => ({ ...partner, receives: [] })),
    });
    const paths = oneWay.map((d) => d.path).filter((path) => path.startsWith("data-sharing/"));
    expect(paths).not.toContain("data-sharing/information-sharing-protocol.md");
    expect(paths).toContain("data-sharing/cwm-teg-university-health-board.md");
    const dda = oneWay.find((d) => d.path === "data-sharing/cwm-teg-university-health-board.md")!.content;
    expect(dda).toContain(
      "# Data Disclosure Agreement: Cwm Teg University Health Board to Cwm Teg County Borough Council (fictional)",
    );
    for (const heading of [
      "Operational procedures and communication with practitioners",
      "Organisational and practitioner obligations",
      "Quality assurance before publication",
    ]) {
      expect(dda).toMatch(new RegExp(`\\n## \\d+\\. ${heading}\\n`));
    }
  });

  it("13. gives the multi-party agreement its schedule, with a contact and a DPO per party", () => {
    const multi = render({
      ...councils.brackenford,
      dataProtection: { ...councils.brackenford.dataProtection, sharingAgreement: "multi-party" },
    }).find((d) => d.path === "data-sharing/multi-party-agreement.md")!.content;
    expect(multi).not.toContain("its schedule to this agreement");
    const schedule = multi.slice(multi.indexOf("\n## Schedule: the parties"));
    expect(schedule).toContain(
      "| Organisation | Controller (legal entity) | Kind | Public authority (DPA 2018 s.7) | ICO registration | Contact | Data protection officer |",
    );
    expect(row(schedule, "Brackenford Hospitals NHS Foundation Trust")).toContain(
      "dpo@brackenford-hospitals.example.nhs.uk",
    );
    expect(row(schedule, "Brackenford Borough Council (fictional)")).toContain(
      "dpo@brackenford.example.gov.uk",
    );
    expect(multi).toContain("the partners in the schedule");
  });

  it("14. generates every cross-reference from the section structure: each points at a section that exists", () => {
    for (const council of allCouncils) {
      for (const document of dataSharing(council)) {
        expect(document.content, document.path).not.toMatch(/\((below|above)\)/);
        const headings = new Set([...document.content.matchAll(/\n## (\d+)\. /g)].map((match) => match[1]));
        for (const match of document.content.matchAll(/\bsection (\d+)\b(?! of )/g)) {
          expect(headings.has(match[1]), `${council} ${document.path}: section ${match[1]}`).toBe(true);
        }
      }
    }
  });

  it("fixes the presentation faults: no role where an email belongs, no double full stops", () => {
    for (const council of allCouncils) {
      for (const document of dataSharing(council)) {
        expect(document.content).not.toMatch(/Caldicott Guardian \(Caldicott Guardian/);
        expect(document.content).not.toMatch(/[^.]\.\.(\s|$)/);
      }
    }
    const sentence = render({
      ...councils.hollinbrook,
      dataProtection: {
        ...councils.hollinbrook.dataProtection,
        retention: { years: 6, from: "the last contact with the person." },
      },
    });
    for (const document of sentence.filter((d) => d.path.startsWith("data-sharing/"))) {
      expect(document.content).not.toContain("person..");
    }
  });
});

describe("the packs still cover every ICO heading, every Annex B field and every WASPI section", () => {
  const annexBFields = [
    "Disclosing organisation",
    "Receiving organisation",
    "Name and position of the person requesting",
    "Date request received",
    "Description of the data",
    "Controller relationship",
    "Is a data-sharing agreement in place?",
    "Purpose",
    "Lawful basis",
    "Why sharing is necessary",
    "Special category or criminal offence data conditions",
    "Part 3 DPA 2018 provisions",
    "Legal power for sharing",
    "DPIA considered, and outcome",
    "Views of the data protection officer",
    "Retention and deletion",
    "Security",
    "Information-rights arrangements",
    "Dates or intervals of sharing",
    "Decision and reasons, decision-maker, signature and date",
  ];
  const icoHeadings = [
    "Purpose of the data sharing",
    "The organisations involved",
    "Controller relationship",
    "What data items are shared",
    "Lawful basis",
    "Special category and criminal offence data",
    "Access and individual rights",
    "Information governance",
  ];

  it.each(allCouncils.filter((council) => council !== "cwm-teg"))("%s: every agreement", (council) => {
    const agreements = dataSharing(council).filter((d) => d.content.startsWith("# Data-sharing agreement"));
    expect(agreements.length).toBeGreaterThan(0);
    for (const agreement of agreements) {
      for (const heading of icoHeadings)
        expect(agreement.content).toMatch(new RegExp(`\\n## \\d+\\. ${heading}\\n`));
      for (const field of annexBFields)
        expect(agreement.content).toMatch(new RegExp(`\\n\\| ${field.replace(/[?()]/g, "\\$&")}`));
    }
  });
});

describe("individuals' rights in the data-sharing documents (UK GDPR as amended by the DUAA 2025)", () => {
  const rights = (content: string) =>
    content.slice(content.indexOf("Each party is responsible for the rights"));

  it("says portability can apply to a partner that relies on explicit consent, and does not arise otherwise", () => {
    // UK GDPR Art 20(1)(a): consent under Art 6(1)(a) or Art 9(2)(a), or a contract; by automated means.
    const consent = rights(doc("wendleshire", "data-sharing/wendleshire-community-action.md"));
    expect(consent).toContain(
      "it can apply where Wendleshire Community Action relies on the person's explicit consent (Art 9(2)(a))",
    );
    expect(consent).not.toContain("does not arise");
    const protocol = rights(doc("cwm-teg", "data-sharing/information-sharing-protocol.md"));
    expect(protocol).toContain("Cartrefi Cwm Teg and Cwm Teg County Voluntary Council rely on");
    const publicOnly = rights(doc("wendleshire", "data-sharing/wendleshire-healthcare-nhs-trust.md"));
    expect(publicOnly).toContain("Data portability (UK GDPR Art 20) does not arise");
  });

  it("counts the time limit from the latest of request, identity and fee, and pauses it only for a subject access clarification", () => {
    // UK GDPR Art 12A (DUAA 2025 s.76), as DPA 2018 s.54(3)-(3D) for law enforcement processing.
    const withRights = dataSharing("brackenford").filter((document) =>
      document.content.includes("Each party is responsible for the rights"),
    );
    expect(withRights.length).toBeGreaterThan(3);
    for (const document of withRights) {
      const content = rights(document.content);
      expect(content).toContain(
        "runs from the latest of the day the party receives the request, the day it receives the information it asked for to confirm who is asking, and the day any fee is paid",
      );
      expect(content).toContain(
        "for a subject access request, when the party reasonably needs the person to say",
      );
      expect(content).not.toContain("or the clarification it asked for");
    }
  });
});

describe("a DPO's review of the district council's pack (Hollinbrook)", () => {
  it("asks the coordinator to record explicit consent per organisation, and lists as recipients only partners the council passes information to", () => {
    const form = doc("hollinbrook", "data-protection/agreement-to-share-form.md");
    expect(form).toContain(
      "Hollinbrook Volunteer Centre relies on it as the person's explicit consent (UK GDPR Article 9(2)(a)) for the special category information, and as their consent (DPA 2018 Schedule 1 paragraph 29) for the criminal offence information, that the council passes to it",
    );
    expect(form).toContain("Record that consent as an agreement of its own for each such organisation");
    expect(form).toContain("never an advocate, a relative or a friend");
    expect(form).toContain(
      "Hollinbrook Housing Association and Hollinbrook Volunteer Centre obtain the person's consent themselves before passing special category or criminal offence information to the council: this form does not record it.",
    );
    // The police and the housing association only pass information to the council.
    expect(form).toContain("| Hollinbrook Volunteer Centre | ____");
    expect(form).not.toContain("| Hollinshire Police | ____");
    expect(form).not.toContain("| Hollinbrook Housing Association | ____");
  });

  it("gives the district's DPIA the district's own purposes, and the Caldicott principles only to those they bind", () => {
    const dpia = doc("hollinbrook", "data-protection/dpia.md");
    const purposes = dpia.slice(dpia.indexOf("### Purposes of the processing"), dpia.indexOf("## Step 3"));
    expect(purposes).toContain("the functions of its own that the programme serves");
    expect(purposes).toContain("the county council, a separate controller, may count the programme");
    expect(purposes).not.toContain("For the council and its partners: to prevent, reduce or delay");
    expect(dpia).toContain(
      "the Caldicott principles, which bind Hollinshire County Council (fictional) but not the council (it has no social care functions)",
    );
    expect(dpia).toContain("| Senior information risk owner and information governance lead |");
    // A unitary council keeps the Care Act purpose and its Caldicott Guardian.
    const unitary = doc("brackenford", "data-protection/dpia.md");
    expect(unitary).toContain(
      "- For the council: to prevent, delay or reduce needs for care and support, for adults and carers (Care Act 2014 s.2);",
    );
    expect(unitary).toContain("| Caldicott Guardian and information governance lead |");
  });

  it("says a withdrawal takes effect when the person says so, and gives each exception its conditions", () => {
    const agreement = section(doc("hollinbrook", "data-sharing/hollinbrook-volunteer-centre.md"), 7);
    expect(agreement).toContain("a withdrawal takes effect from the moment the person says so");
    expect(agreement).not.toContain("from the moment it is recorded");
    // The incapacity condition is Art 9(2)(c)'s and paragraph 30's, not Art 6(1)(d)'s.
    expect(agreement).toContain(
      "to protect someone's vital interests, UK GDPR Art 6(1)(d) and, for special category data, Art 9(2)(c) or, for criminal offence data, DPA 2018 Schedule 1 paragraph 30, the last two only where the person is physically or legally incapable of giving consent",
    );
    expect(agreement).toContain("to meet a legal obligation, Art 6(1)(c)");
    expect(agreement).toContain("DPA 2018 Schedule 1 paragraph 10");
  });

  it("offers the volunteer centre and the housing association consent (Sch 1 Part 3 para 29) for criminal offence data, obtained as explicit consent is", () => {
    const volunteers = doc("hollinbrook", "data-sharing/hollinbrook-volunteer-centre.md");
    const centre = row(section(volunteers, 5), "Hollinbrook Volunteer Centre");
    expect(centre).toContain(
      "UK GDPR Art 10 and DPA 2018 s.10(5): DPA 2018 Schedule 1 Part 3 paragraph 29 (Consent), DPA 2018 Schedule 1 Part 2 paragraph 18",
    );
    expect(centre).toContain("Paragraph 29 (consent) applies only where the person has consented");
    expect(section(volunteers, 6)).toContain(
      "For criminal offence data, Hollinbrook Volunteer Centre has no official authority, so it relies on a condition in DPA 2018 Schedule 1 for every item: the person's consent (Part 3 paragraph 29)",
    );
    expect(section(volunteers, 6)).toContain(
      "For what the council passes to Hollinbrook Volunteer Centre, the agreement the coordinator records for that organisation alone is that consent.",
    );
    const housing = doc("hollinbrook", "data-sharing/hollinbrook-housing-association.md");
    expect(section(housing, 6)).toContain(
      "Hollinbrook Housing Association obtains it itself before passing such information to the council.",
    );
    // No public authority is offered consent for criminal offence data.
    const police = doc("hollinbrook", "data-sharing/hollinshire-police.md");
    expect(section(police, 5)).not.toContain("Part 3 paragraph 29");
    const dpia = doc("hollinbrook", "data-protection/dpia.md");
    expect(dpia).toContain("on the person's consent (DPA 2018 Schedule 1 paragraph 29)");
  });

  it("asks the council relying on official authority for criminal offence data to name the law that gives it", () => {
    const districtRow = row(
      section(doc("hollinbrook", "data-sharing/hollinbrook-volunteer-centre.md"), 5),
      "Hollinbrook District Council (fictional)",
    );
    expect(districtRow).toContain(
      "or official authority, naming the law that gives it: ____________________ (named by Hollinbrook District Council (fictional))",
    );
    expect(districtRow).toContain("must then be able to name the specific law, statute or common law");
    expect(districtRow).not.toMatch(/or official authority\./);
    // A unitary council is offered its prevention duty as the example to name.
    const unitary = doc("brackenford", "data-protection/dpia.md");
    expect(unitary).toContain(
      "or official authority, naming the law that gives it: ____________________ (for example the Care Act 2014 s.2 prevention duty",
    );
  });

  it("says the district's duty to co-operate supports paragraph 6 but is not a lawful basis, and calls nothing a firmer basis", () => {
    for (const path of [
      "data-sharing/hollinbrook-volunteer-centre.md",
      "data-protection/dpia.md",
      "data-protection/privacy-notice.md",
    ]) {
      const content = doc("hollinbrook", path);
      expect(content, path).not.toContain("firmer basis");
    }
    const agreement = doc("hollinbrook", "data-sharing/hollinbrook-volunteer-centre.md");
    expect(agreement).toContain(
      "The duty to co-operate supports relying on paragraph 6 for that function; it is not a lawful basis of its own, nor a power to share every item.",
    );
  });

  it("asks a partner without an ICO registration number to confirm it meets the fee exemption's conditions", () => {
    const parties = section(doc("hollinbrook", "data-sharing/hollinbrook-volunteer-centre.md"), 2);
    expect(parties).toContain(
      "None given: a not-for-profit organisation that considers itself exempt from the data protection fee. To be confirmed by Hollinbrook Volunteer Centre: a not-for-profit body may be exempt from the ICO data protection fee if it meets the conditions of the Data Protection (Charges and Information) Regulations 2018",
    );
    expect(parties).not.toMatch(/None: a not-for-profit organisation exempt/);
  });

  it("states the retention period as the council's, from its retention schedule, and that safeguarding and children's records may be kept longer", () => {
    for (const path of ["data-sharing/hollinbrook-volunteer-centre.md", "data-protection/dpia.md"]) {
      const content = doc("hollinbrook", path);
      expect(content, path).toContain(
        "The period is the council's choice: before coordinators start keeping records about people",
      );
      expect(content, path).toContain("records retention schedule");
      expect(content, path).toContain(
        "Records about children, and records of safeguarding concerns, may have to be kept longer",
      );
    }
    expect(doc("hollinbrook", "data-protection/privacy-notice.md")).toContain(
      "after your last contact with your coordinator. Then we delete it. Some records, such as records about a child or about keeping someone safe from harm, may be kept longer",
    );
  });

  it("names the DPIA's reviewers so that they are right for a council with or without social care", () => {
    // Hollinbrook has no social care functions: its DPIA goes to its senior information risk owner.
    const index = doc("hollinbrook", "README.md");
    expect(index).toContain("| The Data Protection Officer, then the senior information risk owner |");
    expect(doc("brackenford", "README.md")).toContain(
      "| The Data Protection Officer, then the Caldicott Guardian |",
    );
  });

  it("records every breach, sets an internal deadline to agree, keeps transfers out of the UK under Chapter V, and handles complaints as s.164A says", () => {
    const oneWay = render({
      ...councils["cwm-teg"],
      partners: councils["cwm-teg"].partners.map((partner) => ({ ...partner, receives: [] })),
    });
    const documents = {
      agreement: doc("hollinbrook", "data-sharing/hollinbrook-volunteer-centre.md"),
      protocol: doc("cwm-teg", "data-sharing/information-sharing-protocol.md"),
      disclosure: oneWay.find((d) => d.path === "data-sharing/cwm-teg-university-health-board.md")!.content,
    };
    for (const [kind, document] of Object.entries(documents)) {
      expect(document, kind).toContain("records every personal data breach, reported or not");
      expect(document, kind).toContain("within ____ hours of becoming aware of it");
      expect(document, kind).toContain("outside the United Kingdom, or lets a processor do so");
      expect(document, kind).toMatch(/informed of progress/);
      expect(document, kind).not.toContain("a response without undue delay");
    }
    const police = doc("hollinbrook", "data-sharing/hollinshire-police.md");
    expect(police).toContain(
      "the notification duties of the Data Protection Act 2018 ss.67–68 apply instead",
    );
    expect(police).toContain(
      "would be likely to prejudice the prevention or detection of crime or the apprehension or prosecution of offenders",
    );
  });

  it("tells people in the privacy notice who asks for their explicit consent, and that the law still allows sharing to protect someone", () => {
    const notice = doc("hollinbrook", "data-protection/privacy-notice.md");
    expect(notice).toContain(
      "Hollinbrook Housing Association uses your information in its legitimate interests (UK GDPR Art 6(1)(f)). It uses information about your health, or other sensitive information, only if you give your explicit consent (UK GDPR Art 9(2)(a)), which it asks you for itself before it tells us about your health or other sensitive information, or, without it, where the law allows it to protect a child or an adult at risk",
    );
    expect(notice).toContain(
      "Hollinbrook Housing Association and Hollinbrook Volunteer Centre ask you for it themselves",
    );
    expect(notice).toContain(
      "Before we pass such information to Hollinbrook Volunteer Centre, your coordinator asks for it separately",
    );
  });
});
