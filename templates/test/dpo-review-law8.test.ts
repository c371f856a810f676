// One test per finding of a data protection officer's legal review of the Welsh example council's pack
// (Cwm Teg), with the English example (Brackenford) where the finding applies to both nations.
import { describe, expect, it } from "vitest";
import { documentOf, example, render, withDisclosureAgreements } from "./examples.js";
import { part, section, tableRow } from "./markdown-sections.js";

const cwmTeg = example("cwm-teg");
const brackenford = example("brackenford");
const plan = {
  wales: documentOf(cwmTeg, "implementation-plan.md"),
  england: documentOf(brackenford, "implementation-plan.md"),
};

describe("DPO review of the Welsh pack (law8)", () => {
  it("1. the plan's partners (section 9) give a GP practice's public authority status with its limits, and say what a GP practice is", () => {
    const partners = section(plan.wales, 9);
    expect(tableRow(partners, "Aberteg Medical Centre")).toContain(
      "| Yes, for its NHS services under a GMS or PMS contract (an APMS practice is not: confirm) |",
    );
    expect(partners).toContain(
      "**GP practices.** Aberteg Medical Centre is a controller in its own right for the information it holds about its patients, separate from the council and from NHS bodies such as the local health board",
    );
    expect(partners).toContain("the common law duty of confidentiality");
    expect(partners).toContain(
      "The duty of NHS bodies and local authorities to co-operate (National Health Service Act 2006 s.82) does not bind a GP practice, which is not an NHS body (s.275(1))",
    );
    const english = section(plan.england, 9);
    expect(english).toContain("from NHS bodies such as the integrated care board");
    // A partner that is not a GP practice keeps its plain "Yes" or "No".
    expect(tableRow(partners, "Cwm Teg University Health Board")).toContain("| Yes |");
    expect(tableRow(partners, "Cartrefi Cwm Teg")).toContain("| No |");
  });

  it("2. a Welsh council may give each one-way partner a Data Disclosure Agreement of its own (WASPI), and the protocol then covers only the reciprocal partners", () => {
    const ISP = "data-sharing/information-sharing-protocol.md";
    // By default the protocol covers the one-way partners, for WASPI quality assurance to confirm, and says how to change that.
    const protocol = documentOf(cwmTeg, ISP);
    expect(section(protocol, 15)).toContain(
      "set `dataProtection.waspi.oneWayPartners` to `disclosure-agreements` in `lac.config.yaml` and generate the pack again",
    );
    expect(render(cwmTeg).map((document) => document.path)).not.toContain(
      "data-sharing/aberteg-medical-centre.md",
    );

    const own = withDisclosureAgreements(cwmTeg);
    const documents = render(own);
    const text = (path: string) => documents.find((document) => document.path === path)!.content;
    const paths = documents.map((document) => document.path);
    expect(paths).toContain(ISP);
    expect(paths).toContain("data-sharing/aberteg-medical-centre.md");
    expect(paths).toContain("data-sharing/cartrefi-cwm-teg.md");
    expect(paths).not.toContain("data-sharing/cwm-teg-university-health-board.md");

    const ownProtocol = text(ISP);
    expect(ownProtocol).toContain(
      "Aberteg Medical Centre and Cartrefi Cwm Teg, whose sharing with the council is one way, each have a DDA of their own in this pack and are not parties to this protocol.",
    );
    expect(ownProtocol).not.toContain("only disclose information to the council");
    const parties = section(ownProtocol, 2);
    expect(parties).toContain("| Cwm Teg University Health Board |");
    expect(parties).not.toContain("| Aberteg Medical Centre |");
    expect(parties).not.toContain("| Cartrefi Cwm Teg |");
    expect(part(ownProtocol, "## Appendix B")).not.toContain("Aberteg Medical Centre");
    expect(section(ownProtocol, 15)).not.toContain("rather than by a Data Disclosure Agreement");

    const disclosure = text("data-sharing/aberteg-medical-centre.md");
    expect(disclosure).toMatch(
      /^# Data Disclosure Agreement: Aberteg Medical Centre to Cwm Teg County Borough Council/,
    );
    expect(disclosure).toContain(
      "The sharing between Aberteg Medical Centre and the council is one way, so it has a DDA of its own; the partners whose sharing goes both ways agree the programme's [Information Sharing Protocol](information-sharing-protocol.md).",
    );
    expect(disclosure).not.toContain("Every personal data flow");

    const ownPlan = text("implementation-plan.md");
    expect(section(ownPlan, 10)).toContain(
      "the council agrees a Data Disclosure Agreement with each partner whose sharing is one way (Aberteg Medical Centre and Cartrefi Cwm Teg; in `data-sharing/`)",
    );
    expect(section(ownPlan, 3)).toContain(
      "the Information Sharing Protocol and the Data Disclosure Agreements in this pack set out how information passes between them under WASPI",
    );
  });

  it("3. a Welsh plan with no partner to share personal data with does not point to a protocol the pack does not have", () => {
    const alone = documentOf({ ...cwmTeg, partners: [] }, "implementation-plan.md");
    expect(section(alone, 3)).not.toContain("Information Sharing Protocol in this pack");
    expect(section(alone, 3)).toContain("information passes between them under WASPI, as section 10 says.");
  });

  it("4. every data-sharing document asks the disclosing party to check that passing on information it collected for another purpose is compatible (UK GDPR Art 5(1)(b), Art 8A)", () => {
    const oneWay = render({
      ...cwmTeg,
      partners: cwmTeg.partners.map((partner) => ({ ...partner, receives: [] })),
    });
    const documents = {
      protocol: documentOf(cwmTeg, "data-sharing/information-sharing-protocol.md"),
      disclosure: oneWay.find((document) => document.path === "data-sharing/aberteg-medical-centre.md")!
        .content,
      agreement: documentOf(brackenford, "data-sharing/northfield-medical-practice.md"),
      multiParty: documentOf(
        {
          ...brackenford,
          dataProtection: { ...brackenford.dataProtection, sharingAgreement: "multi-party" },
        },
        "data-sharing/multi-party-agreement.md",
      ),
    };
    for (const [name, content] of Object.entries(documents)) {
      expect(content, name).toContain(
        "**Purpose limitation.** A party that passes on information it first collected for another purpose",
      );
      expect(content, name).toContain(
        "(UK GDPR Art 8A(2), inserted by the Data (Use and Access) Act 2025 s.71, in force 5 February 2026, SI 2026/82)",
      );
      expect(content, name).toContain(
        "Annex 2's first condition, a disclosure at another's request for its public task, does not cover a public authority disclosing in the performance of its own tasks",
      );
    }
    expect(documents.protocol).toContain("this protocol (UK GDPR Art 8A(2)");
    expect(documents.protocol).toContain("not consent under UK GDPR for a public authority (section 9)");
  });
});
