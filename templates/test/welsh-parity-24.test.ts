// The Welsh privacy notice, Easy Read notice and agreement-to-share form say what DPO review 23 made the
// English ones say (templates/test/dpo-review-23.test.ts): the retention period as the council's, a
// complaint through the coordinator, the notice's reference and version, and a basis for each reason to
// share without agreement. The Welsh keeps "Swyddfa'r Comisiynydd Gwybodaeth" for the regulator until the
// Information Commission's Welsh name is published (docs/welsh-language.md).
import { describe, expect, it } from "vitest";
import { documentOf, example } from "./examples.js";
import { expectGoodWelsh } from "./expect-good-welsh.js";
import { part } from "./markdown-sections.js";

const NOTICE = "data-protection/privacy-notice.md";
const NOTICE_CY = "data-protection/privacy-notice.cy.md";
const EASY_READ_CY = "data-protection/privacy-notice-easy-read.cy.md";
const FORM_CY = "data-protection/agreement-to-share-form.cy.md";

const cwmTeg = example("cwm-teg");
const notice = documentOf(cwmTeg, NOTICE_CY);
const easyRead = documentOf(cwmTeg, EASY_READ_CY);

describe("the Welsh notice gives the retention period as the English does: the council's, which the DPIA asks it to confirm", () => {
  it("does not say that the retention schedule sets the period", () => {
    // The premise: the English notice no longer says so.
    expect(part(documentOf(cwmTeg, NOTICE), "## 10. ")).not.toContain(
      "the period our records retention schedule sets",
    );
    const retention = part(notice, "## 10. ");
    expect(retention).toContain(
      "Rydym yn cadw eich gwybodaeth am 6 o flynyddoedd ar ôl eich cyswllt olaf gyda'ch cydlynydd. Yna rydym yn ei dileu.",
    );
    expect(retention).not.toContain("sef y cyfnod y mae ein hamserlen cadw cofnodion yn ei bennu");
    // Longer periods for children's and safeguarding records stay the schedule's.
    expect(retention).toContain("os yw ein hamserlen cadw cofnodion yn dweud hynny");
    expectGoodWelsh(retention, cwmTeg);
  });
});

describe("the Welsh notices let a person complain through their coordinator, not only by email (DPA 2018 s.164A)", () => {
  it("in the full notice", () => {
    const complaints = part(notice, "## 13. ");
    expect(complaints).toContain(
      "Cysylltwch â'n Swyddog Diogelu Data yn <dpo@cwmteg.example.gov.uk>, neu ddywedwch wrth eich cydlynydd, a fydd yn trosglwyddo eich cwyn.",
    );
    expectGoodWelsh(complaints, cwmTeg);
  });

  it("in the Easy Read notice", () => {
    const row =
      "| Llun: ffurflen gwyno | I gwyno, dywedwch wrth eich cydlynydd, neu anfonwch e-bost at ein tîm diogelu data: <dpo@cwmteg.example.gov.uk>. |";
    expect(easyRead).toContain(row);
    expect(easyRead).not.toContain("| I gwyno, anfonwch e-bost");
    expectGoodWelsh(row, cwmTeg);
  });
});

describe("each Welsh notice carries the reference and version that the Welsh form records", () => {
  const line =
    "Cyfeirnod ____________________, fersiwn ____________________, cyhoeddwyd ____________________.";

  it("in the full notice and in the Easy Read notice, before its first table", () => {
    // The premise: the Welsh form asks for the reference and version of the notice shown.
    expect(documentOf(cwmTeg, FORM_CY)).toContain(
      "Yr hysbysiad a ddangoswyd i'r person: ei gyfeirnod ____________________ a'i fersiwn ____________________.",
    );
    expect(notice).toContain(`\n${line}\n`);
    expect(easyRead).toContain(`\n${line}\n`);
    expect(easyRead.indexOf(line)).toBeLessThan(easyRead.indexOf("## Am y daflen hon"));
    expectGoodWelsh(line, cwmTeg);
  });
});

describe("the Welsh notice gives a legal basis for every reason it shares without the person's agreement (UK GDPR Art 13(1)(c))", () => {
  it("names the bases for an emergency, a legal obligation and crime, as the English does", () => {
    // The premise: section 8 lists the four reasons; the English section 5 now gives a basis for each.
    expect(part(notice, "## 8. ")).toContain(
      "i ddiogelu plentyn neu oedolyn sy'n wynebu risg, i ddiogelu buddiannau hanfodol rhywun (argyfwng), i gyflawni rhwymedigaeth gyfreithiol, neu i atal neu ganfod trosedd",
    );
    expect(part(documentOf(cwmTeg, NOTICE), "## 5. ")).toContain(
      "For the other reasons we may share without your agreement (section 8)",
    );
    const lawfulBasis = part(notice, "## 5. ");
    expect(lawfulBasis).toContain(
      "Am y rhesymau eraill y gallwn rannu heb eich cytundeb (adran 8): i ddiogelu bywyd rhywun mewn argyfwng (Erthygl 6(1)(d) GDPR y DU; ar gyfer gwybodaeth sensitif, Erthygl 9(2)(c), neu, ar gyfer gwybodaeth am droseddau, Deddf Diogelu Data 2018 Atodlen 1 Rhan 3 paragraff 30, dim ond os na all y person roi cydsyniad); i gyflawni rhwymedigaeth gyfreithiol (Erthygl 6(1)(c) GDPR y DU; ar gyfer gwybodaeth sensitif, Erthygl 9(2)(g), gyda Deddf Diogelu Data 2018 Atodlen 1 Rhan 2 paragraff 6); ac i atal neu ganfod trosedd (Erthygl 6(1)(e) GDPR y DU; ar gyfer gwybodaeth sensitif, neu wybodaeth am droseddau, Deddf Diogelu Data 2018 Atodlen 1 Rhan 2 paragraff 10).",
    );
    expectGoodWelsh(lawfulBasis, cwmTeg);
  });
});

describe("the Welsh notices keep the regulator's Welsh name until the Information Commission's is published", () => {
  it("say Swyddfa'r Comisiynydd Gwybodaeth, and neither the English name nor an invented Welsh one", () => {
    expect(part(notice, "## 13. ")).toContain(
      "Gallwch hefyd gwyno i Swyddfa'r Comisiynydd Gwybodaeth: <https://cy.ico.org.uk/make-a-complaint/data-protection-complaints/>.",
    );
    expect(easyRead).toContain("Gallwch hefyd gwyno i Swyddfa'r Comisiynydd Gwybodaeth.");
    for (const text of [notice, easyRead, documentOf(cwmTeg, FORM_CY)]) {
      expect(text).not.toContain("Information Commission");
      expect(text).not.toMatch(/Comisiwn Gwybodaeth/i);
    }
  });
});

describe("the Welsh Easy Read notice says, as the English does, that recognised legitimate interests are the partners' and not the council's (lead, review 24)", () => {
  it("names each partner as not a public body, and says the council cannot use these reasons", () => {
    // The premise: the English Easy Read says so.
    expect(documentOf(cwmTeg, "data-protection/privacy-notice-easy-read.md")).toContain(
      "| Picture: a building | We are a public body. |\n| Picture: a law book | We cannot use these reasons. |\n| Picture: a law book | Other laws let us share to keep people safe, or to stop crime. |",
    );
    const rows = easyRead
      .split("\n")
      .filter((line) => line.startsWith("| Llun: adeilad |"))
      .join("\n");
    expect(rows).toContain("| Llun: adeilad | Nid yw Cartrefi Cwm Teg yn gorff cyhoeddus. |");
    expect(rows).toContain("| Llun: adeilad | Nid yw Cyngor Gwirfoddol Sirol Cwm Teg yn gorff cyhoeddus. |");
    const council =
      "| Llun: adeilad | Rydym yn gorff cyhoeddus. |\n| Llun: llyfr cyfraith | Ni allwn ddefnyddio'r rhesymau hyn. |\n| Llun: llyfr cyfraith | Mae cyfreithiau eraill yn gadael i ni rannu i gadw pobl yn ddiogel, neu i atal trosedd. |";
    expect(easyRead).toContain(council);
    expect(easyRead).not.toContain("yn gallu defnyddio'r rhesymau hyn");
    expectGoodWelsh(`${rows}\n${council}`, cwmTeg);
  });
});
