import { describe, expect, it } from "vitest";
import { dataItemsFor } from "./data-items.js";

describe("dataItemsFor", () => {
  it("gives a flow to a partner the items an introduction or a request needs, not only feedback on an introduction", () => {
    // A fire and rescue authority receives requests for safe and well visits: it needs to know whom to visit.
    const { items, configured } = dataItemsFor("fire-and-rescue-authority", "receives", {
      anonymised: false,
    });
    expect(configured).toBe(false);
    expect(items).toContain(
      "for an introduction or a request to the partner: name, the contact details the person chose, and the reason, in the person's words where possible",
    );
    expect(items).toContain("for an introduction the partner made: whether it was taken up");
    expect(items).not.toContain("whether the introduction was taken up");
    expect(items.at(-1)).toBe("what the person has agreed to pass on, and nothing else");
  });

  it("keeps the items the configuration lists", () => {
    const configured = ["name", "the date of the visit"];
    expect(dataItemsFor("charity", "receives", { anonymised: false, configured })).toEqual({
      items: configured,
      configured: true,
    });
  });
});
