// One test per finding of review 22. Sources read (docs/legal-citations.md): WASPI's "Framework
// documentation" page (signing the Accord is voluntary; an organisation signs it by returning the
// Declaration of Acceptance and Participation to the WASPI team; its formal adoption is the responsibility
// of its Chief Executive or Chief Officer; a DDA supports one-way disclosures from a data controller to one
// or more data controllers). No page read says which parties to a DDA must have signed, so the DDA, like
// the ISP, gives the council's status from its configuration and leaves the partner's for the council to
// complete.
import type { CouncilConfig } from "@lac/council";
import { describe, expect, it } from "vitest";
import { documentOf, EXAMPLES, example, withDisclosureAgreements } from "./examples.js";
import { expectGoodWelsh } from "./expect-good-welsh.js";
import { part, tableRow } from "./markdown-sections.js";

const cwmTeg = example("cwm-teg");
const COUNCIL = "Cwm Teg County Borough Council (fictional)";
const DECLARATION_TABLE = "| Organisation | Signed the WASPI Declaration of Acceptance and Participation";

function notParticipant(config: CouncilConfig): CouncilConfig {
  return {
    ...config,
    dataProtection: {
      ...config.dataProtection,
      waspi: { ...config.dataProtection.waspi!, participant: false },
    },
  };
}

/** The WASPI Declaration table of a document, from its header to the first line that is not a row. */
function declarationTable(content: string): string {
  const from = content.indexOf(DECLARATION_TABLE);
  if (from < 0) throw new Error("no WASPI Declaration table");
  const to = content.indexOf("\n\n", from);
  return content.slice(from, to < 0 ? undefined : to).trimEnd();
}

describe("each Data Disclosure Agreement records whether both parties have signed the WASPI Declaration", () => {
  const disclosing = "data-sharing/aberteg-medical-centre.md"; // the partner discloses to the council
  const receiving = "data-sharing/cartrefi-cwm-teg.md";

  it("has the council's row from its configuration and a blank for the partner, with the dates blank", () => {
    for (const [path, partner] of [
      [disclosing, "Aberteg Medical Centre"],
      [receiving, "Cartrefi Cwm Teg"],
    ] as const) {
      const table = declarationTable(part(documentOf(withDisclosureAgreements(cwmTeg), path), "## 3. "));
      expect(tableRow(table, COUNCIL)).toBe(`| ${COUNCIL} | Yes | ____________________ |`);
      expect(tableRow(table, partner)).toBe(`| ${partner} | ____________________ | ____________________ |`);
      expect(table.split("\n")).toHaveLength(4);
    }
  });

  it("says the council's Chief Executive or Chief Officer signs before the agreement is used, when it has not", () => {
    const content = documentOf(notParticipant(withDisclosureAgreements(cwmTeg)), disclosing);
    expect(tableRow(declarationTable(content), COUNCIL)).toBe(
      `| ${COUNCIL} | Not yet: its Chief Executive or Chief Officer signs it before this agreement is used | ____________________ |`,
    );
  });

  it("says what WASPI's framework page says of the Declaration, naming the partner, and assumes no status", () => {
    const partners = part(documentOf(withDisclosureAgreements(cwmTeg), disclosing), "## 3. ");
    expect(partners).toContain(
      "the council completes the table from what Aberteg Medical Centre confirms. Signing the Accord is voluntary: an organisation signs it by returning the Declaration of Acceptance and Participation to the WASPI team, and its formal adoption is the responsibility of the organisation's Chief Executive or Chief Officer.",
    );
    expect(partners).toContain("A partner that has not signed works to the Accord's standards (section 7).");
    expect(part(documentOf(withDisclosureAgreements(cwmTeg), disclosing), "## 7. ")).toContain(
      "Organisational and practitioner obligations",
    );
  });

  it("leaves the information-sharing protocol's table as it was, from the same partial", () => {
    const table = declarationTable(documentOf(cwmTeg, "data-sharing/information-sharing-protocol.md"));
    expect(table.split("\n")).toEqual([
      "| Organisation | Signed the WASPI Declaration of Acceptance and Participation (yes or no) | Date signed |",
      "| --- | --- | --- |",
      `| ${COUNCIL} | Yes | ____________________ |`,
      "| Cwm Teg University Health Board | ____________________ | ____________________ |",
      "| Aberteg Medical Centre | ____________________ | ____________________ |",
      "| Cartrefi Cwm Teg | ____________________ | ____________________ |",
      "| Cwm Teg County Voluntary Council | ____________________ | ____________________ |",
    ]);
  });
});

describe("the Welsh panel guide and manager's role name the pack's documents in Welsh", () => {
  const withWelshTitle: CouncilConfig = {
    ...cwmTeg,
    team: { ...cwmTeg.team, manager: { ...cwmTeg.team.manager, welshTitle: "Uwch Gydlynydd Ardal Leol" } },
  };
  const GUIDE_CY = "roles/community-recruitment-panel-guide.cy.md";
  const MANAGER_CY = "roles/team-manager.cy.md";

  it("links the panel guide's role description to the Welsh one, by its Welsh name", () => {
    const guide = documentOf(cwmTeg, GUIDE_CY);
    expect(guide).toContain("a'i deg egwyddor, a'r [disgrifiad swydd](local-area-coordinator.cy.md).");
    expect(guide).toContain(
      "Mae aelodau'r panel yn cael y canllaw hwn, y [disgrifiad swydd](local-area-coordinator.cy.md) a'r sesiwn friffio.",
    );
    expectGoodWelsh(guide, cwmTeg);
  });

  it("names the team manager by the Welsh title in the panel guide, the title of the Welsh role description", () => {
    const guide = documentOf(withWelshTitle, GUIDE_CY);
    expect(guide).toContain("- Rheolwr y tîm, sef Uwch Gydlynydd Ardal Leol, sy'n gofalu am y broses");
    expect(guide).not.toContain("Senior Local Area Coordinator");
    // Without a Welsh title, the English one, marked as English, as the Welsh role description's title.
    expect(documentOf(cwmTeg, GUIDE_CY)).toContain(
      '- Rheolwr y tîm, sef <span lang="en-GB">Senior Local Area Coordinator</span> (enw Saesneg), sy\'n gofalu',
    );
  });

  it("says in Welsh that the implementation plan, which the manager's role points to, is in English", () => {
    const role = documentOf(withWelshTitle, MANAGER_CY);
    expect(role).toContain(
      "ac adolygu'r [cynllun gweithredu](../implementation-plan.md) (yn Saesneg) gyda'r noddwr",
    );
    // Every link to the plan says, just after it, that the plan is in English.
    const links = [...role.matchAll(/\]\(\.\.\/implementation-plan\.md\)(.{0,30})/g)];
    expect(links.length).toBeGreaterThanOrEqual(3);
    for (const [, after] of links) expect(after).toContain("yn Saesneg)");
    expectGoodWelsh(role, withWelshTitle);
  });
});

describe("the DPIA names the data protection officer and the Caldicott Guardian once", () => {
  it("does not repeat the row's label as its value, in any example council", () => {
    for (const name of EXAMPLES) {
      const dpia = documentOf(example(name), "data-protection/dpia.md");
      const header = dpia.slice(0, dpia.indexOf("\n## "));
      expect(header, name).not.toMatch(/\| Data protection officer \| Data Protection Officer \|/i);
      expect(header, name).not.toMatch(/\| Caldicott Guardian \| Caldicott Guardian \|/i);
      expect(tableRow(header, "Data protection officer"), name).toMatch(
        /^\| Data protection officer \| <[^>]+@[^>]+> \|$/,
      );
    }
  });

  it("gives a role that is not simply the post's name a row of its own, with the email on the next", () => {
    const config: CouncilConfig = {
      ...cwmTeg,
      dataProtection: {
        ...cwmTeg.dataProtection,
        dataProtectionOfficer: {
          role: "Information Governance Manager (DPO)",
          email: "ig@cwmteg.example.gov.uk",
        },
      },
    };
    const dpia = documentOf(config, "data-protection/dpia.md");
    expect(tableRow(dpia, "Data protection officer")).toBe(
      "| Data protection officer | Information Governance Manager (DPO) |",
    );
    expect(tableRow(dpia, "Data protection officer's email")).toBe(
      "| Data protection officer's email | <ig@cwmteg.example.gov.uk> |",
    );
  });
});
