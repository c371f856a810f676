import { describe, expect, it } from "vitest";
import { PARTNER_KINDS, type PartnerKind } from "@lac/council";
import { dataItemsFor, identityItemsReceived } from "./data-items.js";
import { WELSH_TERMS } from "./welsh-glossary.js";

describe("dataItemsFor", () => {
  const REQUEST =
    "for an introduction or a request to the partner: name, the contact details the person chose, and the reason, in the person's words where possible";
  const FEEDBACK = "for an introduction the partner made: whether it was taken up";
  const received = (categories: readonly string[]) =>
    dataItemsFor("fire-and-rescue-authority", "receives", { anonymised: false, categories });

  it("gives a request to the partner the items it needs, and no feedback on introductions the partner never made", () => {
    // A fire and rescue authority receives requests for safe and well visits: it needs to know whom to visit.
    const { items, configured } = received([
      "requests for safe and well visits, with the person's agreement",
    ]);
    expect(configured).toBe(false);
    expect(items).toEqual([REQUEST, "what the person has agreed to pass on, and nothing else"]);
  });

  it("gives feedback on the partner's introductions only its own item, not a request's name and contact details", () => {
    expect(received(["whether an introduction was taken up"]).items).toEqual([
      FEEDBACK,
      "what the person has agreed to pass on, and nothing else",
    ]);
    expect(received(["Feedback on introductions, with the person's agreement"]).items).not.toContain(REQUEST);
  });

  it("gives a flow of both kinds both items, each saying when it applies", () => {
    const { items } = received(["introductions to community groups", "whether an introduction was taken up"]);
    expect(items).toEqual([REQUEST, FEEDBACK, "what the person has agreed to pass on, and nothing else"]);
  });

  it("keeps the items the configuration lists", () => {
    const configured = ["name", "the date of the visit"];
    expect(
      dataItemsFor("charity", "receives", { anonymised: false, categories: ["visits"], configured }),
    ).toEqual({
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
      const usual = dataItemsFor(kind, "shares", { anonymised: false, categories: ["introductions"] }).items;
      const named = identityItemsReceived([flow(kind)]).map((item) => WELSH_TERMS[item].en);
      expect(
        identifiers.filter((identifier) => usual.some((item) => item.startsWith(`${identifier},`))),
        kind,
      ).toEqual(named);
    }
  });
});
