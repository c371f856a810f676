// The citations of law in the six example packs, as a council solicitor checks them before legal review
// (docs/legal-citations.md has the whole table, with the source read for each).
import { describe, expect, it } from "vitest";
import { EXAMPLES, example, render } from "./examples.js";

const packs = EXAMPLES.map((name) => ({ name, documents: render(example(name)) }));

function documentOf(name: string, path: string): string {
  const pack = packs.find((candidate) => candidate.name === name);
  const found = pack?.documents.find((document) => document.path === path);
  if (!found) throw new Error(`${name} has no ${path}`);
  return found.content;
}

describe("the definitions of UK GDPR Article 4, renumbered by the Data (Use and Access) Act 2025", () => {
  // DUAA 2025 s.67(1): in Article 4 "the existing text becomes paragraph 1"; s.67(2) puts "4(1)(7)" for
  // "4(7)" in DPA 2018 s.6, and s.68(2) calls consent "point (11) of paragraph 1". In force 5 February
  // 2026 (SI 2026/82 reg 2(a)). A pack citing "Art 4(7)" or "Art 4(11)" cites a numbering that has gone.
  it("cites no definition of Article 4 by its old number, in English or in Welsh", () => {
    for (const { name, documents } of packs) {
      for (const document of documents) {
        const old = document.content.match(/(?:Art(?:icle)?|Erthygl) 4\((?!1\))[^)]*\)/g) ?? [];
        expect(old, `${name} ${document.path}`).toEqual([]);
      }
    }
  });

  it("cites the controller as UK GDPR Art 4(1)(7) for a service of the council itself", () => {
    const note = documentOf("brackenford", "data-sharing/internal-information-sharing-note.md");
    expect(note).toContain("one controller (UK GDPR Art 4(1)(7))");
    expect(documentOf("brackenford", "implementation-plan.md")).toContain(
      "a service of the council itself, the same controller (UK GDPR Art 4(1)(7))",
    );
  });

  it("cites consent to the UK GDPR standard as Art 4(1)(11) and Art 7 for criminal offence data (Sch 1 para 29)", () => {
    const agreement = documentOf("brackenford", "data-sharing/brackenford-homes.md");
    expect(agreement).toContain("to the UK GDPR standard (Art 4(1)(11) and Art 7)");
  });
});

describe("the Mental Capacity Act 2005 in the agreement to share form", () => {
  // Read on the revised text of legislation.gov.uk (ukpga/2005/9): s.16(3) "The powers of the court under
  // this section are subject to the provisions of this Act and, in particular, to sections 1 (the
  // principles) and 4 (best interests)"; s.20(6) "The authority conferred on a deputy is subject to the
  // provisions of this Act and, in particular, sections 1 (the principles) and 4 (best interests)";
  // s.9(4) the same of the authority of a lasting power of attorney. A deputy's duty is s.20(6), not the
  // court's s.16(3).
  it("cites s.20(6), not the court's s.16(3), for a deputy acting in the person's best interests", () => {
    const english = documentOf("cwm-teg", "data-protection/agreement-to-share-form.md");
    const welsh = documentOf("cwm-teg", "data-protection/agreement-to-share-form.cy.md");
    expect(english).toContain(
      "An attorney or a deputy must act in the person's best interests (ss.9(4), 20(6) and 4)",
    );
    expect(welsh).toContain(
      "Rhaid i atwrnai neu ddirprwy weithredu er budd gorau'r person (adrannau 9(4), 20(6) a 4)",
    );
    for (const { name, documents } of packs) {
      for (const document of documents) {
        expect(document.content, `${name} ${document.path}`).not.toMatch(/16\(3\)/);
      }
    }
  });
});
