// One test per finding (A to E) of the DPO review of the Welsh example council's Information Sharing
// Protocol, which apply to the English agreements too: passing on rectification, erasure and restriction
// (UK GDPR Art 19); WASPI's ISP and DDA, and the purposes of sharing; the children's co-operation duty;
// each body's own Caldicott Guardian; and each receiving party's retention, and what happens at the end.
import type { CouncilConfig } from "@lac/council";
import type { RenderedDocument } from "@lac/documents";
import { describe, expect, it } from "vitest";
import { example, render } from "./examples.js";
import { section } from "./markdown-sections.js";

const cwmTeg = example("cwm-teg");
const brackenford = example("brackenford");
const packs = {
  "cwm-teg": render(cwmTeg),
  brackenford: render(brackenford),
  wendleshire: render(example("wendleshire")),
  hollinbrook: render(example("hollinbrook")),
  multiParty: render({
    ...brackenford,
    dataProtection: { ...brackenford.dataProtection, sharingAgreement: "multi-party" },
  }),
  /** Cwm Teg with every flow one way: a Data Disclosure Agreement per partner, no protocol. */
  oneWay: render({ ...cwmTeg, partners: cwmTeg.partners.map((partner) => ({ ...partner, receives: [] })) }),
};

function doc(documents: readonly RenderedDocument[], path: string): string {
  const found = documents.find((document) => document.path === path);
  if (!found) throw new Error(`no ${path}: ${documents.map((d) => d.path).join(", ")}`);
  return found.content;
}

/** The nested list item of a party under "**Legal power to share.**", with its gateways. */
function gatewaysOf(content: string, organisation: string): string {
  const start = content.indexOf(`- **${organisation}.**`);
  if (start < 0) throw new Error(`no gateways for ${organisation}`);
  const end = content.indexOf("\n- **", start + 1);
  return content.slice(start, end < 0 ? content.indexOf("\n\n", start) : end);
}

const protocol = doc(packs["cwm-teg"], "data-sharing/information-sharing-protocol.md");
const gpAgreement = doc(packs.brackenford, "data-sharing/northfield-medical-practice.md");
const multiParty = doc(packs.multiParty, "data-sharing/multi-party-agreement.md");
const disclosure = doc(packs.oneWay, "data-sharing/aberteg-medical-centre.md");
const everyDocument = { protocol, gpAgreement, multiParty, disclosure };

describe("DPO review of the Welsh Information Sharing Protocol, and the English agreements", () => {
  it("A. passes on rectification, erasure and restriction to the recipients (UK GDPR Art 19), and handles requests one way", () => {
    for (const [name, content] of Object.entries(everyDocument)) {
      expect(content, name).toContain(
        "under UK GDPR Article 16, 17(1) or 18 (usually at the person's request), tells each party to which it disclosed that data, unless this proves impossible or involves disproportionate effort, and tells the person about those recipients if the person asks (UK GDPR Art 19)",
      );
      expect(content, name).toContain("does not wait for that party's permission to answer");
    }
    expect(protocol).toContain("shared under this protocol");
    const requests = section(protocol, 13);
    expect(requests).toContain("handled as in section 9");
    // Section 9 says the receiving partner does not wait for the other's permission (checked above).
    expect(requests).not.toMatch(/data protection rights request[^.]*consults that partner/);
    expect(requests).toContain(
      "freedom of information request that involves another partner's information consults",
    );
  });

  it("B. names the partners whose sharing is one way, for the WASPI quality assurance group to confirm, and states the purposes", () => {
    expect(protocol).not.toContain("as here: some partners both give information");
    expect(protocol).toContain(
      "Here the sharing is reciprocal: Cwm Teg University Health Board and Cwm Teg County Voluntary Council both give information to the programme and receive information from it.",
    );
    expect(protocol).toContain(
      "Aberteg Medical Centre and Cartrefi Cwm Teg only disclose information to the council.",
    );
    expect(protocol).toContain("regional WASPI quality assurance group (section 15)");
    expect(section(protocol, 15)).toContain(
      "Aberteg Medical Centre and Cartrefi Cwm Teg, whose sharing is one way (section 1), are covered by this protocol rather than by a Data Disclosure Agreement",
    );
    const purposes = section(protocol, 1).slice(section(protocol, 1).indexOf("### Purposes of sharing"));
    for (const flow of [
      "  - Aberteg Medical Centre: introductions of people who have agreed to meet a coordinator",
      "  - Cartrefi Cwm Teg: introductions of tenants who have agreed to meet a coordinator",
      "  - Cwm Teg University Health Board: whether an introduction was taken up",
      "  - Cwm Teg County Voluntary Council: introductions to community groups, with the person's agreement",
    ]) {
      expect(purposes).toContain(flow);
    }
    expect(purposes).toContain("- **Without the person's agreement**, only as a recorded exception");
    // Every partner both ways: no partner to name.
    const reciprocal: CouncilConfig = {
      ...cwmTeg,
      partners: cwmTeg.partners.map((partner) => ({
        ...partner,
        receives: partner.receives.length > 0 ? partner.receives : ["whether an introduction was taken up"],
      })),
    };
    const both = doc(render(reciprocal), "data-sharing/information-sharing-protocol.md");
    expect(both).not.toContain("only disclose information to the council");
    expect(section(both, 15)).not.toContain("whose sharing is one way");
    // Every flow one way: Data Disclosure Agreements, and the plan says so.
    expect(packs.oneWay.map((d) => d.path)).not.toContain("data-sharing/information-sharing-protocol.md");
    const plan = doc(packs.oneWay, "implementation-plan.md");
    expect(plan).not.toContain("information-sharing-protocol.md");
    expect(plan).toContain("Data Disclosure Agreement with each partner");
  });

  it("C. covers children, with the children's co-operation duty for the bodies it binds", () => {
    expect(protocol).not.toContain("adults and young people");
    expect(protocol).toContain("The people it covers are the children, adults and families");
    const lawfulBasis = section(protocol, 5);
    for (const bound of ["Cwm Teg County Borough Council (fictional)", "Cwm Teg University Health Board"]) {
      expect(gatewaysOf(lawfulBasis, bound), bound).toMatch(
        /Children Act 2004 s\.25: [^\n]*must co-operate with it\.\n/,
      );
    }
    for (const unbound of [
      "Aberteg Medical Centre",
      "Cartrefi Cwm Teg",
      "Cwm Teg County Voluntary Council",
    ]) {
      expect(gatewaysOf(lawfulBasis, unbound), unbound).not.toContain("Children Act 2004");
    }
    expect(protocol).not.toContain("Children Act 2004 s.10");
    expect(doc(packs["cwm-teg"], "implementation-plan.md")).toContain(
      "for children under the Children Act 2004 s.25",
    );
    // England: a single-tier council and the police; a county council and its district; not a district alone.
    const police = section(doc(packs.brackenford, "data-sharing/brackenshire-police.md"), 5);
    expect(gatewaysOf(police, "Brackenford Borough Council (fictional)")).toContain(
      "Children Act 2004 s.10:",
    );
    expect(gatewaysOf(police, "Brackenshire Police")).toContain("Children Act 2004 s.10:");
    expect(gatewaysOf(section(gpAgreement, 5), "Northfield Medical Practice")).not.toContain("Children Act");
    const county = section(doc(packs.wendleshire, "data-sharing/wendle-district-council.md"), 5);
    expect(gatewaysOf(county, "Wendle District Council")).toContain("Children Act 2004 s.10:");
    const district = section(doc(packs.hollinbrook, "data-sharing/hollinshire-police.md"), 5);
    expect(district).not.toContain("Children Act 2004");
    const countyPartner = section(
      doc(packs.hollinbrook, "data-sharing/hollinshire-county-council-fictional.md"),
      5,
    );
    expect(gatewaysOf(countyPartner, "Hollinshire County Council (fictional)")).toContain(
      "Children Act 2004 s.10:",
    );
    // The district is the county's relevant partner (s.10(4)(a)), so it is offered s.10 in that agreement.
    expect(gatewaysOf(countyPartner, "Hollinbrook District Council (fictional)")).toContain(
      "Children Act 2004 s.10:",
    );
  });

  it("D. has each body's own Caldicott Guardian advise on its own disclosures, with a blank where none is configured", () => {
    expect(protocol).not.toMatch(/The Caldicott Guardian of [^.]* and [^.]* approves its disclosures/);
    expect(protocol).not.toMatch(/Each of [^.]* has its own Caldicott Guardian/);
    expect(section(protocol, 11)).toContain(
      "- Aberteg Medical Centre: Caldicott Guardian, or the person who performs the Caldicott function for it, to be named by Aberteg Medical Centre: ____________________",
    );
    const signOff = section(protocol, 17);
    expect(signOff).toContain(
      "For each of Cwm Teg University Health Board and Aberteg Medical Centre, its own Caldicott Guardian, or the person who performs the Caldicott function for it, named in the table below, advises it on its disclosures under this protocol before it signs",
    );
    expect(signOff).toContain("no body's Guardian advises for another");
    expect(signOff).toMatch(
      /\| The partners of Aberteg Medical Centre \| \| \| \| Caldicott Guardian, or the person who performs the Caldicott function for it, to be named by Aberteg Medical Centre: _+ \|/,
    );
    expect(signOff).toContain(
      "| Cwm Teg University Health Board | | | | Caldicott Guardian, <caldicott.guardian@cwmteg-uhb.example.nhs.wales> |",
    );
    expect(disclosure).toContain(
      "Aberteg Medical Centre's own Caldicott Guardian, or the person who performs the Caldicott function for it, advises it on its disclosures under this agreement before it signs.",
    );
    // England: the National Data Guardian's guidance asks for a Caldicott Guardian; each advises on its own.
    expect(section(gpAgreement, 11)).toContain(
      "Northfield Medical Practice's own Caldicott Guardian advises it on its disclosures",
    );
    expect(section(multiParty, 11)).toContain(
      "For each of Brackenford Hospitals NHS Foundation Trust and Northfield Medical Practice, its own Caldicott Guardian, named in the table below, advises it on its disclosures under this agreement before it signs",
    );
  });

  it("E. lists each receiving party's retention period, and says what happens when a party leaves or the document ends", () => {
    const records = section(protocol, 12);
    expect(records).toContain(
      "- Cwm Teg County Borough Council (fictional): 6 years after the last contact with the person, as above",
    );
    expect(records).toContain("- Cwm Teg University Health Board: ____________________");
    expect(records).toContain("- Cwm Teg County Voluntary Council: ____________________");
    // Partners that only disclose receive nothing to keep.
    expect(records).not.toContain("- Aberteg Medical Centre: ____");
    expect(section(gpAgreement, 9)).toContain("- Northfield Medical Practice: ____________________");
    expect(section(disclosure, 8)).toContain("- Cwm Teg County Borough Council (fictional): 6 years after");
    const ending =
      "is returned to the party that shared it, or securely deleted or destroyed, as the two agree, unless the receiving party must keep it by law. The receiving party confirms in writing";
    for (const [name, content] of Object.entries(everyDocument)) {
      expect(content, name).toContain(ending);
      expect(content, name).not.toContain('kept or deleted as set out under "Retention and deletion"');
    }
    expect(records).toContain(
      "**Leaving and ending.** Any party may end its participation by written notice to the others.",
    );
    expect(section(gpAgreement, 9)).toContain(
      "Either party may end this agreement by written notice to the other.",
    );
    expect(section(multiParty, 9)).toContain(
      "Any party may end its participation by written notice to the others.",
    );
  });
});
