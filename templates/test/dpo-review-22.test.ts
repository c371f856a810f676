// One test per defect found reading the data-protection documents of an English county council
// (Wendleshire) and a metropolitan borough council (Stanmoor) as their data protection officer would
// (review 22).
import type { CouncilConfig } from "@lac/council";
import { describe, expect, it } from "vitest";
import { documentOf, example, render, withAnotherCouncilService } from "./examples.js";
import { part } from "./markdown-sections.js";

const dpiaOf = (config: CouncilConfig) => documentOf(config, "data-protection/dpia.md");
const controllersItem = (config: CouncilConfig) =>
  part(dpiaOf(config), "## Step 2")
    .split("\n")
    .find((line) => line.startsWith("- **Controllers and processors:**"))!;

describe("the DPIA names the legal entity that is each partner's controller, as the data-sharing agreements do", () => {
  it("names the chief constable for a police force and the fire and rescue authority for its service", () => {
    const item = controllersItem(example("stanmoor"));
    // The premise: the agreements name these legal entities as the controllers.
    const police = documentOf(example("stanmoor"), "data-sharing/greater-stanmoor-police.md");
    expect(police).toContain(
      "| Greater Stanmoor Police | The Chief Constable of Greater Stanmoor Police (derived by the toolkit: confirm the legal name) |",
    );
    expect(item).toContain(
      "For Greater Stanmoor Police, the controller is the Chief Constable of Greater Stanmoor Police (derived by the toolkit: confirm the legal name).",
    );
    expect(item).toContain(
      "For Greater Stanmoor Fire and Rescue Service, the controller is Greater Stanmoor Fire and Rescue Authority.",
    );
    // A partner whose name is its legal entity needs no such sentence.
    expect(item).not.toContain("For Voluntary Action Stanmoor, the controller is");
  });

  it("names a GP practice's contracting entity when configured, and leaves a blank for it when not", () => {
    const brackenford = example("brackenford");
    expect(controllersItem(brackenford)).toContain(
      "For Northfield Medical Practice, the controller is the partners of Northfield Medical Practice.",
    );
    const withoutEntity: CouncilConfig = {
      ...brackenford,
      partners: brackenford.partners.map((partner) =>
        partner.kind === "gp-practice" ? { ...partner, legalEntity: undefined } : partner,
      ),
    };
    expect(controllersItem(withoutEntity)).toContain(
      "For Northfield Medical Practice, the controller is the legal person it names: ____________________.",
    );
  });

  it("adds nothing when every partner's name is its legal entity", () => {
    expect(controllersItem(example("wendleshire"))).not.toContain("the controller is");
  });
});

describe("the DPIA's consent paragraph says what must meet Art 7, not leaving 'It' to mean the organisation", () => {
  it("says 'That consent must meet', as the agreements do", () => {
    for (const name of ["wendleshire", "stanmoor"]) {
      const step4 = part(dpiaOf(example(name)), "## Step 4");
      expect(step4).toContain("That consent must meet UK GDPR Art 7 and Art 9(2)(a)");
      expect(step4).not.toContain("It must meet UK GDPR Art 7");
    }
  });
});

describe("the agreements give Art 8A(2)'s third factor as the Article says it, not as the repealed Art 6(4) did", () => {
  // UK GDPR Art 8A(2)(c), inserted by DUAA 2025 s.71(5): "the nature of the processing, including whether
  // it is processing described in Article 9(1) ... or Article 10(1)"; "the nature of the personal data"
  // was Art 6(4)(c), which s.71(4) omits.
  it("says 'the nature of the processing' in a data-sharing agreement and a multi-party agreement", () => {
    const stanmoor = example("stanmoor");
    const agreement = documentOf(stanmoor, "data-sharing/voluntary-action-stanmoor.md");
    const multiParty = documentOf(
      { ...stanmoor, dataProtection: { ...stanmoor.dataProtection, sharingAgreement: "multi-party" } },
      "data-sharing/multi-party-agreement.md",
    );
    for (const document of [agreement, multiParty]) {
      expect(document).toContain(
        "the nature of the processing (including whether it is of special category or criminal offence data)",
      );
      expect(document).not.toContain("the nature of the information (including");
    }
  });
});

describe("the anonymised-figures rules state the usual neighbourhood size only where it is true of the programme", () => {
  const stanmoor = example("stanmoor");
  const note = (config: CouncilConfig) => documentOf(config, "data-sharing/aggregate-data-note.md");

  it("keeps the usual range where every coordinator covers 8,000 to 10,000 people", () => {
    expect(note(stanmoor)).toContain(
      "A Local Area Coordinator works in a neighbourhood of 8,000 to 10,000 people",
    );
  });

  it("does not claim it where a coordinator covers fewer people, as the DPIA's own figures show", () => {
    const small: CouncilConfig = {
      ...stanmoor,
      neighbourhoods: stanmoor.neighbourhoods.map((neighbourhood) =>
        neighbourhood.name === "Mossfield" ? { ...neighbourhood, population: 4200 } : neighbourhood,
      ),
    };
    // The premise: the DPIA gives this programme's figures, from 4,200 people per coordinator.
    expect(dpiaOf(small)).toContain("a neighbourhood population of about 4,200 to 9,900 people");
    const text = note(small);
    expect(text).not.toContain("8,000 to 10,000");
    expect(text).toContain(
      "A Local Area Coordinator works in one neighbourhood (the implementation plan gives the people for each coordinator) and walks alongside relatively few of its people at a time",
    );
  });
});

describe("a pack whose partners are not yet listed, or not public authorities, says nothing of documents or parties it lacks", () => {
  const wendleshire = example("wendleshire");
  const noPartners: CouncilConfig = { ...wendleshire, partners: [] };

  it("the DPIA proposes the council's own bases itself when there are no data-sharing documents", () => {
    // The premise: such a pack has no data-sharing documents at all.
    expect(render(noPartners).some((document) => document.path.startsWith("data-sharing/"))).toBe(false);
    const step4 = part(dpiaOf(noPartners), "## Step 4");
    expect(step4).not.toContain("Proposed in the data-sharing documents of this pack");
    expect(step4).toContain(
      "**Lawful basis.** Proposed by this pack for the council, for its data protection officer to confirm (no other organisation shares personal data with the programme yet):",
    );
    expect(step4).not.toContain("the other public authorities");
    // With partners, as before.
    expect(part(dpiaOf(wendleshire), "## Step 4")).toContain(
      "**Lawful basis.** Proposed in the data-sharing documents of this pack, for each data protection officer to confirm:",
    );
  });

  it("the DPIA speaks of 'the other public authorities' only when a partner is one", () => {
    const charityOnly: CouncilConfig = {
      ...wendleshire,
      partners: wendleshire.partners.filter((partner) => partner.kind === "charity"),
    };
    const step4 = part(dpiaOf(charityOnly), "## Step 4");
    expect(step4).toContain(
      "For the council, the person's agreement to share is kept apart from the lawful basis",
    );
    expect(step4).not.toContain("the other public authorities");
    expect(part(dpiaOf(wendleshire), "## Step 4")).toContain(
      "For the council and the other public authorities, the person's agreement to share",
    );
  });

  it("the multi-party agreement has no empty table of data items when no partner shares personal data yet", () => {
    const text = documentOf(
      { ...noPartners, dataProtection: { ...noPartners.dataProtection, sharingAgreement: "multi-party" } },
      "data-sharing/multi-party-agreement.md",
    );
    const dataItems = part(text, "## 4.");
    expect(dataItems).not.toContain("| Organisation | Shares with the council | Receives from the council |");
    expect(dataItems).toContain(
      'No partner shares personal data with the council yet. Each partner\'s row, with what it shares with the council and receives from it and the data items of each, is added here when it joins (section 9, "Parties joining and leaving").',
    );
  });
});

describe("the internal note's retention rule speaks of each service when there are several", () => {
  it("says 'each service keeps its own records' for two services, 'the service' for one", () => {
    const brackenford = example("brackenford");
    const twoServices = withAnotherCouncilService(brackenford, "Brackenford Borough Council Housing Options");
    const note = (config: CouncilConfig) =>
      documentOf(config, "data-sharing/internal-information-sharing-note.md")
        .split("\n")
        .find((line) => line.startsWith("- **Retention.**"))!;
    expect(note(twoServices)).toContain(
      "after the last contact with the person; each service keeps its own records under its own retention schedule.",
    );
    expect(note(brackenford)).toContain(
      "after the last contact with the person; the service keeps its own records under its own retention schedule.",
    );
  });
});
