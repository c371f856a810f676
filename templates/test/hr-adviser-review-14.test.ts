// One test per defect an HR business partner found reading the implementation plan and the role
// descriptions together (review 14): the manager in the recruitment phase, how a candidate is matched to a
// neighbourhood, the offer subject to the checks, the Welsh advert's neighbourhoods, the advert of a
// manager already in post as the programme lead, and the plan's two adverts.
import type { CouncilConfig } from "@lac/council";
import { describe, expect, it } from "vitest";
import { configTexts } from "./config-texts.js";
import { documentOf, example } from "./examples.js";
import { part, phaseRows, quotedLine } from "./markdown-sections.js";
import { englishRuns, missingMutations, unknownWelshWords } from "./welsh-text.js";

const timeline = (config: CouncilConfig) => part(documentOf(config, "implementation-plan.md"), "## 5.");

/** The advert section of a role description, from its heading to the quoted advert (the lead-in). */
function leadIn(content: string, heading: string): string {
  const text = part(content, heading);
  return text.slice(0, text.indexOf("\n> "));
}

/** A configuration with only its first neighbourhood. */
function oneNeighbourhood(config: CouncilConfig): CouncilConfig {
  return { ...config, neighbourhoods: config.neighbourhoods.slice(0, 1) };
}

/** The Welsh checks the other reviews run on new Welsh text. */
function expectGoodWelsh(welsh: string, config: CouncilConfig): void {
  expect(unknownWelshWords(welsh, configTexts(config))).toEqual([]);
  expect(englishRuns(welsh, configTexts(config))).toEqual([]);
  expect(missingMutations(welsh, configTexts(config), ["Community Catalysts"])).toEqual([]);
}

describe("the community recruitment phase recruits the manager with the first coordinators", () => {
  it("says so in the row, as the paragraph above the table does", () => {
    const [row] = phaseRows(timeline(example("kingsmere")), "Community recruitment");
    expect(row).toContain(
      "The Local Area Coordination Team Manager is recruited with the first coordinators, or earlier (see above).",
    );
  });

  it("in the first wave only", () => {
    const rows = phaseRows(timeline(example("stanmoor")), "Community recruitment");
    expect(rows.length).toBeGreaterThan(1);
    expect(rows[0]).toContain("recruited with the first coordinators, or earlier (see above)");
    for (const row of rows.slice(1)) expect(row).not.toContain("recruited with the first coordinators");
  });

  it("not where the manager is the programme lead, in post already", () => {
    const plan = timeline(example("cwm-teg"));
    expect(plan).not.toContain("The model recruits the");
    const [row] = phaseRows(plan, "Community recruitment");
    expect(row).not.toContain("recruited with the first coordinators");
  });
});

describe("the coordinator's advert asks HR how a candidate is matched to a neighbourhood", () => {
  it("in English, with a blank for HR", () => {
    const text = quotedLine(
      documentOf(example("kingsmere"), "roles/local-area-coordinator.md"),
      "## Advert text",
    );
    expect(text).toContain(
      "Each post is based in one of these neighbourhoods: ____________________ (how a candidate is matched to one).",
    );
  });

  it("in Welsh", () => {
    const config = example("cwm-teg");
    const text = quotedLine(
      documentOf(config, "roles/local-area-coordinator.cy.md"),
      "## Testun yr hysbyseb",
    );
    expect(text).toContain(
      "Mae pob swydd yn un o'r cymdogaethau hyn: ____________________ (sut y caiff ymgeisydd ei baru ag un).",
    );
    expectGoodWelsh(text, config);
  });

  it("not where there is only one neighbourhood", () => {
    const config = oneNeighbourhood(example("cwm-teg"));
    expect(quotedLine(documentOf(config, "roles/local-area-coordinator.md"), "## Advert text")).not.toContain(
      "matched",
    );
    expect(
      quotedLine(documentOf(config, "roles/local-area-coordinator.cy.md"), "## Testun yr hysbyseb"),
    ).not.toContain("paru");
  });
});

describe("the coordinator's offer is subject to the pre-employment checks, as the plan and the panel guide say", () => {
  it("in English", () => {
    const text = part(documentOf(example("kingsmere"), "roles/local-area-coordinator.md"), "## Recruitment");
    expect(text).not.toContain("formal offer");
    expect(text).toContain(
      "as the employer, makes the offer, subject to the pre-employment checks, and confirms it once they are complete.",
    );
  });

  it("in Welsh", () => {
    const config = example("cwm-teg");
    const text = part(documentOf(config, "roles/local-area-coordinator.cy.md"), "## Recriwtio");
    expect(text).not.toContain("cynnig ffurfiol");
    expect(text).toContain(
      "sy'n gwneud y cynnig, yn amodol ar y gwiriadau cyn cyflogi, ac yn ei gadarnhau pan fyddant wedi'u cwblhau.",
    );
    expectGoodWelsh(text, config);
  });
});

describe("the Welsh coordinator's advert names one neighbourhood or several, as the manager's does", () => {
  it("says 'y gymdogaeth hon' for one neighbourhood", () => {
    const config = oneNeighbourhood(example("cwm-teg"));
    const text = quotedLine(
      documentOf(config, "roles/local-area-coordinator.cy.md"),
      "## Testun yr hysbyseb",
    );
    expect(text).toContain("a theuluoedd yn y gymdogaeth hon: Glan-yr-Afon.");
    expect(text).not.toContain("y cymdogaethau hyn");
    expectGoodWelsh(text, config);
  });

  it("lists several with commas, after a colon, where no name needs a mutation (docs/welsh-language.md)", () => {
    const config = example("cwm-teg");
    for (const path of ["roles/local-area-coordinator.cy.md", "roles/team-manager.cy.md"]) {
      const text = quotedLine(documentOf(config, path), "## Testun yr hysbyseb");
      expect(text, path).toContain(
        "y cymdogaethau hyn: Glan-yr-Afon, Pen-y-Bryn a Thŷ Gwyn, Aberteg, Llys Newydd",
      );
      expectGoodWelsh(text, config);
    }
  });
});

describe("the manager's advert, where the manager is already in post as the programme lead", () => {
  it("in English, says it is needed only if the post is to be filled", () => {
    const text = leadIn(documentOf(example("cwm-teg"), "roles/team-manager.md"), "## Advert text");
    expect(text).toContain(
      "Needed only if the post is to be filled: the Senior Local Area Coordinator is in post already as the programme lead. A draft",
    );
  });

  it("in Welsh", () => {
    const config = example("cwm-teg");
    const text = leadIn(documentOf(config, "roles/team-manager.cy.md"), "## Testun yr hysbyseb");
    expect(text).toContain(
      "Dim ond os oes angen llenwi'r swydd y mae angen yr hysbyseb hon: mae arweinydd y rhaglen ynddi yn barod.",
    );
    expectGoodWelsh(text, config);
  });

  it("for the other posts, where there are more than one", () => {
    const cwmTeg = example("cwm-teg");
    const config: CouncilConfig = {
      ...cwmTeg,
      team: { ...cwmTeg.team, manager: { ...cwmTeg.team.manager, count: 2 } },
    };
    expect(leadIn(documentOf(config, "roles/team-manager.md"), "## Advert text")).toContain(
      "For the posts other than the one the programme lead holds already.",
    );
    const welsh = leadIn(documentOf(config, "roles/team-manager.cy.md"), "## Testun yr hysbyseb");
    expect(welsh).toContain(
      "Ar gyfer y swyddi heblaw swydd arweinydd y rhaglen, sydd wedi'i llenwi yn barod.",
    );
    expectGoodWelsh(welsh, config);
  });

  it("not where the manager is recruited", () => {
    const cwmTeg = example("cwm-teg");
    const config: CouncilConfig = {
      ...cwmTeg,
      team: { ...cwmTeg.team, manager: { ...cwmTeg.team.manager, title: "Local Area Coordination Manager" } },
    };
    expect(leadIn(documentOf(config, "roles/team-manager.md"), "## Advert text")).not.toMatch(
      /Needed only|other than/,
    );
    expect(leadIn(documentOf(config, "roles/team-manager.cy.md"), "## Testun yr hysbyseb")).toBe(
      "\n## Testun yr hysbyseb\n",
    );
  });
});

describe("the plan's section 5 has an advert for each post", () => {
  it("says the job evaluation phase is for the adverts", () => {
    const text = timeline(example("kingsmere"))
      .split("\n")
      .find((line) => line.startsWith("Recruitment cannot start"))!;
    expect(text).toContain("is for that, and for the adverts and the community recruitment panel");
    expect(text).toContain("and before the adverts name them");
    expect(text).not.toMatch(/\bthe advert\b/);
  });
});
