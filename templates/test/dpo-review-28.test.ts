// One test per finding left open by a partner's data protection officer reading Kingsmere's and
// Hollinbrook's data-sharing agreements (review 27), fixed in session 34.
import type { CouncilConfig } from "@lac/council";
import { describe, expect, it } from "vitest";
import { documentOf, example } from "./examples.js";
import { part, tableRow } from "./markdown-sections.js";

const REQUEST_ITEM =
  "- for an introduction or a request to the partner: name, the contact details the person chose, and the reason, in the person's words where possible";
const FEEDBACK_ITEM = "- for an introduction the partner made: whether it was taken up";

/** A configuration with one partner's flows and legal entity changed. */
function withPartner(
  config: CouncilConfig,
  organisation: string,
  change: Partial<CouncilConfig["partners"][number]>,
): CouncilConfig {
  return {
    ...config,
    partners: config.partners.map((partner) =>
      partner.organisation === organisation ? { ...partner, ...change } : partner,
    ),
  } as CouncilConfig;
}

describe("an agreement lists the data items the council passes as the partner's flow has them (finding 1)", () => {
  const fromCouncil = (text: string, partner: string) =>
    part(part(text, "## 4. "), `### From the council to ${partner}`);

  it("gives a partner that only introduces people feedback on its introductions, not a request's items (Hollinbrook's county council)", () => {
    const text = documentOf(example("hollinbrook"), "data-sharing/hollinshire-county-council-fictional.md");
    const items = fromCouncil(text, "Hollinshire County Council (fictional)");
    expect(items).toContain("What is shared: whether an introduction was taken up.");
    expect(items).toContain(FEEDBACK_ITEM);
    expect(items).not.toContain(REQUEST_ITEM);
  });

  it("gives a partner the council only asks a request's items, not feedback on introductions it never made", () => {
    const config = withPartner(example("kingsmere"), "London Fire Brigade", {
      shares: [],
      receives: ["requests for home fire safety visits, with the person's agreement"],
    });
    const items = fromCouncil(
      documentOf(config, "data-sharing/london-fire-brigade.md"),
      "London Fire Brigade",
    );
    expect(items).toContain(REQUEST_ITEM);
    expect(items).not.toContain(FEEDBACK_ITEM);
  });

  it("gives a partner the council introduces people to those introductions' items, and feedback only when the flow has it", () => {
    const path = "data-sharing/kingsmere-neighbourhood-network.md";
    const network = "Kingsmere Neighbourhood Network";
    const introductions = fromCouncil(documentOf(example("kingsmere"), path), network);
    expect(introductions).toContain(REQUEST_ITEM);
    expect(introductions).not.toContain(FEEDBACK_ITEM);

    const both = withPartner(example("kingsmere"), network, {
      receives: [
        "introductions to community groups, with the person's agreement",
        "whether an introduction was taken up",
      ],
    });
    const items = fromCouncil(documentOf(both, path), network);
    expect(items).toContain(REQUEST_ITEM);
    expect(items).toContain(FEEDBACK_ITEM);
  });

  it("says plainly that the council passes nothing to a partner that only introduces people", () => {
    const text = documentOf(example("kingsmere"), "data-sharing/metropolitan-police-service.md");
    expect(text).not.toContain("### From the council to");
    expect(part(text, "## 4. ")).toContain(
      "The council does not share information with Metropolitan Police Service under this agreement.",
    );
  });
});

describe("the agreement form says beside its recipients which of them needs a consent of its own (finding 6)", () => {
  it("notes, under the recipients table, the partner that relies on the person's consent (English)", () => {
    const form = documentOf(example("kingsmere"), "data-protection/agreement-to-share-form.md");
    const recipients = part(form, "### 3. ");
    expect(recipients).toContain("| Kingsmere Neighbourhood Network | ____________________ |");
    expect(recipients).toContain(
      "Kingsmere Neighbourhood Network relies on the person's consent for the special category and criminal offence information that the council passes to it: record that consent as an agreement of its own, as the introduction says, not in this table.",
    );
  });

  it("has the same note in Welsh", () => {
    const form = documentOf(example("cwm-teg"), "data-protection/agreement-to-share-form.cy.md");
    const recipients = part(form, "### 3. ");
    expect(recipients).toContain(
      "Mae'r sefydliad hwn (Cyngor Gwirfoddol Sirol Cwm Teg) yn dibynnu ar gydsyniad y person ar gyfer yr wybodaeth categori arbennig a'r wybodaeth am droseddau y mae'r cyngor yn ei throsglwyddo iddo: cofnodwch y cydsyniad hwnnw fel cytundeb ar wahân, fel y mae'r cyflwyniad yn ei ddweud, nid yn y tabl hwn.",
    );
  });

  it("has no note where no recipient relies on consent", () => {
    const config = {
      ...example("kingsmere"),
      partners: example("kingsmere").partners.filter((partner) => partner.kind !== "charity"),
    } as CouncilConfig;
    const form = documentOf(config, "data-protection/agreement-to-share-form.md");
    expect(part(form, "### 3. ")).not.toContain("relies on the person's consent");
  });
});

describe("a charity's controller leaves a blank for its registered name and number (finding 9)", () => {
  const path = "data-sharing/kingsmere-neighbourhood-network.md";
  const network = "Kingsmere Neighbourhood Network";
  const blank = `${network} (its registered name and charity or company number, if it has them, to be completed by ${network}: ____________________)`;

  it("asks for them in the organisations table and the Parties row, which reads on mid-sentence", () => {
    const text = documentOf(example("kingsmere"), path);
    expect(tableRow(text, "Parties")).toBe(
      `| Parties | London Borough of Kingsmere (fictional) and ${blank} |`,
    );
    expect(tableRow(part(text, "## 2. "), network)).toContain(
      `| ${network} | ${blank} | Charity or voluntary organisation |`,
    );
  });

  it("asks a company or society for its registered name and company or society number", () => {
    const config = withPartner(example("kingsmere"), network, { kind: "company" });
    const text = documentOf(config, path);
    expect(tableRow(text, "Parties")).toContain(
      `${network} (its registered name and company or society number, to be completed by ${network}: ____________________)`,
    );
  });

  it("asks a housing association for its registered name and its company, society or charity number", () => {
    const text = documentOf(example("hollinbrook"), "data-sharing/hollinbrook-housing-association.md");
    expect(tableRow(text, "Parties")).toContain(
      "Hollinbrook Housing Association (its registered name and company, society or charity number, to be completed by Hollinbrook Housing Association: ____________________)",
    );
  });

  it("uses the legal entity the configuration gives, with no blank", () => {
    const legalEntity = "Kingsmere Neighbourhood Network CIO (registered charity 1234567)";
    const text = documentOf(withPartner(example("kingsmere"), network, { legalEntity }), path);
    expect(tableRow(text, "Parties")).toBe(
      `| Parties | London Borough of Kingsmere (fictional) and ${legalEntity} |`,
    );
    expect(text).not.toContain("its registered name and charity");
  });
});
