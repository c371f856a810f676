// One test per defect found reading the English packs of Kingsmere (a London borough) and Hollinbrook
// (a district council) as a council's data protection officer would (review 10).
import { describe, expect, it } from "vitest";
import { example, render } from "./examples.js";
import { part, tableRow } from "./markdown-sections.js";

/** The cells of a Markdown table row, without the outer pipes. */
function cells(row: string): string[] {
  return row
    .slice(1, -1)
    .split(" | ")
    .map((cell) => cell.trim());
}

describe("the DPIA's lawful bases say what the data-sharing agreements say", () => {
  it.each(["kingsmere", "hollinbrook"])(
    "each party's basis for safeguarding without agreement, Article 6 included, in %s",
    (name) => {
      const documents = render(example(name));
      const dpia = documents.find((document) => document.path === "data-protection/dpia.md")!.content;
      const dpiaTable = part(dpia, "## Step 4: ");
      const agreements = documents.filter((document) => document.path.startsWith("data-sharing/"));
      expect(agreements.length).toBeGreaterThan(0);
      for (const agreement of agreements) {
        const lawfulBasis = part(agreement.content, "## 5. ");
        const rows = lawfulBasis
          .split("\n")
          .filter((line) => /^\| [^-|]/.test(line) && !line.startsWith("| Organisation |"));
        for (const row of rows) {
          const [organisation, , , , , safeguarding] = cells(row);
          const dpiaCells = cells(tableRow(dpiaTable, organisation!));
          // The agreement's cell ends with a full stop; the DPIA's is the same words.
          expect(dpiaCells[4]).toBe(safeguarding!.replace(/\.$/, ""));
          expect(dpiaCells[4]).toMatch(/^UK GDPR Art 6\(1\)\((e|ea)\) /);
        }
      }
    },
  );

  it("gives a partner that is not a public authority recognised legitimate interest beside legitimate interests", () => {
    const dpia = render(example("hollinbrook")).find(
      (document) => document.path === "data-protection/dpia.md",
    )!.content;
    for (const partner of ["Hollinbrook Housing Association", "Hollinbrook Volunteer Centre"]) {
      const [, article6, , , safeguarding] = cells(tableRow(part(dpia, "## Step 4: "), partner));
      expect(article6).toBe(
        "UK GDPR Art 6(1)(f) legitimate interests; or UK GDPR Art 6(1)(ea) recognised legitimate interest, where a condition of UK GDPR Annex 1 applies (as the data-sharing documents say)",
      );
      expect(safeguarding).toMatch(
        /^UK GDPR Art 6\(1\)\(ea\) recognised legitimate interest; UK GDPR Art 9\(2\)\(g\)/,
      );
    }
    // A public authority has no such alternative (UK GDPR Art 6(1) as amended by DUAA 2025 s.70).
    const [, police] = cells(tableRow(part(dpia, "## Step 4: "), "Hollinshire Police"));
    expect(police).toBe("UK GDPR Art 6(1)(e) public task");
  });
});

describe("a district council's Caldicott cell in the sign-off says it does not apply, as the multi-party agreement does", () => {
  it("says 'Not applicable' rather than leaving a cell to sign that nobody can", () => {
    const agreement = render(example("hollinbrook")).find(
      (document) => document.path === "data-sharing/hollinshire-county-council-fictional.md",
    )!.content;
    const row = tableRow(
      part(agreement, "## 11. "),
      "Caldicott Guardian's advice (name, signature and date)",
    );
    const [, council, county] = cells(row);
    expect(council).toBe("Not applicable");
    expect(county).toBe(
      "Caldicott Guardian, to be named by Hollinshire County Council (fictional): ____________________",
    );
  });

  it("still names the council's own Guardian where it has social care functions", () => {
    const agreement = render(example("kingsmere")).find(
      (document) => document.path === "data-sharing/kingsmere-health-and-care-nhs-trust.md",
    )!.content;
    const [, council] = cells(
      tableRow(part(agreement, "## 11. "), "Caldicott Guardian's advice (name, signature and date)"),
    );
    expect(council).toBe("Caldicott Guardian, <caldicott.guardian@kingsmere.example.gov.uk>");
  });
});

describe("subject access searches: the provision is named, not left for local legal review", () => {
  it.each(["kingsmere", "hollinbrook"])("cites UK GDPR Art 15(1A) and DUAA 2025 s.78(5) in %s", (name) => {
    for (const document of render(example(name)).filter((each) => each.path.startsWith("data-sharing/"))) {
      expect(document.content).toContain(
        "for subject access the party makes a reasonable and proportionate search (UK GDPR Art 15(1A), inserted by the Data (Use and Access) Act 2025 s.78, which is treated as in force from 1 January 2024: s.78(5)).",
      );
      expect(document.content).not.toContain(
        "confirm the provision and its commencement in local legal review",
      );
    }
  });
});
