import { describe, expect, it } from "vitest";
import { PARTNER_KINDS, type PartnerKind } from "@lac/council";
import { dataItemsFor, identityItemsReceived } from "./data-items.js";
import { WELSH_TERMS } from "./welsh-glossary.js";

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

describe("identityItemsReceived", () => {
  const flow = (kind: PartnerKind, personal = true, configured = false) => ({ kind, personal, configured });

  it("names each identifier once, in one order, whatever the partners' order", () => {
    expect(
      identityItemsReceived([flow("housing-association"), flow("gp-practice"), flow("nhs-trust")]),
    ).toEqual(["dateOfBirth", "nhsNumber", "tenancyReference"]);
    expect(identityItemsReceived([flow("integrated-care-board")])).toEqual(["dateOfBirth"]);
    expect(identityItemsReceived([flow("charity"), flow("police")])).toEqual([]);
  });

  it("leaves out a flow of no personal data, and one whose items the configuration lists", () => {
    expect(identityItemsReceived([flow("nhs-trust", false)])).toEqual([]);
    expect(identityItemsReceived([flow("nhs-trust", true, true)])).toEqual([]);
  });

  it("names exactly the identifiers among each kind's usual items", () => {
    const identifiers = Object.values(WELSH_TERMS)
      .map((term) => term.en)
      .filter((en) => ["date of birth", "NHS number", "tenancy reference"].includes(en));
    expect(identifiers).toHaveLength(3);
    for (const kind of PARTNER_KINDS) {
      const usual = dataItemsFor(kind, "shares", { anonymised: false }).items;
      const named = identityItemsReceived([flow(kind)]).map((item) => WELSH_TERMS[item].en);
      expect(
        identifiers.filter((identifier) => usual.some((item) => item.startsWith(`${identifier},`))),
        kind,
      ).toEqual(named);
    }
  });
});
