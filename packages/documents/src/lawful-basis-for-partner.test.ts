import fc from "fast-check";
import { PARTNER_SECTORS } from "@lac/council";
import { describe, expect, it } from "vitest";
import { lawfulBasisForPartner } from "./lawful-basis-for-partner.js";

describe("lawfulBasisForPartner", () => {
  it("gives a public authority public task, never (ea) or (f)", () => {
    fc.assert(
      fc.property(fc.constantFrom(...PARTNER_SECTORS), (sector) => {
        const basis = lawfulBasisForPartner({ sector, publicAuthority: true });
        expect(basis.article6.provision).toBe("UK GDPR Art 6(1)(e)");
        expect(basis.safeguarding.article6.provision).toBe("UK GDPR Art 6(1)(e)");
        expect(basis.article6Alternatives).toEqual([]);
        expect(JSON.stringify(basis)).not.toMatch(/Art 6\(1\)\((ea|f)\)/);
      }),
    );
  });

  it("gives other organisations legitimate interests, with recognised legitimate interest where it applies", () => {
    const basis = lawfulBasisForPartner({ sector: "voluntary-and-community-sector", publicAuthority: false });
    expect(basis.article6.provision).toBe("UK GDPR Art 6(1)(f)");
    expect(basis.article6Alternatives.map((a) => a.provision)).toEqual(["UK GDPR Art 6(1)(ea)"]);
    expect(basis.safeguarding.article6.provision).toBe("UK GDPR Art 6(1)(ea)");
  });

  it("uses Art 9(2)(h) with Schedule 1 paragraph 2 for health and care partners", () => {
    for (const sector of ["nhs-trust", "primary-care", "integrated-care-board", "council-service"]) {
      const basis = lawfulBasisForPartner({ sector, publicAuthority: true });
      expect(basis.specialCategory.article9.provision).toBe("UK GDPR Art 9(2)(h)");
      expect(basis.specialCategory.schedule1?.provision).toBe("DPA 2018 Schedule 1 Part 1 paragraph 2");
    }
  });

  it("uses Schedule 1 paragraph 18 for safeguarding without agreement, for everyone", () => {
    fc.assert(
      fc.property(fc.constantFrom(...PARTNER_SECTORS), fc.boolean(), (sector, publicAuthority) => {
        const basis = lawfulBasisForPartner({ sector, publicAuthority });
        expect(basis.safeguarding.article9.provision).toBe("UK GDPR Art 9(2)(g)");
        expect(basis.safeguarding.schedule1.provision).toBe("DPA 2018 Schedule 1 Part 2 paragraph 18");
        expect(basis.safeguarding.note).toMatch(/appropriate policy document/);
      }),
    );
  });

  it("asks for explicit consent, named and separate, for special category data held by others", () => {
    const basis = lawfulBasisForPartner({ sector: "other", publicAuthority: false });
    expect(basis.specialCategory.article9.provision).toBe("UK GDPR Art 9(2)(a)");
    expect(basis.specialCategory.schedule1).toBeUndefined();
    expect(basis.specialCategory.note).toMatch(/names the type of special category data/);
  });
});
