// One test per item of the Community Catalysts-style review of the role descriptions and the community
// recruitment panel guides, on the six example councils.
import type { CouncilConfig } from "@lac/council";
import { describe, expect, it } from "vitest";
import { example, EXAMPLES, render } from "./examples.js";
import { part, tableRow } from "./markdown-sections.js";

type CouncilName = (typeof EXAMPLES)[number];

/** A pack's documents, by path. */
function pack(config: CouncilConfig): ReadonlyMap<string, string> {
  return new Map(render(config).map((document) => [document.path, document.content]));
}

/** A document of a pack, which must be there. */
function doc(documents: ReadonlyMap<string, string>, path: string): string {
  const content = documents.get(path);
  if (content === undefined) throw new Error(`no ${path}`);
  return content;
}

const configs = Object.fromEntries(EXAMPLES.map((name) => [name, example(name)])) as Record<
  CouncilName,
  CouncilConfig
>;
const packs = Object.fromEntries(EXAMPLES.map((name) => [name, pack(configs[name])])) as Record<
  CouncilName,
  ReadonlyMap<string, string>
>;
const coordinator = (name: CouncilName) => doc(packs[name], "roles/local-area-coordinator.md");
const manager = (name: CouncilName) => doc(packs[name], "roles/team-manager.md");
const panelGuide = (name: CouncilName) => doc(packs[name], "roles/community-recruitment-panel-guide.md");

function withTeam(config: CouncilConfig, team: Partial<CouncilConfig["team"]>): CouncilConfig {
  return { ...config, team: { ...config.team, ...team } };
}

describe("1. the contract is HR's to give, not assumed", () => {
  it.each(EXAMPLES)("leaves a blank for HR when the contract is not configured, in %s", (name) => {
    expect(configs[name].team.contract).toBe("to-be-confirmed");
    for (const role of [coordinator(name), manager(name)]) {
      expect(tableRow(role, "Contract")).toBe(
        "| Contract | ____________________ (to be confirmed by HR: permanent or fixed-term) |",
      );
    }
  });

  it("prints the contract HR configured", () => {
    const permanent = pack(withTeam(configs.brackenford, { contract: "permanent" }));
    expect(tableRow(doc(permanent, "roles/team-manager.md"), "Contract")).toBe("| Contract | Permanent |");
    const fixed = pack(withTeam(configs.brackenford, { contract: "fixed-term" }));
    expect(tableRow(doc(fixed, "roles/local-area-coordinator.md"), "Contract")).toMatch(
      /^\| Contract \| Fixed-term, until ____/,
    );
  });

  it("leaves the blank in the Welsh role descriptions too, in the Welsh of the templates", () => {
    for (const path of ["roles/local-area-coordinator.cy.md", "roles/team-manager.cy.md"]) {
      expect(tableRow(doc(packs["cwm-teg"], path), "Contract")).toBe(
        "| Contract | ____________________ (I'w benderfynu gan adnoddau dynol cyn hysbysebu'r swydd: parhaol neu gyfnod penodol) |",
      );
    }
    const permanent = pack(withTeam(configs["cwm-teg"], { contract: "permanent" }));
    expect(tableRow(doc(permanent, "roles/team-manager.cy.md"), "Contract")).toBe("| Contract | Parhaol |");
  });
});

describe("2. the manager's pre-employment checks are the manager's", () => {
  it.each(EXAMPLES)("asks the manager to travel across the neighbourhoods, in %s", (name) => {
    const checks = part(manager(name), "## Pre-employment checks");
    expect(checks).not.toContain("Travel within the neighbourhood");
    expect(checks).not.toContain("The post meets people alone in their homes");
    expect(checks).not.toContain("Walking alongside people is open to anyone");
    expect(checks).toContain("across the programme's neighbourhoods (");
    for (const neighbourhood of configs[name].neighbourhoods) expect(checks).toContain(neighbourhood.name);
    expect(checks).toContain("The coordinators this post supervises meet people alone in their homes");
    expect(checks).toContain("HR decides it before the post is advertised");
    expect(checks).toContain(
      "A manager who supervises, day to day, staff in regulated activity is in scope as well: if the coordinators' posts are in regulated activity",
    );
  });

  it.each(EXAMPLES)("keeps the coordinator's checks, and states each DBS test once, in %s", (name) => {
    const checks = part(coordinator(name), "## Pre-employment checks");
    expect(checks).toContain("The post meets people alone in their homes and in community places");
    expect(checks).toContain(
      "- Walking alongside people is open to anyone, including children and families, with no eligibility criteria, so on its own it is not regulated activity with adults.",
    );
    // A coordinator does not supervise staff: the manager's supervision test is in the manager's role only.
    expect(checks).not.toContain("A manager who supervises");
    for (const role of [coordinator(name), manager(name)]) {
      for (const test of ["Schedule 4 Part 2", "wholly or mainly for adults", "Schedule 4 Part 1"]) {
        expect(role.split(test)).toHaveLength(2);
      }
    }
  });

  it("gives a manager of one neighbourhood travel within it", () => {
    const config = { ...configs.brackenford, neighbourhoods: configs.brackenford.neighbourhoods.slice(0, 1) };
    const checks = part(doc(pack(config), "roles/team-manager.md"), "## Pre-employment checks");
    expect(tableRow(checks, "Travel")).toContain(
      "Travel within the programme's neighbourhood (Castle and Riverside)",
    );
  });

  it("leaves the coordinator's travel and lone-working rows out of the Welsh manager's checks", () => {
    const welsh = doc(packs["cwm-teg"], "roles/team-manager.cy.md");
    expect(welsh).not.toContain("Mae'r swydd yn cwrdd â phobl ar eu pen eu hunain yn eu cartrefi");
    expect(welsh).not.toContain("Teithio o fewn y gymdogaeth");
    expect(doc(packs["cwm-teg"], "roles/local-area-coordinator.cy.md")).toContain(
      "Mae'r swydd yn cwrdd â phobl ar eu pen eu hunain yn eu cartrefi",
    );
  });
});

describe("3. coordinators are co-appointed with local people", () => {
  it.each(EXAMPLES)("puts residents on the final interview panel, in %s", (name) => {
    const guide = panelGuide(name);
    expect(guide).not.toContain("the panel does not appoint");
    expect(guide).toContain("- Residents from the community panel who also sit on the final interview panel");
    expect(guide).toContain(
      "5. **The final interview.** Residents from the community panel sit on the final interview panel",
    );
    const appointment = part(guide, "## How the appointment is made");
    expect(appointment).toContain("Coordinators are co-appointed with local people.");
    expect(appointment).toContain("carry real weight");
    expect(appointment).toContain(
      `${configs[name].council.name} is the employer: it makes the offer of the post`,
    );
    expect(appointment).toContain("follows its recruitment policy");
    expect(part(coordinator(name), "## Recruitment")).toContain(
      "coordinators are co-appointed with local people",
    );
  });
});

describe("4. a Welsh council's voluntary sector body", () => {
  it("is the county voluntary council in Wales, and the council for voluntary service in England", () => {
    expect(panelGuide("cwm-teg")).toContain("for example through the county voluntary council.");
    expect(panelGuide("cwm-teg")).not.toContain("council for voluntary service");
    for (const name of EXAMPLES.filter((council) => council !== "cwm-teg")) {
      expect(panelGuide(name)).toContain("for example through the local council for voluntary service.");
    }
  });
});

describe("5. the Welsh role descriptions name what the English ones name", () => {
  const welshCoordinator = () => doc(packs["cwm-teg"], "roles/local-area-coordinator.cy.md");
  const welshManager = () => doc(packs["cwm-teg"], "roles/team-manager.cy.md");

  it("reports to the configured manager, marked as English when no Welsh title is configured", () => {
    expect(tableRow(welshCoordinator(), "Yn atebol i")).toBe(
      '| Yn atebol i | <span lang="en-GB">Senior Local Area Coordinator</span> (enw Saesneg) |',
    );
    expect(welshManager().split("\n")[0]).toBe(
      '# Disgrifiad swydd: <span lang="en-GB">Senior Local Area Coordinator</span> (enw Saesneg)',
    );
    expect(welshCoordinator()).not.toContain("Rheolwr y tîm");
  });

  it("uses the configured Welsh title when there is one", () => {
    const config = {
      ...configs["cwm-teg"],
      team: {
        ...configs["cwm-teg"].team,
        manager: { ...configs["cwm-teg"].team.manager, welshTitle: "Teitl Cymraeg y rheolwr" },
      },
    };
    const welsh = pack(config);
    expect(tableRow(doc(welsh, "roles/local-area-coordinator.cy.md"), "Yn atebol i")).toBe(
      "| Yn atebol i | Teitl Cymraeg y rheolwr |",
    );
    expect(doc(welsh, "roles/team-manager.cy.md").split("\n")[0]).toBe(
      "# Disgrifiad swydd: Teitl Cymraeg y rheolwr",
    );
  });

  it("names Community Catalysts, as the English does", () => {
    expect(welshManager()).toContain("a gyda Community Catalysts, a chymryd rhan");
    expect(welshManager()).not.toContain("y sefydliad sy'n cefnogi'r rhaglen");
    expect(manager("cwm-teg")).toContain("Community Catalysts");
  });
});

describe("6. a manager who is also the programme lead", () => {
  it("has the programme lead's duties, with the Regional Partnership Board in Wales", () => {
    const duties = manager("cwm-teg");
    expect(duties).toContain("**Leading the programme.** This post is also the programme lead of");
    expect(duties).toContain("- Works with the programme's sponsor, the Director of Social Services");
    expect(duties).toContain("- Takes the plan to the cross-sector leadership group");
    // Cwm Teg starts in one wave: no waves to agree.
    expect(duties).toContain("and agrees the neighbourhoods and dates with it.");
    expect(duties).toContain(
      "- Works with Community Catalysts, whose expert supports the programme for about 30 days",
    );
    expect(duties).toContain("- Makes sure the evaluation is designed before the first coordinator starts");
    expect(duties).toContain("- Brings the programme and its evaluation to the Regional Partnership Board");
  });

  it("has them in England only when the lead is the manager's post, without the Regional Partnership Board", () => {
    for (const name of EXAMPLES.filter((council) => council !== "cwm-teg")) {
      expect(manager(name)).not.toContain("**Leading the programme.**");
    }
    const base = configs.brackenford;
    const config: CouncilConfig = {
      ...base,
      programme: {
        ...base.programme,
        lead: { ...base.programme.lead, role: "local area coordination team MANAGER" },
      },
      team: { ...base.team, manager: { ...base.team.manager, reportsTo: base.programme.sponsor.role } },
    };
    const duties = doc(pack(config), "roles/team-manager.md");
    expect(duties).toContain("**Leading the programme.**");
    expect(duties).not.toContain("Regional Partnership Board");
    // Brackenford starts in two waves.
    expect(duties).toContain("and agrees the neighbourhoods, waves and dates with it.");
  });
});

describe("7. nits", () => {
  it("writes one rural post in one rural neighbourhood in the singular", () => {
    const role = coordinator("cwm-teg");
    expect(role).toContain("| For the post in Aberteg: a way to travel");
    expect(role).toContain("| Essential for that post | A |");
    expect(tableRow(part(role, "## Pre-employment checks"), "Driving and travel")).toContain(
      "For the post in Aberteg, a rural neighbourhood where public transport is limited",
    );
    expect(tableRow(part(role, "## Pre-employment checks"), "Driving and travel")).toContain(
      "For the posts elsewhere",
    );
    expect(
      tableRow(part(coordinator("wendleshire"), "## Pre-employment checks"), "Driving and travel"),
    ).toContain("For the posts in Ashby Wold and Haddon Vale, rural neighbourhoods where");
  });

  it("leaves out a neighbourhood's places when they are only its name", () => {
    expect(panelGuide("brackenford")).toContain("- **St Anne's** (about");
    expect(panelGuide("brackenford")).not.toContain("**St Anne's**: St Anne's");
    expect(panelGuide("cwm-teg")).toContain("- **Glan-yr-Afon** (about");
    expect(panelGuide("cwm-teg")).toContain("- **Aberteg**: Aberteg and Cwm Isaf (about");
    const welsh = doc(packs["cwm-teg"], "roles/community-recruitment-panel-guide.cy.md");
    expect(welsh).toContain("- **Glan-yr-Afon** (tua");
    expect(welsh).toContain("- **Pen-y-Bryn a Thŷ Gwyn** (tua");
  });

  it("says the number of managers comes from this post's configured span, not a staffing rule", () => {
    for (const name of EXAMPLES) {
      expect(tableRow(manager(name), "Posts")).not.toContain("one for every");
    }
    expect(tableRow(manager("brackenford"), "Posts")).toBe(
      "| Posts | 1 (worked out from the 9 full-time equivalent coordinator posts and the span Brackenford set for this post, below) |",
    );
  });
});
