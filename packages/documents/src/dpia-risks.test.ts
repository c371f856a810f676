import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  DPIA_RISKS,
  dpiaRisks,
  LIKELIHOODS,
  overallRisk,
  peoplePerCoordinatorText,
  SEVERITIES,
} from "./dpia-risks.js";

const rank = <T>(list: readonly T[], value: T) => list.indexOf(value);

const figures = (hasLawEnforcementPartner: boolean) => ({
  hasLawEnforcementPartner,
  policeFlows: { fromThePolice: true, toThePolice: true },
  peoplePerCoordinator: "9,100 to 9,900",
  smallNumberThreshold: 10,
  retention: { years: 6, from: "the last contact with the person" },
});

describe("overallRisk", () => {
  it("is low for the mildest and high for the worst", () => {
    expect(overallRisk("remote", "minimal")).toBe("low");
    expect(overallRisk("possible", "significant")).toBe("medium");
    expect(overallRisk("probable", "severe")).toBe("high");
    expect(overallRisk("remote", "severe")).toBe("medium");
  });

  it("never falls when the likelihood or the severity rises", () => {
    const levels = ["low", "medium", "high"];
    fc.assert(
      fc.property(
        fc.constantFrom(...LIKELIHOODS),
        fc.constantFrom(...LIKELIHOODS),
        fc.constantFrom(...SEVERITIES),
        fc.constantFrom(...SEVERITIES),
        (l1, l2, s1, s2) => {
          if (
            rank(LIKELIHOODS, l1) <= rank(LIKELIHOODS, l2) &&
            rank(SEVERITIES, s1) <= rank(SEVERITIES, s2)
          ) {
            expect(levels.indexOf(overallRisk(l1, s1))).toBeLessThanOrEqual(
              levels.indexOf(overallRisk(l2, s2)),
            );
          }
        },
      ),
    );
  });
});

describe("the DPIA's risks", () => {
  it("never leave a residual risk higher than the risk before the measures", () => {
    for (const risk of DPIA_RISKS) {
      expect(rank(LIKELIHOODS, risk.residualLikelihood), risk.id).toBeLessThanOrEqual(
        rank(LIKELIHOODS, risk.likelihood),
      );
      expect(rank(SEVERITIES, risk.residualSeverity), risk.id).toBeLessThanOrEqual(
        rank(SEVERITIES, risk.severity),
      );
    }
  });

  it("include the risks particular to Local Area Coordination", () => {
    const ids = dpiaRisks(figures(false)).map((risk) => risk.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        "introductions-become-referrals",
        "informal-sharing",
        "lone-working-records",
        "information-from-family",
      ]),
    );
  });

  it("add the police risk only for a council with a police partner, and number the risks in order", () => {
    expect(dpiaRisks(figures(false)).some((risk) => risk.id === "police-data")).toBe(false);
    const withPolice = dpiaRisks(figures(true));
    expect(withPolice.some((risk) => risk.id === "police-data")).toBe(true);
    expect(withPolice.map((risk) => risk.position)).toEqual(withPolice.map((_, index) => index + 1));
  });

  it("say the people per full-time coordinator and the small-number threshold of the council, with no placeholder left", () => {
    const risks = dpiaRisks({ ...figures(true), smallNumberThreshold: 8 });
    const reidentification = risks.find((risk) => risk.id === "reidentification");
    expect(reidentification?.source).toContain(
      "each full-time coordinator serves a neighbourhood population of about 9,100 to 9,900 people",
    );
    expect(reidentification?.measures).toContain("Suppress counts under 8 ");
    for (const risk of risks) expect(`${risk.source} ${risk.measures}`, risk.id).not.toMatch(/[{}]/);
  });

  it("write the people per coordinator to the nearest hundred, as one figure when they round alike", () => {
    expect(peoplePerCoordinatorText([9400, 9100, 8700, 9900])).toBe("8,700 to 9,900");
    expect(peoplePerCoordinatorText([9420, 9380])).toBe("9,400");
    expect(peoplePerCoordinatorText([18200])).toBe("18,200");
    expect(peoplePerCoordinatorText([])).toBe("8,000 to 10,000");
  });
});

describe("the retention risk (UK GDPR Art 5(1)(e), storage limitation)", () => {
  const retention = (years: number, from: string) =>
    dpiaRisks({ ...figures(false), retention: { years, from } }).find((risk) => risk.id === "retention");

  it("says the council's configured period, and leaves the council's own decisions blank", () => {
    const risk = retention(6, "the last contact with the person");
    expect(risk?.source).toMatch(/^Records kept longer than needed \(UK GDPR Art 5\(1\)\(e\)\): /);
    expect(risk?.source).toContain("beyond 6 years after the last contact with the person");
    expect(risk?.measures).toContain("records retention schedule");
    expect(risk?.measures).toContain("deleted");
    expect(risk?.measures).toContain("____________________");
  });

  it("writes one year in the singular, and a configured start without its full stop, inventing no other period", () => {
    const risk = retention(1, "the case is closed. ");
    expect(risk?.source).toContain("beyond 1 year after the case is closed because");
    for (const text of [risk?.source, risk?.measures])
      expect(text).not.toMatch(/\b(?!1 year)\d+ (years?|months?)\b/);
  });
});

describe("the police risk", () => {
  const source = (fromThePolice: boolean, toThePolice: boolean) =>
    dpiaRisks({ ...figures(true), policeFlows: { fromThePolice, toThePolice } }).find(
      (risk) => risk.id === "police-data",
    )?.source;

  it("names the directions the police partners' personal data flows take", () => {
    expect(source(true, false)).toMatch(/^Information from the police, including/);
    expect(source(false, true)).toMatch(/^Information passed to the police, including/);
    expect(source(true, true)).toMatch(/^Information from or to the police, including/);
  });

  it("says from or to where no personal data flows either way (anonymised figures only)", () => {
    expect(source(false, false)).toMatch(/^Information from or to the police, including/);
  });
});
