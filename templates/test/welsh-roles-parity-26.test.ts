// The Welsh role descriptions and panel guide say what HR adviser review 25 made the English ones say
// (templates/test/hr-adviser-review-25.test.ts): the manager's line management, budget and neighbourhoods,
// its reporting line once, the population one coordinator covers, and the panel guide's appointment news,
// involvement payments and who runs recruitment until a manager is in post.
import type { CouncilConfig } from "@lac/council";
import { describe, expect, it } from "vitest";
import { documentOf, example } from "./examples.js";
import { expectGoodWelsh } from "./expect-good-welsh.js";
import { part, tableRow } from "./markdown-sections.js";

const MANAGER = "roles/team-manager.md";
const MANAGER_CY = "roles/team-manager.cy.md";
const COORDINATOR = "roles/local-area-coordinator.md";
const COORDINATOR_CY = "roles/local-area-coordinator.cy.md";
const GUIDE = "roles/community-recruitment-panel-guide.md";
const GUIDE_CY = "roles/community-recruitment-panel-guide.cy.md";

const cwmTeg = example("cwm-teg");

/** Cwm Teg with two manager posts. */
function withTwoManagers(config: CouncilConfig): CouncilConfig {
  return { ...config, team: { ...config.team, manager: { ...config.team.manager, count: 2 } } };
}

/** Cwm Teg with a programme lead who does not hold the manager's post. */
function withSeparateLead(config: CouncilConfig): CouncilConfig {
  return {
    ...config,
    programme: {
      ...config.programme,
      lead: { ...config.programme.lead, role: "Programme Lead", welshRole: "Arweinydd y Rhaglen" },
    },
  };
}

describe("the Welsh manager's duties give job evaluation the line management and the budget", () => {
  it("cwm-teg", () => {
    // The premise: the English says both.
    const english = part(documentOf(cwmTeg, MANAGER), "## What the role does");
    expect(english).toContain("- Line-manages the coordinators under the council's HR policies:");
    expect(english).toContain("- Budget responsibility, if any: ____________________ (for job evaluation).");
    const duties = part(documentOf(cwmTeg, MANAGER_CY), "## Beth mae'r swydd yn ei wneud");
    const lineManagement =
      "- Bod yn rheolwr llinell i'r cydlynwyr o dan bolisïau adnoddau dynol y cyngor: cyfnod prawf, arfarnu, presenoldeb, llesiant a gweithio ar eu pen eu hunain.";
    const budget = "- Cyfrifoldeb am gyllideb, os oes un: ____________________ (ar gyfer gwerthuso swyddi).";
    expect(duties).toContain(lineManagement);
    expect(duties).toContain(budget);
    expectGoodWelsh(`${lineManagement}\n${budget}`, cwmTeg);
  });
});

describe("with several Welsh manager posts, each post's role says which neighbourhoods it leads", () => {
  const blank = "____________________ (y cymdogaethau y mae'r swydd hon yn eu harwain)";

  it("two posts: the Leads row and the advert ask which neighbourhoods", () => {
    const config = withTwoManagers(cwmTeg);
    // The premise: the English asks.
    expect(tableRow(documentOf(config, MANAGER), "Leads")).toContain("(the neighbourhoods this post leads)");
    const md = documentOf(config, MANAGER_CY);
    const row = tableRow(md, "Yn arwain");
    expect(row).toContain(`Hyd at 5 cydlynydd, yn ${blank}`);
    const advert = part(md, "## Testun yr hysbyseb");
    const question = `yn ${blank}, o blith y cymdogaethau hyn: Glan-yr-Afon,`;
    expect(advert).toContain(question);
    expectGoodWelsh(`${row}\n${advert}`, config);
  });

  it("cwm-teg's one post leads them all, with no blank", () => {
    const md = documentOf(cwmTeg, MANAGER_CY);
    expect(tableRow(md, "Yn arwain")).not.toContain("____");
    expect(part(md, "## Testun yr hysbyseb")).toContain("yn y cymdogaethau hyn: Glan-yr-Afon,");
  });
});

describe("the Welsh manager's role description gives the reporting line once, in its table", () => {
  for (const [name, config] of [
    ["cwm-teg", cwmTeg],
    ["cwm-teg with a separate lead", withSeparateLead(cwmTeg)],
  ] as const) {
    it(name, () => {
      // The premise: the English gives it once.
      const english = documentOf(config, MANAGER);
      const reportsTo = tableRow(english, "Reports to").split("|")[2]!.trim();
      expect(english.split(`reports to the ${reportsTo}`)).toHaveLength(1);
      const md = documentOf(config, MANAGER_CY);
      expect(md.match(/atebol/gi)).toHaveLength(1);
      expect(tableRow(md, "Yn atebol i")).toContain("Cyfarwyddwr Gwasanaethau Cymdeithasol");
    });
  }
});

describe("the Welsh coordinator's purpose gives the population a coordinator covers, not the neighbourhood's", () => {
  it("cwm-teg, whose Pen-y-Bryn a Thŷ Gwyn has about 18,200 people and two coordinators", () => {
    // The premise: the English says so.
    expect(part(documentOf(cwmTeg, COORDINATOR), "## Purpose of the role")).toContain(
      "a single, local point of contact for about 8,000 to 10,000 people in a neighbourhood.",
    );
    const purpose = part(documentOf(cwmTeg, COORDINATOR_CY), "## Diben y swydd");
    expect(purpose).toContain("| Pen-y-Bryn a Thŷ Gwyn | Pen-y-Bryn, Tŷ Gwyn | 2 |");
    expect(purpose).not.toContain("mewn cymdogaeth o tua");
    const sentence = "yn un pwynt cyswllt lleol ar gyfer tua 8,000 i 10,000 o bobl mewn cymdogaeth.";
    expect(purpose).toContain(sentence);
    expectGoodWelsh(
      purpose.split("\n").find((line) => line.includes(sentence))!,
      cwmTeg,
    );
  });
});

describe("the Welsh panel guide: the appointment news after the appointment", () => {
  it("cwm-teg", () => {
    // The premise: the English moved it.
    expect(part(documentOf(cwmTeg, GUIDE), "## How the appointment is made")).toContain(
      "they hear who was appointed once the offer is confirmed",
    );
    const md = documentOf(cwmTeg, GUIDE_CY);
    const events = part(md, "## Sut mae'r digwyddiad yn gweithio");
    const afterTheEvent = events.split("\n").find((line) => line.includes("**Ar ôl y digwyddiad.**")) ?? "";
    expect(afterTheEvent).toContain("yn llunio'r rhestr fer ar gyfer y cyfweliad terfynol");
    expect(afterTheEvent).not.toContain("pwy a benodwyd");
    const sentence =
      "Nid yw aelodau'r panel yn dweud y canlyniad wrth ymgeiswyr; maen nhw'n clywed pwy a benodwyd pan fydd y cynnig wedi'i gadarnhau, ac yn cael eu gwahodd i gwrdd â nhw.";
    expect(part(md, "## Sut mae'r penodiad yn cael ei wneud")).toContain(sentence);
    expectGoodWelsh(sentence, cwmTeg);
  });
});

describe("the Welsh panel guide leaves to the council how an involvement payment is made and taxed", () => {
  it("cwm-teg", () => {
    // The premise: the English no longer says payroll.
    expect(part(documentOf(cwmTeg, GUIDE), "## Payment, expenses and recognition")).not.toContain(
      "taxable payments go through payroll",
    );
    const payment = part(documentOf(cwmTeg, GUIDE_CY), "## Tâl, treuliau a chydnabyddiaeth");
    expect(payment).not.toContain("mynd drwy'r gyflogres");
    const sentence =
      "Gall taliad effeithio ar rai budd-daliadau, a gall fod yn drethadwy: ____________________ (sut mae'r cyngor yn ei dalu, fel y mae ei dîm cyflogres neu gyllid yn ei gynghori).";
    expect(payment).toContain(sentence);
    expectGoodWelsh(sentence, cwmTeg);
  });
});

describe("the Welsh panel guide names who looks after the first recruitment if the manager is not yet in post", () => {
  const whoTakesPart = (config: CouncilConfig) =>
    part(documentOf(config, GUIDE_CY), "## Pwy sy'n cymryd rhan");
  const until =
    "(nes bod un yn y swydd, y person y mae'r cynllun gweithredu yn ei enwi: ____________________)";

  it("with a programme lead who does not hold the manager's post", () => {
    const config = withSeparateLead(cwmTeg);
    // The premise: the English asks.
    expect(part(documentOf(config, GUIDE), "## Who takes part")).toContain("(until one is in post,");
    const line = whoTakesPart(config)
      .split("\n")
      .find((row) => row.startsWith("- Rheolwr y tîm"))!;
    expect(line).toContain(`${until}, sy'n gofalu am y broses`);
    expectGoodWelsh(line, config);
  });

  it("not in cwm-teg, where the programme lead holds the manager's post from the start", () => {
    expect(whoTakesPart(cwmTeg)).not.toContain("nes bod un yn y swydd");
    expect(whoTakesPart(cwmTeg)).toContain(", sy'n gofalu am y broses");
  });
});
