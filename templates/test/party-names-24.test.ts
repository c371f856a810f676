// One test per finding of review 24 on party names and wording in the data-sharing agreements, the
// Data Disclosure Agreement and the Easy Read privacy notice. (1) The DDA's section of the two
// organisations was headed "Partners" while its text calls them "parties". (2) The Caldicott paragraph
// said the council's Guardian is consulted "on its disclosures" where the council only receives. (3) The
// rights section said "Each partner keeps its own privacy notice" in agreements that say "party". (4) An
// agreement's title named the council by its short name ("Wendleshire and Wendleshire Healthcare NHS
// Trust"), reading as one party. (5) The Easy Read notice put "recognised legitimate interests" among the
// council's own sharing, though a public authority cannot rely on them for its tasks.
import type { CouncilConfig } from "@lac/council";
import { describe, expect, it } from "vitest";
import { documentOf, example, withDisclosureAgreements } from "./examples.js";
import { part } from "./markdown-sections.js";

const cwmTeg = example("cwm-teg");
const withAgreements = withDisclosureAgreements(cwmTeg);
const DDA = "data-sharing/cartrefi-cwm-teg.md";

describe("the Data Disclosure Agreement calls its two organisations parties, as its text does", () => {
  it("heads the section of the organisations 'Parties'", () => {
    const dda = documentOf(withAgreements, DDA);
    // The premise: the text of that section calls them parties.
    expect(part(dda, "## 3. ")).toContain("The parties are separate controllers");
    expect(dda).toContain("\n## 3. Parties\n");
    expect(dda).not.toContain("## 3. Partners");
  });
});

describe("the Caldicott paragraph says what the Guardian is consulted on for the direction of the flow", () => {
  it("does not speak of the council's disclosures where it only receives", () => {
    const dda = documentOf(withAgreements, DDA);
    // The premise: Cartrefi Cwm Teg discloses, the council only receives.
    expect(dda).toContain("| Receiving organisation | Cwm Teg County Borough Council (fictional) |");
    expect(dda).toContain(
      "It makes no disclosures under this agreement; its own Caldicott Guardian, or the person who performs the Caldicott function for it, advises it on its use of the information it receives:",
    );
    expect(dda).not.toContain("is consulted on its disclosures");
    const wendle = documentOf(example("wendleshire"), "data-sharing/wendle-district-council.md");
    expect(wendle).toContain(
      "It makes no disclosures under this agreement; its own Caldicott Guardian advises it on its use of the information it receives:",
    );
  });

  it("keeps the disclosures where the council discloses", () => {
    const homes = documentOf(example("brackenford"), "data-sharing/brackenford-homes.md");
    expect(homes).toContain("Its own Caldicott Guardian advises it on its disclosures:");
    const trust = documentOf(example("wendleshire"), "data-sharing/wendleshire-healthcare-nhs-trust.md");
    expect(trust).toContain(
      "Each body's own Caldicott Guardian advises that body on its disclosures; no body's Guardian acts for another:",
    );
  });
});

describe("the rights section names the other organisations with the document's own word", () => {
  it("says 'party' in the agreements and 'partner' in the protocol", () => {
    const agreement = documentOf(example("wendleshire"), "data-sharing/wendleshire-community-action.md");
    expect(agreement).toContain("Each party keeps its own privacy notice up to date with this sharing.");
    expect(agreement).not.toContain("Each partner keeps");
    expect(documentOf(withAgreements, DDA)).toContain(
      "Each party keeps its own privacy notice up to date with this sharing.",
    );
    expect(documentOf(cwmTeg, "data-sharing/information-sharing-protocol.md")).toContain(
      "Each partner keeps its own privacy notice up to date with this sharing.",
    );
  });
});

describe("an agreement's title names the council as a party, not by its short name", () => {
  it("titles the agreement with the controller's name, as the parties row does", () => {
    const trust = documentOf(example("wendleshire"), "data-sharing/wendleshire-healthcare-nhs-trust.md");
    expect(trust).toContain(
      "| Parties | Wendleshire County Council (fictional) and Wendleshire Healthcare NHS Trust",
    );
    expect(
      trust.startsWith(
        "# Data-sharing agreement: Wendleshire County Council (fictional) and Wendleshire Healthcare NHS Trust\n",
      ),
    ).toBe(true);
  });
});

describe("the Easy Read notice says that recognised legitimate interests are for partners that are not public bodies", () => {
  it("says the partner is not a public body and that the council cannot use these reasons", () => {
    const easyRead = documentOf(example("wendleshire"), "data-protection/privacy-notice-easy-read.md");
    const sharing = part(easyRead, "## Who we share it with");
    expect(sharing).toContain(
      [
        "| Picture: a building | Wendleshire Community Action is not a public body. |",
        "| Picture: a law book | The law says that keeping people safe is a good reason for it to share. |",
        "| Picture: a police badge | So is stopping crime. |",
        '| Picture: a law book | The law calls these reasons "recognised legitimate interests". |',
        "| Picture: a building | We are a public body. |\n| Picture: a law book | We cannot use these reasons. |\n| Picture: a law book | Other laws let us share to keep people safe, or to stop crime. |",
      ].join("\n"),
    );
    expect(sharing).not.toContain("can use these reasons");
  });
});

describe("the sign-off says what a partner's own Caldicott Guardian advises on for the direction of the flow (lead, review 24)", () => {
  const wendleshire = example("wendleshire");
  const trust = "Wendleshire Healthcare NHS Trust";
  const trustOnlyReceives: CouncilConfig = {
    ...wendleshire,
    partners: wendleshire.partners.map((partner) =>
      partner.organisation === trust ? { ...partner, shares: [] } : partner,
    ),
  };
  const agreementOf = (config: CouncilConfig) =>
    documentOf(config, "data-sharing/wendleshire-healthcare-nhs-trust.md");

  it("does not ask a trust that only receives for advice on its disclosures", () => {
    const agreement = agreementOf(trustOnlyReceives);
    // The premise: the trust only receives under this agreement.
    expect(agreement).toContain(`One way, from Wendleshire County Council (fictional) to ${trust}`);
    expect(agreement).toContain(
      `${trust}'s own Caldicott Guardian advises it on its use of the information it receives under this agreement (it makes no disclosures under it) before it signs.`,
    );
    expect(agreement).not.toContain(`${trust}'s own Caldicott Guardian advises it on its disclosures`);
  });

  it("keeps the disclosures where the trust discloses", () => {
    expect(agreementOf(wendleshire)).toContain(
      `${trust}'s own Caldicott Guardian advises it on its disclosures under this agreement before it signs.`,
    );
  });
});

describe("the multi-party agreement's sign-off names a Caldicott partner that only receives (lead, review 24)", () => {
  it("says that it makes no disclosures, and what its Guardian advises on", () => {
    const brackenford = example("brackenford");
    const practice = "Northfield Medical Practice";
    const config: CouncilConfig = {
      ...brackenford,
      dataProtection: { ...brackenford.dataProtection, sharingAgreement: "multi-party" },
      partners: brackenford.partners.map((partner) =>
        partner.organisation === practice ? { ...partner, shares: [] } : partner,
      ),
    };
    const agreement = documentOf(config, "data-sharing/multi-party-agreement.md");
    expect(agreement).toContain(
      `no body's Guardian advises for another. ${practice} makes no disclosures under it: its Guardian advises on its use of the information it receives.`,
    );
    // With every Caldicott partner disclosing, the sentence is not there.
    const both = documentOf(
      { ...brackenford, dataProtection: { ...brackenford.dataProtection, sharingAgreement: "multi-party" } },
      "data-sharing/multi-party-agreement.md",
    );
    expect(both).not.toContain("makes no disclosures under it: its Guardian");
  });
});
