// One test per defect found reading the role descriptions, the advert and the community recruitment panel
// guides of Kingsmere, Hollinbrook and Cwm Teg as a council's HR adviser and a recruiting manager would
// (review 10).
import type { CouncilConfig } from "@lac/council";
import { describe, expect, it } from "vitest";
import { configTexts } from "./config-texts.js";
import { documentOf, example } from "./examples.js";
import { part } from "./markdown-sections.js";
import { englishRuns, missingMutations, unknownWelshWords } from "./welsh-text.js";

function withTeam(config: CouncilConfig, team: Partial<CouncilConfig["team"]>): CouncilConfig {
  return { ...config, team: { ...config.team, ...team } };
}

describe("a DBS level the council configures comes with the duties that make it lawful", () => {
  it.each(["kingsmere", "hollinbrook"])(
    "asks for the regulated activity behind a barred list check, in %s",
    (name) => {
      const config = withTeam(example(name), { dbsCheck: "enhanced-with-both-barred-lists" });
      const coordinator = part(
        documentOf(config, "roles/local-area-coordinator.md"),
        "## Pre-employment checks",
      );
      expect(coordinator).toContain(
        "has decided on an enhanced check with the adults' and children's barred lists. Write into the role the regulated activity the post does that HR relied on: with adults ____________________, and with children ____________________. Without it, the post cannot have this check.",
      );
      const manager = part(documentOf(config, "roles/team-manager.md"), "## Pre-employment checks");
      expect(manager).toContain(
        "Write into the role the regulated activity the post does, or that the staff it supervises day to day do, that HR relied on: with adults ____________________, and with children ____________________.",
      );
    },
  );

  it("asks only for the adults' regulated activity when only the adults' list is checked", () => {
    const config = withTeam(example("kingsmere"), { dbsCheck: "enhanced-with-adults-barred-list" });
    const checks = part(documentOf(config, "roles/local-area-coordinator.md"), "## Pre-employment checks");
    expect(checks).toContain("Kingsmere has decided on an enhanced check with the adults' barred list.");
    expect(checks).toContain("that HR relied on: with adults ____________________. Without it");
    expect(checks).not.toContain("with children ____");
  });

  it("asks for the listed work behind an enhanced check without a barred list", () => {
    const config = withTeam(example("kingsmere"), { dbsCheck: "enhanced" });
    const checks = part(documentOf(config, "roles/local-area-coordinator.md"), "## Pre-employment checks");
    expect(checks).toContain(
      "Write into the role the work, and how often the post does it, that HR relied on: ____________________.",
    );
  });

  it("says nothing of it while HR has still to decide the level", () => {
    const role = documentOf(example("kingsmere"), "roles/local-area-coordinator.md");
    expect(role).not.toContain("The duties behind this check.");
  });

  it("asks the same in Welsh", () => {
    const config = withTeam(example("cwm-teg"), { dbsCheck: "enhanced-with-adults-barred-list" });
    expect(documentOf(config, "roles/local-area-coordinator.cy.md")).toContain(
      "Ysgrifennwch yn y swydd y gweithgaredd a reoleiddir y mae'r swydd yn ei wneud ac y dibynnodd adnoddau dynol arno: gydag oedolion ____________________. Hebddo, ni all y swydd gael y gwiriad hwn.",
    );
    expect(documentOf(example("cwm-teg"), "roles/local-area-coordinator.cy.md")).not.toContain(
      "Y dyletswyddau y tu ôl i'r gwiriad hwn.",
    );
  });

  it.each(["enhanced", "enhanced-with-adults-barred-list", "enhanced-with-both-barred-lists"] as const)(
    "writes it in Welsh the checks of Welsh text accept, with %s",
    (dbsCheck) => {
      const config = withTeam(example("cwm-teg"), { dbsCheck });
      const allowed = [...configTexts(config), "Community Catalysts"];
      for (const path of ["roles/local-area-coordinator.cy.md", "roles/team-manager.cy.md"]) {
        const welsh = documentOf(config, path);
        expect(welsh).toContain("Y dyletswyddau y tu ôl i'r gwiriad hwn.");
        expect(unknownWelshWords(welsh, allowed), path).toEqual([]);
        expect(englishRuns(welsh, allowed), path).toEqual([]);
        expect(missingMutations(welsh, configTexts(config), ["Community Catalysts"]), path).toEqual([]);
      }
    },
  );
});

describe("the advert tells candidates for a rural post that they need a way to travel", () => {
  /** The advert of a role description: the quoted paragraph under "Advert text" or "Testun yr hysbyseb". */
  const advert = (role: string) =>
    role.split("\n").find((line) => /^> \*\*(Local Area Coordinator|Cydlynydd Ardal Leol), /.test(line)) ??
    "";

  it("names the rural post and the ways to travel, in Cwm Teg's English and Welsh adverts", () => {
    expect(advert(documentOf(example("cwm-teg"), "roles/local-area-coordinator.md"))).toContain(
      "For the post in Aberteg, where public transport is limited, you will need a way to travel between the places of the neighbourhood, such as a full driving licence and the use of a vehicle with business insurance, or a reasonable adjustment agreed with you.",
    );
    expect(advert(documentOf(example("cwm-teg"), "roles/local-area-coordinator.cy.md"))).toContain(
      "Ar gyfer y swydd yn y gymdogaeth wledig (Aberteg), lle mae trafnidiaeth gyhoeddus yn brin, bydd angen ffordd o deithio rhwng lleoedd y gymdogaeth arnoch, fel trwydded yrru lawn a cherbyd ag yswiriant busnes, neu addasiad rhesymol a gytunir gyda chi.",
    );
  });

  it("says it of every rural post when there are several", () => {
    const config = example("cwm-teg");
    const twoRural = {
      ...config,
      neighbourhoods: config.neighbourhoods.map((n) =>
        n.name === "Llys Newydd" ? { ...n, rural: true } : n,
      ),
    };
    expect(advert(documentOf(twoRural, "roles/local-area-coordinator.md"))).toContain(
      "For the posts in Aberteg and Llys Newydd, where public transport is limited, you will need a way to travel between the places of each neighbourhood,",
    );
    expect(advert(documentOf(twoRural, "roles/local-area-coordinator.cy.md"))).toContain(
      "Ar gyfer y swyddi yn y cymdogaethau gwledig (Aberteg, Llys Newydd), lle mae trafnidiaeth gyhoeddus yn brin, bydd angen ffordd o deithio rhwng lleoedd pob cymdogaeth arnoch,",
    );
  });

  it.each(["kingsmere", "hollinbrook"])(
    "asks nothing of the kind where no neighbourhood is rural, in %s",
    (name) => {
      const text = advert(documentOf(example(name), "roles/local-area-coordinator.md"));
      expect(text).toContain("You will meet local people");
      expect(text).not.toContain("travel");
    },
  );
});

describe("the role descriptions keep records of the work with people, not case records", () => {
  it.each(["kingsmere", "hollinbrook", "cwm-teg"])(
    "uses no case-management words for the coordinators' records, in %s",
    (name) => {
      const config = example(name);
      const coordinator = documentOf(config, "roles/local-area-coordinator.md");
      const manager = documentOf(config, "roles/team-manager.md");
      for (const role of [coordinator, manager]) expect(role).not.toMatch(/case records?\b/i);
      expect(coordinator).toContain(
        "- Keeps brief, secure records of the work with each person, which hold the person's contact details; uses pseudonymous references",
      );
      expect(manager).toContain("secure records of the coordinators' work with people");
      // The role still says what it is not.
      expect(coordinator).toContain("The role is not social care, health care or case management");
    },
  );

  it("says the same in Welsh", () => {
    const config = example("cwm-teg");
    const coordinator = documentOf(config, "roles/local-area-coordinator.cy.md");
    const manager = documentOf(config, "roles/team-manager.cy.md");
    for (const role of [coordinator, manager]) expect(role).not.toContain("cofnodion achos");
    expect(coordinator).toContain("- Cadw cofnodion byr a diogel o'r gwaith gyda phob person;");
    expect(manager).toContain("cofnodion diogel o waith y cydlynwyr gyda phobl");
  });
});

describe("the right to work check, as the Immigration, Asylum and Nationality Act 2006 has it", () => {
  it.each(["kingsmere", "hollinbrook", "cwm-teg"])(
    "is made before employment starts, the same for every candidate, in both role descriptions of %s",
    (name) => {
      for (const path of ["roles/local-area-coordinator.md", "roles/team-manager.md"]) {
        const checks = part(documentOf(example(name), path), "## Pre-employment checks");
        const row = checks.split("\n").find((line) => line.startsWith("| Right to work in the UK |"));
        expect(row, path).toContain(
          "Checked before employment starts, for every candidate offered the post and in the same way whatever their nationality or background",
        );
        expect(row, path).toContain("(Immigration, Asylum and Nationality Act 2006 s.15)");
        expect(checks, path).toContain(
          "| Identity and references | As the council's recruitment policy requires |",
        );
      }
    },
  );
});

describe("the community panel scores what the person specification asks it to", () => {
  /** The criteria of the coordinator's person specification that the panel (P) assesses. */
  const panelCriteria = (role: string, panel: string) =>
    part(role, "## " + (role.includes("## Manyleb y person") ? "Manyleb y person" : "Person specification"))
      .split("\n")
      .filter((line) => line.startsWith("| ") && new RegExp(`\\| [^|]*\\b${panel}\\b[^|]*\\|$`).test(line))
      .map((line) => line.split(" | ")[0]!.slice(2));

  it.each(["kingsmere", "hollinbrook", "cwm-teg"])(
    "lists in the panel guide every criterion marked P, in %s",
    (name) => {
      const config = example(name);
      const criteria = panelCriteria(documentOf(config, "roles/local-area-coordinator.md"), "P");
      expect(criteria).toHaveLength(4);
      const step = documentOf(config, "roles/community-recruitment-panel-guide.md")
        .split("\n")
        .find((line) => line.startsWith("3. **What panel members look for.**"));
      const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
      expect(step).toContain(
        `The panel scores the criteria that the person specification marks P: ${criteria
          .map(lowerFirst)
          .map((criterion, i) => (i === criteria.length - 1 ? `and ${criterion}` : criterion))
          .join("; ")}. Questions that help:`,
      );
    },
  );

  it("lists them in Welsh as the Welsh person specification words them", () => {
    const config = example("cwm-teg");
    const criteria = panelCriteria(documentOf(config, "roles/local-area-coordinator.cy.md"), "P");
    expect(criteria).toHaveLength(4);
    const guide = documentOf(config, "roles/community-recruitment-panel-guide.cy.md");
    for (const criterion of criteria) {
      expect(guide).toContain(criterion.charAt(0).toLowerCase() + criterion.slice(1));
    }
  });

  it.each(["kingsmere", "cwm-teg"])(
    "does not tell the panel that a coordinator must be a neighbour, as the advert does not, in %s",
    (name) => {
      const guide = documentOf(example(name), "roles/community-recruitment-panel-guide.md");
      expect(guide).not.toContain("a neighbour as much as a worker");
      expect(guide).toContain("candidates do not need to live in the neighbourhood");
      expect(documentOf(example(name), "roles/local-area-coordinator.md")).toContain(
        "You do not need to live in the neighbourhood",
      );
    },
  );

  it("nor in Welsh", () => {
    const guide = documentOf(example("cwm-teg"), "roles/community-recruitment-panel-guide.cy.md");
    expect(guide).not.toContain("yn gymydog cymaint");
    expect(guide).toContain("nid oes rhaid i ymgeiswyr fyw yn y gymdogaeth");
  });
});

describe("the Welsh advert and recruitment say what the English say to candidates", () => {
  const welshAdvert = (config: CouncilConfig) =>
    documentOf(config, "roles/local-area-coordinator.cy.md")
      .split("\n")
      .find((line) => line.startsWith("> **Cydlynydd Ardal Leol, ")) ?? "";

  it("has no residence test, gives the grade from job evaluation, offers adjustments and names the DBS check", () => {
    const text = welshAdvert(example("cwm-teg"));
    expect(text).toContain("Nid oes angen i chi fyw yn y gymdogaeth");
    expect(text).toContain("Gradd neu fand cyflog: ____________________ (o werthuso swyddi).");
    expect(text).toContain("dywedwch wrthym am unrhyw addasiadau sydd eu hangen arnoch");
    expect(text).toContain(
      "ar y lefel y mae adnoddau dynol yn ei phenderfynu cyn hysbysebu'r swydd: ____________________.",
    );
  });

  it("gives the grade, the part-time posts and the DBS check the council configured, as the English does", () => {
    const config = withTeam(example("cwm-teg"), {
      coordinatorGrade: "Grade 7",
      dbsCheck: "enhanced-with-adults-barred-list",
    });
    const twoAndAHalf = {
      ...config,
      neighbourhoods: config.neighbourhoods.map((n) =>
        n.name === "Llys Newydd" ? { ...n, coordinators: 1.5, population: 13000 } : n,
      ),
    };
    const text = welshAdvert(twoAndAHalf);
    expect(text).toContain('a swyddi rhan-amser. Gradd neu fand cyflog: <span lang="en-GB">Grade 7</span>.');
    expect(text).toContain(
      "Mae'r gwiriadau cyn cyflogi yn cynnwys gwiriad DBS manwl, gyda gwiriad o'r rhestr wahardd oedolion.",
    );
  });

  it("tells candidates, in the Welsh role description and panel guide, of the reasonable adjustments", () => {
    const config = example("cwm-teg");
    const recruitment = part(documentOf(config, "roles/local-area-coordinator.cy.md"), "## Recriwtio");
    expect(recruitment).toContain(
      "yn gwneud yr addasiadau rhesymol sydd eu hangen ar ymgeisydd anabl (Deddf Cydraddoldeb 2010 adran 20 ac Atodlen 8)",
    );
    const guide = documentOf(config, "roles/community-recruitment-panel-guide.cy.md");
    expect(guide).toContain(
      "Mae pob ymgeisydd yn cael ei holi, pan gaiff ei wahodd, a oes angen unrhyw addasiadau arno i gymryd rhan yn y digwyddiad neu'r cyfweliad.",
    );
    expect(guide).toContain("gydag unrhyw addasiadau rhesymol sydd eu hangen ar ymgeisydd anabl (isod)");
  });

  it.each([
    ["to-be-decided", false],
    ["enhanced", true],
    ["enhanced-with-both-barred-lists", true],
  ] as const)("writes Welsh the checks of Welsh text accept, with %s", (dbsCheck, graded) => {
    const config = withTeam(example("cwm-teg"), {
      dbsCheck,
      ...(graded ? { coordinatorGrade: "Grade 7" } : {}),
    });
    const allowed = [...configTexts(config), "Community Catalysts"];
    for (const path of [
      "roles/local-area-coordinator.cy.md",
      "roles/community-recruitment-panel-guide.cy.md",
    ]) {
      const welsh = documentOf(config, path);
      expect(unknownWelshWords(welsh, allowed), path).toEqual([]);
      expect(englishRuns(welsh, allowed), path).toEqual([]);
      expect(missingMutations(welsh, configTexts(config), ["Community Catalysts"]), path).toEqual([]);
    }
  });
});

describe("the manager's person specification asks for the travel its checks require", () => {
  it("lists a way to travel to the rural neighbourhood, as the checks do, in Cwm Teg", () => {
    const role = documentOf(example("cwm-teg"), "roles/team-manager.md");
    expect(part(role, "## Person specification")).toContain(
      "| A way to travel across the programme's neighbourhoods, including a rural neighbourhood (Aberteg) where public transport is limited (see the checks below) | Essential | A |",
    );
    expect(part(role, "## Pre-employment checks")).toContain(
      "including a rural neighbourhood (Aberteg) where public transport is limited: a way to travel between them",
    );
  });

  it.each(["kingsmere", "hollinbrook"])(
    "asks nothing of the kind where no neighbourhood is rural, in %s",
    (name) => {
      const role = documentOf(example(name), "roles/team-manager.md");
      expect(part(role, "## Person specification")).not.toContain("A way to travel");
    },
  );
});

describe("the Welsh panel guide co-appoints with local people, as the English does", () => {
  const guide = () => documentOf(example("cwm-teg"), "roles/community-recruitment-panel-guide.cy.md");

  it("puts residents on the final interview panel and no longer says the panel does not appoint", () => {
    const text = guide();
    expect(text).not.toContain("nid y panel sy'n penodi");
    expect(text).toContain(
      "- Preswylwyr o'r panel cymunedol sydd hefyd yn eistedd ar y panel cyfweld terfynol: ____ (faint).",
    );
    expect(text).toContain(
      "5. **Y cyfweliad terfynol.** Mae preswylwyr o'r panel cymunedol yn eistedd ar y panel cyfweld terfynol",
    );
    const appointment = part(text, "## Sut mae'r penodiad yn cael ei wneud");
    expect(appointment).toContain("Mae cydlynwyr yn cael eu penodi ar y cyd â phobl leol.");
    expect(appointment).toContain("yw'r cyflogwr: mae'n gwneud cynnig o'r swydd");
    // The English guide has the same steps and sections, in the same order.
    const english = documentOf(example("cwm-teg"), "roles/community-recruitment-panel-guide.md");
    const count = (doc: string, pattern: RegExp) => doc.match(pattern)?.length ?? 0;
    expect(count(text, /^## /gm)).toBe(count(english, /^## /gm)); // the invitation to residents in both
    expect(count(text, /^\d\. \*\*/gm)).toBe(count(english, /^\d\. \*\*/gm));
  });

  it("says so under Recriwtio in the Welsh role description", () => {
    expect(
      part(documentOf(example("cwm-teg"), "roles/local-area-coordinator.cy.md"), "## Recriwtio"),
    ).toContain(
      "mae cydlynwyr yn cael eu penodi ar y cyd â phobl leol, a'r cyngor, fel y cyflogwr, sy'n gwneud y cynnig, yn amodol ar y gwiriadau cyn cyflogi",
    );
  });
});

describe("the manager's criteria marked P say which panel assesses them", () => {
  it.each(["kingsmere", "hollinbrook", "cwm-teg"])(
    "asks whether local people take part in appointing the manager, with interview as the fallback, in %s",
    (name) => {
      const specification = part(
        documentOf(example(name), "roles/team-manager.md"),
        "## Person specification",
      );
      expect(specification).toContain("| Desirable | A, P |");
      expect(specification).toContain(
        "The [community recruitment panel guide](community-recruitment-panel-guide.md) is written for the coordinators' posts: whether local people also take part in appointing this post, and how: ____________________. Without a community panel for this post, the criteria marked P are assessed at interview.",
      );
    },
  );

  it("asks the same in Welsh, in Welsh the checks of Welsh text accept", () => {
    const config = example("cwm-teg");
    const welsh = documentOf(config, "roles/team-manager.cy.md");
    expect(welsh).toContain(
      "Heb banel cymunedol ar gyfer y swydd hon, mae'r meini prawf sydd wedi'u nodi â P yn cael eu hasesu yn y cyfweliad.",
    );
    expect(welsh).toContain("[canllaw'r panel recriwtio cymunedol](community-recruitment-panel-guide.cy.md)");
    const allowed = [...configTexts(config), "Community Catalysts"];
    expect(unknownWelshWords(welsh, allowed)).toEqual([]);
    expect(englishRuns(welsh, allowed)).toEqual([]);
    expect(missingMutations(welsh, configTexts(config), ["Community Catalysts"])).toEqual([]);
  });
});
