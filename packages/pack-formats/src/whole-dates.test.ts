import { describe, expect, it } from "vitest";
import { keepDatesWhole, splitDates } from "./whole-dates.js";

const NBSP = "\u00A0";

describe("keepDatesWhole", () => {
  it("joins the day, month and year of a date with no-break spaces", () => {
    expect(keepDatesWhole("30 September 2029")).toBe(`30${NBSP}September${NBSP}2029`);
    expect(keepDatesWhole("From 1 April 2027 to 31 July 2027.")).toBe(
      `From 1${NBSP}April${NBSP}2027 to 31${NBSP}July${NBSP}2027.`,
    );
  });

  it("joins a month and year, and a date in Welsh", () => {
    expect(keepDatesWhole("April 2029 (see the timeline)")).toBe(`April${NBSP}2029 (see the timeline)`);
    expect(keepDatesWhole("1 Ebrill 2027")).toBe(`1${NBSP}Ebrill${NBSP}2027`);
  });

  it("leaves other words and numbers alone", () => {
    expect(keepDatesWhole("3 neighbourhoods, 26,600 people")).toBe("3 neighbourhoods, 26,600 people");
    expect(keepDatesWhole("May we share it? 12 Mayfield Road")).toBe("May we share it? 12 Mayfield Road");
  });
});

describe("splitDates", () => {
  it("cuts a text at its dates, each at an odd index, the parts joined being the text", () => {
    const text = "From 1 April 2027 to April 2028, then 3 Mai 2029.";
    const parts = splitDates(text);
    expect(parts).toEqual(["From ", "1 April 2027", " to ", "April 2028", ", then ", "3 Mai 2029", "."]);
    expect(parts.join("")).toBe(text);
  });

  it("leaves a text with no date whole", () => {
    expect(splitDates("May we share it? 12 Mayfield Road")).toEqual(["May we share it? 12 Mayfield Road"]);
  });
});
