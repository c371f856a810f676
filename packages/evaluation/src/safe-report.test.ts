import { describe, expect, it } from "vitest";
import { createEvaluationTally } from "./evaluation-tally.js";
import { buildSafeReport, type SafeReportOptions } from "./safe-report.js";

const counts = createEvaluationTally({ period: { from: "2026-04-01", to: "2027-03-31" } }).finish();

describe("buildSafeReport: the threshold", () => {
  it.each([0, 1, 2, 2.5, 1001, Number.NaN])("refuses %s, which would publish small counts", (threshold) => {
    expect(() => buildSafeReport(counts, { threshold })).toThrow(
      /^The suppression threshold must be a whole number from 3 to 1000 .*Use DEFAULT_SUPPRESSION_THRESHOLD \(5\)/,
    );
  });

  it("refuses a threshold that is not a number, or left out (from JavaScript)", () => {
    for (const options of [{ threshold: "5" }, {}, undefined]) {
      expect(() => buildSafeReport(counts, options as unknown as SafeReportOptions)).toThrow(RangeError);
    }
  });

  it("accepts a whole number from 3 to 1000", () => {
    expect(buildSafeReport(counts, { threshold: 3 }).threshold).toBe(3);
    expect(buildSafeReport(counts, { threshold: 5 }).threshold).toBe(5);
    expect(buildSafeReport(counts, { threshold: 1000 }).threshold).toBe(1000);
  });
});
