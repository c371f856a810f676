import { describe, expect, it } from "vitest";
import { changeLinkLabel } from "./change-link-label.js";

describe("changeLinkLabel", () => {
  it("makes only the first letter small", () => {
    expect(changeLinkLabel("Council's official name")).toBe("council's official name");
    expect(changeLinkLabel("Days of support from Community Catalysts")).toBe(
      "days of support from Community Catalysts",
    );
    expect(changeLinkLabel("Programme start date (YYYY-MM-DD)")).toBe("programme start date (YYYY-MM-DD)");
    expect(changeLinkLabel("Neighbourhood 1: Neighbourhood name")).toBe(
      "neighbourhood 1: Neighbourhood name",
    );
  });

  it("keeps an abbreviation that opens the label in capitals", () => {
    expect(changeLinkLabel("ONS GSS code of the council")).toBe("ONS GSS code of the council");
    expect(changeLinkLabel("DPO's work email")).toBe("DPO's work email");
  });

  it("leaves a label of one letter, or none, readable", () => {
    expect(changeLinkLabel("A")).toBe("a");
    expect(changeLinkLabel("")).toBe("");
    expect(changeLinkLabel("1 or 1.5")).toBe("1 or 1.5");
  });

  it("keeps the capital of a name that opens the label: a language, a title of two capitalised words", () => {
    expect(changeLinkLabel("Welsh privacy notice web address (https://…, optional)")).toBe(
      "Welsh privacy notice web address (https://…, optional)",
    );
    expect(changeLinkLabel("English name")).toBe("English name");
    expect(changeLinkLabel("Caldicott Guardian: role title")).toBe("Caldicott Guardian: role title");
    expect(changeLinkLabel("Data Protection Officer: work email")).toBe(
      "Data Protection Officer: work email",
    );
    // A word after a capitalised one is no name: "Its ICO registration number" is a phrase.
    expect(changeLinkLabel("Partner 1: Its ICO registration number")).toBe(
      "partner 1: Its ICO registration number",
    );
    expect(changeLinkLabel("Wales")).toBe("Wales");
  });
});
