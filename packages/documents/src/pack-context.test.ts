import { describe, expect, it } from "vitest";
import { exampleConfig } from "../test/example-config.js";
import { buildPackContext } from "./pack-context.js";

const phases = [{ id: "a", name: "Start: now #1", startMonth: 0, months: 1, summary: "s" }];

describe("buildPackContext", () => {
  const england = exampleConfig("brackenford");

  it("gives a council with social care the health and care conditions", () => {
    const context = buildPackContext(england, phases);
    expect(context.councilParty.lawfulBasis.specialCategory.article9.provision).toBe("UK GDPR Art 9(2)(h)");
  });

  it("gives a district council, which has no social care, the conditions of other public authorities", () => {
    const district = { ...england, council: { ...england.council, gssCode: "E07999001" } };
    const context = buildPackContext(district, phases);
    expect(context.council.type).toBe("district");
    expect(context.councilParty.lawfulBasis.specialCategory.article9.provision).toBe("UK GDPR Art 9(2)(g)");
  });

  it("finds partners that may process for law enforcement purposes", () => {
    const context = buildPackContext(england, phases);
    expect(context.lawEnforcementPartners.map((p) => p.sector)).toEqual(["police"]);
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
