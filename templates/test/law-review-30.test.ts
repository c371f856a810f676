// Is every Data (Use and Access) Act 2025 (DUAA) change the pack relies on in force on 6 December 2026,
// and stated as the law now reads? One test per finding (law review 30; the sources read, with each
// provision's commencement, are in docs/lawful-basis.md and docs/legal-citations.md).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { documentOf, example } from "./examples.js";
import { part, tableRow } from "./markdown-sections.js";

const doc = (name: string) => readFileSync(new URL(`../../docs/${name}`, import.meta.url), "utf8");

describe("the DPIA's right to object (UK GDPR Art 21(1), as amended by DUAA s.70(5))", () => {
  // DUAA s.70(5): "In Article 21(1) (right to object), after “point (e)” insert “, (ea)”", in force
  // 5 February 2026 (SI 2026/82 reg 2(c)). The agreements offer a partner that is not a public authority
  // Art 6(1)(ea) for a recorded exception, so the objection covers that basis too.
  it("names recognised legitimate interest among the bases an objection stops", () => {
    for (const name of ["brackenford", "wendleshire", "cwm-teg"]) {
      const step4 = part(documentOf(example(name), "data-protection/dpia.md"), "## Step 4");
      const rights = tableRow(step4, "How are people's rights supported?");
      expect(rights, name).toContain(
        "the right to object (UK GDPR Art 21(1)): processing based on a public task, a recognised legitimate interest or legitimate interests (Art 6(1)(e), (ea) or (f)) then stops,",
      );
      expect(rights, name).not.toContain("processing for a public task or legitimate interests then stops");
    }
  });
});

describe("docs/lawful-basis.md: the commencement of each DUAA provision the pack relies on", () => {
  const commencement = () =>
    part(
      doc("lawful-basis.md"),
      "## Commencement of the Data (Use and Access) Act 2025 provisions the pack relies on",
    );

  it("lists each provision with its date and the instrument that brought it into force", () => {
    const section = commencement();
    for (const entry of [
      "s.67", // Art 4(1) renumbering
      "s.70", // Art 6(1)(ea), Annex 1, Art 21(1)
      "s.71", // Art 5(1)(b), Art 8A, Annex 2
      "s.74", // DPA 2018 s.35(8)
      "s.76", // Art 12A
      "s.77", // Arts 13(5), 14(5)(e)
      "s.78", // Art 15(1A)
      "s.80", // Arts 22A to 22D
      "s.85", // Chapter V
      "s.103", // DPA 2018 s.164A
      "s.118",
      "s.119",
    ]) {
      expect(section, entry).toMatch(new RegExp(`\\| ${entry.replace(".", "\\.")}\\b`));
    }
    expect(section).toContain("5 February 2026");
    expect(section).toContain("20 August 2025");
    expect(section).toContain("19 June 2026");
  });

  it("gives s.78's commencement from the Act itself (s.142(2)(b)), not only from a commentator", () => {
    expect(commencement()).toMatch(/s\.78[^\n]*s\.142\(2\)\(b\)/);
  });

  it("says where a date rests on a quotation of the instrument, not on the instrument read", () => {
    expect(commencement()).toMatch(/SI 2026\/1015[^\n]*not read/);
  });
});

describe("docs/legal-citations.md says which templates still name the Information Commissioner's Office", () => {
  // The DDA and the ISP have no complaints sentence of their own any more: each refers to the
  // individual-rights clause, which names the Information Commission (the ICO).
  it("does not say the DDA or the ISP still names it", () => {
    const found = part(doc("legal-citations.md"), "## Found, not changed");
    const regulator = found.split("\n").find((line) => line.startsWith("- The regulator's name"))!;
    expect(regulator).not.toMatch(/Still "Information Commissioner's Office"[^.]*data-disclosure-agreement/);
    for (const path of ["data-sharing/information-sharing-protocol.md"]) {
      expect(documentOf(example("cwm-teg"), path)).not.toContain("Information Commissioner's Office");
    }
  });
});
