// One test per defect found reading the privacy notice, the agreement-to-share form and the pack index as the
// council's implementation lead and its information-governance officer would (review 18).
import type { CouncilConfig } from "@lac/council";
import { validateCouncilConfig } from "@lac/council";
import { describe, expect, it } from "vitest";
import { configTexts } from "./config-texts.js";
import { documentOf, example } from "./examples.js";
import { part, section } from "./markdown-sections.js";
import { englishRuns, missingMutations, NAMES_SAME_IN_WELSH, unknownWelshWords } from "./welsh-text.js";

const NOTICE = "data-protection/privacy-notice.md";
const NOTICE_CY = "data-protection/privacy-notice.cy.md";
const FORM = "data-protection/agreement-to-share-form.md";
const FORM_CY = "data-protection/agreement-to-share-form.cy.md";

type Partner = CouncilConfig["partners"][number];

/** A configuration as `lac` checks it (which fills in the defaults). */
function checked(config: CouncilConfig): CouncilConfig {
  const result = validateCouncilConfig(config);
  if (!result.ok) throw new Error(JSON.stringify(result.errors, null, 2));
  return result.config;
}

/** A council's configuration with one more partner, which passes or receives only anonymised figures. */
function withFigures(name: string, direction: "shares" | "receives" | "both"): CouncilConfig {
  const config = example(name);
  const figures: Partner = {
    organisation: "Fenwick Research Unit (fictional)",
    welshName: "Uned Ymchwil Fenwick (ffuglennol)",
    kind: "other-public-authority",
    icoRegistrationNumber: "ZZ999186",
    ...(direction === "receives" ? {} : { shares: ["figures on the use of services in each neighbourhood"] }),
    ...(direction === "shares"
      ? {}
      : { receives: ["figures on the people supported in each neighbourhood"] }),
    anonymised: direction === "both" ? ["shares", "receives"] : [direction],
  } as Partner;
  return checked({ ...config, partners: [...config.partners, figures] });
}

/** The "What to do next" steps of a pack index. */
function nextSteps(config: CouncilConfig): string {
  return part(documentOf(config, "README.md"), "## What to do next");
}

describe("the privacy notice says what was received is told at the first contact (UK GDPR Art 14(3)(b))", () => {
  it("says so in English and in Welsh, not at the first meeting", () => {
    const english = section(documentOf(example("stanmoor"), NOTICE), 14);
    expect(english).toContain(
      "Your coordinator tells you what they were told about you the first time you are in touch, by phone, by letter or in person.",
    );
    expect(english).not.toContain("when you first meet");
    const welsh = section(documentOf(example("cwm-teg"), NOTICE_CY), 14);
    expect(welsh).toContain(
      "Mae eich cydlynydd yn dweud wrthych beth a ddywedwyd wrtho amdanoch y tro cyntaf y byddwch mewn cysylltiad, dros y ffôn, mewn llythyr neu wyneb yn wyneb.",
    );
    expect(welsh).not.toContain("cwrdd gyntaf");
  });

  it("says the same in the DPIA, where it weighs whether the person would expect an introduction", () => {
    const dpia = documentOf(example("brackenford"), "data-protection/dpia.md");
    expect(dpia).toContain(
      "may not be expected: the coordinator tells the person what was received at first contact.",
    );
    expect(dpia).not.toContain("first meeting");
  });
});

describe("the privacy notice follows the direction of an aggregate-only partner's figures", () => {
  it("says a partner that only gives figures gives them (Brackenford's integrated care board)", () => {
    expect(section(documentOf(example("brackenford"), NOTICE), 5)).toContain(
      "- NHS Brackenshire Integrated Care Board gives us only figures from which no one can be identified, so no information about you passes between it and us.",
    );
  });

  it("says a partner that only gets figures gets them, and one that does both does both", () => {
    expect(section(documentOf(withFigures("stanmoor", "receives"), NOTICE), 5)).toContain(
      "- Fenwick Research Unit (fictional) gets from us only figures from which no one can be identified,",
    );
    expect(section(documentOf(withFigures("stanmoor", "both"), NOTICE), 5)).toContain(
      "- Fenwick Research Unit (fictional) gives us, and gets from us, only figures from which no one can be identified,",
    );
  });

  it("does the same in Welsh", () => {
    const welsh = (direction: "shares" | "receives" | "both") =>
      section(documentOf(withFigures("cwm-teg", direction), NOTICE_CY), 5);
    const start =
      "- Dim ond ffigurau nad oes modd adnabod neb ohonynt y mae Uned Ymchwil Fenwick (ffuglennol) yn eu ";
    const end = ", felly nid oes unrhyw wybodaeth amdanoch yn mynd rhyngddo ef a ni.";
    expect(welsh("shares")).toContain(`${start}rhoi i ni${end}`);
    expect(welsh("receives")).toContain(`${start}cael gennym${end}`);
    expect(welsh("both")).toContain(`${start}rhoi i ni ac yn eu cael gennym${end}`);
  });

  it("writes the Welsh notice in Welsh the checks of Welsh text accept", () => {
    for (const direction of ["shares", "receives", "both"] as const) {
      const config = withFigures("cwm-teg", direction);
      const welsh = documentOf(config, NOTICE_CY);
      const allowed = [...configTexts(config), ...NAMES_SAME_IN_WELSH];
      expect(unknownWelshWords(welsh, allowed)).toEqual([]);
      expect(englishRuns(welsh, allowed)).toEqual([]);
      expect(missingMutations(welsh, configTexts(config), NAMES_SAME_IN_WELSH)).toEqual([]);
    }
  });
});

describe("the form with no partner to pass information to says what to write instead", () => {
  it("says no partner is listed and none is to be added, in English and in Welsh", () => {
    const english = part(documentOf({ ...example("wendleshire"), partners: [] }, FORM), "### 3. ");
    expect(english).not.toContain("The organisations listed are");
    expect(english).toContain(
      "No partner is listed: the council passes information to no partner under the data-sharing documents of this pack, so add none;",
    );
    expect(english).toContain("Use the empty rows for a community group the person names");
    const config = checked({ ...example("cwm-teg"), partners: [] });
    const welsh = documentOf(config, FORM_CY);
    expect(part(welsh, "### 3. ")).toContain(
      "Nid oes partner wedi'i restru: nid yw'r cyngor yn trosglwyddo gwybodaeth i unrhyw bartner o dan ddogfennau rhannu data'r pecyn hwn, felly peidiwch ag ychwanegu un;",
    );
    expect(part(welsh, "### 3. ")).not.toContain("Y sefydliadau a restrir");
    const allowed = [...configTexts(config), "Community Catalysts"];
    expect(unknownWelshWords(welsh, allowed)).toEqual([]);
    expect(englishRuns(welsh, allowed)).toEqual([]);
    expect(missingMutations(welsh, configTexts(config), ["Community Catalysts"])).toEqual([]);
  });

  it("keeps the list of partners where there are some", () => {
    expect(part(documentOf(example("wendleshire"), FORM), "### 3. ")).toContain(
      "The organisations listed are",
    );
  });
});

describe("the pack index's steps cover the form when the privacy notice is turned off", () => {
  it("sends the form, and the Easy Read notice, to the data protection officer with the council's own notice", () => {
    const config = example("wendleshire");
    const steps = nextSteps({ ...config, documents: { ...config.documents, privacyNotice: false } });
    expect(steps).toContain(
      "1. **Send the Easy Read privacy notice and the agreement-to-share form to the data protection officer** with the council's own privacy notice for the programme, which they refer to, and test them with people who may be supported before coordinators start (the form's lines are filled in by a coordinator with each person).",
    );
    const formOnly = nextSteps({
      ...config,
      documents: { ...config.documents, privacyNotice: false, easyReadPrivacyNotice: false },
    });
    expect(formOnly).toContain(
      "1. **Send the agreement-to-share form to the data protection officer** with the council's own privacy notice for the programme, which it refers to, and test it with people who may be supported",
    );
  });

  it("says nothing of them when all three are off", () => {
    const config = example("wendleshire");
    const steps = nextSteps({
      ...config,
      documents: {
        ...config.documents,
        privacyNotice: false,
        easyReadPrivacyNotice: false,
        agreementForm: false,
      },
    });
    expect(steps).not.toContain("agreement-to-share form");
    expect(steps).not.toContain("privacy notice");
  });
});

describe("the form's evidence is the form completed with the person, which has no signature", () => {
  it("does not call it a signed form, in English or in Welsh", () => {
    const english = documentOf(example("stanmoor"), FORM);
    expect(english).toContain(
      "Where the evidence is kept in the case file, such as this form, completed with the person, or the note made at the time:",
    );
    expect(english).not.toMatch(/\bsigned\b|signature/i);
    const welsh = documentOf(example("cwm-teg"), FORM_CY);
    expect(welsh).toContain(
      "fel y ffurflen hon, wedi'i llenwi gyda'r person, neu'r nodyn a wnaed ar y pryd:",
    );
    expect(welsh).not.toContain("llofnod");
  });
});
