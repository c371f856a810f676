// One test per numbered finding of the DPO review of the Welsh example council's pack (the documents
// the people supported read and sign: the privacy notices, the Easy Read notices, the agreement-to-share
// form, and the DPIA and pack index around them), on the six example councils: unitary, county,
// district, metropolitan, London and Welsh.
import type { CouncilConfig, Partner } from "@lac/council";
import { PURPOSES, type PurposeId } from "@lac/consent";
import { describe, expect, it } from "vitest";
import { example, EXAMPLES, render } from "./examples.js";
import { AGREED_PURPOSES, EXCEPTION_ONLY_PURPOSES } from "./form-purposes.js";
import { part } from "./markdown-sections.js";

type CouncilName = (typeof EXAMPLES)[number];
const allCouncils: readonly CouncilName[] = EXAMPLES;
const councils = Object.fromEntries(EXAMPLES.map((name) => [name, example(name)])) as Record<
  CouncilName,
  CouncilConfig
>;
/** Each council's documents, by path. */
const packs = {} as Record<CouncilName, ReadonlyMap<string, string>>;
for (const name of EXAMPLES) packs[name] = new Map(render(councils[name]).map((d) => [d.path, d.content]));

/** A document of a council's pack, which must be there. */
function doc(council: CouncilName, path: string): string {
  const content = packs[council].get(path);
  if (content === undefined) throw new Error(`${council} has no ${path}`);
  return content;
}

/** The "- " items of a Markdown list in a text (not checkboxes). */
function listItems(text: string): string[] {
  return text
    .split("\n")
    .filter((line) => line.startsWith("- ") && !line.startsWith("- ["))
    .map((line) => line.slice(2));
}

const personal = (partner: Partner, direction: "shares" | "receives") =>
  partner[direction].length > 0 && !partner.anonymised.includes(direction);
const recipients = (council: CouncilName) =>
  councils[council].partners.filter((partner) => personal(partner, "receives"));
const sources = (council: CouncilName) =>
  councils[council].partners.filter((partner) => personal(partner, "shares"));
const sourcesOnly = (council: CouncilName) =>
  sources(council).filter((partner) => !personal(partner, "receives"));

/** The codes of the checkboxes of a text: `- [ ] Label (`code`)`. */
/**
 * The codes of the boxes to tick in a section of a form, in order: each box's words, looked up in the
 * form's part for staff only (Part C, Rhan C), which gives each choice's code by section.
 */
function checkboxCodes(text: string, form: string, section: number): string[] {
  const staff = form.slice(form.search(/\n## (Part|Rhan) C: /));
  return [...text.matchAll(/- \[ \] ([^:\n]+?)(?:, which one:|, pa un:|:.*)?$/gm)].map((match) => {
    const row = staff.split("\n").find((line) => line.startsWith(`| ${section} | ${match[1]} | \``));
    if (row === undefined) throw new Error(`no code for ${match[1]}`);
    return row.slice(row.lastIndexOf("| `") + 3, row.lastIndexOf("` |"));
  });
}

describe("DPO review of the documents the people supported read", () => {
  it("1. names as recipients only the partners that receive personal data, and the others as sources", () => {
    for (const council of allCouncils) {
      const notice = doc(council, "data-protection/privacy-notice.md");
      const shared = part(notice, "## 8. ");
      const recipientNames = recipients(council).map((partner) => partner.organisation);
      expect(
        listItems(shared).map((item) => item.slice(0, item.lastIndexOf(": "))),
        council,
      ).toEqual(recipientNames);
      for (const partner of sourcesOnly(council)) {
        expect(shared, `${council}: ${partner.organisation}`).toMatch(
          new RegExp(
            `${partner.organisation.replace(/[()]/g, "\\$&")}[^\n]*may pass information about you to us`,
          ),
        );
        expect(shared).toContain("but we do not share information about you with");
      }
      const comesFrom = part(notice, "## 14. ");
      expect(listItems(comesFrom), council).toEqual(sources(council).map((partner) => partner.organisation));
      // The agreement-to-share form lists the same recipients, from the same list.
      const form = part(doc(council, "data-protection/agreement-to-share-form.md"), "### 3. ");
      const rows = form
        .split("\n")
        .filter((line) => line.startsWith("| ") && !line.startsWith("| ____") && !line.startsWith("| ---"))
        .slice(1)
        .map((line) => line.split(" | ")[0]!.slice(2));
      expect(rows, council).toEqual(recipientNames);
      // The DPIA counts the partners that receive, not every partner.
      const dpia = doc(council, "data-protection/dpia.md");
      const processing = dpia.slice(
        dpia.indexOf("**The type of processing.**"),
        dpia.indexOf("**Why a DPIA"),
      );
      expect(processing).not.toMatch(/share information with \d+ partners \(below\)/);
      for (const partner of sourcesOnly(council)) expect(processing).toContain(partner.organisation);
    }
    // Cwm Teg: two partners only pass information to the council.
    const cwmTeg = part(doc("cwm-teg", "data-protection/privacy-notice.md"), "## 8. ");
    expect(cwmTeg).toContain(
      "Aberteg Medical Centre and Cartrefi Cwm Teg may pass information about you to us",
    );
    expect(listItems(cwmTeg)).toEqual([
      "Cwm Teg University Health Board: Local health board (NHS Wales)",
      "Cwm Teg County Voluntary Council: Charity or voluntary organisation",
    ]);
    const welsh = part(doc("cwm-teg", "data-protection/privacy-notice.cy.md"), "## 8. ");
    expect(listItems(welsh)).toEqual([
      "Bwrdd Iechyd Prifysgol Cwm Teg: Bwrdd Iechyd Lleol (GIG Cymru)",
      "Cyngor Gwirfoddol Sirol Cwm Teg: Elusen neu sefydliad gwirfoddol",
    ]);
    expect(welsh).toContain(
      "Mae'r sefydliadau hyn (Canolfan Feddygol Aberteg, Cartrefi Cwm Teg) yn gallu anfon gwybodaeth amdanoch atom ni",
    );
    expect(doc("cwm-teg", "data-protection/dpia.md")).toContain(
      "with community groups and with 2 partners: Cwm Teg University Health Board and Cwm Teg County Voluntary Council.",
    );
    // Brackenford: the council's own Adult Social Care is the same controller, not one of the partners counted.
    const brackenfordDpia = doc("brackenford", "data-protection/dpia.md");
    expect(brackenfordDpia).toContain(
      "and with 5 partners: Brackenford Hospitals NHS Foundation Trust, Northfield Medical Practice, Brackenford Homes, Brackenshire Fire and Rescue Service and Brackenford Council for Voluntary Service, and within the council (the same controller) with Brackenford Borough Council Adult Social Care.",
    );
    expect(brackenfordDpia).toContain(
      "from 8 partners and from Brackenford Borough Council Adult Social Care, of which",
    );
  });

  it("2. asks the person to agree only to purposes that depend on agreement; the others are recorded exceptions", () => {
    const forms = [
      ...allCouncils.map((council) => doc(council, "data-protection/agreement-to-share-form.md")),
      doc("cwm-teg", "data-protection/agreement-to-share-form.cy.md"),
    ];
    for (const form of forms) {
      const why = form.slice(form.search(/\n### 5\. /), form.search(/\n### 6\. /));
      const staff = form.slice(form.search(/\n## (Part|Rhan) C: /));
      expect(checkboxCodes(why, form, 5)).toEqual(AGREED_PURPOSES);
      for (const [purpose, grounds] of Object.entries(EXCEPTION_ONLY_PURPOSES)) {
        expect(staff, purpose).toMatch(new RegExp(`\\| \`${grounds}\` \\| \`${purpose}\` \\|`));
      }
      expect(staff).toContain("`safeguarding-individual-at-risk`");
      expect(why).toMatch(/\((section|adran) 8\)/);
    }
    const english = doc("brackenford", "data-protection/agreement-to-share-form.md");
    const why = part(english, "### 5. ");
    expect(why).toContain("Sharing for them does not depend on the person's agreement");
    expect(why).toContain("recorded as an exception");
    expect(why).toContain("the privacy notice explains it to the person (section 8)");
    expect(why).toContain(
      "the council may also share without their agreement where the law allows it, to safeguard a child or an adult at risk, as the privacy notice explains (section 8)",
    );
    expect(why).toContain('"If you would still process the personal data without consent');
    for (const purpose of Object.keys(EXCEPTION_ONLY_PURPOSES) as PurposeId[]) {
      expect(why).not.toContain(`- [ ] ${PURPOSES[purpose].label}`);
    }
    // The privacy notice it refers to says that such sharing does not depend on agreement.
    for (const council of allCouncils) {
      expect(part(doc(council, "data-protection/privacy-notice.md"), "## 8. ")).toContain(
        "Sharing for these reasons does not depend on your agreement",
      );
    }
  });

  it("3. keeps agreeing for the person to those with legal authority; an advocate, family or friend only helps or passes it on", () => {
    for (const council of allCouncils) {
      const form = doc(council, "data-protection/agreement-to-share-form.md");
      const how = part(form, "### 6. ");
      const authority = how.slice(
        how.indexOf("Someone with legal authority"),
        how.indexOf("Someone who helped"),
      );
      const helped = how.slice(how.indexOf("Someone who helped"), how.indexOf("Where the evidence is kept"));
      expect(checkboxCodes(authority, form, 6)).toEqual([
        "lasting-power-of-attorney",
        "court-appointed-deputy",
        "person-with-parental-responsibility",
      ]);
      expect(checkboxCodes(helped, form, 6)).toEqual(["advocate", "family-member-or-friend", "other"]);
      expect(helped).toContain("the agreement is the person's, not theirs");
      expect(how).toContain("An advocate, a family member or a friend cannot agree for the person");
      expect(how).toContain("whose authority covers this decision (Mental Capacity Act 2005 ss.9 and 16)");
      expect(how).toContain("do not record an agreement");
      expect(how).toContain("a best-interests decision is made and recorded (s.4)");
      expect(how).toContain("any sharing rests on the exceptions (see section 5 of this form)");
      expect(how).toContain("with the reason that the person cannot agree");
      expect(form).toContain("the exception's reason is `person-cannot-agree`");
    }
    const formCy = doc("cwm-teg", "data-protection/agreement-to-share-form.cy.md");
    const welsh = part(formCy, "### 6. ");
    const helpedCy = welsh.slice(welsh.indexOf("Rhywun a helpodd"), welsh.indexOf("Ble mae'r dystiolaeth"));
    expect(checkboxCodes(helpedCy, formCy, 6)).toEqual(["advocate", "family-member-or-friend", "other"]);
    expect(welsh).toContain("Ni all eiriolwr, aelod o'r teulu na ffrind gytuno ar ran y person");
    expect(welsh).toContain("gyda'r rheswm na all y person gytuno");
    expect(formCy).toContain("rheswm yr eithriad yw `person-cannot-agree`");
  });

  it("4. gives the Welsh documents the English ones' meaning: the programme, the lead's role, partners' kinds, the glossary", () => {
    const lead = councils["cwm-teg"].programme.lead;
    const notice = doc("cwm-teg", "data-protection/privacy-notice.cy.md");
    expect(notice.split("\n")[0]).toBe(
      "# Cydlynu Ardal Leol yng Nghwm Teg: sut rydym yn defnyddio eich gwybodaeth",
    );
    // The role title is the configuration's English, marked as English for the Word and HTML copies.
    const contact = `<span lang="en-GB">${lead.role}</span> yn <${lead.email}>`;
    expect(part(notice, "## 1. ")).toContain(`cysylltwch â'r ${contact}`);
    expect(part(notice, "## 12. ").split(contact).length).toBe(3);
    expect(notice).not.toContain("tîm y rhaglen");
    const form = doc("cwm-teg", "data-protection/agreement-to-share-form.cy.md");
    expect(part(form, "### 7. ")).toContain("Cydlynu Ardal Leol yng Nghwm Teg");
    expect(part(form, "### 10. ")).toContain(`drwy gysylltu â'r ${contact}`);
    expect(form).not.toContain("tîm y rhaglen");
    for (const path of [
      "data-protection/privacy-notice.cy.md",
      "data-protection/privacy-notice-easy-read.cy.md",
      "data-protection/agreement-to-share-form.cy.md",
    ]) {
      const content = doc("cwm-teg", path);
      expect(content, path).not.toContain("eirfa'r pecyn (`docs/welsh-language.md`)");
      expect(content, path).toContain("Mae'r termau yn dod o eirfa pecyn meddalwedd LAC");
      expect(content, path).toContain(
        "Its terms come from the LAC Toolkit's glossary, in the toolkit's documentation",
      );
    }
    // The Easy Read versions have the same lines.
    const rows = (content: string, picture: string) =>
      content.split("\n").filter((line) => line.startsWith(`| ${picture}: `)).length;
    expect(rows(doc("cwm-teg", "data-protection/privacy-notice-easy-read.cy.md"), "Llun")).toBe(
      rows(doc("cwm-teg", "data-protection/privacy-notice-easy-read.md"), "Picture"),
    );
  });

  it("5. labels a Welsh health board by its kind, counts people per coordinator, and asks a non-public partner for its DPO or lead", () => {
    const cwmTeg = doc("cwm-teg", "data-protection/dpia.md");
    expect(cwmTeg).toContain("| Cwm Teg University Health Board | Local health board (NHS Wales) | Yes |");
    expect(cwmTeg).not.toContain("NHS trust or health board");
    expect(cwmTeg).toContain(
      "each full-time coordinator serves a neighbourhood population of about 8,700 to 9,900 people",
    );
    expect(cwmTeg).toContain("| Cartrefi Cwm Teg's data protection officer or data protection lead |");
    expect(cwmTeg).toContain("| Cwm Teg University Health Board's data protection officer |");
    expect(cwmTeg).toContain("(UK GDPR Art 37(1)(a))");
    for (const council of allCouncils) {
      const dpia = doc(council, "data-protection/dpia.md");
      expect(dpia, council).not.toContain(
        "a neighbourhood has about 8,000–10,000 people and one coordinator",
      );
      expect(dpia, council).toMatch(/serves a neighbourhood population of about [\d,]+( to [\d,]+)? people/);
      for (const partner of councils[council].partners.filter((p) => p.kind === "charity")) {
        expect(dpia).toContain(
          `| ${partner.organisation}'s data protection officer or data protection lead |`,
        );
      }
    }
    // Kingsmere has a neighbourhood of 13,000 people with 1.5 posts: about 8,700 per full-time coordinator.
    expect(doc("kingsmere", "data-protection/dpia.md")).toContain("about 8,700 to 9,900 people");
  });

  it("6. fills the Easy Read complaints line from the configuration, and gives the Caldicott Guardian's email in the index", () => {
    for (const council of allCouncils) {
      const email = councils[council].dataProtection.dataProtectionOfficer.email;
      const easyRead = doc(council, "data-protection/privacy-notice-easy-read.md");
      expect(easyRead, council).not.toContain("Complaints: ____");
      expect(easyRead).toContain(
        `| Picture: a complaint form | To complain, tell your coordinator, or email our data protection team: <${email}>. |`,
      );
      const guardian = councils[council].dataProtection.caldicottGuardian;
      if (guardian) {
        const index = doc(council, "README.md");
        expect(index).toContain(`and the Caldicott Guardian (<${guardian.email}>)`);
        expect(index).not.toContain(`the Caldicott Guardian (${guardian.role})`);
      }
    }
    const welsh = doc("cwm-teg", "data-protection/privacy-notice-easy-read.cy.md");
    expect(welsh).not.toContain("Cwynion: ____");
    expect(welsh).toContain(
      "I gwyno, dywedwch wrth eich cydlynydd, neu anfonwch e-bost at ein tîm diogelu data: <dpo@cwmteg.example.gov.uk>.",
    );
  });
});
