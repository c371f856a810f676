// The two sentences of the English privacy notice's section 5 that the Welsh notice lagged (docs/welsh-language.md,
// "Sentences the English has changed" and "Meaning against the English"): a partner that gets or gives only
// anonymised figures, and a police partner that passes personal data to the council. The Welsh must follow the
// English branch for branch, so each check renders both notices of the same Welsh council.
import type { CouncilConfig } from "@lac/council";
import { validateCouncilConfig } from "@lac/council";
import { WELSH_TERMS } from "@lac/documents";
import { describe, expect, it } from "vitest";
import { configTexts } from "./config-texts.js";
import { example, render } from "./examples.js";
import { section } from "./markdown-sections.js";
import {
  articleBeforeWy,
  englishRuns,
  missingMutations,
  NAMES_SAME_IN_WELSH,
  softenedAfterMasculine,
  unknownWelshWords,
} from "./welsh-text.js";

const cwmTeg = example("cwm-teg");

type Partner = CouncilConfig["partners"][number];

/** A public health team that gives the council only anonymised figures. */
const figuresPartner: Partner = {
  organisation: "Cwm Teg Public Health Team (fictional)",
  welshName: "Tîm Iechyd Cyhoeddus Cwm Teg (ffuglennol)",
  kind: "local-health-board",
  icoRegistrationNumber: "ZZ999105",
  shares: ["figures on the use of services in each neighbourhood"],
  anonymised: ["shares"],
} as Partner;

/** A second partner that gets only anonymised figures from the council. */
const secondFiguresPartner: Partner = {
  organisation: "Cwm Teg Research Unit (fictional)",
  welshName: "Uned Ymchwil Cwm Teg (ffuglennol)",
  kind: "other-public-authority",
  icoRegistrationNumber: "ZZ999106",
  receives: ["figures on the people supported in each neighbourhood"],
  anonymised: ["receives"],
} as Partner;

/** A police force that introduces people to a coordinator: it passes personal data to the council. */
const policeThatShares: Partner = {
  organisation: "Cwm Teg Police (fictional)",
  welshName: "Heddlu Cwm Teg (ffuglennol)",
  kind: "police",
  icoRegistrationNumber: "ZZ999107",
  shares: ["introductions from neighbourhood policing teams, with the person's agreement"],
} as Partner;

/** The same force, receiving from the council only: it passes nothing to the council. */
const policeThatOnlyReceives: Partner = {
  ...policeThatShares,
  shares: [],
  receives: ["requests for a neighbourhood officer's visit, with the person's agreement"],
} as Partner;

/** Cwm Teg with more partners, checked as `lac` checks a configuration (which fills in the defaults). */
function withPartners(...partners: Partner[]): CouncilConfig {
  const checked = validateCouncilConfig({ ...cwmTeg, partners: [...cwmTeg.partners, ...partners] });
  if (!checked.ok) throw new Error(JSON.stringify(checked.errors, null, 2));
  return checked.config;
}

function notices(config: CouncilConfig): { en: string; cy: string; enEasy: string; cyEasy: string } {
  const documents = new Map(render(config).map((document) => [document.path, document.content]));
  return {
    en: documents.get("data-protection/privacy-notice.md")!,
    cy: documents.get("data-protection/privacy-notice.cy.md")!,
    enEasy: documents.get("data-protection/privacy-notice-easy-read.md")!,
    cyEasy: documents.get("data-protection/privacy-notice-easy-read.cy.md")!,
  };
}

const ENGLISH_POLICE = "Information it first collected to prevent, investigate or detect crime";
const WELSH_POLICE =
  "Mae gwybodaeth a gasglodd gyntaf i atal trosedd, ymchwilio iddi neu ei chanfod yn dod o dan reolau eraill, ar gyfer gorfodi'r gyfraith (Deddf Diogelu Data 2018 Rhan 3), a dim ond lle mae'r gyfraith yn caniatáu hynny y mae'n trosglwyddo gwybodaeth o'r fath i ni (Deddf Diogelu Data 2018 adran 36(4)).";

describe("the Welsh privacy notice on a partner that gets or gives only anonymised figures", () => {
  it("says, as the English does, that no information about the person passes between it and the council", () => {
    const { en, cy } = notices(withPartners(figuresPartner));
    expect(section(en, 5)).toContain(
      "- Cwm Teg Public Health Team (fictional) gives us only figures from which no one can be identified, so no information about you passes between it and us.",
    );
    expect(section(cy, 5)).toContain(
      "- Dim ond ffigurau nad oes modd adnabod neb ohonynt y mae Tîm Iechyd Cyhoeddus Cwm Teg (ffuglennol) yn eu rhoi i ni, felly nid oes unrhyw wybodaeth amdanoch yn mynd rhyngddo ef a ni.",
    );
    // The old sentence: the partner that makes the figures does use its own records to make them.
    expect(cy).not.toContain("defnyddio eich gwybodaeth.\n");
    expect(cy).not.toContain("nid yw'n defnyddio eich gwybodaeth");
  });

  it("speaks of two such partners one by one, each in the direction of its figures, as the English does", () => {
    const { en, cy } = notices(withPartners(figuresPartner, secondFiguresPartner));
    expect(section(en, 5)).toContain(
      "- Cwm Teg Research Unit (fictional) gets from us only figures from which no one can be identified, so no information about you passes between it and us.",
    );
    expect(section(cy, 5)).toContain(
      "- Dim ond ffigurau nad oes modd adnabod neb ohonynt y mae Uned Ymchwil Cwm Teg (ffuglennol) yn eu cael gennym, felly nid oes unrhyw wybodaeth amdanoch yn mynd rhyngddo ef a ni.",
    );
    expect(cy).not.toContain("nid ydynt yn defnyddio eich gwybodaeth");
  });
});

describe("the Welsh privacy notice on a police partner", () => {
  it("says, under the lawful basis, that what the police first collected to fight crime is under the law enforcement rules and passed on only where the law allows", () => {
    const { en, cy } = notices(withPartners(policeThatShares));
    const police = section(cy, 5)
      .split("\n")
      .find((line) => line.startsWith("- Mae Heddlu Cwm Teg (ffuglennol) yn defnyddio"));
    expect(section(en, 5)).toContain(ENGLISH_POLICE);
    expect(police).toBeDefined();
    expect(police).toContain(` ${WELSH_POLICE}`);
    // The Act's Welsh title as the Welsh templates write it, and the glossary's term.
    expect(WELSH_TERMS.lawEnforcement.cy).toBe("gorfodi'r gyfraith");
  });

  it("has the sentence exactly when the English has it: for a police force that passes personal data to the council", () => {
    for (const config of [
      cwmTeg,
      withPartners(policeThatShares),
      withPartners(policeThatOnlyReceives),
      withPartners(figuresPartner, policeThatShares),
    ]) {
      const { en, cy } = notices(config);
      expect(cy.split(WELSH_POLICE).length).toBe(en.split(ENGLISH_POLICE).length);
    }
    expect(notices(withPartners(policeThatOnlyReceives)).cy).not.toContain("gorfodi'r gyfraith");
  });
});

describe("the Easy Read privacy notices", () => {
  it("have neither sentence in English, so the Welsh Easy Read has none to add", () => {
    const { enEasy, cyEasy } = notices(withPartners(figuresPartner, policeThatShares));
    for (const text of [
      "figures from which no one can be identified",
      "passes between",
      "law enforcement",
      "Part 3",
    ]) {
      expect(enEasy).not.toContain(text);
    }
    expect(cyEasy).not.toContain("gorfodi'r gyfraith");
    expect(cyEasy).not.toContain("rhyngddo");
  });
});

describe.each([
  ["an anonymised-figures partner", withPartners(figuresPartner)],
  [
    "an anonymised-figures partner and a police force that shares",
    withPartners(figuresPartner, policeThatShares),
  ],
  ["two anonymised-figures partners", withPartners(figuresPartner, secondFiguresPartner)],
] as const)("the Welsh privacy notice of Cwm Teg with %s", (_label, config) => {
  it("is spelt, mutated where it must be, and free of English", () => {
    const { cy } = notices(config);
    const allowed = [...configTexts(config), ...NAMES_SAME_IN_WELSH];
    expect(unknownWelshWords(cy, allowed)).toEqual([]);
    expect(englishRuns(cy, allowed)).toEqual([]);
    expect(missingMutations(cy, configTexts(config), NAMES_SAME_IN_WELSH)).toEqual([]);
    expect(articleBeforeWy(cy)).toEqual([]);
    expect(softenedAfterMasculine(cy)).toEqual([]);
  });
});
