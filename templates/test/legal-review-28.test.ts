// Legal review 28: three questions left open, each settled from its source (see docs/legal-citations.md).
import { describe, expect, it } from "vitest";
import { documentOf, example, EXAMPLES, render } from "./examples.js";
import { expectGoodWelsh } from "./expect-good-welsh.js";
import { part } from "./markdown-sections.js";

const ROLES = ["roles/local-area-coordinator.md", "roles/team-manager.md"];
const WELSH_ROLES = ["roles/local-area-coordinator.cy.md", "roles/team-manager.cy.md"];

/** The bullet of a role description's DBS guidance that starts with the given words. */
function bullet(role: string, start: string): string {
  const found = role.split("\n").filter((line) => line.startsWith(`- ${start}`));
  expect(found).toHaveLength(1);
  return found[0] ?? "";
}

describe("3. the children's DBS test says which activities the supervision exception covers (SVGA 2006 Sch 4 para 2(3A), (3B))", () => {
  it.each(EXAMPLES)("in %s, supervision takes out teaching and care, not advice or guidance", (name) => {
    for (const path of ROLES) {
      const children = bullet(
        part(documentOf(example(name), path), "**How to decide the DBS level.**"),
        "A check of the children's barred list",
      );
      expect(children).not.toContain("unsupervised");
      expect(children).toContain(
        "teaching, training or instructing children, or caring for or supervising them, unless that is merely part of work with adults or, except for personal care, is regularly supervised day to day by someone who is in regulated activity with children;",
      );
      expect(children).toContain(
        "or giving advice or guidance wholly or mainly for children about their physical, emotional or educational well-being, which is regulated activity even when it is supervised;",
      );
      // Each test says one thing once: the frequency once, the supervision exception once.
      expect(children.split("often enough").length - 1).toBe(1);
      expect(children.split("supervised day to day").length - 1).toBe(1);
    }
  });

  it("says so in Welsh too, in the Welsh of the templates", () => {
    const cwmTeg = example("cwm-teg");
    for (const path of WELSH_ROLES) {
      const children = bullet(
        documentOf(cwmTeg, path),
        "Dim ond os yw'r swydd mewn gweithgaredd a reoleiddir gyda phlant",
      );
      expect(children).not.toContain("heb oruchwyliaeth");
      expect(children).toContain("ac eithrio gofal personol");
      expect(children).toContain("hyd yn oed pan fydd dan oruchwyliaeth");
      expectGoodWelsh(children, cwmTeg);
    }
  });
});

describe("1. a health partner's Art 9(2)(h) is its own judgement, for its own health care, flow by flow (DPA 2018 Sch 1 para 2(2))", () => {
  const HEALTH_AGREEMENTS = [
    ["Northfield Medical Practice", "data-sharing/northfield-medical-practice.md"],
    [
      "Brackenford Hospitals NHS Foundation Trust",
      "data-sharing/brackenford-hospitals-nhs-foundation-trust.md",
    ],
  ] as const;

  it.each(HEALTH_AGREEMENTS)(
    "%s's row says which flows, whose judgement, and the alternative",
    (organisation, path) => {
      const basis = part(documentOf(example("brackenford"), path), "## 5. Lawful basis");
      const row = basis.split("\n").find((line) => line.startsWith(`| ${organisation} |`)) ?? "";
      expect(row).not.toContain("direct care");
      expect(row).toContain(
        `UK GDPR Art 9(2)(h) health or social care (basis in law), with DPA 2018 Schedule 1 Part 1 paragraph 2, "Health or social care purposes". For what it passes to the council and what it receives from it, a judgement for its information governance to confirm: this condition applies only where the processing is necessary for its own provision of health care or treatment to the person, or another purpose in paragraph 2(2), such as an introduction it makes as part of their care.`,
      );
      expect(row).toContain(
        "The coordinator does not provide health or social care, and the council relies on its own condition in this table, not on this one.",
      );
      expect(row).toContain(
        "Where it judges that a flow is not for such a purpose, it relies instead on UK GDPR Art 9(2)(g) with DPA 2018 Schedule 1 Part 2 paragraph 6 (Statutory and government purposes), for the statutory function it names: ____________________. Needs an appropriate policy document (DPA 2018 Schedule 1 paragraph 5).",
      );
      // The council's own row still relies on paragraph 6, not on the partner's health care.
      const council =
        basis.split("\n").find((line) => line.startsWith("| Brackenford Borough Council")) ?? "";
      expect(council).toContain("Local Area Coordination is not social care");
    },
  );
});

describe("2. a Caldicott Guardian advises; the party decides (NDG guidance on Caldicott Guardians, 2021; UKCGC manual)", () => {
  const TRUST = "data-sharing/brackenford-hospitals-nhs-foundation-trust.md";

  it("the agreement says the Guardians advise before signing, and records their advice, not an approval", () => {
    const agreement = documentOf(example("brackenford"), TRUST);
    expect(agreement).toContain(
      "Brackenford Borough Council (fictional)'s Caldicott Guardian (<caldicott.guardian@brackenford.example.gov.uk>) advises the council before it signs. Brackenford Hospitals NHS Foundation Trust's own Caldicott Guardian advises it on its disclosures under this agreement before it signs. The Guardians advise; the decision to share is each party's, made by its signatory, and each Guardian's advice is recorded in the sign-off table below.",
    );
    expect(agreement).toContain("| Caldicott Guardian's advice (name, signature and date) |");
    expect(agreement).not.toContain("Caldicott Guardian approval");
    expect(agreement).not.toMatch(/Caldicott Guardian[^.]* approves/);
    expect(agreement).not.toContain("is consulted");
    expect(agreement).toContain(
      "that must have regard to the National Data Guardian's guidance on Caldicott Guardians, which asks each to have one. Each body's own Caldicott Guardian advises that body on its disclosures; no body's Guardian acts for another:",
    );
  });

  it.each(EXAMPLES)("no agreement or protocol in %s records a Caldicott 'approval'", (name) => {
    for (const document of render(example(name))) {
      if (!document.path.startsWith("data-sharing/")) continue;
      expect(document.content, document.path).not.toContain("Caldicott Guardian approval");
      expect(document.content, document.path).not.toMatch(/Caldicott Guardian[^.|]* approves/);
    }
  });

  it("the DPIA's sign-off records the Caldicott Guardian's advice for a council with social care functions", () => {
    const dpia = documentOf(example("brackenford"), "data-protection/dpia.md");
    expect(part(dpia, "## Step 7: Sign off and record outcomes")).toContain(
      "| Caldicott Guardian's advice provided | ____________________ | The Caldicott Guardian advises on the programme's use and sharing of confidential information, against the eight Caldicott principles; the decision is the council's. Summary of the advice: ____________________ |",
    );
  });
  it("and has no such row for a district council, which has no social care functions", () => {
    const dpia = documentOf(example("hollinbrook"), "data-protection/dpia.md");
    expect(dpia).not.toContain("Caldicott Guardian's advice provided");
  });
});
