// A Welsh review of the Welsh example's pack: the Welsh Language Standards named without a possessive
// "ei" before "Safonau'r" (the article already makes the noun definite), "yr" before a word that starts
// with "wy" ("yr wybodaeth"), the GP surgery that may pass information to the coordinator in both
// Easy Read notices, and the Welsh privacy notice saying what the English one says about introducing
// organisations.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { CouncilConfig } from "@lac/council";
import { describe, expect, it } from "vitest";
import { documentOf, example, render } from "./examples.js";
import { articleBeforeWy } from "./welsh-text.js";

const cwmTeg = example("cwm-teg");
const withLayout = (layout: CouncilConfig["output"]["bilingualLayout"]): CouncilConfig => ({
  ...cwmTeg,
  output: { ...cwmTeg.output, bilingualLayout: layout },
});
/** Cwm Teg with only the partners whose organisation passes the test. */
const withPartners = (keep: (organisation: string) => boolean): CouncilConfig => ({
  ...cwmTeg,
  partners: cwmTeg.partners.filter((partner) => keep(partner.organisation)),
});

const templatesRoot = fileURLToPath(new URL("..", import.meta.url));

/** The Welsh templates and partials (documents/cy, partials/cy). */
function welshTemplates(): string[] {
  const walk = (folder: string): string[] =>
    readdirSync(folder).flatMap((name) => {
      const path = join(folder, name);
      return statSync(path).isDirectory() ? walk(path) : name.endsWith(".hbs") ? [path] : [];
    });
  return [join(templatesRoot, "documents", "cy"), join(templatesRoot, "partials", "cy")].flatMap(walk);
}

describe("the Welsh Language Standards in the Welsh role descriptions", () => {
  const coordinator = documentOf(cwmTeg, "roles/local-area-coordinator.cy.md");
  const manager = documentOf(cwmTeg, "roles/team-manager.cy.md");

  it("are named without a possessive before the article, and without a second genitive after them", () => {
    for (const text of [coordinator, manager]) {
      expect(text).not.toMatch(/\bei Safonau'r Gymraeg/i);
      expect(text).not.toMatch(/\by Safonau'r Gymraeg/i);
      expect(text).not.toContain("Safonau'r Gymraeg y cyngor");
    }
    expect(coordinator).toContain(
      "O dan Safonau'r Gymraeg sy'n berthnasol iddo, mae'r cyngor yn asesu'r sgiliau Cymraeg sydd eu hangen ar gyfer pob swydd",
    );
    expect(manager).toContain("Y swydd hon, o dan Safonau'r Gymraeg sy'n berthnasol i'r cyngor: **");
  });

  it("say that the recruitment standards are in the compliance notice, not that they are the notice", () => {
    for (const text of [coordinator, manager]) {
      expect(text).not.toContain("Mae'r safonau recriwtio yn hysbysiad");
      expect(text).toContain(
        "Mae'r safonau recriwtio sydd yn yr hysbysiad cydymffurfio a gafodd y cyngor gan Gomisiynydd y Gymraeg yn pennu beth arall",
      );
    }
  });

  it('put what the evaluation needs with "sydd eu hangen ar", as the other Welsh documents do', () => {
    expect(manager).not.toContain("y mae'r gwerthusiad eu hangen");
    expect(manager).toContain("- Casglu'r straeon a'r ffigurau sydd eu hangen ar y gwerthusiad.");
  });

  it("are written so in every Welsh template", () => {
    for (const file of welshTemplates()) {
      const text = readFileSync(file, "utf8");
      expect(text, file).not.toMatch(/\b(?:ei|y) Safonau'r/i);
    }
  });
});

describe("yr wybodaeth", () => {
  it("is the one form of the Welsh documents, in each layout", () => {
    for (const layout of ["separate", "welsh-first", "side-by-side"] as const) {
      const welsh = render(withLayout(layout)).filter((document) => document.language === "cy");
      const text = welsh.map((document) => document.content).join("\n");
      expect(text, layout).toMatch(/\byr wybodaeth\b/);
      for (const document of welsh) expect(articleBeforeWy(document.content), document.path).toEqual([]);
    }
    expect(documentOf(cwmTeg, "data-protection/privacy-notice.cy.md")).toContain(
      "yn gyfrifol am yr wybodaeth y mae Cydlynwyr Ardal Leol yn ei chadw",
    );
    expect(documentOf(cwmTeg, "data-protection/agreement-to-share-form.cy.md")).toContain(
      "### 3. Pwy all gael yr wybodaeth",
    );
  });

  it("is the one form of the Welsh templates", () => {
    for (const file of welshTemplates())
      expect(articleBeforeWy(readFileSync(file, "utf8")), file).toEqual([]);
  });

  it("is checked: y before a word in wy is found, yr and 'r are not, nor English text", () => {
    expect(
      articleBeforeWy("Pwy all gael y wybodaeth? Y wythnos hon. Mae yr wybodaeth a'r wybodaeth yn iawn."),
    ).toEqual(["Y wythnos", "y wybodaeth"]);
    expect(articleBeforeWy('Mae <span lang="en-GB">y wyvern</span> yn enw. Mae y wefan yn iawn.')).toEqual(
      [],
    );
  });
});

describe("the Easy Read privacy notices", () => {
  const english = documentOf(cwmTeg, "data-protection/privacy-notice-easy-read.md");
  const welsh = documentOf(cwmTeg, "data-protection/privacy-notice-easy-read.cy.md");

  it("say that a GP surgery among the introducing organisations may tell the coordinator about the person", () => {
    // The full notices list Aberteg Medical Centre among the organisations that may introduce the person,
    // or pass on information about them if they agree, and say health information may come that way.
    expect(documentOf(cwmTeg, "data-protection/privacy-notice.md")).toContain("- Aberteg Medical Centre\n");
    expect(documentOf(cwmTeg, "data-protection/privacy-notice.cy.md")).toContain(
      "- Canolfan Feddygol Aberteg\n",
    );
    expect(english).toContain(
      "| Picture: a doctor's surgery | Aberteg Medical Centre is a GP surgery. |\n| Picture: a doctor and a letter | It may tell your coordinator about you and your health, if you say yes. |",
    );
    expect(welsh).toContain(
      "| Llun: meddygfa | Mae Canolfan Feddygol Aberteg yn feddygfa. |\n| Llun: meddyg a llythyr | Mae'n gallu dweud wrth eich cydlynydd amdanoch chi ac am eich iechyd, os ydych yn dweud ie. |",
    );
  });

  it("have the same number of rows in each language", () => {
    const rows = (text: string) =>
      text.split("\n").filter((line) => /^\| (?:Picture|Llun):/.test(line)).length;
    expect(rows(welsh)).toBe(rows(english));
  });

  it("say nothing of a GP surgery when no GP practice passes information to the council", () => {
    const withoutGp = withPartners((organisation) => organisation !== "Aberteg Medical Centre");
    const englishWithout = documentOf(withoutGp, "data-protection/privacy-notice-easy-read.md");
    const welshWithout = documentOf(withoutGp, "data-protection/privacy-notice-easy-read.cy.md");
    expect(englishWithout).not.toContain("GP surgery");
    expect(englishWithout).toContain("Sometimes a service tells us about you, if you say yes.");
    expect(welshWithout).not.toContain("feddygfa");
    expect(welshWithout).toContain(
      "Weithiau mae gwasanaeth yn dweud wrthym amdanoch chi, os ydych yn dweud ie.",
    );
  });
});

describe("the Welsh privacy notice", () => {
  const notice = documentOf(cwmTeg, "data-protection/privacy-notice.cy.md");

  it("says, as the English does, that special category and offence information may come from an introducing organisation", () => {
    expect(notice).toContain(
      "dim ond os byddwch yn dewis dweud wrthym, neu'n cytuno bod sefydliad sy'n eich cyflwyno yn ei hanfon atom (adran 14), a'i bod yn helpu.",
    );
    expect(notice).toContain(
      "- Gwybodaeth am droseddau dim ond os byddwch yn dweud wrthym, neu'n cytuno bod sefydliad sy'n eich cyflwyno yn ei hanfon atom, neu os oes ei hangen i gadw rhywun yn ddiogel.",
    );
    const noSources = withPartners(() => false);
    const without = documentOf(noSources, "data-protection/privacy-notice.cy.md");
    expect(without).toContain("dim ond os byddwch yn dewis dweud wrthym a'i bod yn helpu.");
    expect(without).toContain(
      "- Gwybodaeth am droseddau dim ond os byddwch yn cytuno y cawn ei rhannu, neu os oes rhaid i ni ei rhannu i gadw rhywun yn ddiogel.",
    );
  });

  it("says, as the English does, that it shares with a partner that only passes information to it only for the reasons without agreement", () => {
    expect(notice).toContain(
      "Mae'r sefydliadau hyn (Canolfan Feddygol Aberteg, Cartrefi Cwm Teg) yn gallu anfon gwybodaeth amdanoch atom ni (adran 14), ond nid ydym yn rhannu gwybodaeth amdanoch gyda nhw, oni bai bod y gyfraith yn caniatáu i ni rannu heb eich cytundeb, am un o'r rhesymau isod.",
    );
    const oneSource = withPartners((organisation) => organisation !== "Cartrefi Cwm Teg");
    expect(documentOf(oneSource, "data-protection/privacy-notice.cy.md")).toContain(
      "Mae'r sefydliad hwn (Canolfan Feddygol Aberteg) yn gallu anfon gwybodaeth amdanoch atom ni (adran 14), ond nid ydym yn rhannu gwybodaeth amdanoch gydag ef, oni bai bod y gyfraith yn caniatáu i ni rannu heb eich cytundeb, am un o'r rhesymau isod.",
    );
    const onlySources = withPartners((organisation) =>
      ["Aberteg Medical Centre", "Cartrefi Cwm Teg"].includes(organisation),
    );
    expect(documentOf(onlySources, "data-protection/privacy-notice.cy.md")).toContain(
      "Nid ydym yn trosglwyddo gwybodaeth amdanoch i unrhyw sefydliad partner, oni bai bod y gyfraith yn caniatáu i ni rannu heb eich cytundeb, am un o'r rhesymau isod.",
    );
  });
});

describe("the Welsh notice and form with one organisation that relies on explicit consent", () => {
  // Without Cartrefi Cwm Teg, Cwm Teg County Voluntary Council is the one organisation that obtains the
  // person's explicit consent itself, and the one the council passes such information to.
  const one = withPartners((organisation) => organisation !== "Cartrefi Cwm Teg");

  it("speak of it in the singular, as the English does", () => {
    const notice = documentOf(one, "data-protection/privacy-notice.cy.md");
    const form = documentOf(one, "data-protection/agreement-to-share-form.cy.md");
    expect(notice).toContain(
      "Mae'r sefydliad hwn (Cyngor Gwirfoddol Sirol Cwm Teg) yn gofyn i chi amdano ei hun cyn dweud wrthym",
    );
    expect(form).toContain(
      "Mae'r sefydliad hwn (Cyngor Gwirfoddol Sirol Cwm Teg) yn cael cydsyniad y person ei hun cyn trosglwyddo",
    );
    expect(form).toContain("ar gyfer yr wybodaeth am droseddau, y mae'r cyngor yn ei throsglwyddo iddo.");
    expect(documentOf(one, "data-protection/privacy-notice.md")).toContain("for it itself before");
  });

  it("speak of several in the plural", () => {
    expect(documentOf(cwmTeg, "data-protection/privacy-notice.cy.md")).toContain(
      "Mae'r sefydliadau hyn (Cartrefi Cwm Teg, Cyngor Gwirfoddol Sirol Cwm Teg) yn gofyn i chi amdano eu hunain cyn dweud wrthym",
    );
    expect(documentOf(cwmTeg, "data-protection/agreement-to-share-form.cy.md")).toContain(
      "Mae'r sefydliadau hyn (Cartrefi Cwm Teg, Cyngor Gwirfoddol Sirol Cwm Teg) yn cael cydsyniad y person eu hunain cyn trosglwyddo",
    );
  });
});

describe("the Welsh guidance on the DBS level", () => {
  it("names conveying as the English does (as driver or assistant, to or from health care, personal care or social work), not only driving to health care", () => {
    const coordinator = documentOf(cwmTeg, "roles/local-area-coordinator.cy.md");
    expect(coordinator).not.toContain("yn gyrru oedolyn at ofal iechyd");
    expect(coordinator).toContain(
      "neu'n ei gludo i'r lleoedd lle mae'n cael gofal iechyd, gofal personol neu waith cymdeithasol, oddi yno, neu o un ohonynt i un arall (ei yrru, neu fynd gydag ef fel cynorthwyydd:",
    );
  });
});
