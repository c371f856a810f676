// Defects found on a fifth reading of the Wendleshire and Cwm Teg packs, as a data protection officer and
// an HR adviser would read them: 1, the plan's §10 names the agreements' partners as those the council
// shares personal data with, though partners that only pass personal data to the council have one too;
// 2, the Welsh DPIA leaves out the council's Caldicott Guardian and the Caldicott principles, which its
// Information Sharing Protocol applies; 3, the coordinator's person specification lists local knowledge
// of the neighbourhood twice.
import type { CouncilConfig } from "@lac/council";
import { describe, expect, it } from "vitest";
import { documentOf, example } from "./examples.js";
import { part } from "./markdown-sections.js";

const wendleshire = example("wendleshire");
const cwmTeg = example("cwm-teg");

const multiParty = (config: CouncilConfig): CouncilConfig => ({
  ...config,
  dataProtection: { ...config.dataProtection, sharingAgreement: "multi-party" },
});

/** Cwm Teg with only its partners that pass personal data to the council and receive none back. */
const cwmTegOneWay: CouncilConfig = {
  ...cwmTeg,
  partners: cwmTeg.partners.filter((partner) => partner.receives.length === 0),
};

const planSection10 = (config: CouncilConfig): string =>
  part(documentOf(config, "implementation-plan.md"), "## 10.");

describe("1. the plan's §10 says the agreements cover partners that only pass personal data to the council", () => {
  it.each([
    ["an English council with one agreement per partner", wendleshire],
    ["an English council with a multi-party agreement", multiParty(wendleshire)],
    ["a Welsh council with an Information Sharing Protocol", cwmTeg],
    ["a Welsh council whose flows are all one way", cwmTegOneWay],
  ])("%s", (_label, config) => {
    // Wendle District Council and Wendleshire Community Action, Aberteg Medical Centre and Cartrefi Cwm Teg
    // receive nothing from the council, yet each is a party to an agreement of the pack.
    expect(config.partners.some((partner) => partner.receives.length === 0)).toBe(true);
    const text = planSection10(config);
    expect(text).not.toMatch(/partners? it shares personal data with/);
    expect(text).toMatch(/partners? that pass(es)? personal data to it or receives? personal data from it/);
  });
});

describe("2. the Welsh DPIA consults the council's Caldicott Guardian and follows the Caldicott principles", () => {
  const dpia = documentOf(cwmTeg, "data-protection/dpia.md");
  const protocol = documentOf(cwmTeg, "data-sharing/information-sharing-protocol.md");

  it("the protocol applies the principles to the council and consults its Guardian before sign-off", () => {
    expect(protocol).toMatch(
      /The eight Caldicott principles apply to Cwm Teg County Borough Council \(fictional\)/,
    );
    expect(protocol).toContain(
      "Caldicott Guardian (<caldicott@cwmteg.example.gov.uk>) advises the council before it signs",
    );
  });

  it("the DPIA's codes followed include the Caldicott principles besides WASPI", () => {
    const line = dpia.split("\n").find((text) => text.startsWith("- **Codes and guidance followed:**"));
    expect(line).toContain("WASPI");
    expect(line).toContain("the Caldicott principles");
  });

  it("the DPIA's consultation table has a row for the Caldicott Guardian", () => {
    const consultation = part(dpia, "## Step 3:");
    expect(consultation).toMatch(
      /^\| Caldicott Guardian, information governance lead and WASPI designated person \|/m,
    );
  });
});

describe("3. the coordinator's person specification lists local knowledge of the neighbourhood once", () => {
  it.each([
    ["an English council", wendleshire],
    ["a Welsh council", cwmTeg],
  ])("%s", (_label, config) => {
    const role = documentOf(config, "roles/local-area-coordinator.md");
    const rows = role
      .split("\n")
      .filter((line) => /^\| (Knowledge|Local experience) of the neighbourhood/.test(line));
    expect(rows).toHaveLength(1);
  });
});

describe("4. the plan and the pack index put the DPIA before the processing starts, as the DPIA itself does", () => {
  it.each([
    ["an English council", wendleshire],
    ["a Welsh council", cwmTeg],
  ])("%s", (_label, config) => {
    // The DPIA: "Carry out the DPIA before any processing starts (UK GDPR Art 35(1))": the coordinators'
    // own records are processing, before and apart from any sharing.
    expect(documentOf(config, "data-protection/dpia.md")).toContain(
      "Carry out the DPIA before any processing starts (UK GDPR Art 35(1))",
    );
    const plan = planSection10(config);
    const index = documentOf(config, "README.md");
    for (const text of [plan, index]) {
      expect(text).not.toMatch(/impact assessment[^.]* before any sharing starts/);
      expect(text).not.toMatch(/DPIA the council carries out before any sharing starts/);
    }
    // Both point to the plan's information governance phase, which ends before the first coordinator starts.
    expect(plan).toContain(
      "since from then coordinators keep records about people and share information: the information governance phase of the timeline (section 5) finishes the data protection work before then",
    );
    expect(index).toMatch(
      /including the data protection impact assessment \(from the \[draft\]\(data-protection\/dpia\.md\) in this pack\)( and WASPI's quality assurance)?, to finish by \d+ \w+ \d{4}, before the first coordinator starts\./,
    );
    expect(index).toContain(
      "The DPIA the council carries out before the processing starts (before coordinators keep records about people or share anything)",
    );
  });
});

describe("5. the pack index does not say the Information Sharing Protocol is only for sharing that goes both ways", () => {
  it("names the one-way disclosures the protocol also covers", () => {
    // Aberteg Medical Centre and Cartrefi Cwm Teg only pass personal data to the council, and the protocol
    // covers them too (its section 1), so "for sharing that goes both ways" sends their reviewers elsewhere.
    const protocol = documentOf(cwmTeg, "data-sharing/information-sharing-protocol.md");
    expect(protocol).toContain(
      "Aberteg Medical Centre and Cartrefi Cwm Teg only disclose information to the council.",
    );
    const row = documentOf(cwmTeg, "README.md")
      .split("\n")
      .find((line) => line.startsWith("| [Information Sharing Protocol]"));
    expect(row).not.toContain("for sharing that goes both ways.");
    expect(row).toContain("it says how the one-way disclosures of any partner are covered");
  });
});

describe("6. the privacy notice names the case-note system supplier among those who hold people's information", () => {
  it.each([
    ["an English council", wendleshire],
    ["a Welsh council", cwmTeg],
  ])("%s", (_label, config) => {
    // The DPIA has a processor (the case-note system supplier, under a UK GDPR Art 28 contract); a
    // processor is a recipient (UK GDPR Art 4(9): "whether a third party or not"), which the notice
    // must name, or its category (Art 13(1)(e) and 14(1)(e)).
    expect(documentOf(config, "data-protection/dpia.md")).toContain(
      "Contract with the case-note system supplier under UK GDPR Art 28",
    );
    const notice = part(documentOf(config, "data-protection/privacy-notice.md"), "## 8.");
    expect(notice).toContain(
      "The company that runs our case-note system for us, ____________________, keeps your information on our behalf. It works only on our instructions, under a contract with us (UK GDPR Art 28)",
    );
  });
});

describe("7. the council confirms the retention period before coordinators keep records, not only before sharing starts", () => {
  it.each([
    [
      "an English council",
      wendleshire,
      ["implementation-plan.md", "data-protection/dpia.md", "data-sharing/wendle-district-council.md"],
    ],
    [
      "a Welsh council",
      cwmTeg,
      ["implementation-plan.md", "data-protection/dpia.md", "data-sharing/information-sharing-protocol.md"],
    ],
  ] as const)("%s", (_label, config, paths) => {
    // The period applies to the coordinators' own records from the first one kept, shared or not.
    for (const path of paths) {
      const text = documentOf(config, path);
      expect(text).not.toContain("The period is the council's choice: before sharing starts");
      expect(text).toContain(
        "The period is the council's choice: before coordinators start keeping records about people, the council confirms that it matches the entry for these records in its records retention schedule",
      );
    }
  });
});

describe("8. the privacy notice says a partner asks for explicit consent before passing on sensitive information, not anything at all", () => {
  it("section 5 agrees with section 12 and with the agreement", () => {
    // The partner introduces people under legitimate interests; its explicit consent covers the special
    // category information it passes on (section 12, and the data-sharing agreement's section 6).
    const notice = documentOf(wendleshire, "data-protection/privacy-notice.md");
    const lawfulBasis = part(notice, "## 5.");
    expect(lawfulBasis).not.toContain("before it tells us anything about you");
    expect(lawfulBasis).toContain(
      "Wendleshire Community Action uses your information in its legitimate interests (UK GDPR Art 6(1)(f)). It uses information about your health, or other sensitive information, only if you give your explicit consent (UK GDPR Art 9(2)(a)), which it asks you for itself before it tells us about your health or other sensitive information,",
    );
    expect(part(notice, "## 12.")).toContain(
      "Wendleshire Community Action asks you for it itself before telling us about your health, other sensitive information, or crimes or offences.",
    );
  });

  it("the Welsh notice says the same (a draft translation)", () => {
    const notice = documentOf(cwmTeg, "data-protection/privacy-notice.cy.md");
    expect(notice).not.toContain("cyn dweud unrhyw beth wrthym amdanoch");
    expect(notice).toContain(
      "a hynny'n gydsyniad y mae'n gofyn i chi amdano ei hun cyn rhannu'r wybodaeth honno â ni",
    );
  });
});
