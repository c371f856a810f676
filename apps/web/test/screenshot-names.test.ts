import { describe, expect, it } from "vitest";
import { screenshotNames } from "./screenshot-names.js";

const known = ["01-start", "06-check-your-answers", "07-pack-preview", "320px-check"];

describe("screenshotNames", () => {
  it("takes none without the variable, or with it empty or 0", () => {
    expect(screenshotNames(undefined, known)).toEqual(new Set());
    expect(screenshotNames("", known)).toEqual(new Set());
    expect(screenshotNames("0", known)).toEqual(new Set());
  });

  it("takes every screenshot for 1", () => {
    expect(screenshotNames("1", known)).toBe("all");
  });

  it("takes only the images named, with or without .png, separated by commas or spaces", () => {
    expect(screenshotNames("07-pack-preview", known)).toEqual(new Set(["07-pack-preview"]));
    expect(screenshotNames(" 07-pack-preview.png, 06-check-your-answers 320px-check", known)).toEqual(
      new Set(["07-pack-preview", "06-check-your-answers", "320px-check"]),
    );
  });

  it("refuses a name that is no image of the guide, naming those that are", () => {
    expect(() => screenshotNames("07-pack-preveiw", known)).toThrow(
      "LAC_WEB_SCREENSHOTS names 07-pack-preveiw, which is no screenshot of the guide (docs/images/web): 01-start, 06-check-your-answers, 07-pack-preview, 320px-check",
    );
  });
});
