// One test per defect an HR adviser found reading the implementation plan, the role descriptions and
// the community recruitment panel guide as they prepare the posts for job evaluation and recruitment
// (review 12).
import type { CouncilConfig } from "@lac/council";
import { describe, expect, it } from "vitest";
import { documentOf, example, withManagerAsLead } from "./examples.js";
import { part, phaseRows, tableRow } from "./markdown-sections.js";

const timeline = (name: string) => part(documentOf(example(name), "implementation-plan.md"), "## 5.");

describe("a later wave's job evaluation phase says what the plan's text says: HR checks the grades still fit", () => {
  it("in stanmoor, which starts its neighbourhoods in waves", () => {
    const rows = phaseRows(timeline("stanmoor"), "Job evaluation and DBS level");
    expect(rows.length).toBeGreaterThan(1);
    expect(rows[0]).toContain("(wave 1)");
    expect(rows[0]).toContain("HR evaluates the two role descriptions");
    for (const row of rows.slice(1)) {
      expect(row).not.toContain("HR evaluates");
      expect(row).toContain(
        "HR checks that the grades set for the posts, and the level of DBS check, still fit the duties",
      );
      expect(row).toContain("the advert for each post in the wave is finished");
    }
  });

  it("and with one wave the phase is the full job evaluation", () => {
    const rows = phaseRows(timeline("kingsmere"), "Job evaluation and DBS level");
    expect(rows).toHaveLength(1);
    expect(rows[0]).toContain("HR evaluates the two role descriptions");
  });
});

describe("the panel guide makes the offer as the plan's timeline does: subject to the checks, then confirmed", () => {
  it("in English", () => {
    const guide = documentOf(example("kingsmere"), "roles/community-recruitment-panel-guide.md");
    expect(guide).not.toContain("formal offer of the post, after the pre-employment checks");
    expect(guide).toContain(
      "it makes the offer of the post, subject to the pre-employment checks, and confirms it once they are complete",
    );
    const plan = documentOf(example("kingsmere"), "implementation-plan.md");
    expect(plan).toContain("carries out the pre-employment checks the role descriptions list");
    expect(plan).toContain("before it confirms each offer");
  });

  it("in Welsh", () => {
    const guide = documentOf(example("cwm-teg"), "roles/community-recruitment-panel-guide.cy.md");
    expect(guide).not.toContain("ar ôl y gwiriadau cyn cyflogi");
    expect(guide).toContain(
      "mae'n gwneud cynnig o'r swydd, yn amodol ar y gwiriadau cyn cyflogi, ac yn ei gadarnhau pan fyddant wedi'u cwblhau",
    );
  });
});

describe("both role descriptions leave the probationary period to the council's policy", () => {
  it.each(["local-area-coordinator", "team-manager"])("%s, in English and in Welsh", (role) => {
    expect(tableRow(documentOf(example("kingsmere"), `roles/${role}.md`), "Probation")).toBe(
      "| Probation | ____________________ (the probationary period the council's policy sets, confirmed by HR) |",
    );
    expect(tableRow(documentOf(example("cwm-teg"), `roles/${role}.cy.md`), "Cyfnod prawf")).toBe(
      "| Cyfnod prawf | ____________________ (y cyfnod prawf y mae polisi'r cyngor yn ei bennu, wedi'i gadarnhau gan adnoddau dynol) |",
    );
  });
});

describe("the manager's role description asks what the plan asks when the span is below the rule of thumb", () => {
  const question = "also covers a neighbourhood as a coordinator";

  it("names the decision in the role, so that job evaluation evaluates the post the council decides on", () => {
    const plan = documentOf(example("hollinbrook"), "implementation-plan.md");
    expect(plan).toContain(`whether the Senior Local Area Coordinator ${question}`);
    expect(documentOf(example("hollinbrook"), "roles/team-manager.md")).toContain(
      "The span, 3, is below the toolkit's rule of thumb of one manager for 6 to 10 coordinators: the [implementation plan](../implementation-plan.md) (section 8) asks Hollinbrook to decide whether this post also covers a neighbourhood as a coordinator, with the coordinator's duties for that part of the post: ____________________. Decide it before HR evaluates the post, since it changes the duties evaluated.",
    );
  });

  it("and not when the span is in the range", () => {
    expect(documentOf(example("brackenford"), "roles/team-manager.md")).not.toContain(question);
  });

  it("in Welsh", () => {
    expect(documentOf(example("cwm-teg"), "roles/team-manager.cy.md")).toContain(
      "mae'r [cynllun gweithredu](../implementation-plan.md) (adran 8, sydd yn Saesneg) yn gofyn i'r cyngor benderfynu a yw'r swydd hon hefyd yn gwasanaethu cymdogaeth fel cydlynydd",
    );
  });
});

describe("the timeline says when the manager is recruited, since the manager leads the coordinators' recruitment", () => {
  it("not when the manager is the programme lead, in post from the start", () => {
    const managerIsLead = withManagerAsLead(example("kingsmere"));
    expect(part(documentOf(managerIsLead, "implementation-plan.md"), "## 5.")).not.toContain(
      "The model recruits the",
    );
  });

  it("in kingsmere", () => {
    expect(timeline("kingsmere")).toContain(
      "The model recruits the Local Area Coordination Team Manager with the first coordinators, but the Local Area Coordination Team Manager leads the coordinators' community recruitment (section 8), and their notice period, set by their contract, may also be longer than the phase the model leaves between the interviews and the first day: recruit them earlier, moving the first coordinators' recruitment on if need be, or name who leads that recruitment, and the first coordinators, until they start.",
    );
  });
});

describe("a configured grade is not shown as final before the job evaluation that the plan says sets the grades", () => {
  const graded = (): CouncilConfig => {
    const brackenford = example("brackenford");
    return {
      ...brackenford,
      team: { ...brackenford.team, manager: { ...brackenford.team.manager, grade: "Grade 9" } },
    };
  };

  it("in the role descriptions, in English and in Welsh", () => {
    expect(example("brackenford").team.coordinatorGrade).toBe("Local grade to be agreed");
    expect(tableRow(documentOf(graded(), "roles/local-area-coordinator.md"), "Grade or salary band")).toBe(
      "| Grade or salary band | Local grade to be agreed, to be confirmed by Brackenford's job evaluation |",
    );
    expect(tableRow(documentOf(graded(), "roles/team-manager.md"), "Grade or salary band")).toBe(
      "| Grade or salary band | Grade 9, to be confirmed by Brackenford's job evaluation |",
    );
    const cwmTeg = example("cwm-teg");
    const welsh: CouncilConfig = { ...cwmTeg, team: { ...cwmTeg.team, coordinatorGrade: "Grade 6" } };
    expect(tableRow(documentOf(welsh, "roles/local-area-coordinator.cy.md"), "Gradd neu fand cyflog")).toBe(
      `| Gradd neu fand cyflog | <span lang="en-GB">Grade 6</span>, i'w gadarnhau gan werthuso swyddi'r cyngor |`,
    );
  });

  it("without a full stop before the note when the configured grade ends with one", () => {
    const brackenford = example("brackenford");
    const config: CouncilConfig = {
      ...brackenford,
      team: { ...brackenford.team, coordinatorGrade: "£31,000 to £34,000 a year." },
    };
    expect(tableRow(documentOf(config, "roles/local-area-coordinator.md"), "Grade or salary band")).toBe(
      "| Grade or salary band | £31,000 to £34,000 a year, to be confirmed by Brackenford's job evaluation |",
    );
  });

  it("in the plan's section on the team, for both posts", () => {
    const team = part(documentOf(graded(), "implementation-plan.md"), "## 8.");
    expect(team).toContain(
      "- Coordinator grade or salary band: Local grade to be agreed, to be confirmed by the job evaluation (section 5).",
    );
    expect(team).toContain(
      "- Local Area Coordination Team Manager grade or salary band: Grade 9, to be confirmed by the job evaluation (section 5).",
    );
  });
});

describe("the manager's role description has a base, as the coordinator's does", () => {
  it("a blank for the council, in English and in Welsh", () => {
    expect(tableRow(documentOf(example("kingsmere"), "roles/team-manager.md"), "Based in")).toBe(
      "| Based in | ____________________ (the post's base; it works across the programme's neighbourhoods) |",
    );
    expect(tableRow(documentOf(example("cwm-teg"), "roles/team-manager.cy.md"), "Lleoliad")).toBe(
      "| Lleoliad | ____________________ (canolfan y swydd; mae'n gweithio ar draws cymdogaethau'r rhaglen) |",
    );
  });
});

describe("a Welsh council's job evaluation phase includes the Welsh language assessment, as the plan's text says", () => {
  const rowsOf = (config: CouncilConfig) =>
    phaseRows(part(documentOf(config, "implementation-plan.md"), "## 5."), "Job evaluation and DBS level");

  it("in cwm-teg, and not in an English council", () => {
    const [row] = rowsOf(example("cwm-teg"));
    expect(timeline("cwm-teg")).toContain(
      "and the council has assessed the Welsh language skills each post needs (section 8): the job evaluation phase",
    );
    // Its assessment (team.welshLanguage.assessment) has set the categories: the phase confirms them (review 40).
    expect(row).toContain(
      "The council confirms that each post's Welsh language category, set by its assessment of the posts (Welsh Language Skills Assessment of the posts, Cwm Teg HR, June 2026), still fits the duties as evaluated, and that the advert states it (section 8).",
    );
    expect(rowsOf(example("kingsmere"))[0]).not.toContain("Welsh");
  });

  it("and for a later wave, checks that the categories still fit", () => {
    const cwmTeg = example("cwm-teg");
    const inWaves: CouncilConfig = {
      ...cwmTeg,
      programme: { ...cwmTeg.programme, waves: { ...cwmTeg.programme.waves, neighbourhoodsPerWave: 2 } },
    };
    const rows = rowsOf(inWaves);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toContain(
      "The council confirms that each post's Welsh language category, set by its assessment",
    );
    expect(rows[1]).toContain(
      "The council also checks that the posts' Welsh language categories still fit the duties (section 8).",
    );
    expect(rows[1]).not.toContain("assesses the Welsh");
  });
});
