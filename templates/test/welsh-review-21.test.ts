// One test per finding of review 21: the Welsh example council's pack read by its Welsh language officer and
// its data protection officer. Sources read (docs/welsh-language.md, docs/legal-citations.md): Vale of
// Glamorgan's staff guidance on the Welsh Language Standards (ask a person corresponded with for the first
// time whether they want correspondence in Welsh, and keep a record); standard 7 as City and County of
// Swansea Council lists it (publications that invite persons to correspond state that the council welcomes
// correspondence in Welsh, will respond in Welsh, and that corresponding in Welsh will not lead to delay);
// WASPI's "Framework documentation" page (an organisation signs the Accord by returning the Declaration of
// Acceptance and Participation; formal adoption is for its Chief Executive or Chief Officer; signing is
// voluntary).
import type { CouncilConfig } from "@lac/council";
import { describe, expect, it } from "vitest";
import { documentOf, example } from "./examples.js";
import { expectGoodWelsh } from "./expect-good-welsh.js";
import { part, tableRow } from "./markdown-sections.js";

const FORM = "data-protection/agreement-to-share-form.md";
const FORM_CY = "data-protection/agreement-to-share-form.cy.md";
const NOTICE = "data-protection/privacy-notice.md";
const NOTICE_CY = "data-protection/privacy-notice.cy.md";
const PROTOCOL = "data-sharing/information-sharing-protocol.md";

const cwmTeg = example("cwm-teg");
const englishOnly: CouncilConfig = { ...cwmTeg, output: { ...cwmTeg.output, languages: ["en"] } };

describe("the agreement-to-share form asks and records the person's language", () => {
  it("has the language the person chooses for correspondence, in section 2 of the English form", () => {
    const person = part(documentOf(cwmTeg, FORM), "### 2. ");
    expect(person).toContain("Language for correspondence, which the person chooses");
    expect(person).toContain("- [ ] Welsh\n- [ ] English\n");
    expect(person).toContain("the Welsh Language Standards ask the council to keep");
    expect(part(documentOf(cwmTeg, FORM), "## Part C")).toContain(
      "| 2 | Welsh | `cy` |\n| 2 | English | `en` |",
    );
  });

  it("has the language of the notice the person was given, in section 7", () => {
    const told = part(documentOf(cwmTeg, FORM), "### 7. ");
    expect(told).toContain("The language of the notice the person was given:");
    expect(told).toContain("- [ ] Welsh\n- [ ] English\n- [ ] Both\n");
    expect(part(documentOf(cwmTeg, FORM), "## Part C")).toContain(
      "| 7 | Welsh | `cy` |\n| 7 | English | `en` |\n| 7 | Both | `cy` and `en` |",
    );
  });

  it("records the two language choices in the agreement record's fields (@lac/consent), for staff in Part C", () => {
    const form = documentOf(cwmTeg, FORM);
    expect(form).not.toContain("the agreement record has no field");
    expect(part(form, "## Part C")).toContain(
      "| 2 | Language for correspondence | `correspondenceLanguage` |",
    );
    expect(part(form, "## Part C")).toContain(
      "| 7 | The language of the notice given | `notice`: `languages` |",
    );
  });

  it("asks for correspondence in Welsh from a Welsh council whose pack is in English, with no notice language", () => {
    const form = documentOf(englishOnly, FORM);
    expect(part(form, "### 2. ")).toContain("- [ ] Welsh\n- [ ] English\n");
    expect(part(form, "### 7. ")).not.toContain("The language of the notice");
    expect(part(form, "## Part C")).toContain("| 2 | Welsh | `cy` |");
    expect(part(form, "## Part C")).not.toContain("| 7 | Welsh |");
    expect(part(form, "## Part C")).toContain(
      "| 2 | Language for correspondence | `correspondenceLanguage` |",
    );
    expect(part(form, "## Part C")).not.toContain("`languages`");
  });

  it("adds no language field for an English council", () => {
    const form = documentOf(example("wendleshire"), FORM);
    expect(form).not.toContain("Language for correspondence");
    expect(form).not.toContain("The language of the notice");
    expect(form).not.toContain("language tags");
  });

  it("has both in the Welsh form, in good Welsh", () => {
    const form = documentOf(cwmTeg, FORM_CY);
    const person = part(form, "### 2. ");
    expect(person).toContain("Iaith gohebiaeth, y mae'r person yn ei dewis");
    expect(person).toContain("- [ ] Cymraeg\n- [ ] Saesneg\n");
    expect(part(form, "### 7. ")).toContain(
      "Iaith yr hysbysiad a roddwyd i'r person:\n\n- [ ] Cymraeg\n- [ ] Saesneg\n- [ ] Y ddwy\n",
    );
    expect(part(form, "## Rhan C")).toContain(
      "| 7 | Cymraeg | `cy` |\n| 7 | Saesneg | `en` |\n| 7 | Y ddwy | `cy` ac `en` |",
    );
    expect(form).not.toContain("Yr eithriad yw'r ieithoedd");
    expect(part(form, "## Rhan C")).toContain("| 2 | Iaith gohebiaeth | `correspondenceLanguage` |");
    expect(part(form, "## Rhan C")).toContain("| 7 | Iaith yr hysbysiad a roddwyd | `notice`: `languages` |");
    expectGoodWelsh(form, cwmTeg);
  });
});

describe("the full privacy notices of a Welsh council welcome correspondence in Welsh", () => {
  const welcome =
    "We welcome correspondence in Welsh: we will reply in Welsh to anything you write to us in Welsh, and writing to us in Welsh will not lead to delay.";

  it("says so in the English notice, whatever the pack's languages", () => {
    expect(documentOf(cwmTeg, NOTICE)).toContain(welcome);
    expect(documentOf(englishOnly, NOTICE)).toContain(welcome);
  });

  it("does not say so for an English council", () => {
    expect(documentOf(example("wendleshire"), NOTICE)).not.toContain("correspondence in Welsh");
  });

  it("says so in the Welsh notice, in good Welsh", () => {
    const notice = documentOf(cwmTeg, NOTICE_CY);
    expect(notice).toContain(
      "Rydym yn croesawu gohebiaeth yn Gymraeg: byddwn yn ateb yn Gymraeg unrhyw beth rydych yn ei ysgrifennu atom yn Gymraeg, ac ni fydd ysgrifennu atom yn Gymraeg yn arwain at oedi.",
    );
    expectGoodWelsh(notice, cwmTeg);
  });
});

describe("the information-sharing protocol records each partner's WASPI Declaration", () => {
  const protocol = documentOf(cwmTeg, PROTOCOL);
  const partners = part(protocol, "## 2. ");

  it("leaves a blank for whether each partner has signed the Declaration, and the date", () => {
    for (const partner of [
      "Cwm Teg University Health Board",
      "Aberteg Medical Centre",
      "Cartrefi Cwm Teg",
      "Cwm Teg County Voluntary Council",
    ]) {
      expect(tableRow(partners.slice(partners.indexOf("| Organisation | Signed the WASPI")), partner)).toBe(
        `| ${partner} | ____________________ | ____________________ |`,
      );
    }
  });

  it("gives the council's own status from its configuration, with the date left blank", () => {
    const table = partners.slice(partners.indexOf("| Organisation | Signed the WASPI"));
    expect(tableRow(table, "Cwm Teg County Borough Council (fictional)")).toBe(
      "| Cwm Teg County Borough Council (fictional) | Yes | ____________________ |",
    );
    const notSigned: CouncilConfig = {
      ...cwmTeg,
      dataProtection: {
        ...cwmTeg.dataProtection,
        waspi: { ...cwmTeg.dataProtection.waspi!, participant: false },
      },
    };
    const other = part(documentOf(notSigned, PROTOCOL), "## 2. ");
    expect(
      tableRow(
        other.slice(other.indexOf("| Organisation | Signed the WASPI")),
        "Cwm Teg County Borough Council (fictional)",
      ),
    ).toBe(
      "| Cwm Teg County Borough Council (fictional) | Not yet: its Chief Executive or Chief Officer signs it before this protocol is used | ____________________ |",
    );
  });

  it("says what WASPI's framework page says of the Declaration, and no partner's status", () => {
    expect(partners).toContain(
      "Signing the Accord is voluntary: an organisation signs it by returning the Declaration of Acceptance and Participation to the WASPI team, and its formal adoption is the responsibility of the organisation's Chief Executive or Chief Officer.",
    );
    expect(partners).toContain("the council completes the table from what each partner confirms");
  });
});
