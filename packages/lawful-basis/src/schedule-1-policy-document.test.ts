import { describe, expect, it } from "vitest";
import { SCHEDULE_1_CONDITIONS, schedule1Condition } from "./index.js";

// What DPA 2018 Schedule 1 says about appropriate policy documents, as read on legislation.gov.uk
// (sources in the comments of provisions.ts).
describe("appropriate policy documents for Schedule 1 conditions", () => {
  it("asks for one under para 1 (para 1(1)(b)) but not under para 2, which has no such requirement", () => {
    expect(schedule1Condition(1, 1).appropriatePolicyDocument).toBe("required");
    const health = schedule1Condition(1, 2);
    expect(health.appropriatePolicyDocument).toBe("not-required");
    expect(health.note).toContain("para 38");
    expect(health.note).not.toMatch(/secondary source/);
  });

  it("needs none for Part 3 para 29 consent, whose words ask for none", () => {
    const consent = schedule1Condition(3, 29);
    expect(consent.appropriatePolicyDocument).toBe("not-required");
    expect(consent.note).toContain("has given consent to the processing (para 29)");
  });

  it("keeps para 10 to check, stating its para 10(2) exception as read: a disclosure to a competent authority", () => {
    const unlawful = schedule1Condition(2, 10);
    expect(unlawful.appropriatePolicyDocument).toBe("check");
    expect(unlawful.note).toContain("para 10(2)");
    expect(unlawful.note).toContain("disclosure of personal data to a competent authority");
    expect(unlawful.note).not.toMatch(/as reported|not read on legislation\.gov\.uk|secondary sources/);
  });

  it("states the Part 3 para 36 rule: only substantial public interest is set aside, so the Part 2 condition's policy document rule applies", () => {
    const extension = schedule1Condition(3, 36);
    expect(extension.appropriatePolicyDocument).toBe("check");
    expect(extension.note).toContain("Only that requirement is set aside");
    expect(extension.note).toContain("para 5(1)");
  });

  it("leaves no condition whose note still says its source is unconfirmed without naming what to check", () => {
    for (const condition of SCHEDULE_1_CONDITIONS) {
      expect(condition.note).not.toMatch(/check on legislation\.gov\.uk\.?$/);
    }
  });
});
