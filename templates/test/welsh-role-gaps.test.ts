// The parts of the English role descriptions and panel guide that the Welsh ones lacked (docs/welsh-language.md,
// "Meaning against the English"): the right to work row and the rest of the pre-employment checks, the fuller
// guidance on the DBS level, the panel's confidentiality, the person specification's notes, the full-time or
// part-time row, the words of a contract HR is to confirm and the manager's number of posts. The Welsh must follow
// the English branch for branch, so each check compares the two on the same configuration.
import type { CouncilConfig } from "@lac/council";
import { describe, expect, it } from "vitest";
import { configTexts } from "./config-texts.js";
import { example, render } from "./examples.js";
import { part, tableRow } from "./markdown-sections.js";
import {
  articleBeforeWy,
  englishRuns,
  missingMutations,
  NAMES_SAME_IN_WELSH,
  softenedAfterMasculine,
  unknownWelshWords,
} from "./welsh-text.js";

const cwmTeg = example("cwm-teg");

function withTeam(changes: Partial<CouncilConfig["team"]>): CouncilConfig {
  return { ...cwmTeg, team: { ...cwmTeg.team, ...changes } };
}

/** Cwm Teg's neighbourhoods with every one rural, or none. */
function withRural(rural: boolean): CouncilConfig {
  return { ...cwmTeg, neighbourhoods: cwmTeg.neighbourhoods.map((n) => ({ ...n, rural })) };
}

/** Cwm Teg with one neighbourhood, the rural one, and part of a post elsewhere. */
const oneNeighbourhood: CouncilConfig = {
  ...cwmTeg,
  neighbourhoods: [cwmTeg.neighbourhoods.find((n) => n.rural)!],
};
const partTime: CouncilConfig = {
  ...cwmTeg,
  neighbourhoods: cwmTeg.neighbourhoods.map((n, index) => (index === 0 ? { ...n, coordinators: 1.5 } : n)),
  team: { ...cwmTeg.team, hoursPerWeek: 37 },
};

/** The configurations whose branches the Welsh must follow: rural or not, the DBS levels, the contracts. */
const VARIANTS: readonly (readonly [string, CouncilConfig])[] = [
  ["Cwm Teg", cwmTeg],
  ["an enhanced check", withTeam({ dbsCheck: "enhanced" })],
  ["the adults' barred list", withTeam({ dbsCheck: "enhanced-with-adults-barred-list" })],
  ["both barred lists", withTeam({ dbsCheck: "enhanced-with-both-barred-lists", contract: "fixed-term" })],
  ["a contract to be confirmed", withTeam({ contract: "to-be-confirmed" })],
  [
    "a permanent contract",
    withTeam({ contract: "permanent", manager: { ...cwmTeg.team.manager, count: 1 } }),
  ],
  ["no rural neighbourhood", withRural(false)],
  ["every neighbourhood rural", withRural(true)],
  ["one neighbourhood", oneNeighbourhood],
  ["a part-time post", partTime],
];

const PAIRS = [
  ["roles/local-area-coordinator.md", "roles/local-area-coordinator.cy.md"],
  ["roles/team-manager.md", "roles/team-manager.cy.md"],
] as const;

function documents(config: CouncilConfig): Map<string, string> {
  return new Map(render(config).map((document) => [document.path, document.content]));
}

/** The first cells of a Markdown table's rows, after its header, in the text given. */
function firstCells(text: string): string[] {
  return text
    .split("\n")
    .filter((line) => line.startsWith("| ") && !line.startsWith("| --- "))
    .slice(1)
    .map((line) => line.split(" | ")[0]!.slice(2));
}

/** The document's first table: the role's details, from Employer (Cyflogwr) on. */
function detailsTable(content: string): string[] {
  const start = content.indexOf("| | |");
  return firstCells(content.slice(start, content.indexOf("\n\n", start)));
}

const CHECK_NAMES: Record<string, string> = {
  "Disclosure and Barring Service (DBS)": "Gwasanaeth Datgelu a Gwahardd (DBS)",
  "Criminal records": "Cofnodion troseddol",
  "Right to work in the UK": "Hawl i weithio yn y DU",
  "Identity and references": "Hunaniaeth a geirda",
  "Driving and travel": "Gyrru a theithio",
  Travel: "Teithio",
  "Lone working": "Gweithio ar eich pen eich hun",
};

const DETAIL_NAMES: Record<string, string> = {
  Employer: "Cyflogwr",
  Programme: "Rhaglen",
  Posts: "Swyddi",
  Hours: "Oriau",
  "Full-time or part-time": "Amser llawn neu ran-amser",
  Contract: "Contract",
  Probation: "Cyfnod prawf",
  "Grade or salary band": "Gradd neu fand cyflog",
  "Reports to": "Yn atebol i",
  "Based in": "Lleoliad",
  Leads: "Yn arwain",
  "Welsh language": "Y Gymraeg",
};

describe.each(VARIANTS)("the Welsh role descriptions, with %s", (_label, config) => {
  const pack = documents(config);

  it("have every row of the English pre-employment checks, in the same order", () => {
    for (const [english, welsh] of PAIRS) {
      const en = firstCells(part(pack.get(english)!, "## Pre-employment checks"));
      const cy = firstCells(part(pack.get(welsh)!, "## Gwiriadau cyn cyflogi"));
      expect(cy, welsh).toEqual(en.map((name) => CHECK_NAMES[name] ?? `(no Welsh for ${name})`));
    }
  });

  it("have every row of the English details table (the full-time or part-time row), and the manager's own title row", () => {
    for (const [english, welsh] of PAIRS) {
      const en = detailsTable(pack.get(english)!).map(
        (name) => DETAIL_NAMES[name] ?? `(no Welsh for ${name})`,
      );
      const cy = detailsTable(pack.get(welsh)!).filter((name) => name !== "Teitl y swydd gan y cyngor");
      expect(cy, welsh).toEqual(en);
    }
  });

  it("give the DBS guidance as fully as the English: the council's decision, and one point for each English point", () => {
    for (const [english, welsh] of PAIRS) {
      const en = pack.get(english)!;
      const cy = pack.get(welsh)!;
      const points = (text: string, heading: string) => {
        const from = text.indexOf(heading);
        return text.slice(from, text.indexOf("\n\n##", from)).split("\n- ").length - 1;
      };
      expect(points(cy, "**Sut i benderfynu lefel y gwiriad DBS.**"), welsh).toBe(
        points(en, "**How to decide the DBS level.**"),
      );
      expect(cy.includes("Mae'r cyngor wedi penderfynu ar wiriad manwl"), welsh).toBe(
        en.includes("has decided on an enhanced check"),
      );
      expect(cy.includes("rhestr wahardd plant"), welsh).toBe(en.includes("children's barred list"));
    }
  });

  it("keep the new Welsh text spelt, unmutated where it must not be, and free of English", () => {
    const allowed = [...configTexts(config), ...NAMES_SAME_IN_WELSH];
    for (const [, welsh] of PAIRS) {
      const cy = pack.get(welsh)!;
      expect(unknownWelshWords(cy, allowed), welsh).toEqual([]);
      expect(englishRuns(cy, allowed), welsh).toEqual([]);
      expect(missingMutations(cy, configTexts(config), NAMES_SAME_IN_WELSH), welsh).toEqual([]);
      expect(articleBeforeWy(cy), welsh).toEqual([]);
      expect(softenedAfterMasculine(cy), welsh).toEqual([]);
    }
  });
});

describe("the Welsh pre-employment checks of Cwm Teg", () => {
  const pack = documents(cwmTeg);
  const coordinator = pack.get("roles/local-area-coordinator.cy.md")!;
  const manager = pack.get("roles/team-manager.cy.md")!;

  it("check the right to work as the English does: before employment, every candidate offered the post alike, s.15", () => {
    for (const cy of [coordinator, manager]) {
      const row = tableRow(cy, "Hawl i weithio yn y DU");
      expect(row).toContain("Yn cael ei wirio cyn i'r gyflogaeth ddechrau");
      expect(row).toContain("ar gyfer pob ymgeisydd y cynigir y swydd iddo ac yn yr un ffordd");
      expect(row).toContain("canllawiau'r Swyddfa Gartref ar wiriadau hawl i weithio");
      expect(row).toContain("(Deddf Mewnfudo, Lloches a Chenedligrwydd 2006 adran 15)");
      expect(cy).not.toContain("Hawl i weithio yn y DU, hunaniaeth a geirda");
    }
  });

  it("name the rural neighbourhood's post, and say what the other posts need", () => {
    expect(tableRow(coordinator, "Gyrru a theithio")).toContain(
      "Ar gyfer y swydd yn y gymdogaeth wledig (Aberteg), lle mae trafnidiaeth gyhoeddus yn brin:",
    );
    expect(tableRow(coordinator, "Gyrru a theithio")).toContain(
      "Ar gyfer y swyddi eraill, teithio o fewn y gymdogaeth ar droed",
    );
  });

  it("give the manager's travel and lone working", () => {
    expect(tableRow(manager, "Gyrru a theithio")).toContain(
      "Teithio ar draws cymdogaethau'r rhaglen (Glan-yr-Afon, Pen-y-Bryn a Thŷ Gwyn, Aberteg, Llys Newydd), gan gynnwys cymdogaeth wledig (Aberteg)",
    );
    expect(tableRow(manager, "Gweithio ar eich pen eich hun")).toContain(
      "A yw'r swydd hon ei hun yn gweithio ar ei phen ei hun, a sut mae'r weithdrefn yn berthnasol iddi: ____________________ (adnoddau dynol)",
    );
    expect(manager).toContain("nid oes rhaid iddi fod yr un lefel â lefel y cydlynwyr");
  });
});

describe("the Welsh coordinator's person specification", () => {
  const pack = documents(cwmTeg);
  const coordinator = pack.get("roles/local-area-coordinator.cy.md")!;

  it("has every note of the English: HR may add criteria, the written task, no question at panel or interview", () => {
    expect(coordinator).toContain("(er enghraifft sgwrs gyda phreswylydd, neu fyfyrdod byr ysgrifenedig)");
    expect(coordinator).toContain("Mae adnoddau dynol yn cadarnhau'r pwysoli a gall ychwanegu meini prawf.");
    expect(coordinator).toContain("ni ofynnir i unrhyw ymgeisydd amdano yn y panel na'r cyfweliad.");
  });

  it("has the pseudonymous references, the Equality Act note and the rural post's name in its criteria", () => {
    expect(coordinator).toContain(
      "| Gallu cadw cofnodion clir, byr a diogel, gan ddefnyddio cyfeirnodau yn lle enwau lle mae'r diben yn caniatáu |",
    );
    expect(
      tableRow(
        coordinator,
        "Profiad bywyd o ddefnyddio gwasanaethau (mae'r ffurflen yn gofyn am y profiad, nid am iechyd nac anabledd, y mae adran 60 o Ddeddf Cydraddoldeb 2010 yn caniatáu i gyflogwr ofyn amdanynt cyn cynnig swydd dim ond at y dibenion y mae'n eu rhestru)",
      ),
    ).toContain("| Dymunol | F |");
    expect(coordinator).toContain(
      "| Ar gyfer y swydd yn y gymdogaeth wledig (Aberteg): ffordd o deithio rhwng lleoedd cymdogaeth wledig (gweler y gwiriadau isod) | Hanfodol ar gyfer y swydd honno | F |",
    );
  });

  it("has as many criteria as the English", () => {
    for (const config of [cwmTeg, withRural(false)]) {
      const pack = documents(config);
      const en = firstCells(part(pack.get("roles/local-area-coordinator.md")!, "## Person specification"));
      const cy = firstCells(part(pack.get("roles/local-area-coordinator.cy.md")!, "## Manyleb y person"));
      expect(cy.length).toBe(en.length);
    }
  });
});

describe("the Welsh details tables", () => {
  it("say full-time, and part-time where the neighbourhoods' table shows it, as the English does", () => {
    const coordinator = (config: CouncilConfig) =>
      documents(config).get("roles/local-area-coordinator.cy.md")!;
    expect(tableRow(coordinator(cwmTeg), "Amser llawn neu ran-amser")).toBe(
      "| Amser llawn neu ran-amser | Amser llawn (ystyrir rhan-amser neu rannu swydd: ____________________) |",
    );
    expect(tableRow(coordinator(partTime), "Amser llawn neu ran-amser")).toBe(
      "| Amser llawn neu ran-amser | Amser llawn, a rhan-amser lle dangosir hynny uchod |",
    );
  });

  it("ask HR to confirm a permanent or fixed-term contract, as the English does", () => {
    const pack = documents(withTeam({ contract: "to-be-confirmed" }));
    for (const [, welsh] of PAIRS) {
      expect(tableRow(pack.get(welsh)!, "Contract"), welsh).toBe(
        "| Contract | ____________________ (I'w benderfynu gan adnoddau dynol cyn hysbysebu'r swydd: parhaol neu gyfnod penodol) |",
      );
    }
  });

  it("say how the manager's number of posts was worked out, not one manager for every so many coordinators", () => {
    const manager = documents(cwmTeg).get("roles/team-manager.cy.md")!;
    expect(tableRow(manager, "Swyddi")).toBe(
      "| Swyddi | 1 (wedi'i gyfrifo o swyddi'r cydlynwyr, 5 cyfwerth ag amser llawn, a'r rhychwant y mae'r cyngor wedi'i osod ar gyfer y swydd hon, isod) |",
    );
  });
});

describe("the Welsh panel guide's confidentiality", () => {
  const pack = documents(cwmTeg);
  const en = part(pack.get("roles/community-recruitment-panel-guide.md")!, "## Confidentiality");
  const cy = part(pack.get("roles/community-recruitment-panel-guide.cy.md")!, "## Cyfrinachedd");

  it("has every point of the English", () => {
    expect(cy.split("\n- ").length).toBe(en.split("\n- ").length);
  });

  it("says panel members see only what the council gives them (a blank), and that candidates are told (UK GDPR Art 13(1)(e))", () => {
    expect(cy).toContain(
      "- Dim ond yr wybodaeth am bob ymgeisydd y mae'r cyngor yn ei rhoi iddynt ar gyfer y panel y mae aelodau'r panel yn ei gweld: ____________________ (beth yw hi).",
    );
    expect(cy).toContain(
      "Mae'r cyngor yn dweud wrth ymgeiswyr, cyn y digwyddiad, y bydd preswylwyr a phartneriaid ar y panel cymunedol yn cwrdd â nhw a beth fydd y panel yn ei weld",
    );
    expect(cy).toContain("(Erthygl 13(1)(e) GDPR y DU)");
  });
});

describe("the Welsh manager's role description when the manager leads the programme", () => {
  const section = (content: string, heading: string) => {
    const from = content.indexOf(heading);
    return from < 0 ? "" : content.slice(from, content.indexOf("\n\n##", from));
  };

  it("has the duties under Leading the programme, point for point, as the English does", () => {
    const pack = documents(cwmTeg);
    const en = section(pack.get("roles/team-manager.md")!, "**Leading the programme.**");
    const cy = section(pack.get("roles/team-manager.cy.md")!, "**Arwain y rhaglen.**");
    expect(en).not.toBe("");
    expect(cy.split("\n- ").length).toBe(en.split("\n- ").length);
    expect(cy).toContain(
      'Mae\'r swydd hon hefyd yn arwain y rhaglen, Cydlynu Ardal Leol yng Nghwm Teg (<span lang="en-GB">Senior Local Area Coordinator</span> yn y [cynllun gweithredu](../implementation-plan.md), sydd yn Saesneg)',
    );
    expect(cy).toContain("- Dod â'r rhaglen a'i gwerthusiad at y Bwrdd Partneriaeth Rhanbarthol");
  });

  it("has none of it when the manager does not lead the programme, as the English has none", () => {
    const pack = documents(
      withTeam({ manager: { ...cwmTeg.team.manager, title: "Local Area Coordination Team Manager" } }),
    );
    expect(pack.get("roles/team-manager.md")).not.toContain("**Leading the programme.**");
    expect(pack.get("roles/team-manager.cy.md")).not.toContain("**Arwain y rhaglen.**");
  });
});
