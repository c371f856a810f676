import { councilConfigSchema, schemaAt } from "@lac/council";
import { describe, expect, it } from "vitest";
import { answerDisplayLabel, answerDisplayText, isDateSchema } from "./answer-display.js";

const startDate = schemaAt(councilConfigSchema, ["programme", "startDate"]);
const programmeName = schemaAt(councilConfigSchema, ["programme", "name"]);

describe("answerDisplayText", () => {
  it("shows a date answer as GOV.UK writes dates", () => {
    expect(answerDisplayText(startDate, "2027-04-01")).toBe("1 April 2027");
    expect(answerDisplayText(startDate, "2026-12-31")).toBe("31 December 2026");
    // lac.config.yaml keeps it trimmed, as the schema trims it.
    expect(answerDisplayText(startDate, " 2027-04-01 ")).toBe("1 April 2027");
  });

  it("shows a date answer that is not a real date as it was entered", () => {
    expect(answerDisplayText(startDate, "2027-02-30")).toBe("2027-02-30");
    expect(answerDisplayText(startDate, "1 April 2027")).toBe("1 April 2027");
    expect(answerDisplayText(startDate, "2027-4-1")).toBe("2027-4-1");
    expect(answerDisplayText(startDate, "")).toBe("");
  });

  it("leaves an answer that is not a date as it is, even one written like a date", () => {
    expect(answerDisplayText(programmeName, "2027-04-01")).toBe("2027-04-01");
    expect(answerDisplayText(undefined, "2027-04-01")).toBe("2027-04-01");
  });
});

describe("answerDisplayText of a number", () => {
  const population = schemaAt(councilConfigSchema, ["council", "population"]);
  it("groups its digits in threes with commas, as the documents write it", () => {
    expect(answerDisplayText(population, 688400)).toBe("688,400");
    expect(answerDisplayText(population, 9300)).toBe("9,300");
    expect(answerDisplayText(undefined, 1.5)).toBe("1.5");
    expect(answerDisplayText(undefined, 10)).toBe("10");
  });
});

describe("isDateSchema", () => {
  it("tells the configuration's dates from its other text", () => {
    expect(isDateSchema(startDate)).toBe(true);
    expect(isDateSchema(programmeName)).toBe(false);
    expect(isDateSchema(schemaAt(councilConfigSchema, ["council", "gssCode"]))).toBe(false);
    expect(isDateSchema(undefined)).toBe(false);
  });
});

describe("answerDisplayLabel", () => {
  it("leaves out the form a date is typed in, which the answer shown no longer has", () => {
    expect(answerDisplayLabel(startDate, "Programme start date (YYYY-MM-DD)")).toBe("Programme start date");
  });

  it("keeps every other label as it is", () => {
    expect(answerDisplayLabel(startDate, "Programme start date")).toBe("Programme start date");
    expect(answerDisplayLabel(programmeName, "Name (YYYY-MM-DD)")).toBe("Name (YYYY-MM-DD)");
  });
});
