import { principles } from "@lac/principles";
import { describe, expect, it } from "vitest";
import { WELSH_PRINCIPLES, WELSH_TERMS, welshTermTexts } from "./welsh-glossary.js";

describe("the Welsh glossary", () => {
  it("has each term the issue asks for, with a published source or marked as the toolkit's proposal", () => {
    for (const key of [
      "localAreaCoordination",
      "localAreaCoordinator",
      "introduction",
      "agreementToShare",
      "dataProtectionOfficer",
      "caldicottGuardian",
      "lawfulBasis",
    ] as const) {
      const term = WELSH_TERMS[key];
      expect(term.cy.trim(), key).not.toBe("");
      if (term.source.kind === "published") expect(term.source.url, key).toMatch(/^https:\/\//);
      else expect(term.source.note, key).toMatch(/proposal/);
    }
    expect(WELSH_TERMS.lawfulBasis.source.kind).toBe("published");
    expect(WELSH_TERMS.caldicottGuardian.source.kind).toBe("proposal");
    expect(welshTermTexts.localAreaCoordinator).toBe("Cydlynydd Ardal Leol");
  });

  it("has a term for law enforcement, the words Welsh police forces use, as the toolkit's proposal", () => {
    const term = WELSH_TERMS.lawEnforcement;
    expect(welshTermTexts.lawEnforcement).toBe("gorfodi'r gyfraith");
    expect(term.source.kind).toBe("proposal");
    if (term.source.kind === "proposal") {
      expect(term.source.note).toContain("dyfed-powys.police.uk/cy/");
      // TermCymru was not reached, so the translation service is asked to confirm it.
      expect(term.source.note).toContain("translation service should confirm it");
    }
  });

  it("has a term for recognised legitimate interest, as the toolkit's proposal for the translation service", () => {
    const term = WELSH_TERMS.recognisedLegitimateInterest;
    expect(welshTermTexts.recognisedLegitimateInterest).toBe("buddiant dilys cydnabyddedig");
    expect(term.source.kind).toBe("proposal");
    if (term.source.kind === "proposal") {
      expect(term.source.note).toContain("translation service should confirm it");
    }
  });

  it("names all ten principles in Welsh, in the Network's order, as proposals", () => {
    expect(WELSH_PRINCIPLES.map((principle) => principle.en)).toEqual(principles.map((p) => p.name));
    expect(new Set(WELSH_PRINCIPLES.map((principle) => principle.cy)).size).toBe(10);
    for (const principle of WELSH_PRINCIPLES) {
      expect(principle.cy).not.toBe(principle.en);
      expect(principle.source.kind).toBe("proposal");
    }
  });

  it("gives every principle the English sentence that explains it and a draft Welsh translation of it", () => {
    expect(WELSH_PRINCIPLES.map((principle) => principle.meaningEn)).toEqual(
      principles.map((p) => p.meaning),
    );
    for (const principle of WELSH_PRINCIPLES) {
      expect(principle.meaningCy, principle.id).not.toBe(principle.meaningEn);
      expect(principle.meaningCy, principle.id).toMatch(/^[A-ZÂ].{40,}\.$/);
    }
  });
});
