// The Welsh example council's Information Sharing Protocol and Data Disclosure Agreements read against
// WASPI's own pages: "Framework documentation" (a Designated Person for each organisation that signs the
// Accord) and "Quality assurance" (five regional groups check ISPs and agreements for consistent use of the
// WASPI templates and guidance; the checklist published is for quality assuring an ISP), and a published,
// quality-assured ISP, which names its regional QA group on its title page.
import type { RenderedDocument } from "@lac/documents";
import { describe, expect, it } from "vitest";
import { example, render, withDisclosureAgreements } from "./examples.js";

const cwmTeg = example("cwm-teg");
const withProtocol = render(cwmTeg);
const withAgreements = render(withDisclosureAgreements(cwmTeg));

function doc(documents: readonly RenderedDocument[], path: string): string {
  const found = documents.find((document) => document.path === path);
  if (!found) throw new Error(`no ${path}: ${documents.map((d) => d.path).join(", ")}`);
  return found.content;
}

const protocol = doc(withProtocol, "data-sharing/information-sharing-protocol.md");
const disclosure = doc(withAgreements, "data-sharing/aberteg-medical-centre.md");

/** The Markdown table row whose first cell is this label. */
function row(content: string, label: string): string | undefined {
  return content.split("\n").find((line) => line.startsWith(`| ${label} | `));
}

describe("WASPI review 15: the Welsh ISP and DDAs against WASPI's pages", () => {
  it("leaves a blank for the regional quality assurance group and the date, in the ISP and in each DDA", () => {
    for (const content of [protocol, disclosure]) {
      expect(row(content, "WASPI quality assurance group")).toMatch(/\| _{5,} \|$/);
      expect(row(content, "Date quality assured")).toMatch(/\| _{5,} \|$/);
    }
  });

  it("names the council's designated person in each DDA, as in the ISP", () => {
    expect(row(protocol, "Cwm Teg designated person")).toContain("dpo@cwmteg.example.gov.uk");
    expect(row(disclosure, "Cwm Teg designated person")).toContain("dpo@cwmteg.example.gov.uk");
  });

  it("does not say WASPI publishes the documents, which its quality assurance page does not say", () => {
    for (const content of [protocol, disclosure]) {
      expect(content).not.toContain("published on the WASPI website");
      expect(content).not.toContain("published with the other quality-assured");
    }
    // WASPI's "Good practice" page: it encourages the publication of ISPs.
    expect(protocol).toContain("WASPI encourages the publication of ISPs");
  });

  it("says the checklist is for an ISP, and a DDA is checked against the WASPI templates and guidance", () => {
    expect(protocol).toContain("published quality assurance checklist");
    expect(disclosure).not.toContain("using the published quality assurance checklist");
    expect(disclosure).toContain(
      "consistent use of the WASPI templates and appropriate application of WASPI's guidance",
    );
  });

  // The Welsh Language Standards bind the council whatever languages it asks the toolkit for: a DDA
  // always said a Welsh version may be needed, the ISP only when the pack also had Welsh documents.
  it("says a Welsh version may be needed in the ISP of a Welsh council whose pack is in English only", () => {
    const englishOnly = render({ ...cwmTeg, output: { ...cwmTeg.output, languages: ["en"] } });
    const content = doc(englishOnly, "data-sharing/information-sharing-protocol.md");
    expect(row(content, "Language")).toContain(
      "Under the Welsh Language Standards a Welsh version of equal content",
    );
  });
});
