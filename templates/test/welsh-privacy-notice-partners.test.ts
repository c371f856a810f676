// The sentence of the English privacy notice's section 5 that the Welsh notice lagged (docs/welsh-language.md,
// "Sentences the English has changed"): a partner that gets or gives only anonymised figures. The Welsh must follow
// the English branch for branch, so each check renders both notices of the same Welsh council.
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
  softenedAfterMasculine,
  unknownWelshWords,
} from "./welsh-text.js";

const cwmTeg = example("cwm-teg");
const englishNames = Object.values(WELSH_TERMS)
  .filter((term) => term.cy === term.en)
  .map((term) => term.cy);

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

describe("the Welsh privacy notice on a partner that gets or gives only anonymised figures", () => {
  it("says, as the English does, that no information about the person passes between it and the council", () => {
    const { en, cy } = notices(withPartners(figuresPartner));
    expect(section(en, 5)).toContain(
      "- Cwm Teg Public Health Team (fictional) gets or gives only figures that do not name anyone, so no information about you passes between it and us.",
    );
    expect(section(cy, 5)).toContain(
      "- Dim ond ffigurau nad ydynt yn enwi neb y mae'r sefydliad hwn (Tîm Iechyd Cyhoeddus Cwm Teg (ffuglennol)) yn eu cael neu'n eu rhoi, felly nid oes unrhyw wybodaeth amdanoch yn mynd rhyngddo ef a ni.",
    );
    // The old sentence: the partner that makes the figures does use its own records to make them.
    expect(cy).not.toContain("defnyddio eich gwybodaeth.\n");
    expect(cy).not.toContain("nid yw'n defnyddio eich gwybodaeth");
  });

  it("speaks of two such partners in the plural, as the English does", () => {
    const { en, cy } = notices(withPartners(figuresPartner, secondFiguresPartner));
    expect(section(en, 5)).toContain("so no information about you passes between them and us.");
    expect(section(cy, 5)).toContain(
      "y mae'r sefydliadau hyn (Tîm Iechyd Cyhoeddus Cwm Teg (ffuglennol), Uned Ymchwil Cwm Teg (ffuglennol)) yn eu cael neu'n eu rhoi, felly nid oes unrhyw wybodaeth amdanoch yn mynd rhyngddyn nhw a ni.",
    );
    expect(cy).not.toContain("nid ydynt yn defnyddio eich gwybodaeth");
  });
});

describe.each([
  ["an anonymised-figures partner", withPartners(figuresPartner)],
  ["two anonymised-figures partners", withPartners(figuresPartner, secondFiguresPartner)],
] as const)("the Welsh privacy notice of Cwm Teg with %s", (_label, config) => {
  it("is spelt, mutated where it must be, and free of English", () => {
    const { cy } = notices(config);
    const allowed = [...configTexts(config), ...englishNames];
    expect(unknownWelshWords(cy, allowed)).toEqual([]);
    expect(englishRuns(cy, allowed)).toEqual([]);
    expect(missingMutations(cy, configTexts(config), englishNames)).toEqual([]);
    expect(articleBeforeWy(cy)).toEqual([]);
    expect(softenedAfterMasculine(cy)).toEqual([]);
  });
});
