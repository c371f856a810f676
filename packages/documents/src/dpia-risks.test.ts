import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DPIA_RISKS, dpiaRisks, LIKELIHOODS, overallRisk, SEVERITIES } from "./dpia-risks.js";

const rank = <T>(list: readonly T[], value: T) => list.indexOf(value);

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
    const ids = dpiaRisks(false).map((risk) => risk.id);
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
    expect(dpiaRisks(false).some((risk) => risk.id === "police-data")).toBe(false);
    const withPolice = dpiaRisks(true);
    expect(withPolice.some((risk) => risk.id === "police-data")).toBe(true);
    expect(withPolice.map((risk) => risk.position)).toEqual(withPolice.map((_, index) => index + 1));
  });
});
