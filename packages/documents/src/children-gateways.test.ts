// The children's co-operation duty (Children Act 2004 s.10 in England, s.25 in Wales) is suggested for the
// bodies it binds: the council with children's services and its relevant partners (docs/lawful-basis.md).
import { describe, expect, it } from "vitest";
import { legalGroundsFor, type PartyNature } from "./lawful-basis-for-partner.js";

function gatewayIds(nature: PartyNature): readonly string[] {
  const grounds = legalGroundsFor(nature, { direction: "shares", anonymised: false });
  if (!grounds.personalData) throw new Error("expected personal data grounds");
  return grounds.gateways.map((gateway) => gateway.id);
}

const council = { kind: "this-council", publicAuthority: true } as const;

describe("the children's co-operation gateways", () => {
  it("in England, binds a county or single-tier council, its police, and a county council and its districts", () => {
    for (const councilTier of ["county", "unitary", "metropolitan", "london-borough"] as const) {
      expect(gatewayIds({ ...council, councilTier, nation: "england" })).toContain("children-act-2004-s10");
    }
    expect(gatewayIds({ ...council, councilTier: "district", nation: "england" })).not.toContain(
      "children-act-2004-s10",
    );
    const police = { kind: "police", publicAuthority: true, nation: "england" } as const;
    expect(gatewayIds({ ...police, counterpartHasSocialCare: true })).toContain("children-act-2004-s10");
    expect(gatewayIds({ ...police, counterpartHasSocialCare: false })).not.toContain("children-act-2004-s10");
    const partnerCouncil = { kind: "council", publicAuthority: true, nation: "england" } as const;
    expect(gatewayIds({ ...partnerCouncil, councilTier: "district", counterpartTier: "county" })).toContain(
      "children-act-2004-s10",
    );
    expect(gatewayIds({ ...partnerCouncil, councilTier: "county", counterpartTier: "district" })).toContain(
      "children-act-2004-s10",
    );
    expect(
      gatewayIds({ ...partnerCouncil, councilTier: "unitary", counterpartTier: "unitary" }),
    ).not.toContain("children-act-2004-s10");
    // Its health partners were not read: no NHS body or GP practice in England is offered it.
    for (const kind of [
      "nhs-trust",
      "nhs-foundation-trust",
      "integrated-care-board",
      "gp-practice",
    ] as const) {
      expect(gatewayIds({ kind, publicAuthority: true, nation: "england" })).not.toContain(
        "children-act-2004-s10",
      );
    }
  });

  it("in Wales, binds the council, the local health board, NHS trusts, the police and another Welsh council", () => {
    expect(gatewayIds({ ...council, councilTier: "welsh-principal", nation: "wales" })).toContain(
      "children-act-2004-s25",
    );
    for (const kind of ["local-health-board", "nhs-trust", "police", "council"] as const) {
      expect(gatewayIds({ kind, publicAuthority: true, nation: "wales" }), kind).toContain(
        "children-act-2004-s25",
      );
    }
    for (const kind of [
      "gp-practice",
      "housing-association",
      "charity",
      "fire-and-rescue-authority",
    ] as const) {
      expect(
        gatewayIds({ kind, publicAuthority: kind === "gp-practice", nation: "wales" }),
        kind,
      ).not.toContain("children-act-2004-s25");
    }
    expect(gatewayIds({ ...council, councilTier: "welsh-principal", nation: "wales" })).not.toContain(
      "children-act-2004-s10",
    );
  });
});
