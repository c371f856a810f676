// The Welsh role titles of the programme's contacts (a Welsh language officer's review of Cwm Teg): the
// Welsh documents named the programme lead and the sponsor by their English role titles only, even with the
// manager's Welsh title given for a lead who holds the manager's post. They now write
// programme.lead.welshRole and programme.sponsor.welshRole (the lead who is the manager taking
// team.manager.welshTitle), and the English title, marked as English, only when no Welsh one is given.
import type { CouncilConfig } from "@lac/council";
import { describe, expect, it } from "vitest";
import { configTexts } from "./config-texts.js";
import { renderPack } from "@lac/documents";
import { templateSet } from "../dist/index.js";
import { example, render } from "./examples.js";
import { missingMutations, NAMES_SAME_IN_WELSH } from "./welsh-text.js";

const cwmTeg = example("cwm-teg");
const NOTICE = "data-protection/privacy-notice.cy.md";
const FORM = "data-protection/agreement-to-share-form.cy.md";
const PANEL = "roles/community-recruitment-panel-guide.cy.md";
const MANAGER = "roles/team-manager.cy.md";

const LEAD_EN = "Senior Local Area Coordinator";
const LEAD_CY = "Uwch Gydlynydd Ardal Leol";
const english = (text: string) => `<span lang="en-GB">${text}</span>`;

function documents(config: CouncilConfig): Record<string, string> {
  return Object.fromEntries(render(config).map((document) => [document.path, document.content]));
}

/** Cwm Teg with the manager's Welsh title, which its lead (the manager) takes. */
const managerTitled: CouncilConfig = {
  ...cwmTeg,
  team: { ...cwmTeg.team, manager: { ...cwmTeg.team.manager, welshTitle: LEAD_CY } },
};
/** Cwm Teg with a programme lead who is not the manager, without a Welsh role or with one. */
const separateLead = (welshRole?: string): CouncilConfig => ({
  ...managerTitled,
  programme: {
    ...managerTitled.programme,
    lead: { ...managerTitled.programme.lead, role: "Head of Community Wellbeing", welshRole },
  },
  team: { ...managerTitled.team, manager: { ...managerTitled.team.manager, reportsTo: undefined } },
});

describe("the programme lead in the Welsh documents", () => {
  it("is the manager's Welsh title when the lead holds the manager's post (Cwm Teg with the title)", () => {
    const docs = documents(managerTitled);
    for (const path of [NOTICE, FORM, PANEL]) {
      expect(docs[path], path).toContain(`â'r ${LEAD_CY} yn`);
      expect(docs[path], path).not.toContain(`â'r ${english(LEAD_EN)}`);
    }
    // The notice and the form name the lead nowhere else (the panel guide also quotes the manager's
    // English title, as the council gives it).
    expect(docs[NOTICE]).not.toContain(english(LEAD_EN));
    expect(docs[FORM]).not.toContain(english(LEAD_EN));
    // Sections 1 and 12 of the notice: asking about the programme, and withdrawing the agreement.
    expect(docs[NOTICE]).toContain(`cysylltwch â'r ${LEAD_CY} yn`);
    expect(docs[NOTICE]).toContain(`neu gysylltwch â'r ${LEAD_CY} yn`);
  });

  it("is the lead's own Welsh role when given, not the manager's", () => {
    const docs = documents(separateLead("Pennaeth Llesiant Cymunedol"));
    for (const path of [NOTICE, FORM, PANEL]) {
      expect(docs[path], path).toContain("â'r Pennaeth Llesiant Cymunedol yn");
      expect(docs[path], path).not.toContain(`â'r ${LEAD_CY}`);
    }
  });

  it("is the English role, marked as English, when no Welsh one is given", () => {
    // Cwm Teg as shipped: its manager, the lead, has no Welsh title yet.
    const shipped = documents(cwmTeg);
    const separate = documents(separateLead());
    for (const path of [NOTICE, FORM, PANEL]) {
      expect(shipped[path], path).toContain(`â'r ${english(LEAD_EN)} yn`);
      // A lead who is not the manager does not take the manager's Welsh title.
      expect(separate[path], path).toContain(`â'r ${english("Head of Community Wellbeing")} yn`);
    }
  });
});

describe("the sponsor in the Welsh role of a manager who leads the programme", () => {
  it("is the sponsor's Welsh role, also as the role the manager reports to", () => {
    const manager = documents(cwmTeg)[MANAGER]!;
    expect(manager).toContain("noddwr y rhaglen, sef Cyfarwyddwr Gwasanaethau Cymdeithasol, ac adolygu");
    expect(manager).toContain("| Yn atebol i | Cyfarwyddwr Gwasanaethau Cymdeithasol |");
    expect(manager).not.toContain(english("Director of Social Services"));
  });

  it("is the English role, marked as English, when no Welsh one is given", () => {
    const config: CouncilConfig = {
      ...cwmTeg,
      programme: { ...cwmTeg.programme, sponsor: { ...cwmTeg.programme.sponsor, welshRole: undefined } },
    };
    const manager = documents(config)[MANAGER]!;
    expect(manager).toContain(`sef ${english("Director of Social Services")}, ac adolygu`);
    expect(manager).toContain(`| Yn atebol i | ${english("Director of Social Services")} |`);
  });
});

describe.each([
  ["Cwm Teg with the manager's Welsh title", managerTitled],
  ["a lead with a Welsh role", separateLead("Pennaeth Llesiant Cymunedol")],
] as const)("the Welsh documents of %s", (_label, config) => {
  it("place the Welsh roles where no mutation is needed", () => {
    for (const document of render(config).filter((d) => d.language === "cy")) {
      expect(
        missingMutations(document.content, configTexts(config), NAMES_SAME_IN_WELSH),
        document.path,
      ).toEqual([]);
    }
  });
});

describe("a Welsh configuration that was not checked and has no sponsor", () => {
  it("is reported as the missing value at its place, not as a failure to build the context", () => {
    const { sponsor: _left, ...programme } = cwmTeg.programme;
    const result = renderPack({ ...cwmTeg, programme } as unknown as CouncilConfig, templateSet);
    expect(result.ok || result.errors[0]).toMatchObject({ code: "missing-value", line: expect.any(Number) });
  });
});
