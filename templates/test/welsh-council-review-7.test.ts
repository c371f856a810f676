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

// The coordinator's role description says, in English and in Welsh, that the recruitment standards of
// the council's compliance notice set what the advert and the process must offer, which the toolkit has
// not verified, and that councils *commonly* state that applications in Welsh are treated no less
// favourably and offer an interview in Welsh (docs/welsh-language.md; reference §9.2). The Welsh team
// manager's role description stated both as the council's own commitments, which its English does not
// say at all: the two versions must say the same, so both now carry the coordinator's hedged sentence.
describe("the Welsh language section of the team manager's role description", () => {
  const cwmTeg = example("cwm-teg");
  const english = documentOf(cwmTeg, "roles/team-manager.md");
  const welsh = documentOf(cwmTeg, "roles/team-manager.cy.md");
  const sectionOf = (content: string, heading: string): string => {
    const start = content.indexOf(heading);
    expect(start, heading).toBeGreaterThan(-1);
    // To the next heading, or to the footer's rule.
    const ends = [content.indexOf("\n## ", start + 1), content.indexOf("\n---", start)].filter(
      (end) => end > -1,
    );
    return content.slice(start, Math.min(...ends));
  };

  it("in Welsh, defers to the compliance notice as the coordinator's does, with no unverified promise", () => {
    const section = sectionOf(welsh, "## Y Gymraeg");
    expect(section).not.toContain(
      "Nid yw ceisiadau yn Gymraeg yn cael eu trin yn llai ffafriol na cheisiadau yn Saesneg, a gall ymgeiswyr ddewis cael cyfweliad yn Gymraeg.",
    );
    expect(section).toContain(
      "Mae'r safonau recriwtio sydd yn yr hysbysiad cydymffurfio a gafodd y cyngor gan Gomisiynydd y Gymraeg yn pennu beth arall y mae'n rhaid i'r hysbyseb a'r broses ei gynnig (gwiriwch nhw: nid yw'r pecyn cymorth wedi gwirio eu rhifau na'u geiriad); mae cynghorau fel arfer yn nodi nad yw ceisiadau yn Gymraeg yn cael eu trin yn llai ffafriol na cheisiadau yn Saesneg, ac yn cynnig cyfweliad yn Gymraeg i ymgeiswyr.",
    );
  });

  it("in English, says the same", () => {
    const section = sectionOf(english, "## Welsh language");
    expect(section).toContain(
      "State the category in the advert. The recruitment standards in the council's compliance notice from the Welsh Language Commissioner set what else the advert and the process must offer (check them: the toolkit has not verified their numbers or wording); councils commonly state that applications in Welsh are treated no less favourably than applications in English, and offer candidates an interview in Welsh.",
    );
  });

  it("is the same sentence in the coordinator's role description, in each language", () => {
    const coordinatorEnglish = sectionOf(
      documentOf(cwmTeg, "roles/local-area-coordinator.md"),
      "## Welsh language",
    );
    const coordinatorWelsh = sectionOf(
      documentOf(cwmTeg, "roles/local-area-coordinator.cy.md"),
      "## Y Gymraeg",
    );
    const hedgedEnglish = coordinatorEnglish.slice(coordinatorEnglish.indexOf("The recruitment standards"));
    const hedgedWelsh = coordinatorWelsh.slice(coordinatorWelsh.indexOf("Mae'r safonau recriwtio"));
    expect(sectionOf(english, "## Welsh language")).toContain(hedgedEnglish.trim());
    expect(sectionOf(welsh, "## Y Gymraeg")).toContain(hedgedWelsh.trim());
  });
});

// A WASPI Information Sharing Protocol and a Data Disclosure Agreement are both quality assured
// (https://www.waspi.gov.wales/good-practice/quality-assurance: "Information Sharing Protocols (ISPs) and
// Agreements are checked for consistent use of the WASPI templates"), and WASPI encourages the
// publication of ISPs (https://www.waspi.gov.wales/good-practice/). The protocol's header tells a Welsh council that the Welsh Language Standards may need a
// Welsh version of equal content before publication; a Welsh council's Data Disclosure Agreement, the
// same kind of published document, said nothing. It now carries the same row.
describe("the Welsh language row of a Welsh council's data-sharing documents", () => {
  const cwmTeg = example("cwm-teg");
  const oneWay = { ...cwmTeg, partners: cwmTeg.partners.map((partner) => ({ ...partner, receives: [] })) };
  const row = (document: string) =>
    `| Language | The LAC Toolkit writes this ${document} in English. Under the Welsh Language Standards a Welsh version of equal content may be needed: arrange its translation before publication |`;

  it("is in the Information Sharing Protocol", () => {
    expect(documentOf(cwmTeg, "data-sharing/information-sharing-protocol.md")).toContain(row("protocol"));
  });

  it("is in every Data Disclosure Agreement, in its header table", () => {
    for (const slug of [
      "cwm-teg-university-health-board",
      "aberteg-medical-centre",
      "cartrefi-cwm-teg",
      "cwm-teg-county-voluntary-council",
    ]) {
      const content = documentOf(oneWay, `data-sharing/${slug}.md`);
      const header = content.slice(0, content.indexOf("\n## "));
      expect(header, slug).toContain(row("agreement"));
    }
  });
});

// The English role descriptions give the programme's name in their Programme row; the Welsh ones gave
// the general term "Cydlynu Ardal Leol" instead of the programme's Welsh name (`programme.welshName`),
// which docs/welsh-language.md says the Welsh documents use, as the Welsh privacy notice, form and panel
// guide do. Without a Welsh name they write the English name marked "(enw Saesneg)", as elsewhere.
describe("the Programme row of the Welsh role descriptions", () => {
  const cwmTeg = example("cwm-teg");
  const paths = ["roles/local-area-coordinator.cy.md", "roles/team-manager.cy.md"];

  it("names the programme by its Welsh name, as the English row names it by its name", () => {
    for (const path of paths) {
      expect(documentOf(cwmTeg, path), path).toContain("| Rhaglen | Cydlynu Ardal Leol yng Nghwm Teg |");
    }
    for (const path of ["roles/local-area-coordinator.md", "roles/team-manager.md"]) {
      expect(documentOf(cwmTeg, path), path).toContain("| Programme | Local Area Coordination in Cwm Teg |");
    }
  });

  it("falls back to the English name, marked, when the programme has no Welsh name", () => {
    const { welshName: _left, ...programme } = cwmTeg.programme;
    const without = { ...cwmTeg, programme };
    for (const path of paths) {
      expect(documentOf(without, path), path).toContain(
        '| Rhaglen | <span lang="en-GB">Local Area Coordination in Cwm Teg</span> (enw Saesneg) |',
      );
    }
  });
});
