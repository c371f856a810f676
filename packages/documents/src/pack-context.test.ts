import { describe, expect, it } from "vitest";
import { exampleConfig } from "../test/example-config.js";
import { buildPackContext } from "./pack-context.js";

const phases = [{ id: "a", name: "Start: now #1", startMonth: 0, months: 1, summary: "s" }];

describe("buildPackContext", () => {
  const england = exampleConfig("brackenford");

  it("gives the council the special category condition it chose, substantial public interest by default", () => {
    const context = buildPackContext(england, phases);
    expect(context.councilParty.grounds.specialCategory.article9.citation).toBe("UK GDPR Art 9(2)(g)");
    const chosen = {
      ...england,
      dataProtection: {
        ...england.dataProtection,
        specialCategoryCondition: "health-or-social-care" as const,
      },
    };
    expect(buildPackContext(chosen, phases).councilParty.grounds.specialCategory.article9.citation).toBe(
      "UK GDPR Art 9(2)(h)",
    );
  });

  it("gives a district council, which has no social care, no Caldicott duty and no care gateways", () => {
    const district = { ...england, council: { ...england.council, gssCode: "E07999001" } };
    const context = buildPackContext(district, phases);
    expect(context.council.type).toBe("district");
    expect(context.councilParty.socialCare).toBe(false);
    expect(context.councilParty.grounds.gateways.map((gateway) => gateway.citation)).toEqual([
      "Localism Act 2011 s.1",
    ]);
  });

  it("names a housing association as the law of the council's nation does", () => {
    const housing = (config: typeof england) =>
      buildPackContext(config, phases).partners.find((partner) => partner.kind === "housing-association")
        ?.kindLabel;
    // England: Housing and Regeneration Act 2008 Part 2; Wales: Housing Act 1996 Part 1.
    expect(housing(england)).toBe("Housing association (registered provider)");
    expect(housing(exampleConfig("cwm-teg"))).toBe("Housing association (registered social landlord)");
  });

  it("sorts partners into agreements, the council's own services and anonymised figures", () => {
    const context = buildPackContext(england, phases);
    expect(context.dataSharing.internalPartners.map((p) => p.organisation)).toEqual([
      "Brackenford Borough Council Adult Social Care",
    ]);
    expect(context.dataSharing.aggregatePartners.map((p) => p.organisation)).toEqual([
      "NHS Brackenshire Integrated Care Board",
    ]);
    expect(context.dataSharing.agreementPartners).toHaveLength(8);
    expect(context.lawEnforcementPartners.map((p) => p.legalEntity)).toEqual([
      "The Chief Constable of Brackenshire Police",
    ]);
  });

  it("numbers the sections of each document from one outline", () => {
    const { sections } = buildPackContext(england, phases);
    expect(sections.agreement.lawfulBasis).toMatchObject({
      number: 5,
      heading: "5. Lawful basis",
      ref: "section 5",
    });
    expect(sections.multiParty.schedule).toMatchObject({
      ref: "the schedule",
      heading: "Schedule: the parties",
    });
  });

  it("lists the NHS bodies and GP practices that pass personal data to the council (their security assurance)", () => {
    const context = buildPackContext(england, phases);
    expect(context.dataSharing.doc.nhsDisclosers.map((party) => party.organisation)).toEqual([
      "Brackenford Hospitals NHS Foundation Trust",
      "Northfield Medical Practice",
    ]);
    const housing = context.partners.find((partner) => partner.kind === "housing-association");
    expect(housing?.flows.shares.personal).toBe(true);
    expect(housing?.doc.nhsDisclosers).toEqual([]);
  });

  it("cleans Mermaid labels", () => {
    const context = buildPackContext(england, phases);
    expect(context.phases[0]?.ganttLabel).toBe("Start now 1");
  });

  it("does not change the configuration it is given", () => {
    const config = { ...england, council: { ...england.council, shortName: "A | B" } };
    const context = buildPackContext(config, phases);
    expect(context.council.shortName).toBe("A \\| B");
    expect(config.council.shortName).toBe("A | B");
  });
});
