// Review 38: the pack read by the Local Area Coordination Network's lead for fidelity, who checks that what a council
// adopts is Local Area Coordination, not a renamed referral or case-management service. Sources:
// - the project's founding seed texts: the Network's newsletter of August 2023 (lac-network-newsletter-august-2023.txt,
//   its description of LAC)
//   and the overview of Local Area Coordination (local-area-coordination-overview.txt);
// - the project's reference notes, lac-domain.md (§1 the ten principles, §3 the coordinator's role, §4 the person's journey).
import { describe, expect, it } from "vitest";
import { expectGoodWelsh } from "./expect-good-welsh.js";
import { documentOf, example } from "./examples.js";
import { part } from "./markdown-sections.js";

const brackenford = example("brackenford");
const cwmTeg = example("cwm-teg");

describe("the privacy notice says what a coordinator does in Local Area Coordination's terms", () => {
  // Overview seed: coordinators "support people and families to recognise their capabilities, gifts, networks and
  // practical resources instead of immediately looking to services", and people "explore their vision of a good life
  // and any changes they want to make before planning and taking action themselves". Newsletter seed: people reflect
  // on "their skills, strategies, and the supportive relationships they have around them ... before looking at the
  // range of formal services available to them". lac-domain.md §4, stage 5: "their own gifts and networks first,
  // with formal services as a back-up". The notice's first purpose named the walk and the good life, not the
  // person's own gifts, relationships and community, nor services as the back-up.
  it("in English: the first purpose starts from the person's own gifts, relationships and community", () => {
    const purposes = part(documentOf(brackenford, "data-protection/privacy-notice.md"), "## 4. ");
    expect(purposes).toContain(
      "- To get to know you and walk alongside you, at your pace, as you work out what a good life looks like for you and plan how to get there, starting from your own gifts, relationships and community, with services as a back-up.",
    );
  });

  it("in Welsh, in step with the English and with the Welsh role description's words", () => {
    const purposes = part(documentOf(cwmTeg, "data-protection/privacy-notice.cy.md"), "## 4. ");
    expect(purposes).toContain(
      "- I ddod i'ch adnabod a cherdded gyda chi, ar eich cyflymder chi, wrth i chi weld beth yw bywyd da i chi a chynllunio sut i'w gyrraedd, gan ddechrau gyda'ch doniau, eich perthnasoedd a'ch cymuned eich hun, gyda gwasanaethau wrth gefn.",
    );
    expectGoodWelsh(purposes, cwmTeg);
  });
});

describe("the Easy Read notice does not describe the coordinator as someone who helps by doing things for people", () => {
  // Overview seed: coordinators "do not intervene, fix or do things for people, as evidence shows this can disempower
  // and isolate people"; people "explore their vision of a good life ... before planning and taking action
  // themselves"; coordinators support people "to recognise their capabilities, gifts, networks". Newsletter seed:
  // "taking time to really get to know the person and the things that matter to them", and people "reflect on their
  // skills, strategies, and the supportive relationships they have around them". The Easy Read notice said only
  // "It helps your coordinator to help you."
  const cases = [
    {
      language: "English",
      config: brackenford,
      path: "data-protection/privacy-notice-easy-read.md",
      old: "It helps your coordinator to help you.",
      rows: {
        "## About this leaflet": [
          "| Picture: two people walking together | Your coordinator gets to know you and what matters to you. |",
          "| Picture: a person thinking | They help you plan a good life, your way. |",
          "| Picture: family and friends | You start with your skills and the people you know. |",
        ],
        "## Why we write it down": [
          "| Picture: two people walking together | It helps your coordinator get to know you. |",
        ],
      },
    },
    {
      language: "Welsh",
      config: cwmTeg,
      path: "data-protection/privacy-notice-easy-read.cy.md",
      old: "Mae'n helpu eich cydlynydd i'ch helpu chi.",
      rows: {
        "## Am y daflen hon": [
          "| Llun: dau berson yn cerdded gyda'i gilydd | Mae eich cydlynydd yn dod i'ch adnabod chi a'r hyn sy'n bwysig i chi. |",
          "| Llun: person yn meddwl | Mae'n eich helpu i gynllunio bywyd da, yn eich ffordd chi. |",
          "| Llun: teulu a ffrindiau | Rydych yn dechrau gyda'ch sgiliau a'r bobl rydych yn eu hadnabod. |",
        ],
        "## Pam rydym yn ei ysgrifennu": [
          "| Llun: dau berson yn cerdded gyda'i gilydd | Mae'n helpu eich cydlynydd i ddod i'ch adnabod. |",
        ],
      },
    },
  ] as const;

  for (const { language, config, path, old, rows } of cases) {
    it(`in ${language}: the coordinator gets to know the person, who plans a good life their way from their own skills and people`, () => {
      const content = documentOf(config, path);
      expect(content).not.toContain(old);
      for (const [heading, expected] of Object.entries(rows)) {
        const text = part(content, heading);
        for (const row of expected) expect(text).toContain(row);
        if (language === "Welsh") expectGoodWelsh(text, config);
      }
    });
  }
});

describe("the notices are tested with people who may be supported, not with 'people who use services'", () => {
  // lac-domain.md and both seeds: Local Area Coordination is for anyone in the neighbourhood who is introduced, with
  // no referral criteria or eligibility; the DPIA's consultation table already names "People who may be supported,
  // and residents of the neighbourhoods". The plan, the pack index and the DPIA's step 3 said to test the privacy
  // notices "with people who use services", and the manifest named "people who use the service" as the notice's
  // reviewers: service users, which the people a coordinator walks alongside need not be.
  for (const [name, config] of [
    ["Brackenford", brackenford],
    ["Cwm Teg", cwmTeg],
  ] as const) {
    it(`${name}: no document says "people who use services" or "people who use the service"`, () => {
      for (const path of ["README.md", "implementation-plan.md", "data-protection/dpia.md"]) {
        const text = documentOf(config, path);
        expect(text, path).not.toMatch(/people who use (?:services|the service)/);
      }
      expect(documentOf(config, "README.md")).toContain("people who may be supported");
    });
  }
});
