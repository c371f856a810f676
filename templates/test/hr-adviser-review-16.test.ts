// One test per defect an HR reader found in the implementation plan and the role descriptions (review 16):
// the manager posts recruited in each wave, a later wave's adverts, and the manager's title in the list of
// documents.
import type { CouncilConfig } from "@lac/council";
import { describe, expect, it } from "vitest";
import { EXAMPLES, documentOf, example, render, withManagerAsLead } from "./examples.js";
import { configTexts } from "./config-texts.js";
import { part, phaseRows, quotedLine } from "./markdown-sections.js";
import { englishRuns, unknownWelshWords } from "./welsh-text.js";

const timeline = (config: CouncilConfig) => part(documentOf(config, "implementation-plan.md"), "## 5.");

const stanmoor = example("stanmoor"); // two manager posts, two waves of 5 coordinators, a span of 6
const TITLE = "Local Area Coordination Team Manager";

/** The configuration with every neighbourhood in one wave. */
function oneWave(config: CouncilConfig): CouncilConfig {
  return {
    ...config,
    programme: { ...config.programme, waves: { neighbourhoodsPerWave: 99, monthsApart: 6 } },
  };
}

/** The configuration with a span of 3 and the managers worked out from it (4 for Stanmoor, 2 in each wave). */
function spanOfThree(config: CouncilConfig): CouncilConfig {
  return {
    ...config,
    team: { ...config.team, manager: { ...config.team.manager, span: 3, count: undefined } },
  };
}

describe("several manager posts, none the programme lead's: the recruitment rows name each one", () => {
  it("recruits the first with the first coordinators and the other with the wave it will supervise", () => {
    const rows = phaseRows(timeline(stanmoor), "Community recruitment");
    expect(rows[0]).toContain(
      `The first ${TITLE} is recruited with the first coordinators, or earlier (see above).`,
    );
    expect(rows[1]).toContain(`Another ${TITLE} is recruited with this wave's coordinators, or earlier.`);
  });

  it("says how many when a wave recruits more than one", () => {
    const rows = phaseRows(timeline(spanOfThree(stanmoor)), "Community recruitment");
    expect(rows[0]).toContain(
      `The first 2 ${TITLE} posts are recruited with the first coordinators, or earlier (see above).`,
    );
    expect(rows[1]).toContain(
      `2 more ${TITLE} posts are recruited with this wave's coordinators, or earlier.`,
    );
  });

  it("recruits every post with the coordinators when they all start together", () => {
    const [row] = phaseRows(timeline(oneWave(stanmoor)), "Community recruitment");
    expect(row).toContain(
      `The 2 ${TITLE} posts are recruited with the first coordinators, or earlier (see above).`,
    );
  });

  it("and the paragraph above the table says when the others are recruited", () => {
    expect(timeline(stanmoor)).toContain(
      `The model recruits the first ${TITLE} with the first coordinators, and each of the others with the first wave whose coordinators it will supervise, but`,
    );
    expect(timeline(oneWave(stanmoor))).toContain(
      `The model recruits the first ${TITLE} with the first coordinators, and the others with them, but`,
    );
    expect(timeline(example("kingsmere"))).toContain(
      `The model recruits the ${TITLE} with the first coordinators, but`,
    );
  });

  it("and a later wave's induction takes in the manager recruited with it", () => {
    const rows = phaseRows(timeline(stanmoor), "Induction and training");
    expect(rows[1]).toContain(`The ${TITLE} recruited with them takes part too.`);
    expect(phaseRows(timeline(spanOfThree(stanmoor)), "Induction and training")[1]).toContain(
      `Each ${TITLE} recruited with them takes part too.`,
    );
  });

  it("and so does the first wave's, when it recruits more than the first manager", () => {
    const [row] = phaseRows(timeline(oneWave(stanmoor)), "Induction and training");
    expect(row).toContain(`Each ${TITLE} recruited with them takes part too.`);
    const [kingsmere] = phaseRows(timeline(example("kingsmere")), "Induction and training");
    expect(kingsmere).not.toContain("takes part too");
  });
});

describe("several manager posts, one the programme lead's: the rows name the others", () => {
  it("recruits the other post with the wave whose coordinators it will supervise", () => {
    const rows = phaseRows(timeline(withManagerAsLead(stanmoor)), "Community recruitment");
    expect(rows[0]).not.toContain(TITLE);
    expect(rows[1]).toContain(`Another ${TITLE} is recruited with this wave's coordinators, or earlier.`);
  });

  it("with the coordinators when they all start together", () => {
    const [row] = phaseRows(timeline(withManagerAsLead(oneWave(stanmoor))), "Community recruitment");
    expect(row).toContain(`Another ${TITLE} is recruited with the first coordinators, or earlier.`);
  });
});

describe("a later wave's adverts", () => {
  it("are one for each post in the wave, not one advert", () => {
    const [, later] = phaseRows(timeline(stanmoor), "Job evaluation and DBS level");
    expect(later).toContain("the advert for each post in the wave is finished");
    expect(later).not.toContain("the advert is finished");
  });

  it("and the Welsh language category of each post is set before it is advertised, when no assessment has set it", () => {
    const cwmTeg = example("cwm-teg");
    const unset: CouncilConfig = { ...cwmTeg, team: { ...cwmTeg.team, welshLanguage: undefined } };
    const [row] = phaseRows(timeline(unset), "Job evaluation and DBS level");
    expect(row).toContain(
      "The council also assesses the Welsh language skills each post needs, and sets its category, before it is advertised (section 8).",
    );
  });
});

describe("the manager's role description in the list of documents", () => {
  /** The title the pack gives a document, by its path. */
  const titleOf = (config: CouncilConfig, path: string) => render(config).find((d) => d.path === path)?.title;

  it("is titled with the council's own title for the post, as its heading is", () => {
    expect(titleOf(stanmoor, "roles/team-manager.md")).toBe(`Role description: ${TITLE}`);
    expect(documentOf(stanmoor, "README.md")).toContain(
      `[Role description: ${TITLE}](roles/team-manager.md)`,
    );
    expect(titleOf(example("cwm-teg"), "roles/team-manager.md")).toBe(
      "Role description: Senior Local Area Coordinator",
    );
  });

  it("in Welsh, with the Welsh title, or the English one as the Welsh documents name it", () => {
    const cwmTeg = example("cwm-teg"); // no Welsh title for the manager
    expect(titleOf(cwmTeg, "roles/team-manager.cy.md")).toBe(
      "Disgrifiad swydd: Senior Local Area Coordinator (enw Saesneg)",
    );
    const welshTitle = {
      ...cwmTeg,
      team: { ...cwmTeg.team, manager: { ...cwmTeg.team.manager, welshTitle: "Uwch Gydlynydd Ardal Leol" } },
    };
    expect(titleOf(welshTitle, "roles/team-manager.cy.md")).toBe(
      "Disgrifiad swydd: Uwch Gydlynydd Ardal Leol",
    );
  });

  it("and no title of any example's pack is left with a value to fill", () => {
    for (const name of EXAMPLES) {
      for (const document of render(example(name))) expect(document.title, document.path).not.toMatch(/[{}]/);
    }
  });
});

describe("the adverts say whether the post is permanent or fixed-term, as the role descriptions' contract does", () => {
  const kingsmere = example("kingsmere"); // the contract to be confirmed by HR
  const withContract = (
    config: CouncilConfig,
    contract: CouncilConfig["team"]["contract"],
  ): CouncilConfig => ({
    ...config,
    team: { ...config.team, contract },
  });
  const adverts = (config: CouncilConfig) =>
    ["roles/local-area-coordinator.md", "roles/team-manager.md"].map((path) =>
      quotedLine(documentOf(config, path), "## Advert text"),
    );

  it("with a blank for HR until the contract is decided", () => {
    for (const advert of adverts(kingsmere)) {
      expect(advert).toContain(" Contract: ____________________ (permanent or fixed-term). ");
    }
  });

  it("as HR decided it", () => {
    for (const advert of adverts(withContract(kingsmere, "permanent")))
      expect(advert).toContain(" Contract: Permanent. ");
    for (const advert of adverts(withContract(kingsmere, "fixed-term"))) {
      expect(advert).toContain(" Contract: Fixed-term, until ____________________. ");
    }
  });

  it("in Welsh", () => {
    const cwmTeg = example("cwm-teg");
    const welsh = (config: CouncilConfig) =>
      ["roles/local-area-coordinator.cy.md", "roles/team-manager.cy.md"].map((path) =>
        quotedLine(documentOf(config, path), "## Testun yr hysbyseb"),
      );
    for (const advert of welsh(cwmTeg)) {
      expect(advert).toContain(" Contract: ____________________ (parhaol neu gyfnod penodol). ");
      expect(unknownWelshWords(advert, configTexts(cwmTeg))).toEqual([]);
      expect(englishRuns(advert, configTexts(cwmTeg))).toEqual([]);
    }
    for (const advert of welsh(withContract(cwmTeg, "permanent")))
      expect(advert).toContain(" Contract: Parhaol. ");
    for (const advert of welsh(withContract(cwmTeg, "fixed-term"))) {
      expect(advert).toContain(" Contract: Cyfnod penodol, tan ____________________. ");
    }
  });
});
