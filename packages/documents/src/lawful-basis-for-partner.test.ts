import fc from "fast-check";
import { COUNCIL_TIERS, NATIONS, PARTNER_KINDS } from "@lac/council";
import { describe, expect, it } from "vitest";
import { legalGroundsFor, type PartyNature, type PersonalDataGrounds } from "./lawful-basis-for-partner.js";

const kinds = fc.constantFrom(...PARTNER_KINDS, "this-council" as const);
const party: fc.Arbitrary<PartyNature> = fc.record({
  kind: kinds,
  councilTier: fc.option(fc.constantFrom(...COUNCIL_TIERS), { nil: undefined }),
  publicAuthority: fc.boolean(),
  nation: fc.constantFrom(...NATIONS),
  specialCategoryCondition: fc.constantFrom("statutory-purposes" as const, "health-or-social-care" as const),
});
const flow = fc.record({
  direction: fc.constantFrom("shares" as const, "receives" as const),
  anonymised: fc.boolean(),
});

function personal(nature: PartyNature, direction: "shares" | "receives" = "shares"): PersonalDataGrounds {
  const grounds = legalGroundsFor(nature, { direction, anonymised: false });
  if (!grounds.personalData) throw new Error("expected personal data grounds");
  return grounds;
}

const england = { nation: "england" as const };

describe("legalGroundsFor (partner nature × flow)", () => {
  it("gives an anonymised flow an aggregate-data note and no bases, whoever the party (property)", () => {
    fc.assert(
      fc.property(party, flow, (nature, { direction }) => {
        const grounds = legalGroundsFor(nature, { direction, anonymised: true });
        expect(grounds).toEqual({ personalData: false, note: expect.stringContaining("not personal data") });
      }),
    );
  });

  it("gives a public authority public task, never recognised legitimate interest or legitimate interests (property)", () => {
    fc.assert(
      fc.property(party, flow, (nature, { direction }) => {
        const grounds = personal({ ...nature, publicAuthority: true }, direction);
        expect(grounds.article6.citation).toBe("UK GDPR Art 6(1)(e)");
        expect(grounds.safeguarding.article6.citation).toBe("UK GDPR Art 6(1)(e)");
        expect(grounds.article6Alternatives).toEqual([]);
        expect(grounds.specialCategory.explicitConsent).toBe(false);
        expect(JSON.stringify(grounds)).not.toMatch(/Art 6\(1\)\((ea|f)\)/);
      }),
    );
  });

  it("never gives 9(2)(h) health or social care to a party without health or social care functions (property)", () => {
    fc.assert(
      fc.property(party, (nature) => {
        const grounds = personal(nature);
        if (grounds.specialCategory.article9.citation !== "UK GDPR Art 9(2)(h)") return;
        const council = nature.kind === "this-council" || nature.kind === "council";
        const health = [
          "nhs-trust",
          "nhs-foundation-trust",
          "integrated-care-board",
          "local-health-board",
          "gp-practice",
        ];
        expect(health.includes(nature.kind) || (council && nature.councilTier !== "district")).toBe(true);
        expect(grounds.specialCategory.schedule1?.citation).toBe("DPA 2018 Schedule 1 Part 1 paragraph 2");
      }),
    );
  });

  it("pairs every Art 9 condition that needs one with a Schedule 1 condition, and gives every party an Art 10 route (property)", () => {
    fc.assert(
      fc.property(party, flow, (nature, { direction }) => {
        const grounds = personal(nature, direction);
        const { article9, schedule1 } = grounds.specialCategory;
        if (["g", "h"].some((letter) => article9.citation.endsWith(`(${letter})`)))
          expect(schedule1).toBeDefined();
        expect(grounds.criminalOffence.article10.citation).toBe("UK GDPR Art 10 and DPA 2018 s.10(5)");
        expect(grounds.criminalOffence.schedule1.length).toBeGreaterThan(0);
        expect(grounds.criminalOffence.officialAuthority).toBe(nature.publicAuthority);
        expect(grounds.safeguarding.schedule1.citation).toBe("DPA 2018 Schedule 1 Part 2 paragraph 18");
      }),
    );
  });

  it("suggests only gateways whose law runs in the party's nation (property)", () => {
    fc.assert(
      fc.property(party, (nature) => {
        for (const gateway of personal(nature).gateways) {
          expect(["england-and-wales", nature.nation]).toContain(gateway.extent);
        }
      }),
    );
  });

  it("binds to the Caldicott principles exactly the NHS bodies, GP practices and councils with social care (property)", () => {
    fc.assert(
      fc.property(party, (nature) => {
        const council = nature.kind === "this-council" || nature.kind === "council";
        const health = [
          "nhs-trust",
          "nhs-foundation-trust",
          "integrated-care-board",
          "local-health-board",
          "gp-practice",
        ];
        const expected = health.includes(nature.kind) || (council && nature.councilTier !== "district");
        expect(personal(nature).caldicott).toBe(expected);
      }),
    );
  });

  it("puts the police's disclosures through the s.36 'authorised by law' gate, and only those (property)", () => {
    fc.assert(
      fc.property(party, flow, (nature, { direction }) => {
        const origin = personal(nature, direction).lawEnforcementOrigin;
        expect(origin !== undefined).toBe(nature.kind === "police" && direction === "shares");
        if (origin) {
          expect(origin.authorisedByLaw.citation).toBe("DPA 2018 s.36(4)");
          expect(origin.part3.citation).toBe("DPA 2018 Part 3");
        }
      }),
    );
  });

  // Item 1: a district council partner has no social care functions.
  it("gives a district council partner substantial public interest, and a county council partner health or social care", () => {
    const district = personal({
      ...england,
      kind: "council",
      councilTier: "district",
      publicAuthority: true,
    });
    expect(district.specialCategory.article9.citation).toBe("UK GDPR Art 9(2)(g)");
    expect(district.specialCategory.schedule1?.citation).toBe("DPA 2018 Schedule 1 Part 2 paragraph 6");
    expect(district.caldicott).toBe(false);
    // It names its function in a blank, as a public authority names the law for official authority.
    expect(district.specialCategory.note).toContain(
      "The statutory function it relies on, for it to name: ____________________. A district council has no social care functions: it may name, for example, its functions as the local housing authority.",
    );
    const county = personal({ ...england, kind: "council", councilTier: "county", publicAuthority: true });
    expect(county.specialCategory.article9.citation).toBe("UK GDPR Art 9(2)(h)");
  });

  // Item 4: one coherent position for the council itself, set in its configuration.
  it("gives the council the condition it chose, and statutory purposes when it has no social care", () => {
    const council = {
      ...england,
      kind: "this-council" as const,
      councilTier: "unitary" as const,
      publicAuthority: true,
    };
    expect(
      personal({ ...council, specialCategoryCondition: "statutory-purposes" }).specialCategory.article9
        .citation,
    ).toBe("UK GDPR Art 9(2)(g)");
    const chosen = personal({
      ...council,
      specialCategoryCondition: "health-or-social-care",
    }).specialCategory;
    expect(chosen.article9.citation).toBe("UK GDPR Art 9(2)(h)");
    expect(chosen.note).toContain("Care Act 2014 s.2");
    const wales = personal({
      ...council,
      nation: "wales",
      councilTier: "welsh-principal",
      specialCategoryCondition: "health-or-social-care",
    });
    expect(wales.specialCategory.note).toContain("Social Services and Well-being (Wales) Act 2014 s.15");
    const district = personal({
      ...council,
      councilTier: "district",
      specialCategoryCondition: "health-or-social-care",
    });
    expect(district.specialCategory.article9.citation).toBe("UK GDPR Art 9(2)(g)");
  });

  // Item 5: non-public partners rely on explicit consent, which must meet Art 7.
  it("gives a body that is not a public authority explicit consent with the Art 7 requirements, or (ea) when disclosing on request", () => {
    const grounds = personal({ ...england, kind: "housing-association", publicAuthority: false });
    expect(grounds.article6.citation).toBe("UK GDPR Art 6(1)(f)");
    expect(grounds.article6Alternatives.map((alternative) => alternative.citation)).toEqual([
      "UK GDPR Art 6(1)(ea)",
    ]);
    expect(grounds.specialCategory.explicitConsent).toBe(true);
    expect(grounds.specialCategory.note).toContain("UK GDPR Art 7");
    expect(grounds.specialCategory.note).toContain("names the type of special category data");
    expect(grounds.safeguarding.article6.citation).toBe("UK GDPR Art 6(1)(ea)");
  });

  // Item 11: gateways by kind and nation.
  it("suggests the usual gateways by kind and nation", () => {
    const citations = (nature: PartyNature) => personal(nature).gateways.map((gateway) => gateway.citation);
    expect(
      citations({ ...england, kind: "this-council", councilTier: "county", publicAuthority: true }),
    ).toEqual(["Care Act 2014 ss.1–2", "Children Act 2004 s.10", "Localism Act 2011 s.1"]);
    expect(
      citations({ ...england, kind: "this-council", councilTier: "district", publicAuthority: true }),
    ).toEqual(["Localism Act 2011 s.1"]);
    expect(
      citations({
        nation: "wales",
        kind: "this-council",
        councilTier: "welsh-principal",
        publicAuthority: true,
      }),
    ).toEqual([
      "Social Services and Well-being (Wales) Act 2014 s.15",
      "Social Services and Well-being (Wales) Act 2014 s.162",
      "Children Act 2004 s.25",
      "Local Government and Elections (Wales) Act 2021 s.24",
    ]);
    expect(citations({ ...england, kind: "police", publicAuthority: true })).toContain(
      "Crime and Disorder Act 1998 s.115",
    );
    // A fire and rescue authority discloses to the council, a relevant authority of CDA 1998 s.115(2),
    // and is bound by the s.17 duty: s.115 is offered beside its fire safety duty, in England and Wales.
    for (const nation of ["england", "wales"] as const) {
      expect(citations({ nation, kind: "fire-and-rescue-authority", publicAuthority: true })).toEqual([
        "Fire and Rescue Services Act 2004 s.6",
        "Crime and Disorder Act 1998 s.115",
      ]);
    }
    // NHS Act 2006 s.82 binds NHS bodies and local authorities in England and Wales (s.82(1), s.82(4) and
    // s.275): a Welsh NHS body is offered it too; the NHS (Wales) Act 2006 has no co-operation duty.
    expect(citations({ nation: "wales", kind: "local-health-board", publicAuthority: true })).toEqual([
      "Social Services and Well-being (Wales) Act 2014 s.162",
      "Children Act 2004 s.25",
      "Social Services and Well-being (Wales) Act 2014 ss.166–168",
      "National Health Service Act 2006 s.82",
    ]);
    expect(citations({ nation: "wales", kind: "nhs-trust", publicAuthority: true })).toEqual([
      "National Health Service Act 2006 s.82",
      "Social Services and Well-being (Wales) Act 2014 s.162",
      "Children Act 2004 s.25",
    ]);
    expect(citations({ ...england, kind: "nhs-trust", publicAuthority: true })).toEqual([
      "National Health Service Act 2006 s.82",
      "Care Act 2014 s.6",
      "Health and Social Care Act 2012 s.251B",
    ]);
    // Between a district council and the police, the Care Act co-operation duty does not apply.
    expect(
      citations({ ...england, kind: "police", publicAuthority: true, counterpartHasSocialCare: false }),
    ).toEqual(["Crime and Disorder Act 1998 s.115"]);
    // A district council's county council partner: the district is the county's relevant partner.
    expect(
      citations({
        ...england,
        kind: "council",
        councilTier: "county",
        publicAuthority: true,
        counterpartHasSocialCare: false,
      }),
    ).toContain("Care Act 2014 s.6");
    expect(personal({ ...england, kind: "charity", publicAuthority: false }).gatewayNote).toContain(
      "needs no statutory power",
    );
  });

  // DPO review 9: s.115 serves only the Crime and Disorder Act's purposes; safe and well visits rest on s.6.
  it("limits a fire and rescue authority's s.115 to the Act's purposes and says s.115(2) names it", () => {
    const fire = personal({ nation: "england", kind: "fire-and-rescue-authority", publicAuthority: true });
    expect(fire.gatewayNote).toContain("not an Art 6 or Art 9 basis on its own");
    expect(fire.gatewayNote).toContain(
      "the usual power for introductions from, and requests for, safe and well visits",
    );
    expect(fire.gatewayNote).toContain(
      "such as the s.17 duty, which binds fire and rescue authorities as well as councils: not for a purpose outside the Act",
    );
    expect(fire.gatewayNote).toContain(
      "s.115(2) names the London Fire Commissioner and fire and rescue authorities as relevant authorities",
    );
    const police = personal({ nation: "england", kind: "police", publicAuthority: true });
    expect(police.gatewayNote).not.toContain("safe and well");
  });

  // DPO review 13: the note fits the direction of the fire and rescue authority's personal data flows.
  it("gives a fire and rescue authority that only discloses no sentence on the council's disclosures to it", () => {
    const fire = {
      nation: "england" as const,
      kind: "fire-and-rescue-authority" as const,
      publicAuthority: true,
    };
    const note = (direction: "shares" | "receives", bothWays: boolean) => {
      const grounds = legalGroundsFor(fire, { direction, anonymised: false, bothWays });
      if (!grounds.personalData) throw new Error("expected personal data grounds");
      return grounds.gatewayNote;
    };
    const disclosesOnly = note("shares", false);
    expect(disclosesOnly).toContain("the usual power for its introductions from safe and well visits.");
    expect(disclosesOnly).toContain("covers its disclosures to the council");
    expect(disclosesOnly).not.toContain("The council may rely on s.115");
    expect(disclosesOnly).not.toContain("requests for");
    const receivesOnly = note("receives", false);
    expect(receivesOnly).toContain("the usual power for the council's requests for safe and well visits.");
    expect(receivesOnly).not.toContain("covers its disclosures to the council");
    expect(receivesOnly).toContain("The council may rely on s.115 to disclose to it on the same terms");
    const both = note("shares", true);
    expect(both).toContain("covers its disclosures to the council");
    expect(both).toContain("The council may rely on s.115 to disclose to it on the same terms");
  });

  // DPO review 13: a party on legitimate interests records a legitimate interests assessment; no other does.
  it("asks a legitimate interests assessment of a party that is not a public authority, and only of it (property)", () => {
    fc.assert(
      fc.property(party, flow, (nature, { direction }) => {
        const grounds = personal(nature, direction);
        expect(grounds.legitimateInterestsAssessment).toBe(
          grounds.article6.citation === "UK GDPR Art 6(1)(f)",
        );
        expect(grounds.legitimateInterestsAssessment).toBe(!nature.publicAuthority);
      }),
    );
  });

  // DPO review law8: a GP practice is not an NHS body, so s.82 is not its gateway; it is not a statutory body.
  it("tells a GP practice with no gateway that the NHS Act 2006 s.82 co-operation duty does not bind it", () => {
    const gp = personal({ nation: "wales", kind: "gp-practice", publicAuthority: true });
    expect(gp.gateways).toEqual([]);
    expect(gp.gatewayNote).toBe(
      "None suggested: a GP practice provides NHS services under its contract and is not an NHS body, so the co-operation duty of NHS bodies and local authorities (National Health Service Act 2006 s.82) does not bind it (s.275(1)). It records the basis in law of the task it relies on for sharing (the ICO asks a public authority to document the express or implied power it relies on), confirmed with its data protection officer.",
    );
    expect(personal({ nation: "wales", kind: "education", publicAuthority: true }).gatewayNote).toBe(
      "None suggested for this kind of body: the party records the express or implied statutory power it relies on.",
    );
  });

  // DPO review: Part 3 paragraph 29 (consent) for criminal offence data, for parties without official authority.
  it("offers a party that is not a public authority the consent condition (Sch 1 Part 3 para 29) first, obtained for that organisation, and a public authority never (property)", () => {
    fc.assert(
      fc.property(party, flow, (nature, { direction }) => {
        const criminal = personal(nature, direction).criminalOffence;
        const citations = criminal.schedule1.map((condition) => condition.citation);
        const para29 = "DPA 2018 Schedule 1 Part 3 paragraph 29";
        expect(citations.includes(para29)).toBe(!nature.publicAuthority);
        expect(criminal.consent).toBe(!nature.publicAuthority);
        if (!nature.publicAuthority) {
          expect(citations).toEqual([
            para29,
            "DPA 2018 Schedule 1 Part 2 paragraph 18",
            "DPA 2018 Schedule 1 Part 2 paragraph 10",
          ]);
          expect(criminal.note).toContain(
            "Paragraph 29 (consent) applies only where the person has consented",
          );
          expect(criminal.note).toContain("it obtains and records that consent itself before disclosing");
          expect(criminal.note).toContain(
            "the agreement the coordinator records for this organisation alone",
          );
        }
      }),
    );
  });

  it("offers the consent condition to the same bodies that rely on explicit consent for special category data", () => {
    for (const kind of ["housing-association", "charity", "company"] as const) {
      const grounds = personal({ ...england, kind, publicAuthority: false }, "receives");
      expect(grounds.criminalOffence.consent).toBe(true);
      expect(grounds.specialCategory.explicitConsent).toBe(true);
    }
  });

  // Review 9: the Care Act 2014 s.2 prevention duty is for adults and carers; coordinators also walk
  // alongside children and families, for whom an English council names its own function.
  it("gives an English council's prevention duty for adults and carers, and leaves its function for children to name", () => {
    const unitary = personal({
      ...england,
      kind: "this-council",
      councilTier: "unitary",
      publicAuthority: true,
    });
    expect(unitary.specialCategory.note).toContain(
      "for adults and carers, the Care Act 2014 s.2 prevention duty; for children and families, the function the council names: ____________________ (for example its arrangements to improve the well-being of children in its area, Children Act 2004 s.10).",
    );
    const wales = personal({
      nation: "wales",
      kind: "this-council",
      councilTier: "welsh-principal",
      publicAuthority: true,
    });
    expect(wales.specialCategory.note).toContain(
      "its statutory functions (the Social Services and Well-being (Wales) Act 2014 s.15 prevention duty) for reasons of substantial public interest.",
    );
    expect(wales.specialCategory.note).not.toContain("Children Act 2004 s.10");
  });

  // DPO review: official authority names the law that gives it (ICO guidance on criminal offence data).
  it("asks a public authority relying on official authority to name the law that gives it, offering the council's prevention duty", () => {
    const county = personal({
      ...england,
      kind: "this-council",
      councilTier: "county",
      publicAuthority: true,
    });
    expect(county.criminalOffence.officialAuthority).toBe(true);
    expect(county.criminalOffence.officialAuthorityLaw).toBe("the Care Act 2014 s.2 prevention duty");
    expect(county.criminalOffence.note).toContain("must then be able to name the specific law");
    const wales = personal({
      nation: "wales",
      kind: "this-council",
      councilTier: "welsh-principal",
      publicAuthority: true,
    });
    expect(wales.criminalOffence.officialAuthorityLaw).toContain(
      "Social Services and Well-being (Wales) Act 2014 s.15",
    );
    // A district council and every partner name their own.
    const district = personal({
      ...england,
      kind: "this-council",
      councilTier: "district",
      publicAuthority: true,
    });
    expect(district.criminalOffence.officialAuthorityLaw).toBeUndefined();
    expect(
      personal({ ...england, kind: "police", publicAuthority: true }).criminalOffence.officialAuthorityLaw,
    ).toBeUndefined();
    const charity = personal({ ...england, kind: "charity", publicAuthority: false }).criminalOffence;
    expect(charity.officialAuthority).toBe(false);
    expect(charity.officialAuthorityLaw).toBeUndefined();
  });

  // DPO review: a duty to co-operate supports paragraph 6 but is not itself a lawful basis.
  it("says a district council's duty to co-operate is not a lawful basis or a power to share, and never calls it a firmer basis", () => {
    const district = personal({
      ...england,
      kind: "this-council",
      councilTier: "district",
      publicAuthority: true,
      specialCategoryCondition: "statutory-purposes",
    });
    const note = district.specialCategory.note;
    expect(note).not.toContain("firmer basis");
    expect(note).toContain("Care Act 2014 s.6(1)(c)");
    expect(note).toContain("it is not a lawful basis of its own, nor a power to share every item");
    expect(note).toContain(
      "the statutory function it names for reasons of substantial public interest: ____",
    );
    for (const gatewayNote of [district.gatewayNote])
      expect(gatewayNote).toContain("not an Art 6 or Art 9 basis on its own");
  });

  it("offers a charity Art 9(2)(d) only with the aim the Article requires, and never to other kinds", () => {
    const note = personal({ ...england, kind: "charity", publicAuthority: false }).specialCategory.note;
    // UK GDPR Art 9(2)(d): a not-for-profit body "with a political, philosophical, religious or trade union aim".
    expect(note).toContain(
      "Only a not-for-profit body with a political, philosophical, religious or trade union aim may use UK GDPR Art 9(2)(d)",
    );
    expect(note).toContain("without the person's consent");
    for (const kind of ["housing-association", "company"] as const) {
      expect(personal({ ...england, kind, publicAuthority: false }).specialCategory.note).not.toContain(
        "9(2)(d)",
      );
    }
  });
});

// Partner IG review 29: a health partner's criminal offence conditions left out paragraph 2, which its
// special category condition uses; DPA 2018 s.10(5) lets a Part 1 condition meet Art 10.
describe("criminal offence data of a party with the health or social care condition", () => {
  it("offers paragraph 2 first, on the same judgement, to a public authority whose special category condition is paragraph 2, and to no other (property)", () => {
    fc.assert(
      fc.property(party, flow, (nature, { direction }) => {
        const grounds = personal(nature, direction);
        const citations = grounds.criminalOffence.schedule1.map((condition) => condition.citation);
        const para2 = "DPA 2018 Schedule 1 Part 1 paragraph 2";
        const healthOrSocialCare = grounds.specialCategory.schedule1?.citation === para2;
        expect(citations.includes(para2)).toBe(nature.publicAuthority && healthOrSocialCare);
        if (citations.includes(para2)) {
          expect(citations[0]).toBe(para2);
          expect(grounds.criminalOffence.note).toContain(
            "applies to criminal offence data on the same judgement as its special category condition",
          );
          expect(grounds.criminalOffence.note).toContain("paragraph 2 needs none");
        }
      }),
    );
  });

  it("gives an NHS trust paragraph 2 for criminal offence data, and a police force not", () => {
    const trust = personal({ ...england, kind: "nhs-trust", publicAuthority: true });
    expect(trust.criminalOffence.schedule1.map((condition) => condition.citation)).toEqual([
      "DPA 2018 Schedule 1 Part 1 paragraph 2",
      "DPA 2018 Schedule 1 Part 2 paragraph 6",
      "DPA 2018 Schedule 1 Part 2 paragraph 18",
      "DPA 2018 Schedule 1 Part 2 paragraph 10",
    ]);
    const police = personal({ ...england, kind: "police", publicAuthority: true });
    expect(police.criminalOffence.schedule1.map((condition) => condition.citation)).not.toContain(
      "DPA 2018 Schedule 1 Part 1 paragraph 2",
    );
  });
});
