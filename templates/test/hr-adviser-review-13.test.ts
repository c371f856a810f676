// One test per defect an HR business partner found reading the implementation plan and the role
// descriptions together (review 13): the manager's advert, the manager's induction, and the community
// conversations against the advert that names the neighbourhoods.
import type { CouncilConfig } from "@lac/council";
import { describe, expect, it } from "vitest";
import { documentOf, example, withManagerAsLead } from "./examples.js";
import { part, phaseRows, quotedLine } from "./markdown-sections.js";

const timeline = (config: CouncilConfig) => part(documentOf(config, "implementation-plan.md"), "## 5.");

describe("the manager's post has the advert text the job evaluation phase says is finished", () => {
  it("says in the plan that each post's advert is finished from its role description's draft", () => {
    const [row] = phaseRows(timeline(example("kingsmere")), "Job evaluation and DBS level");
    expect(row).toContain("the advert is finished for each post, from the draft in its role description");
  });

  it("in English, with the same terms as the coordinator's: blanks where the coordinator's has them", () => {
    const text = quotedLine(documentOf(example("kingsmere"), "roles/team-manager.md"), "## Advert text");
    expect(text).toMatch(
      /^> \*\*Local Area Coordination Team Manager, London Borough of Kingsmere \(fictional\)\.\*\* /,
    );
    expect(text).toContain("lead a team of Local Area Coordinators");
    expect(text).toContain("____________________ hours a week for a full-time post.");
    expect(text).toContain("Grade or salary band: ____________________ (from job evaluation).");
    expect(text).toContain("tell us of any adjustments you need to apply, or to take part in the interview.");
    expect(text).toContain("Disclosure and Barring Service (DBS) check at the level HR decides");
    expect(text).toMatch(/ Closing date: ____________________\.$/);
    expect(text).not.toContain("community recruitment event");
  });

  it("with a configured grade and the Welsh language category, as the coordinator's advert gives them", () => {
    const cwmTeg = example("cwm-teg");
    const graded: CouncilConfig = {
      ...cwmTeg,
      team: { ...cwmTeg.team, manager: { ...cwmTeg.team.manager, grade: "Grade 9" } },
    };
    const text = quotedLine(documentOf(graded, "roles/team-manager.md"), "## Advert text");
    expect(text).toContain("Grade or salary band: Grade 9.");
    expect(text).toContain(`Welsh language: ${"Welsh language skills are"}`);
    expect(text).toContain("Applications in Welsh are welcome");
    expect(text).toContain("a way to travel");
  });

  it("in Welsh", () => {
    const text = quotedLine(
      documentOf(example("cwm-teg"), "roles/team-manager.cy.md"),
      "## Testun yr hysbyseb",
    );
    expect(text).toContain("arwain tîm y");
    expect(text).toContain("Gradd neu fand cyflog: ____________________ (o werthuso swyddi).");
    expect(text).toContain("i gymryd rhan yn y cyfweliad.");
    expect(text).not.toContain("digwyddiad recriwtio cymunedol");
    expect(text).toMatch(/ Dyddiad cau: ____________________\.$/);
  });
});

describe("the induction phase covers the manager recruited with the first coordinators", () => {
  it("in kingsmere, with one wave", () => {
    const [row] = phaseRows(timeline(example("kingsmere")), "Induction and training");
    expect(row).toContain(
      "The Local Area Coordination Team Manager, recruited with them or earlier (see above), takes part in the same induction and training, and begins to supervise them.",
    );
  });

  it("in the first wave only, where the neighbourhoods start in waves", () => {
    const rows = phaseRows(timeline(example("stanmoor")), "Induction and training");
    expect(rows.length).toBeGreaterThan(1);
    expect(rows[0]).toContain("takes part in the same induction and training");
    for (const row of rows.slice(1)) expect(row).not.toContain("takes part in the same induction");
  });

  it("and as the programme lead, when the manager leads the programme from the start", () => {
    const managerIsLead = withManagerAsLead(example("kingsmere"));
    const [row] = phaseRows(timeline(managerIsLead), "Induction and training");
    expect(row).not.toContain("recruited with them");
    expect(row).toContain(
      "The Local Area Coordination Team Manager, in post from the start as the programme lead, takes part in the same induction and training, and begins to supervise them.",
    );
  });
});

describe("the community conversations do not choose the neighbourhoods that the advert already names", () => {
  it("the preparation phase has conversations in the neighbourhoods of section 4, not about where to start", () => {
    const [row] = phaseRows(timeline(example("kingsmere")), "Preparation and community conversations");
    expect(row).not.toContain("shape where");
    expect(row).toContain("the neighbourhoods of section 4");
    expect(row).toContain(
      "conversations with local people in those neighbourhoods shape how it starts there",
    );
  });

  it("the timeline says why: the neighbourhoods are agreed before the adverts name them", () => {
    expect(timeline(example("kingsmere"))).toContain(
      "The neighbourhoods are those of section 4, agreed with the leadership group before the community conversations in them and before the adverts name them: the conversations take place in them rather than choose them, and what local people say there goes into the adverts and the briefing of the community recruitment panel.",
    );
  });
});
