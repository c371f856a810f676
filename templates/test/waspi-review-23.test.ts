// One test per finding of review 23: the Welsh example council's WASPI documents read by its information
// governance officer, in Word. (1) The ISP and each DDA said twice whether the council has signed the
// Accord's Declaration of Acceptance and Participation: in a header row, then in the table of who has
// signed. They say it once, in that table beside the partners, each organisation on its own row (WASPI's
// framework page: each organisation signs the Accord, its Chief Executive or Chief Officer formally adopts
// it). (2) The Welsh team manager's role sends "the data protection documents" without saying where they
// are: it links the pack's list of them, marked as English. (3) The ISP and each DDA set out the complaints
// duty in full twice, in the rights section and again under complaints. (4) A DDA had the "lead
// organisation" submit it for quality assurance, a party it never names. (5) A DDA said twice, in the
// same section, that the coordinator records a withdrawal at once and tells the other party. (6) The
// ISP's requests section restated the rights section's requests and rectification rules. (7) The ISP
// said each partner names a designated person under the partners table and again in the obligations.
// (8) A DDA sends a party that has not signed the Accord to its obligations section for the Accord's
// standards, which did not mention the Accord.
import type { CouncilConfig } from "@lac/council";
import type { RenderedDocument } from "@lac/documents";
import { describe, expect, it } from "vitest";
import { example, render } from "./examples.js";
import { expectGoodWelsh } from "./expect-good-welsh.js";
import { part } from "./markdown-sections.js";

const cwmTeg = example("cwm-teg");

function withWaspi(
  config: CouncilConfig,
  waspi: Partial<NonNullable<CouncilConfig["dataProtection"]["waspi"]>>,
) {
  return {
    ...config,
    dataProtection: {
      ...config.dataProtection,
      waspi: { ...config.dataProtection.waspi!, ...waspi },
    },
  };
}

function doc(documents: readonly RenderedDocument[], path: string): string {
  const found = documents.find((document) => document.path === path);
  if (!found) throw new Error(`no ${path}: ${documents.map((d) => d.path).join(", ")}`);
  return found.content;
}

const PROTOCOL = "data-sharing/information-sharing-protocol.md";
const DISCLOSURE = "data-sharing/aberteg-medical-centre.md";
const withAgreements = withWaspi(cwmTeg, { oneWayPartners: "disclosure-agreements" });
const notSigned = withWaspi(withAgreements, { participant: false });

const signedPack = render(withAgreements);
const notSignedPack = render(notSigned);

function occurrences(text: string, phrase: string): number {
  return text.split(phrase).length - 1;
}

describe("review 23 (1): whether the council has signed the WASPI Declaration, said once", () => {
  for (const [name, path, noun] of [
    ["the ISP", PROTOCOL, "protocol"],
    ["a DDA", DISCLOSURE, "agreement"],
  ] as const) {
    it(`${name}: no header row, and the council's row of the signatories' table says it`, () => {
      const signed = doc(signedPack, path);
      expect(signed).not.toContain("WASPI participation");
      expect(occurrences(signed, "has signed the Accord's Declaration")).toBe(0);
      expect(signed).toContain("| Cwm Teg County Borough Council (fictional) | Yes | ____________________ |");

      const unsigned = doc(notSignedPack, path);
      expect(unsigned).not.toContain("WASPI participation");
      // The instruction stays, once: the Chief Executive or Chief Officer signs before use.
      expect(occurrences(unsigned, "Chief Executive or Chief Officer signs it")).toBe(1);
      expect(unsigned).toContain(
        `| Cwm Teg County Borough Council (fictional) | Not yet: its Chief Executive or Chief Officer signs it before this ${noun} is used | ____________________ |`,
      );
    });
  }
});

describe("review 23 (2): the Welsh team manager's role links the data protection documents", () => {
  it("links the pack's list of documents, marked as English, as the other Welsh roles link English documents", () => {
    const content = doc(signedPack, "roles/team-manager.cy.md");
    expect(content).toContain(
      "a'r dogfennau diogelu data, a restrir yn y ddogfen [Am y pecyn hwn](../README.md) (yn Saesneg),",
    );
    const line = content.split("\n").find((text) => text.includes("dogfennau diogelu data"))!;
    expectGoodWelsh(line, withAgreements);
  });
});

describe("review 23 (3): the complaints duty set out once in the ISP and in a DDA", () => {
  it("the ISP's complaints section refers to the rights section instead of repeating it", () => {
    const content = doc(signedPack, PROTOCOL);
    expect(occurrences(content, "s.164A")).toBe(1);
    expect(part(content, "## 14. ")).toContain("as in section 9");
  });

  it("a DDA's breaches and complaints section refers to the rights section instead of repeating it", () => {
    const content = doc(signedPack, DISCLOSURE);
    expect(occurrences(content, "s.164A")).toBe(1);
    expect(part(content, "## 10. ")).toContain("as in section 9");
  });
});

describe("review 23 (4): a DDA names who submits it for WASPI quality assurance", () => {
  it("the council, not a lead organisation the DDA never names", () => {
    const content = doc(signedPack, DISCLOSURE);
    expect(content).not.toContain("lead organisation");
    expect(part(content, "## 11. ")).toContain(
      "Before this agreement is used, the council, which leads the programme, submits it for WASPI quality assurance",
    );
  });
});

describe("review 23 (5): a DDA says once what happens when the person withdraws", () => {
  it("the operational section has the withdrawal rule of the agreement-before-sharing text only", () => {
    const operational = part(doc(signedPack, DISCLOSURE), "## 6. ");
    expect(occurrences(operational, "records it at once")).toBe(1);
    expect(operational).toContain("a withdrawal takes effect from the moment the person says so");
  });
});

describe("review 23 (6): the ISP's requests section refers to the rights section", () => {
  it("keeps the freedom of information rule, its own, and does not restate the rights rules", () => {
    const requests = part(doc(signedPack, PROTOCOL), "## 13. ");
    expect(requests).toContain(
      "Subject access and the other data protection rights requests are handled as in section 9.",
    );
    expect(requests).not.toContain("without waiting for its permission");
    expect(requests).toContain("freedom of information request");
  });
});

describe("review 23 (7): the ISP says once that each partner names a designated person", () => {
  it("in the obligations, which the glossary explains; the partners section says they are separate controllers", () => {
    const content = doc(signedPack, PROTOCOL);
    expect(occurrences(content, "names a designated person")).toBe(1);
    expect(part(content, "## 3. ")).toContain("names a designated person");
    expect(part(content, "## 2. ")).toContain(
      "The parties are separate controllers: each decides for itself why and how it processes the information it holds.",
    );
  });
});

describe("review 23 (8): a DDA's obligations say what its WASPI Declaration table points to", () => {
  it("each party adopts the Accord or works to its standards, in the section the table refers to", () => {
    const content = doc(signedPack, DISCLOSURE);
    expect(content).toContain("A partner that has not signed works to the Accord's standards (section 7).");
    expect(part(content, "## 7. ")).toContain("adopts the WASPI Accord, or works to its standards");
  });
});
