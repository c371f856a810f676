// One test per defect found reading the agreement-to-share form, the implementation plan and the DPIA as the
// council's implementation lead would (review 19).
import type { CouncilConfig } from "@lac/council";
import { describe, expect, it } from "vitest";
import { documentOf, example, render, withManagerAsLead } from "./examples.js";
import { expectGoodWelsh } from "./expect-good-welsh.js";
import { part, tableRow } from "./markdown-sections.js";

const FORM = "data-protection/agreement-to-share-form.md";
const FORM_CY = "data-protection/agreement-to-share-form.cy.md";
const EASY_READ = "data-protection/privacy-notice-easy-read.md";
const EASY_READ_CY = "data-protection/privacy-notice-easy-read.cy.md";
const PLAN = "implementation-plan.md";
const DPIA = "data-protection/dpia.md";

/** The configuration with the pack's privacy notice turned off: the council uses its own. */
function withoutNotice(config: CouncilConfig): CouncilConfig {
  return { ...config, documents: { ...config.documents, privacyNotice: false } };
}

describe("the agreement-to-share form cites the pack's privacy notice only when the pack has one", () => {
  it("points to the council's privacy notice, with no section number, when the notice is turned off", () => {
    const form = documentOf(withoutNotice(example("wendleshire")), FORM);
    expect(form).not.toContain("(section 8)");
    expect(part(form, "### 3. ")).toContain(
      "Use the empty rows for a community group the person names, as the council's privacy notice tells them.",
    );
    expect(part(form, "### 5. ")).toContain(
      "to safeguard a child or an adult at risk, as the council's privacy notice explains: such sharing is recorded as an exception",
    );
    expect(part(form, "### 5. ")).toContain(
      "with its grounds, its reason and the condition relied on, and the council's privacy notice explains it to the person.",
    );
  });

  it("does the same in Welsh", () => {
    const config = withoutNotice(example("cwm-teg"));
    const form = documentOf(config, FORM_CY);
    expect(form).not.toContain("(adran 8)");
    expect(part(form, "### 3. ")).toContain(
      "Defnyddiwch y rhesi gwag ar gyfer grŵp cymunedol y mae'r person yn ei enwi, fel y mae hysbysiad preifatrwydd y cyngor yn dweud wrtho.",
    );
    expect(part(form, "### 5. ")).toContain(
      "i ddiogelu plentyn neu oedolyn sy'n wynebu risg, fel y mae hysbysiad preifatrwydd y cyngor yn ei esbonio: mae rhannu o'r fath",
    );
    expect(part(form, "### 5. ")).toContain(
      "ac mae hysbysiad preifatrwydd y cyngor yn ei esbonio i'r person.",
    );
    expectGoodWelsh(form, config);
  });

  it("keeps the section of the pack's notice when the pack has it", () => {
    const english = documentOf(example("wendleshire"), FORM);
    expect(english.match(/\(section 8\)/g)).toHaveLength(3);
    expect(english).not.toContain("the council's privacy notice");
    const welsh = documentOf(example("cwm-teg"), FORM_CY);
    expect(welsh.match(/\(adran 8\)/g)).toHaveLength(3);
  });

  it("has the Easy Read notice go with the council's own full notice, named as the council's", () => {
    const english = documentOf(withoutNotice(example("wendleshire")), EASY_READ);
    expect(english).toContain("It goes with the council's full privacy notice.");
    const config = withoutNotice(example("cwm-teg"));
    const welsh = documentOf(config, EASY_READ_CY);
    expect(welsh).toContain("Mae'n mynd gyda hysbysiad preifatrwydd llawn y cyngor.");
    expectGoodWelsh(welsh, config);
  });
});

describe("the plan's header gives the council's type with a capital", () => {
  it("writes the type with a capital in its row, and in lower case mid-sentence", () => {
    const plan = documentOf(example("brackenford"), PLAN);
    expect(tableRow(plan, "Council type")).toBe("| Council type | Unitary council |");
    expect(plan).toContain("Brackenford Borough Council (fictional) is a unitary council:");
    expect(tableRow(documentOf(example("kingsmere"), PLAN), "Council type")).toBe(
      "| Council type | London borough council |",
    );
    expect(tableRow(documentOf(example("cwm-teg"), PLAN), "Council type")).toBe(
      "| Council type | Welsh principal council |",
    );
  });
});

/** The configuration with every role a text ending in brackets, as a council's own titles may. */
function withBracketedRoles(config: CouncilConfig): CouncilConfig {
  const data = config.dataProtection;
  return {
    ...config,
    programme: {
      ...config.programme,
      // Other roles than the example's: its Welsh role titles do not translate them.
      sponsor: { ...config.programme.sponsor, role: "Corporate Director (People)", welshRole: undefined },
      lead: { ...config.programme.lead, role: "Head of Service (Communities)", welshRole: undefined },
    },
    dataProtection: {
      ...data,
      dataProtectionOfficer: { ...data.dataProtectionOfficer, role: "Information Governance Manager (DPO)" },
      ...(data.caldicottGuardian
        ? { caldicottGuardian: { ...data.caldicottGuardian, role: "Caldicott Guardian (Adults)" } }
        : {}),
    },
  };
}

describe("a role that ends in brackets is never followed by an address in brackets", () => {
  for (const name of ["brackenford", "cwm-teg"])
    it(`has no "…) (<" in any document of ${name}'s pack`, () => {
      for (const { path, content } of render(withBracketedRoles(example(name))))
        expect(content, path).not.toMatch(/\) \(</);
    });

  // The same read: a role in brackets of the text's own ("the sponsor (Corporate Director (People))")
  // closes two brackets at once; the role is written after a comma instead.
  for (const name of ["brackenford", "cwm-teg"])
    it(`has no role closed by a second bracket in any document of ${name}'s pack`, () => {
      const config = withBracketedRoles(example(name));
      const roles = [config.programme.sponsor.role, config.programme.lead.role];
      for (const { path, content } of render(config))
        for (const role of roles) {
          expect(content, path).not.toContain(`${role})`);
          expect(content, path).not.toContain(`${role}</span>)`);
        }
    });

  it("names the sponsor and the programme lead after a comma in the pack index and the Welsh manager's role", () => {
    const config = withBracketedRoles(example("cwm-teg"));
    expect(documentOf(config, "README.md")).toContain(
      "with the sponsor, the Corporate Director (People), and the programme lead, the Head of Service (Communities), and agree",
    );
    // The Welsh manager's role names the sponsor where the post also leads the programme.
    const manager = render(withManagerAsLead(config)).find(({ path }) =>
      /^roles\/.*manager.*\.cy\.md$/.test(path),
    );
    expect(manager?.content).toContain(
      'Gweithio gyda noddwr y rhaglen, sef <span lang="en-GB">Corporate Director (People)</span>, ac adolygu',
    );
    expectGoodWelsh(manager?.content ?? "", config);
  });

  it("gives the DPIA's contacts and the plan's sponsor and lead a row for the role and a row for the email", () => {
    const config = withBracketedRoles(example("brackenford"));
    const dpia = documentOf(config, DPIA);
    expect(tableRow(dpia, "Controller's contact for this DPIA")).toBe(
      "| Controller's contact for this DPIA | Head of Service (Communities) |",
    );
    expect(tableRow(dpia, "Controller's contact's email")).toBe(
      "| Controller's contact's email | <lac.programme@brackenford.example.gov.uk> |",
    );
    expect(tableRow(dpia, "Data protection officer")).toBe(
      "| Data protection officer | Information Governance Manager (DPO) |",
    );
    expect(tableRow(dpia, "Data protection officer's email")).toBe(
      "| Data protection officer's email | <dpo@brackenford.example.gov.uk> |",
    );
    expect(tableRow(dpia, "Caldicott Guardian")).toBe("| Caldicott Guardian | Caldicott Guardian (Adults) |");
    expect(tableRow(dpia, "Caldicott Guardian's email")).toBe(
      "| Caldicott Guardian's email | <caldicott.guardian@brackenford.example.gov.uk> |",
    );
    const plan = documentOf(config, PLAN);
    expect(tableRow(plan, "Sponsor")).toBe("| Sponsor | Corporate Director (People) |");
    expect(tableRow(plan, "Sponsor's email")).toBe(
      "| Sponsor's email | <adult.services.director@brackenford.example.gov.uk> |",
    );
    expect(tableRow(plan, "Programme lead")).toBe("| Programme lead | Head of Service (Communities) |");
    expect(tableRow(plan, "Programme lead's email")).toBe(
      "| Programme lead's email | <lac.programme@brackenford.example.gov.uk> |",
    );
  });

  // Review 22: the row no longer repeats its label ("Data protection officer | Data Protection Officer"); it
  // gives the address.
  it("writes the DPIA's data protection officer's address in its row when the council gives no role", () => {
    const config = example("brackenford");
    const unnamed = {
      ...config,
      dataProtection: {
        ...config.dataProtection,
        dataProtectionOfficer: { email: config.dataProtection.dataProtectionOfficer.email },
      },
    };
    expect(tableRow(documentOf(unnamed, DPIA), "Data protection officer")).toBe(
      `| Data protection officer | <${config.dataProtection.dataProtectionOfficer.email}> |`,
    );
  });

  it("gives the programme lead's address with 'at' in the form and the notice, in English and Welsh", () => {
    const config = withBracketedRoles(example("cwm-teg"));
    expect(documentOf(config, FORM)).toContain(
      "by telling their coordinator or contacting the Head of Service (Communities) at <lac@cwmteg.example.gov.uk>.",
    );
    const notice = documentOf(config, "data-protection/privacy-notice.md");
    expect(notice).toContain(
      "To ask about Local Area Coordination in Cwm Teg, contact the Head of Service (Communities) at <lac@cwmteg.example.gov.uk>.",
    );
    const form = documentOf(config, FORM_CY);
    expect(form).toContain(
      'drwy gysylltu â\'r <span lang="en-GB">Head of Service (Communities)</span> yn <lac@cwmteg.example.gov.uk>.',
    );
    const noticeCy = documentOf(config, "data-protection/privacy-notice.cy.md");
    expect(noticeCy).toContain(
      'cysylltwch â\'r <span lang="en-GB">Head of Service (Communities)</span> yn <lac@cwmteg.example.gov.uk>.',
    );
    for (const text of [form, noticeCy]) expectGoodWelsh(text, config);
  });
});

describe("the plan says a manager's notice may be longer than the phase the model leaves for it", () => {
  it("joins the notice to the reason to recruit the first manager earlier", () => {
    const plan = documentOf(example("stanmoor"), PLAN);
    expect(plan).toContain(
      "but the Local Area Coordination Team Manager leads the coordinators' community recruitment (section 8), and a manager's notice period, set by their contract, may also be longer than the phase the model leaves between the interviews and the first day: recruit the first Local Area Coordination Team Manager earlier,",
    );
    expect(plan.match(/recruit the first Local Area Coordination Team Manager earlier/g)).toHaveLength(1);
  });

  it("says it of the other managers when the programme lead holds one of the posts", () => {
    const plan = documentOf(withManagerAsLead(example("stanmoor")), PLAN);
    expect(plan).toContain(
      "or earlier, since a Local Area Coordination Team Manager's notice period, set by their contract, may also be longer than the phase the model leaves between the interviews and the first day.",
    );
  });

  it("says nothing of it when the programme lead holds the only manager post", () => {
    expect(documentOf(example("cwm-teg"), PLAN)).not.toContain("Manager's notice period");
  });
});
