// programme.communityCatalystsSupport.startDate: when the Community Catalysts support starts (optional; the
// plan counts it from the programme's start without it). dataProtection.retention.fromCy: the Welsh words
// for when the retention period starts, which the Welsh notices use; warned of when the start is not the
// default and the pack is in Welsh.
import { describe, expect, it } from "vitest";
import { parseCouncilConfig } from "./index.js";
import { exampleText, parsedOk as parsed, patchYaml } from "./test-helpers.js";

const cwmTeg = exampleText("cwm-teg");
const stanmoor = exampleText("stanmoor");
const SUPPORT_START = ["programme", "communityCatalystsSupport", "startDate"];
const FROM = ["dataProtection", "retention", "from"];
const FROM_CY = ["dataProtection", "retention", "fromCy"];

const retentionWarnings = (text: string) =>
  parsed(text).warnings.filter((warning) => warning.code === "welsh-retention-start-missing");

describe("programme.communityCatalystsSupport.startDate", () => {
  it("is optional, and read when given with the days and months", () => {
    expect(parsed(stanmoor).config.programme.communityCatalystsSupport.startDate).toBeUndefined();
    const { config } = parsed(patchYaml(stanmoor, SUPPORT_START, "2027-01-01"));
    expect(config.programme.communityCatalystsSupport).toEqual({
      days: 30,
      months: 12,
      startDate: "2027-01-01",
    });
  });

  it("refuses a date that is not YYYY-MM-DD, as programme.startDate does", () => {
    const result = parseCouncilConfig(patchYaml(stanmoor, SUPPORT_START, "1/1/2027"));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((error) => error.pathText)).toEqual([
      "programme.communityCatalystsSupport.startDate",
    ]);
  });
});

describe("dataProtection.retention.fromCy", () => {
  const later = patchYaml(cwmTeg, FROM, "the end of the person's agreement");

  it("is read when given", () => {
    const { config } = parsed(patchYaml(later, FROM_CY, "diwedd cytundeb yr unigolyn"));
    expect(config.dataProtection.retention.fromCy).toBe("diwedd cytundeb yr unigolyn");
  });

  it("warns, at dataProtection.retention, when the start is not the default and has no Welsh text", () => {
    expect(retentionWarnings(cwmTeg)).toEqual([]);
    const found = retentionWarnings(later);
    expect(found).toHaveLength(1);
    expect(found[0]?.pathText).toBe("dataProtection.retention");
    expect(found[0]?.message).toContain("dataProtection.retention.fromCy is missing");
    expect(found[0]?.message).toContain("the Welsh notices leave a blank");
    expect(retentionWarnings(patchYaml(later, FROM_CY, "diwedd cytundeb yr unigolyn"))).toEqual([]);
    // With no Welsh documents, or for an English council, nothing is said of it.
    expect(retentionWarnings(patchYaml(later, ["output", "languages"], ["en"]))).toEqual([]);
    expect(retentionWarnings(patchYaml(stanmoor, FROM, "the end of the person's agreement"))).toEqual([]);
  });
});
