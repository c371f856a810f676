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
});
