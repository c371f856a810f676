// Follow-up to review 29 (finding 4): the security assurance an NHS party or GP practice asks of the council.
// (1) A multi-party agreement repeated the whole paragraph for each such party: the shared sentence now comes
// once, then one line per party with its blank; an agreement with one such party names it. (2) A Welsh
// council's ISP and DDAs asked nothing of the council's assurance: the Data Security and Protection Toolkit
// is NHS England's (standard DAPB0086), and no source found says which scheme NHS Wales bodies and Welsh GP
// practices would ask a council for, so they get the same blank without a scheme named.
import { describe, expect, it } from "vitest";
import { documentOf, example, withDisclosureAgreements } from "./examples.js";
import { part } from "./markdown-sections.js";

const TRUST = "Brackenford Hospitals NHS Foundation Trust";
const GP = "Northfield Medical Practice";
const MULTI = "data-sharing/multi-party-agreement.md";
const brackenford = example("brackenford");
const multiParty = {
  ...brackenford,
  dataProtection: { ...brackenford.dataProtection, sharingAgreement: "multi-party" as const },
};
const security = (text: string) => part(part(text, "## 9. "), "### Security");

describe("the multi-party agreement states the security assurance once (1)", () => {
  it("writes the shared sentence once, then one line per NHS party or GP practice with its blank", () => {
    const text = security(documentOf(multiParty, MULTI));
    expect(text).toContain(
      "**Security assurance.** Organisations that have access to NHS patients' information give assurance of their data security and protection through the Data Security and Protection Toolkit (NHS England's standard DAPB0086). Before sharing starts, each of these parties records here the assurance it requires of the council for the information it passes on, such as the council's latest published Toolkit assessment or another assurance it and the council agree, and the council gives it:",
    );
    expect(text.split("Data Security and Protection Toolkit").length).toBe(2);
    expect(text).toContain(`- ${TRUST}: ____________________\n- ${GP}: ____________________`);
    expect(text).not.toContain("**Security assurance for");
  });

  it("names the one such party, without a list of one, when there is only one", () => {
    const oneNhsParty = {
      ...multiParty,
      partners: multiParty.partners.filter((partner) => partner.organisation !== GP),
    };
    const text = security(documentOf(oneNhsParty, MULTI));
    expect(text).toContain(
      `**Security assurance for ${TRUST}.** Organisations that have access to NHS patients' information`,
    );
    expect(text).toContain(
      `Before sharing starts, ${TRUST} records here the assurance it requires of the council for the information it passes on, such as the council's latest published Toolkit assessment or another assurance the two agree, and the council gives it: ____________________.`,
    );
    expect(text).not.toContain(`- ${TRUST}:`);
  });

  it("keeps the two-party agreement's paragraph for its one NHS party", () => {
    const text = security(documentOf(brackenford, "data-sharing/northfield-medical-practice.md"));
    expect(text).toContain(
      `**Security assurance for ${GP}.** Organisations that have access to NHS patients' information`,
    );
    expect(text).toContain(
      `Before sharing starts, ${GP} records here the assurance it requires of the council`,
    );
  });
});

describe("a Welsh council's ISP and DDAs ask the same, without naming England's Toolkit (2)", () => {
  const cwmTeg = example("cwm-teg");
  const withAgreements = withDisclosureAgreements(cwmTeg);
  const PROTOCOL = "data-sharing/information-sharing-protocol.md";

  it("gives the health board and the GP practice each a blank in the ISP's security section", () => {
    const text = part(documentOf(cwmTeg, PROTOCOL), "## 11. ");
    expect(text).toContain(
      "**Security assurance.** Before sharing starts, each of these partners records here the assurance of data security and information governance it requires of the council for the information it passes on, and the council gives it:",
    );
    expect(text).toContain(
      "- Cwm Teg University Health Board: ____________________\n- Aberteg Medical Centre: ____________________",
    );
    expect(text).not.toContain("Data Security and Protection Toolkit");
    expect(text).not.toContain("Cartrefi Cwm Teg:");
  });

  it("names the one such partner in the ISP, and the GP practice in its own DDA", () => {
    expect(part(documentOf(withAgreements, PROTOCOL), "## 11. ")).toContain(
      "**Security assurance for Cwm Teg University Health Board.** Before sharing starts, Cwm Teg University Health Board records here the assurance of data security and information governance it requires of the council for the information it passes on, and the council gives it: ____________________.",
    );
    const disclosure = documentOf(withAgreements, "data-sharing/aberteg-medical-centre.md");
    const text = part(disclosure, "## 8. ");
    expect(text).toContain("**Security assurance for Aberteg Medical Centre.** Before sharing starts,");
    expect(disclosure).not.toContain("Data Security and Protection Toolkit");
  });

  it("asks nothing of the kind in a DDA with a partner that is neither an NHS body nor a GP practice", () => {
    const disclosure = documentOf(withAgreements, "data-sharing/cartrefi-cwm-teg.md");
    expect(disclosure).not.toContain("**Security assurance");
  });
});
