// Legal review 38: the citations docs/legal-citations.md still marked "not verified", read at their source.
// (1) The children-data partial's rule is the ICO data sharing code's own ("Data sharing and children",
// ico.org.uk .../data-sharing-a-code-of-practice/data-sharing-and-children/): "You may share children's
// personal data as long as you can demonstrate a compelling reason to do so, taking account of the best
// interests of the child. The best interests of the child should be a primary consideration." and "One
// clear example of a compelling reason is data sharing for safeguarding purposes". The partial had those;
// it left out the same section's "Even if you have a compelling reason for sharing children's personal
// data, you must still carry out a DPIA, because children are a vulnerable group.", which it now says. (2) The joining clause of the multi-party agreement and the ISP cited only
// UK GDPR Arts 13(1)(e) and 14(2)(f) for a privacy notice that names each party as a recipient or as a
// source. Art 14(1)(e), for information not obtained from the person, reads "the recipients or categories of
// recipients of the personal data, if any" (EU text, rgpd.com and GDPRhub copies); Art 13(1)(e) is the same
// item for information obtained from the person, and Art 14(2)(f) the source. The ICO's right to be informed
// checklist lists both: "The recipients or categories of recipients of the personal data" and "The source of
// the personal data (if the personal data is not obtained from the individual it relates to)". The clause
// now cites each article for what it requires: recipients need not be named (categories suffice); the
// council's notice names them, which is its choice.
import { describe, expect, it } from "vitest";
import { documentOf, example, withDisclosureAgreements } from "./examples.js";

const cwmTeg = example("cwm-teg");
const brackenford = example("brackenford");

const protocol = documentOf(cwmTeg, "data-sharing/information-sharing-protocol.md");
const multiParty = documentOf(
  { ...brackenford, dataProtection: { ...brackenford.dataProtection, sharingAgreement: "multi-party" } },
  "data-sharing/multi-party-agreement.md",
);
const agreement = documentOf(brackenford, "data-sharing/brackenford-homes.md");
const disclosure = documentOf(withDisclosureAgreements(cwmTeg), "data-sharing/aberteg-medical-centre.md");

const CHILDREN =
  "**Children.** A party shares a child's personal data only where it can show a compelling reason to do so, taking account of the best interests of the child, which are a primary consideration; safeguarding is one such reason. Even with a compelling reason, the sharing of a child's personal data is covered by a data protection impact assessment, because children are a vulnerable group (ICO data sharing code, \"Data sharing and children\").";

describe("legal review 38 (1): the children-data partial says what the ICO data sharing code says", () => {
  for (const [name, content] of [
    ["the per-partner agreement", agreement],
    ["the multi-party agreement", multiParty],
    ["the ISP", protocol],
    ["a DDA", disclosure],
  ] as const) {
    it(`${name} has the code's compelling reason, best interests as a primary consideration, safeguarding as an example, and a DPIA even so`, () => {
      expect(content).toContain(CHILDREN);
    });
  }
});

describe("legal review 38 (2): the privacy notice's update on joining cites recipients and sources each by its article", () => {
  for (const [name, content] of [
    ["the multi-party agreement", multiParty],
    ["the ISP", protocol],
  ] as const) {
    it(`${name} cites Arts 13(1)(e) and 14(1)(e) for recipients and Art 14(2)(f) for sources`, () => {
      expect(content).not.toContain("(UK GDPR Arts 13(1)(e) and 14(2)(f))");
      expect(content).toContain(
        "updates its privacy notice, which names each party that receives information from the council or passes information to it (as its recipients, UK GDPR Arts 13(1)(e) and 14(1)(e), and as its sources, Art 14(2)(f)),",
      );
    });
  }
});

// (3) The ICO's accountability framework, "Privacy information review" (ico.org.uk
// .../accountability-framework/transparency/privacy-information-review/), ways to meet its expectations: "You
// maintain a log of historical privacy notices, including the dates you made any changes, in order to allow a
// review of what privacy information you provided to data subjects and when." A party joining or leaving
// changes the council's notice, so the clause says to keep the notice it replaces, dated.
describe("legal review 38 (3): the notice a party's joining or leaving replaces is kept, with the date of the change", () => {
  for (const [name, content, controller] of [
    ["the multi-party agreement", multiParty, "Brackenford Borough Council (fictional)"],
    ["the ISP", protocol, "Cwm Teg County Borough Council (fictional)"],
  ] as const) {
    it(`${name} says the council keeps the replaced notice and the date (ICO accountability framework)`, () => {
      expect(content).toContain(
        `Each time its privacy notice changes because a party joins or leaves, ${controller} keeps the notice it replaces, with the date of the change (the ICO's accountability framework expects a log of historical privacy notices).`,
      );
    });
  }
});
