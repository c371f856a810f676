// A Welsh review of the Welsh example's public documents: the agreement form names biometric data and
// Braille as Welsh public bodies do, and the privacy notice says that the coordinator, not the family or
// friends it has just named, is the one who was told about the person; and "nifer" takes a radical
// adjective ("nifer bach"), as the Welsh Government Translation Service's Arddulliadur treats it as masculine.
import type { CouncilConfig } from "@lac/council";
import { describe, expect, it } from "vitest";
import { documentOf, example, render } from "./examples.js";
import { softenedAfterMasculine } from "./welsh-text.js";

const cwmTeg = example("cwm-teg");

describe("the Welsh agreement-to-share form", () => {
  const form = documentOf(cwmTeg, "data-protection/agreement-to-share-form.cy.md");

  it('names biometric data "data biometrig", as the Welsh privacy-notice term lists do', () => {
    // The Planning Inspectorate's list of Welsh privacy-notice terms: "Data Biometrig".
    expect(form).toContain("- [ ] Data biometrig a ddefnyddir i adnabod rhywun\n");
    expect(form).toContain("| 4 | Data biometrig a ddefnyddir i adnabod rhywun | `biometric` |");
    expect(form).not.toContain("nodweddion y corff");
  });

  it('names Braille "Braille", not a description that also says the person is blind', () => {
    expect(form).toContain("  - [ ] Braille\n");
    expect(form).toContain("| 6 | Braille | `braille` |");
    expect(form).not.toContain("Fformat cyffwrdd");
  });
});

describe("the Welsh privacy notice, where the information comes from", () => {
  const notice = documentOf(cwmTeg, "data-protection/privacy-notice.cy.md");

  it("says what the coordinator (masculine, as the noun is) was told, not what 'they' (the family and friends just named) were told", () => {
    expect(notice).toContain("Mae eich cydlynydd yn dweud wrthych beth a ddywedwyd wrtho amdanoch");
    expect(notice).not.toContain("wrthyn nhw amdanoch");
  });
});

describe('"nifer" and the other nouns the Arddulliadur treats as masculine', () => {
  it("take a radical adjective in every Welsh document, in each layout", () => {
    for (const layout of ["separate", "welsh-first", "side-by-side"] as const) {
      const config: CouncilConfig = { ...cwmTeg, output: { ...cwmTeg.output, bilingualLayout: layout } };
      for (const document of render(config).filter((each) => each.language === "cy"))
        expect(softenedAfterMasculine(document.content), `${layout} ${document.path}`).toEqual([]);
    }
    expect(documentOf(cwmTeg, "roles/community-recruitment-panel-guide.cy.md")).toContain(
      "- Nifer bach o bartneriaid o'r grŵp arwain o bob sector.",
    );
  });

  it("is checked: a softened adjective after nifer or fformat is found, after a feminine noun it is not", () => {
    expect(
      softenedAfterMasculine(
        'Nifer fach o bartneriaid. Fformat fawr. Nifer bach o bobl. Swydd fach. <span lang="en-GB">nifer fach</span>',
      ),
    ).toEqual(["Fformat fawr", "Nifer fach"]);
  });
});

describe("the Welsh privacy notice, who it shares with", () => {
  it("names the company that runs the case-note system for the council (a processor, UK GDPR Art 28), as the English does", () => {
    const english = documentOf(cwmTeg, "data-protection/privacy-notice.md");
    const welsh = documentOf(cwmTeg, "data-protection/privacy-notice.cy.md");
    expect(english).toContain("The company that runs our case-note system for us, ____________________,");
    expect(welsh).toContain(
      "Mae'r cwmni sy'n rhedeg ein system nodiadau achos i ni, ____________________, yn cadw eich gwybodaeth ar ein rhan. Mae'n gweithio yn ôl ein cyfarwyddiadau ni yn unig, o dan gontract gyda ni (Erthygl 28 GDPR y DU), ac ni chaiff ddefnyddio eich gwybodaeth at unrhyw ddiben arall.",
    );
    // In the same section as the English: after the sharing without agreement, before section 9.
    const section = welsh.slice(welsh.indexOf("## 8. "), welsh.indexOf("## 9. "));
    expect(section).toContain("(Erthygl 28 GDPR y DU)");
  });
});

describe("the Welsh coordinator's advert", () => {
  const advert = (text: string) => text.slice(text.indexOf("## Testun yr hysbyseb"), text.indexOf("\n---\n"));

  it("says what the English advert says about living in the neighbourhood, the hours and adjustments", () => {
    const welsh = advert(documentOf(cwmTeg, "roles/local-area-coordinator.cy.md"));
    expect(welsh).toContain(
      "Nid oes angen i chi fyw yn y gymdogaeth: rydym yn chwilio am wybodaeth amdani, neu'r awydd i ddod i'w hadnabod.",
    );
    expect(welsh).toContain("____________________ awr yr wythnos i swydd amser llawn.");
    expect(welsh).toContain("Gradd neu fand cyflog: ____________________ (o werthuso swyddi).");
    expect(welsh).toContain(
      "Rydym yn croesawu ceisiadau gan bawb: dywedwch wrthym am unrhyw addasiadau sydd eu hangen arnoch i wneud cais, neu i gymryd rhan yn y digwyddiad neu'r cyfweliad.",
    );
  });

  it("gives the configured grade, as the English advert and the Welsh table do, not a blank", () => {
    const graded: CouncilConfig = { ...cwmTeg, team: { ...cwmTeg.team, coordinatorGrade: "Grade 7." } };
    const text = documentOf(graded, "roles/local-area-coordinator.cy.md");
    expect(text).toContain(
      `| Gradd neu fand cyflog | <span lang="en-GB">Grade 7</span>, i'w gadarnhau gan werthuso swyddi'r cyngor |`,
    );
    expect(advert(text)).toContain('Gradd neu fand cyflog: <span lang="en-GB">Grade 7</span>. Contract:');
    expect(advert(text)).not.toContain("gradd ____");
  });
});
