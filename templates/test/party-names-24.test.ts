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
import { documentOf, example } from "./examples.js";
import { part } from "./markdown-sections.js";

const cwmTeg = example("cwm-teg");
const withDisclosureAgreements: CouncilConfig = {
  ...cwmTeg,
  dataProtection: {
    ...cwmTeg.dataProtection,
    waspi: { ...cwmTeg.dataProtection.waspi!, oneWayPartners: "disclosure-agreements" },
  },
};
const DDA = "data-sharing/cartrefi-cwm-teg.md";

describe("the Data Disclosure Agreement calls its two organisations parties, as its text does", () => {
  it("heads the section of the organisations 'Parties'", () => {
    const dda = documentOf(withDisclosureAgreements, DDA);
    // The premise: the text of that section calls them parties.
    expect(part(dda, "## 3. ")).toContain("The parties are separate controllers");
    expect(dda).toContain("\n## 3. Parties\n");
    expect(dda).not.toContain("## 3. Partners");
  });
});
