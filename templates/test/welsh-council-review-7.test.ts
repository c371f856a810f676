// A Welsh council's data protection officer and Welsh Language Standards officer read the Welsh
// example's pack (review 7): what a Welsh-speaking reader is given must be the same as the English
// reader is given, and in Welsh where the source publishes it in Welsh.
import { describe, expect, it } from "vitest";
import { documentOf, example } from "./examples.js";

// The ICO publishes its data protection complaint page in Welsh:
// https://cy.ico.org.uk/make-a-complaint/data-protection-complaints/ ("Rhagor o wybodaeth am beth i'w
// wneud nesaf ... os ydych chi'n anfodlon ar sut mae sefydliad wedi ymdrin â'ch gwybodaeth", read in
// December 2026), the Welsh counterpart of https://ico.org.uk/make-a-complaint/. Under the Welsh
// Language Standards a council must not treat Welsh less favourably than English (Welsh Language
// (Wales) Measure 2011; docs/welsh-language.md): a Welsh privacy notice sends its reader to the ICO's
// Welsh page, not to the English one.
const ICO_WELSH_COMPLAINT = "https://cy.ico.org.uk/make-a-complaint/data-protection-complaints/";
const ICO_ENGLISH_COMPLAINT = "https://ico.org.uk/make-a-complaint/";

describe("the Welsh privacy notices' complaint route to the ICO", () => {
  const cwmTeg = example("cwm-teg");

  for (const path of [
    "data-protection/privacy-notice.cy.md",
    "data-protection/privacy-notice-easy-read.cy.md",
  ]) {
    it(`${path} links to the ICO's Welsh complaint page`, () => {
      const content = documentOf(cwmTeg, path);
      expect(content).toContain(`<${ICO_WELSH_COMPLAINT}>`);
      expect(content).not.toContain(`<${ICO_ENGLISH_COMPLAINT}>`);
    });
  }

  it("the full Welsh notice names the ICO in Welsh beside that page, under Sut i gwyno", () => {
    const content = documentOf(cwmTeg, "data-protection/privacy-notice.cy.md");
    const complaints = content.slice(content.indexOf("## 13."), content.indexOf("## 14."));
    expect(complaints).toContain(
      `Gallwch hefyd gwyno i Swyddfa'r Comisiynydd Gwybodaeth: <${ICO_WELSH_COMPLAINT}>.`,
    );
  });

  it("the English notices keep the ICO's English page", () => {
    for (const path of ["data-protection/privacy-notice.md", "data-protection/privacy-notice-easy-read.md"]) {
      const content = documentOf(cwmTeg, path);
      expect(content, path).toContain(`<${ICO_ENGLISH_COMPLAINT}>`);
      expect(content, path).not.toContain(ICO_WELSH_COMPLAINT);
    }
  });
});
