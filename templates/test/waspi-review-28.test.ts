// One test per finding of review 28: the Welsh example council's WASPI documents read by a Welsh council's
// information governance officer against the WASPI templates as published ISPs show them (the s136 Street
// Triage ISP, assured July 2015: "Obtaining consent where a service user lacks mental capacity", "Refused
// and withdrawn consent"; its title page and the Dyfed-Powys anti-social behaviour ISP's, April 2020:
// "Version", "Status"; the latter's section 2.1: the partners table sets out "the key contact points and
// the departments, divisions and teams typically involved in sharing information").
// (1) The ISP and each DDA said what happens when the person withdraws, but not when they refuse, nor
// when they cannot make the decision: who may agree for them (Mental Capacity Act 2005 ss.9 and 16), the
// Act's principles (s.1(2) to (4)) and a best-interests decision (s.4). (2) Neither had a version or a
// status on its title table. (3) The ISP named no team of any partner that takes part in the sharing. (4) The
// ISP and each DDA asked for a data protection impact assessment against a bare blank, without the pack's own
// draft DPIA, which covers this sharing, as England's agreements link it, nor the data protection officers' views.
import { describe, expect, it } from "vitest";
import { documentOf, example, withDisclosureAgreements } from "./examples.js";
import { part, tableRow } from "./markdown-sections.js";

const cwmTeg = example("cwm-teg");
const withAgreements = withDisclosureAgreements(cwmTeg);

const PROTOCOL = "data-sharing/information-sharing-protocol.md";
const DISCLOSURE = "data-sharing/aberteg-medical-centre.md";
const protocol = documentOf(cwmTeg, PROTOCOL);
const disclosure = documentOf(withAgreements, DISCLOSURE);

describe("review 28 (1): what happens when the person says no, or cannot decide", () => {
  for (const [name, content, heading] of [
    ["the ISP", protocol, "## 9. "],
    ["a DDA", disclosure, "## 6. "],
  ] as const) {
    it(`${name} says that a refusal is recorded and respected, and who may agree for a person who cannot decide`, () => {
      const text = part(content, heading);
      expect(text).toContain("**When the person says no, or cannot decide.**");
      expect(text).toContain("the refusal is recorded and respected");
      expect(text).toContain("(Mental Capacity Act 2005 ss.9 and 16)");
      expect(text).toContain("(s.1(2) to (4))");
      expect(text).toContain("a best-interests decision is made and recorded (s.4)");
      expect(text).toContain("[agreement-to-share form](../data-protection/agreement-to-share-form.md)");
    });
  }
});

describe("review 28 (2): a version and a status on the title table", () => {
  for (const [name, content, section] of [
    ["the ISP", protocol, "15"],
    ["a DDA", disclosure, "11"],
  ] as const) {
    it(`${name} has a blank version and a draft status until WASPI quality assurance`, () => {
      expect(tableRow(content, "Version")).toBe("| Version | ____________________ |");
      expect(tableRow(content, "Status")).toBe(
        `| Status | Draft, until quality assured by WASPI (section ${section}) |`,
      );
    });
  }
});

describe("review 28 (3): the ISP names the teams that take part in the sharing", () => {
  it("the council's team, and a blank for each partner's departments and teams", () => {
    const partners = part(protocol, "## 2. ");
    expect(partners).toContain("The departments and teams typically involved in the sharing:");
    expect(partners).toContain(
      "- Cwm Teg County Borough Council (fictional): its Local Area Coordination team",
    );
    expect(partners).toContain("- Cartrefi Cwm Teg: ____________________");
  });
});

describe("review 28 (4): the ISP and a DDA link the pack's DPIA of the programme", () => {
  for (const [name, content, heading, party] of [
    ["the ISP", protocol, "## 16. ", "each other party decides"],
    ["a DDA", disclosure, "## 12. ", "Aberteg Medical Centre decides"],
  ] as const) {
    it(`${name} says that the council's DPIA, drafted in the pack, covers the sharing`, () => {
      const review = part(content, heading);
      expect(review).toContain(
        "The council's [data protection impact assessment](../data-protection/dpia.md) of the programme, drafted in this pack, covers this sharing",
      );
      expect(review).toContain(`${party} whether its own processing needs one`);
      expect(review).toContain("Views of the data protection officers");
    });
  }
});
