// One test per finding of review 37: a council's data protection officer reads the multi-party agreement
// and the WASPI documents (the Information Sharing Protocol and the Data Disclosure Agreements) against the
// ICO data sharing code of practice and the per-partner agreement, which has had many reviews.
// (1) The ISP, which covers "the children, adults and families" who meet a coordinator, and each DDA said
// nothing of the ICO code's section "Data sharing and children", which the per-partner and multi-party
// agreements state through the children-data partial. (2) Neither the ISP nor a DDA asked the partners to
// check that information is accurate before sharing it and to tell each other of corrections (the code's
// "accuracy"; UK GDPR Art 5(1)(d)), which the agreements state under "Data quality and format". (3) The ISP
// said how a partner leaves, but not how an organisation joins it: the multi-party agreement's "Parties
// joining and leaving", adapted to the protocol's sections, its designated-person sign-off and its WASPI
// quality assurance. (4) A DDA had a doubled blank line after its data items. (5) The multi-party
// agreement (and the ISP, which reuses its text) had the council update its privacy notice for a new party
// only "if the new party receives personal data", and not at all when a party leaves; but the privacy notice
// names every party, as a recipient (UK GDPR Art 13(1)(e)) or as a source the information comes from
// (Art 14(2)(f)), with each one's lawful basis, so a party that only discloses to the council must be added
// too, and a party that leaves removed. (6) The ISP's sign-off table named each partner by its organisation's
// name, where the multi-party agreement and each DDA name the controller that signs (the legal entity: the
// partners of a GP practice, a housing association's registered name): who signs for whom. (7) Neither the
// ISP nor a DDA said why the sharing is necessary, which the agreements state after the lawful basis (the
// ICO code's Annex B; necessity is part of each lawful basis the parties rely on, UK GDPR Art 6(1)).
// (8) The joining clause listed the schedule row, data items, lawful basis and retention, but not what else
// the documents record for each party of a kind: a legitimate interests assessment, the explicit consent
// arrangements of a party that is not a public authority, a Caldicott Guardian and the security assurance
// a health body asks of the council. (9) The ISP said only "Each partner is a separate controller.", where the
// multi-party agreement says what that means, that they are not joint controllers (UK GDPR Art 26), and what
// must happen if some of them begin to decide purposes and means together.
import { describe, expect, it } from "vitest";
import { documentOf, example, withDisclosureAgreements } from "./examples.js";
import { part } from "./markdown-sections.js";

const cwmTeg = example("cwm-teg");
const withAgreements = withDisclosureAgreements(cwmTeg);

const protocol = documentOf(cwmTeg, "data-sharing/information-sharing-protocol.md");
const disclosure = documentOf(withAgreements, "data-sharing/aberteg-medical-centre.md");
const landlord = documentOf(withAgreements, "data-sharing/cartrefi-cwm-teg.md");

const brackenford = example("brackenford");
const multiParty = documentOf(
  { ...brackenford, dataProtection: { ...brackenford.dataProtection, sharingAgreement: "multi-party" } },
  "data-sharing/multi-party-agreement.md",
);

const CHILDREN =
  "**Children.** A party shares a child's personal data only where it can show a compelling reason to do so, taking account of the best interests of the child, which are a primary consideration; safeguarding is one such reason. Even with a compelling reason, the sharing of a child's personal data is covered by a data protection impact assessment, because children are a vulnerable group (ICO data sharing code, \"Data sharing and children\").";

const DATA_QUALITY =
  "The parties share only the agreed data items, keep fact apart from opinion, check that information is accurate and complete before sharing, use the same formats for common items (for example dates as YYYY-MM-DD), and tell each other promptly of corrections.";

describe("review 37 (1): the ICO code's rule for sharing children's data", () => {
  it("the ISP states it where it deals with the person's agreement and exceptions (section 9)", () => {
    expect(part(protocol, "## 9. ")).toContain(CHILDREN);
  });
  for (const [name, content] of [
    ["Aberteg Medical Centre's DDA", disclosure],
    ["Cartrefi Cwm Teg's DDA", landlord],
  ] as const) {
    it(`${name} states it with its operational procedures (section 6)`, () => {
      expect(part(content, "## 6. ")).toContain(CHILDREN);
    });
  }
});

describe("review 37 (2): accuracy of what is shared, and corrections", () => {
  it("the ISP asks for it in records management (section 12)", () => {
    expect(part(protocol, "## 12. ")).toContain(DATA_QUALITY);
  });
  it("a DDA asks for it in information security and records management (section 8)", () => {
    expect(part(disclosure, "## 8. ")).toContain(DATA_QUALITY);
  });
});

describe("review 37 (3): how an organisation joins the ISP", () => {
  const review = part(protocol, "## 16. ");
  it("joins only once its designated person has signed, and its rows, basis and retention are added", () => {
    expect(review).toContain("### Partners joining and leaving");
    expect(review).toContain(
      "Another organisation joins this protocol only when its designated person has signed it (section 17), its row has been added to section 2 (its legal entity, contact and data protection officer or lead), its information and data items have been added to section 6 and Appendix B and its lawful basis and conditions to section 5, each confirmed by it, and, if it receives personal data, its retention period has been added to section 12.",
    );
    expect(review).toContain(
      "No personal data passes to or from an organisation under this protocol before it has joined.",
    );
  });
  it("the changed protocol goes back to WASPI quality assurance as the protocol's own section 15 says", () => {
    expect(review).toContain(
      "asks the WASPI regional quality assurance group whether the changed protocol must be quality assured again (section 15)",
    );
  });
  it("a partner's leaving is dealt with as section 12 says, and the protocol ends if the council leaves", () => {
    expect(review).toContain('as set out under "Leaving and ending" in section 12');
    expect(review).toContain("If Cwm Teg County Borough Council (fictional) leaves, this protocol ends.");
  });
});

describe("review 37 (4): a DDA's layout", () => {
  for (const [name, content] of [
    ["Aberteg Medical Centre's DDA", disclosure],
    ["Cartrefi Cwm Teg's DDA", landlord],
  ] as const) {
    it(`${name} has no doubled blank line after its data items (the pack-quality test reads only the examples' own packs)`, () => {
      expect(content).not.toMatch(/\n\n\n/);
    });
  }
});

describe("review 37 (5): the privacy notice follows a party's joining and leaving", () => {
  const notice = documentOf(brackenford, "data-protection/privacy-notice.md");
  it("the privacy notice names a partner that only discloses to the council (Brackenford College) as a source", () => {
    expect(part(notice, "## 14. ")).toContain("- Brackenford College\n");
  });
  for (const [name, content] of [
    ["the multi-party agreement", multiParty],
    ["the ISP", protocol],
  ] as const) {
    it(`${name} has the council add any new party to its privacy notice, and remove one that leaves`, () => {
      expect(content).not.toContain("updates its privacy notice if the new party receives personal data");
      expect(content).toContain(
        "updates its privacy notice, which names each party that receives information from the council or passes information to it (as its recipients, UK GDPR Arts 13(1)(e) and 14(1)(e), and as its sources, Art 14(2)(f)),",
      );
      expect(content).toMatch(
        /When a party leaves, [^\n]+ removes it from (section 2|the schedule), updates its privacy notice and tells the other parties;/,
      );
    });
  }
});

describe("review 37 (6): the ISP is signed for each controller, as the multi-party agreement and DDAs are", () => {
  const signOff = part(protocol, "## 17. ");
  it("the table's first column is the party (controller)", () => {
    expect(signOff).toContain(
      "| Party (controller) | Designated person (name and position) | Signature | Date |",
    );
  });
  it("a GP practice signs as its partners, and a housing association under its registered name", () => {
    expect(signOff).toContain("| The partners of Aberteg Medical Centre | | | |");
    expect(signOff).toContain(
      "| Cartrefi Cwm Teg (its registered name and company, society or charity number, to be completed by Cartrefi Cwm Teg: ____________________) | | | |",
    );
  });
  it("the council signs as its legal entity", () => {
    expect(signOff).toContain("| Cwm Teg County Borough Council (fictional) | | | |");
  });
});

describe("review 37 (7): why the sharing is necessary", () => {
  it("the ISP says it with the lawful basis (section 5), for the purposes in section 1", () => {
    expect(part(protocol, "## 5. ")).toContain(
      "**Why sharing is necessary.** Sharing is necessary to carry out the purpose in section 1 for each person who has agreed to it, or under a recorded exception; it is done case by case, never in bulk.",
    );
  });
  it("a DDA says it with the lawful basis (section 4), for the purpose in section 2", () => {
    expect(part(disclosure, "## 4. ")).toContain(
      "**Why sharing is necessary.** Sharing is necessary to carry out the purpose in section 2 for each person who has agreed to it, or under a recorded exception; it is done case by case, never in bulk.",
    );
  });
});

describe("review 37 (8): what else a joining party records", () => {
  it("the multi-party agreement names the sections that hold them", () => {
    expect(multiParty).toContain(
      "Where they apply to it, its legitimate interests assessment (section 5), its arrangements for explicit consent (section 6), and its Caldicott Guardian and the security assurance it asks of the council (section 9) are recorded in the same way before it starts sharing.",
    );
  });
  it("the ISP names the sections that hold them", () => {
    expect(protocol).toContain(
      "Where they apply to it, its legitimate interests assessment (section 5), its arrangements for explicit consent (section 5), and its Caldicott Guardian and the security assurance it asks of the council (section 11) are recorded in the same way before it starts sharing.",
    );
  });
});

describe("review 37 (9): the ISP's controller relationship", () => {
  it("says what separate controllers means, and what happens if partners begin to decide together", () => {
    expect(part(protocol, "## 2. ")).toContain(
      "The parties are separate controllers: each decides for itself why and how it processes the information it holds. They are not joint controllers under UK GDPR Art 26. If some of them begin to decide purposes and means together, they must put a joint controller arrangement in place.",
    );
  });
});
