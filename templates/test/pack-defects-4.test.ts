// Defects found in the packs, numbered as in the fix list (2 and 4 are tested in @lac/council and
// @lac/questions): 1, the plan's §10 when no partner has a data-sharing agreement; 3, the Welsh Data
// Disclosure Agreement with a partner's anonymised figures in the other direction.
import type { CouncilConfig } from "@lac/council";
import { describe, expect, it } from "vitest";
import { example, render } from "./examples.js";
import { part } from "./markdown-sections.js";

const brackenford = example("brackenford");
const wendleshire = example("wendleshire");
const cwmTeg = example("cwm-teg");

/** Brackenford's service of the council itself (kind council-service) and its partner of anonymised figures only. */
const councilService = brackenford.partners.find((partner) => partner.kind === "council-service")!;
const figuresOnly = brackenford.partners.find((partner) => partner.anonymised.length > 0)!;

/** A pack's documents, by path. */
function pack(config: CouncilConfig): ReadonlyMap<string, string> {
  return new Map(render(config).map((document) => [document.path, document.content]));
}

/** §10 of the plan of a pack. */
function planSection10(documents: ReadonlyMap<string, string>): string {
  const plan = documents.get("implementation-plan.md");
  if (plan === undefined) throw new Error("no implementation-plan.md");
  return part(plan, "## 10.");
}

const multiParty = (config: CouncilConfig): CouncilConfig => ({
  ...config,
  dataProtection: { ...config.dataProtection, sharingAgreement: "multi-party" },
});

/** A council's own service, named for the council whose partner it is. */
const serviceOf = (config: CouncilConfig) => ({
  ...councilService,
  organisation: `${config.council.name} Adult Social Care`,
});

/** The councils of each kind of agreement: English per partner, English multi-party, Welsh (WASPI). */
const councils = {
  "an English council with one agreement per partner": wendleshire,
  "an English council with a multi-party agreement": multiParty(wendleshire),
  "a Welsh council": cwmTeg,
};

describe("1. the plan's §10 is true when no partner has a data-sharing agreement", () => {
  const withPartners = (config: CouncilConfig, partners: CouncilConfig["partners"]): CouncilConfig => ({
    ...config,
    partners,
  });
  const cases = Object.entries(councils).flatMap(([councilLabel, config]): [string, CouncilConfig][] => [
    [`${councilLabel}, no partners`, withPartners(config, [])],
    [`${councilLabel}, only a service of the council itself`, withPartners(config, [serviceOf(config)])],
    [`${councilLabel}, only anonymised figures`, withPartners(config, [figuresOnly])],
    [
      `${councilLabel}, a service of the council and anonymised figures`,
      withPartners(config, [serviceOf(config), figuresOnly]),
    ],
  ]);

  it.each(cases)("%s", (_label, config) => {
    const documents = pack(config);
    const text = planSection10(documents);
    // No claim that the council has an agreement with its partners, or with each partner.
    expect(text).not.toContain("with each partner");
    expect(text).not.toContain("The council and its partners");
    expect(text).not.toContain("The council and the partners that pass personal data to it");
    // What to do when personal data is to pass to or from another organisation, for each kind of agreement.
    if (config.council.nation === "wales") {
      expect(text).toContain(
        "the council and the organisation agree the sharing under the Wales Accord on the Sharing of Personal Information: an Information Sharing Protocol where information passes both ways, or a Data Disclosure Agreement for a one-way disclosure.",
      );
    } else if (config.dataProtection.sharingAgreement === "multi-party") {
      expect(text).toContain(
        "the organisation signs the [multi-party data-sharing agreement](data-sharing/multi-party-agreement.md), following the ICO data sharing code of practice.",
      );
    } else {
      expect(text).toContain(
        "the council signs a data-sharing agreement with the organisation, following the ICO data sharing code of practice.",
      );
      expect(text).toContain("the pack then includes a draft data-sharing agreement with it.");
    }
    if (config.partners.length === 0) {
      expect(text).toContain(
        "No partners are listed yet. Before personal data passes between the council and another organisation,",
      );
    } else {
      expect(text).toContain(
        "No personal data passes between the council and another organisation in the programme. Before any does,",
      );
    }
    // The service of the council: the internal note, not an agreement.
    if (config.partners.some((partner) => partner.kind === "council-service")) {
      expect(text).toContain(
        `${config.council.name} Adult Social Care is a service of the council itself, the same controller (UK GDPR Art 4(1)(7)), so the information that passes between it and the programme needs no data-sharing agreement: the [internal information-sharing note](data-sharing/internal-information-sharing-note.md)`,
      );
    } else {
      expect(text).not.toContain("internal information-sharing note");
    }
    // The partner of anonymised figures: the aggregate-data note.
    if (config.partners.includes(figuresOnly)) {
      expect(text).toContain(
        `Only anonymised figures pass between the council and ${figuresOnly.organisation}: the [aggregate-data note](data-sharing/aggregate-data-note.md) sets out the rules, including small-number suppression, that keep the figures anonymous.`,
      );
    } else {
      expect(text).not.toContain("aggregate-data note");
    }
    // Every document of the pack that §10 names is in the pack.
    for (const [, path] of text.matchAll(/`(data-sharing\/[^`]+\.md)`/g))
      expect(documents.has(path!)).toBe(true);
    // No tool syntax in the plan: the README says how to add partners.
    expect(text).not.toContain("lac.config.yaml");
    expect(text).not.toContain("lac generate");
  });

  it("still names the agreements, the internal note and the aggregate-data note when some partners share personal data", () => {
    const text = planSection10(pack(brackenford));
    expect(text).toContain(
      "The council signs a data-sharing agreement with each partner that passes personal data to it or receives personal data from it (in `data-sharing/`), following the ICO data sharing code of practice.",
    );
    expect(text).toContain(
      "Brackenford Borough Council Adult Social Care is a service of the council itself",
    );
    expect(text).toContain(
      "Only anonymised figures pass between the council and NHS Brackenshire Integrated Care Board:",
    );
    expect(text).not.toContain("No personal data passes");
    expect(planSection10(pack(cwmTeg))).toContain(
      "The council and the partners that pass personal data to it or receive personal data from it agree an [Information Sharing Protocol](data-sharing/information-sharing-protocol.md) under the Wales Accord on the Sharing of Personal Information.",
    );
  });
});

describe("3. a Welsh Data Disclosure Agreement names a partner's anonymised figures in the other direction", () => {
  const byName = (name: string) => cwmTeg.partners.find((partner) => partner.organisation === name)!;
  /** Every personal data flow one way: a GP practice that only discloses, a housing association that also gets figures back, and a voluntary council that only receives personal data and sends figures. */
  const oneWay: CouncilConfig = {
    ...cwmTeg,
    partners: [
      byName("Aberteg Medical Centre"),
      {
        ...byName("Cartrefi Cwm Teg"),
        receives: ["anonymised figures on the tenants introduced in each neighbourhood"],
        anonymised: ["receives"],
      },
      {
        ...byName("Cwm Teg County Voluntary Council"),
        shares: ["anonymised figures on the people using community groups"],
        anonymised: ["shares"],
      },
    ],
  };
  const documents = pack(oneWay);
  const dda = (slug: string) => {
    const content = documents.get(`data-sharing/${slug}.md`);
    if (content === undefined)
      throw new Error(`no data-sharing/${slug}.md: ${[...documents.keys()].join(", ")}`);
    return content;
  };

  it("is the pack's agreement: every personal data flow is one way", () => {
    expect(documents.has("data-sharing/information-sharing-protocol.md")).toBe(false);
    expect(documents.has("data-sharing/aggregate-data-note.md")).toBe(false);
    expect(dda("cartrefi-cwm-teg")).toContain("# Data Disclosure Agreement: Cartrefi Cwm Teg to");
  });

  it("names the figures the council returns to a partner that discloses personal data, with the anonymisation rules", () => {
    const text = dda("cartrefi-cwm-teg");
    expect(text).toContain(
      "No personal data passes the other way under this agreement: only anonymised figures (section 5).",
    );
    expect(text).not.toContain("Nothing passes the other way under this agreement.");
    const figures = part(text, "### Anonymised figures");
    expect(figures).toContain(
      "The council also shares with Cartrefi Cwm Teg: anonymised figures on the tenants introduced in each neighbourhood. These are anonymised figures, under these rules:",
    );
    // The partial, worded for an agreement (not a note, a protocol, or a blank noun).
    expect(figures).toContain("- **Small-number suppression.** Counts below 10 are not shown");
    expect(figures).toContain("and they fall outside this agreement's lawful bases");
    expect(figures).toContain(
      "it is shared only as the sections on the data items and the lawful basis of this agreement set out.",
    );
  });

  it("names the figures a partner that receives personal data sends to the council", () => {
    const text = dda("cwm-teg-county-voluntary-council");
    expect(text).toContain(
      "# Data Disclosure Agreement: Cwm Teg County Borough Council (fictional) to Cwm Teg County Voluntary Council",
    );
    expect(text).toContain(
      "No personal data passes the other way under this agreement: only anonymised figures",
    );
    expect(part(text, "### Anonymised figures")).toContain(
      "Cwm Teg County Voluntary Council also shares with the council: anonymised figures on the people using community groups. These are anonymised figures, under these rules:",
    );
  });

  it("says nothing of anonymised figures to a partner without them", () => {
    const text = dda("aberteg-medical-centre");
    expect(text).toContain("Nothing passes the other way under this agreement.");
    expect(text).not.toContain("Anonymised figures");
    expect(text).not.toContain("anonymised figures");
  });
});
