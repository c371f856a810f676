// Review 29 (the partners' IG leads): what the agreement says when the police RECEIVE personal data from
// the council, and whether the national data opt-out applies to an NHS partner's anonymised figures.
import { describe, expect, it } from "vitest";
import type { CouncilConfig } from "@lac/council";
import { documentOf, example } from "./examples.js";
import { part, tableRow } from "./markdown-sections.js";

type Partner = CouncilConfig["partners"][number];

/** The configuration with each police partner changed by `change`. */
function withPolice(config: CouncilConfig, change: (police: Partner) => Partner): CouncilConfig {
  return {
    ...config,
    partners: config.partners.map((partner) => (partner.kind === "police" ? change(partner) : partner)),
  };
}

const receiving = (police: Partner): Partner => ({
  ...police,
  receives: ["whether an introduction was taken up"],
});
const receivingOnly = (police: Partner): Partner => ({ ...receiving(police), shares: [] });

const POLICE_AGREEMENT = "data-sharing/brackenshire-police.md";

describe("the agreement, when the police receive personal data from the council", () => {
  // DPA 2018 s.29 and s.31: Part 3 is the processing by a competent authority for the law enforcement
  // purposes; the ICO's guide to law enforcement processing: processing by a competent authority that is
  // not for a law enforcement purpose is under the UK GDPR, read with Part 2. s.35(2): Part 3 processing
  // is lawful only if based on law and with consent or necessary for a competent authority's task;
  // s.35(3)-(5) and Schedule 8 for sensitive processing (s.35(8)); s.42 the appropriate policy document.
  const agreement = documentOf(withPolice(example("brackenford"), receiving), POLICE_AGREEMENT);
  const receivingPart = (): string => part(agreement, "### Information to Brackenshire Police");

  it("says the police receive it for this sharing's purposes, under UK GDPR and Part 2, not Part 3", () => {
    const receives = receivingPart();
    expect(receives).toContain("for the purposes of this sharing");
    expect(receives).toContain("under UK GDPR, read with DPA 2018 Part 2");
    expect(receives).toContain("(ICO, guide to law enforcement processing)");
  });

  it("says a use for a law enforcement purpose is Part 3 processing that must itself be lawful (s.35)", () => {
    const receives = receivingPart();
    expect(receives).toContain("threats to public security (DPA 2018 s.31)");
    expect(receives).toContain("that use is processing under DPA 2018 Part 3");
    expect(receives).toContain("(DPA 2018 s.35(2))");
    expect(receives).toContain("a condition in DPA 2018 Schedule 8 (DPA 2018 s.35(4) and (5))");
    expect(receives).toContain("sensitive processing (DPA 2018 s.35(8): ");
    expect(receives).toContain("an appropriate policy document in place (DPA 2018 s.42)");
  });

  it("keeps the document's purpose limits and leaves the police's decision to its DPO, with a blank", () => {
    const receives = receivingPart();
    expect(receives).toContain("The purposes and limits of this document still apply");
    expect(receives).toMatch(/named by its data protection officer: _{5,}/);
  });

  it("keeps the council's own exception for sharing to prevent or detect crime", () => {
    const receives = receivingPart();
    expect(receives).toContain("DPA 2018 Schedule 1 paragraph 10 (preventing or detecting unlawful acts)");
  });

  it("says the council's privacy notice tells the person the police receive it, and of Part 3's limit", () => {
    const told =
      "The person is told that Brackenshire Police may receive their information, with their agreement";
    expect(receivingPart()).toContain(told);
    expect(receivingPart()).toContain(
      "the council's [privacy notice](../data-protection/privacy-notice.md) says so",
    );
    const notice = documentOf(
      withPolice(example("brackenford"), receiving),
      "data-protection/privacy-notice.md",
    );
    expect(notice).toContain("(Data Protection Act 2018 s.35(2))");
    const noNotice = withPolice(example("brackenford"), receiving);
    const withoutNotice = { ...noNotice, documents: { ...noNotice.documents, privacyNotice: false } };
    expect(
      part(documentOf(withoutNotice, POLICE_AGREEMENT), "### Information to Brackenshire Police"),
    ).not.toContain(told);
  });

  it("has no part for information from the police when they only receive", () => {
    const only = documentOf(withPolice(example("brackenford"), receivingOnly), POLICE_AGREEMENT);
    expect(only).not.toContain("### Information from Brackenshire Police");
    expect(part(only, "### Information to Brackenshire Police")).toContain(
      "The Chief Constable of Brackenshire Police is a competent authority under DPA 2018 Part 3.",
    );
  });

  it("has no part for information to the police when they only disclose (the example as it is)", () => {
    const disclosing = documentOf(example("brackenford"), POLICE_AGREEMENT);
    expect(disclosing).toContain("### Information from Brackenshire Police");
    expect(disclosing).not.toContain("### Information to Brackenshire Police");
  });
});

describe("the aggregate-data note and the national data opt-out", () => {
  // NHS England, National data opt-out operational policy guidance document, 7.1: "anonymised data can
  // almost certainly be used and national data opt-outs would not apply - provided data is anonymised in
  // line with the ICO Code of Practice on Anonymisation"; the opt-out covers confidential patient
  // information (identifiable or likely identifiable) about care in England.
  const OPT_OUT =
    "The national data opt-out does not apply to these figures while they are anonymised in line with the ICO's code of practice on anonymisation";

  it("says so for an NHS partner of a council in England", () => {
    const note = documentOf(example("brackenford"), "data-sharing/aggregate-data-note.md");
    const line = note.split("\n").find((text) => text.startsWith("NHS Brackenshire Integrated Care Board"));
    expect(line).toContain(OPT_OUT);
  });

  it("does not say so for a partner that is not in the NHS", () => {
    const config = example("brackenford");
    const charity = (partner: Partner): Partner =>
      partner.kind === "integrated-care-board"
        ? { ...partner, kind: "charity", organisation: "Brackenford Food Bank" }
        : partner;
    const note = documentOf(
      { ...config, partners: config.partners.map(charity) },
      "data-sharing/aggregate-data-note.md",
    );
    expect(note).toContain("Brackenford Food Bank shares only anonymised figures");
    expect(note).not.toContain("national data opt-out");
  });

  it("does not say so in Wales, where the opt-out does not apply", () => {
    const config = example("cwm-teg");
    const board = (partner: Partner): Partner =>
      partner.kind === "local-health-board" ? { ...partner, anonymised: ["shares", "receives"] } : partner;
    const note = documentOf(
      { ...config, partners: config.partners.map(board) },
      "data-sharing/aggregate-data-note.md",
    );
    expect(note).not.toContain("national data opt-out");
  });
});

// The ICO code's Annex B record (the agreement's own) said of a police partner that only receives that its
// information "is disclosed only where authorised by law": the Part 3 row follows each police's flows.
describe("the Annex B record's Part 3 row follows each police partner's direction", () => {
  const row = (config: CouncilConfig): string =>
    tableRow(documentOf(config, POLICE_AGREEMENT), "Part 3 DPA 2018 provisions");

  it("for police that only receive, says what a law enforcement use of it needs, and nothing of disclosing", () => {
    const only = row(withPolice(example("brackenford"), receivingOnly));
    expect(only).not.toContain("disclosed only where authorised by law");
    expect(only).toContain(
      "Brackenshire Police: what it receives is processed under UK GDPR for this agreement's purposes; any use of it for a law enforcement purpose is Part 3 processing and must be lawful under DPA 2018 s.35(2)",
    );
  });

  it("for police that disclose and receive, says both, and for police that only disclose, as before", () => {
    const both = row(withPolice(example("brackenford"), receiving));
    expect(both).toContain("disclosed only where authorised by law (DPA 2018 s.36(4))");
    expect(both).toContain("any use of it for a law enforcement purpose is Part 3 processing");
    const disclosing = row(example("brackenford"));
    expect(disclosing).toContain("disclosed only where authorised by law (DPA 2018 s.36(4))");
    expect(disclosing).not.toContain("what it receives");
  });
});
