// One test per defect found reading the pack's smaller documents (the pack index, the agreement-to-share
// form, the internal information-sharing note and the aggregate-data note) of Wendleshire, Stanmoor,
// Brackenford and Cwm Teg as the council's implementation lead and its information-governance officer
// would (review 17).
import type { CouncilConfig } from "@lac/council";
import { describe, expect, it } from "vitest";
import { documentOf, example } from "./examples.js";
import { configTexts } from "./config-texts.js";
import { part } from "./markdown-sections.js";
import { englishRuns, missingMutations, unknownWelshWords } from "./welsh-text.js";

const FORM = "data-protection/agreement-to-share-form.md";
const FORM_CY = "data-protection/agreement-to-share-form.cy.md";

/** Cwm Teg with a service of the council among its partners, which the pack covers by its internal note. */
function cwmTegWithCouncilService(): CouncilConfig {
  const config = example("cwm-teg");
  const service = example("brackenford").partners.find((partner) => partner.kind === "council-service")!;
  const ours = { ...service, organisation: "Cwm Teg County Borough Council Social Services" };
  return { ...config, partners: [ours, ...config.partners] };
}

/** The "What to do next" steps of a pack index. */
function nextSteps(config: CouncilConfig): string {
  return part(documentOf(config, "README.md"), "## What to do next");
}

describe("the form's recipients say what the listed and the empty rows are for", () => {
  it("says the empty rows are for a community group the person names, as the privacy notice says", () => {
    const recipients = part(documentOf(example("wendleshire"), FORM), "### 3. ");
    expect(recipients).toContain(
      "Use the empty rows for a community group the person names, as the privacy notice tells them (section 8).",
    );
    const cy = part(documentOf(example("cwm-teg"), FORM_CY), "### 3. ");
    expect(cy).toContain(
      "Defnyddiwch y rhesi gwag ar gyfer grŵp cymunedol y mae'r person yn ei enwi, fel y mae'r hysbysiad preifatrwydd yn dweud wrtho (adran 8).",
    );
  });

  it("names the council's own services among the listed recipients, which have no data-sharing agreement", () => {
    const recipients = part(documentOf(example("brackenford"), FORM), "### 3. ");
    expect(recipients).toContain("| Brackenford Borough Council Adult Social Care | ");
    expect(recipients).toContain(
      "The organisations listed are the partners the council passes information to under the data-sharing documents of this pack, and the council's own services that receive information from the programme under its internal information-sharing note;",
    );
    const cy = part(documentOf(cwmTegWithCouncilService(), FORM_CY), "### 3. ");
    expect(cy).toContain(
      "o dan ddogfennau rhannu data'r pecyn hwn, a gwasanaethau'r cyngor ei hun sy'n cael gwybodaeth gan y rhaglen o dan ei nodyn rhannu gwybodaeth mewnol;",
    );
  });

  it("writes the Welsh form with a service of the council in Welsh the checks of Welsh text accept", () => {
    const config = cwmTegWithCouncilService();
    const welsh = documentOf(config, FORM_CY);
    const allowed = [...configTexts(config), "Community Catalysts"];
    expect(unknownWelshWords(welsh, allowed)).toEqual([]);
    expect(englishRuns(welsh, allowed)).toEqual([]);
    expect(missingMutations(welsh, configTexts(config), ["Community Catalysts"])).toEqual([]);
  });

  it("says nothing of the council's own services where none is a partner", () => {
    expect(part(documentOf(example("stanmoor"), FORM), "### 3. ")).not.toContain("own services");
    expect(part(documentOf(example("cwm-teg"), FORM_CY), "### 3. ")).not.toContain("gwasanaethau'r cyngor");
  });
});

describe("the form's withdrawal part has the coordinator tell the recipients, as the data-sharing documents say", () => {
  it("tells each organisation that receives information under the agreement, without delay (English)", () => {
    const config = example("stanmoor");
    const withdrawal = part(documentOf(config, FORM), "## Part B");
    expect(withdrawal).toContain(
      "Tell each organisation that receives information under any of those agreements, without delay, what is withdrawn.",
    );
    // The agreement with the partner says the same (section 7).
    expect(documentOf(config, "data-sharing/voluntary-action-stanmoor.md")).toContain(
      "the coordinator records it at once and tells, without delay, each party that receives information under it",
    );
  });

  it("does the same in the Welsh form", () => {
    const withdrawal = part(documentOf(example("cwm-teg"), FORM_CY), "## Rhan B");
    expect(withdrawal).toContain(
      "Dywedwch wrth bob sefydliad sy'n cael gwybodaeth o dan unrhyw un o'r cytundebau hynny, heb oedi, beth sydd wedi'i dynnu'n ôl.",
    );
  });
});

describe("the form says where a completed form is kept, and for how long", () => {
  it("keeps it, and any withdrawal, in the case file as long as the rest of the person's record", () => {
    expect(documentOf(example("stanmoor"), FORM)).toContain(
      "Give the person a copy of Parts A and B, in a form that suits them; Part C stays with staff. The completed form is part of the person's record: keep it, and any withdrawal, in their case file for as long as the rest of that record.",
    );
    expect(documentOf(example("cwm-teg"), FORM_CY)).toContain(
      "Mae'r ffurflen wedi'i llenwi yn rhan o gofnod y person: cadwch hi, ac unrhyw dynnu'n ôl, yn ei ffeil achos cyhyd â gweddill y cofnod hwnnw.",
    );
  });
});

describe("the pack index sends the internal and aggregate-data notes to the people who review them", () => {
  it("sends the internal note to the heads of the council's services, and the aggregate-data note to the evaluation lead", () => {
    const steps = nextSteps(example("brackenford"));
    expect(steps).toContain(
      "The [internal information-sharing note](data-sharing/internal-information-sharing-note.md) goes to the heads of the council's services it names, not to a partner.",
    );
    expect(steps).toContain(
      "The evaluation lead reviews the [aggregate-data note](data-sharing/aggregate-data-note.md) with the data protection officer.",
    );
  });

  it("says neither where the pack has neither note (Wendleshire)", () => {
    const steps = nextSteps(example("wendleshire"));
    expect(steps).not.toContain("internal information-sharing note");
    expect(steps).not.toContain("aggregate-data note");
  });
});

describe("the pack index's next steps in Wales send the WASPI documents for quality assurance", () => {
  it("says that the protocol or agreements go for WASPI quality assurance before they are used (Cwm Teg)", () => {
    // The pack index points to the plan's information governance phase, which says so.
    expect(nextSteps(example("cwm-teg"))).toContain(
      "including the data protection impact assessment (from the [draft](data-protection/dpia.md) in this pack) and WASPI's quality assurance, to finish by",
    );
    expect(documentOf(example("cwm-teg"), "implementation-plan.md")).toContain(
      "under WASPI, and the lead organisation submits it for WASPI quality assurance before it is used (section 10).",
    );
  });

  it("says nothing of WASPI in England (Stanmoor)", () => {
    expect(nextSteps(example("stanmoor"))).not.toContain("WASPI");
  });
});

describe("the internal note lists the data items of each flow, as a data-sharing agreement does", () => {
  const NOTE = "data-sharing/internal-information-sharing-note.md";

  it("gives the toolkit's usual items for each direction, to confirm or change (Brackenford)", () => {
    const passes = part(documentOf(example("brackenford"), NOTE), "## What passes");
    expect(passes).toContain(
      "Data items from Brackenford Borough Council Adult Social Care to the programme (the toolkit's usual items: confirm or change them in `lac.config.yaml`, `partners[].dataItems.shares`):\n\n- name\n- the contact details the person chose (address, telephone or email)\n",
    );
    expect(passes).toContain(
      "Data items from the programme to Brackenford Borough Council Adult Social Care (the toolkit's usual items: confirm or change them in `lac.config.yaml`, `partners[].dataItems.receives`):\n\n- for an introduction the partner made: whether it was taken up\n",
    );
  });

  it("gives the configured items as they are, without the note on usual items", () => {
    const config = example("brackenford");
    const configured = {
      ...config,
      partners: config.partners.map((partner) =>
        partner.kind === "council-service"
          ? { ...partner, dataItems: { shares: ["person reference", "reason"], receives: ["outcome"] } }
          : partner,
      ),
    } as CouncilConfig;
    const passes = part(documentOf(configured, NOTE), "## What passes");
    expect(passes).toContain(
      "Data items from Brackenford Borough Council Adult Social Care to the programme:\n\n- person reference\n- reason\n",
    );
    expect(passes).toContain(
      "Data items from the programme to Brackenford Borough Council Adult Social Care:\n\n- outcome\n",
    );
  });
});

describe("the pack index leaves the form's lines to the coordinators", () => {
  it("asks the council to complete the privacy notice's blanks, not the form's, which coordinators fill in with each person", () => {
    const steps = nextSteps(example("stanmoor"));
    expect(steps).toContain(
      "and the agreement-to-share form to the data protection officer**, complete the blanks of the privacy notice (the form's lines are filled in by a coordinator with each person), and test them",
    );
  });
});

describe("the pack index asks for the DPIA before coordinators keep records, with partners or without", () => {
  it("names the draft DPIA in the steps of a council that has listed no partners yet", () => {
    const steps = nextSteps({ ...example("wendleshire"), partners: [] });
    expect(steps).toContain("**List the partners**");
    expect(steps).toContain(
      "The information governance phase of the [implementation plan](implementation-plan.md) (section 5) sets out the data protection work to do with the data protection officer, including the data protection impact assessment (from the [draft](data-protection/dpia.md) in this pack), to finish by",
    );
  });
});

describe("the internal note says who records the person's agreement for each direction, as the form does", () => {
  it("has coordinators record what the programme passes, and the service what it passes to the programme", () => {
    const note = documentOf(example("brackenford"), "data-sharing/internal-information-sharing-note.md");
    expect(note).toContain(
      "**The person's agreement.** Coordinators record the person's agreement to what the programme passes to a service exactly as they do for partners, on the agreement-to-share form: recipients,",
    );
    expect(note).toContain(
      "A service that passes information to the programme obtains and records the person's agreement itself first.",
    );
    // The form records only what the council passes on.
    expect(documentOf(example("brackenford"), FORM)).toContain(
      "an organisation that only passes information to the council is not a recipient",
    );
  });
});
