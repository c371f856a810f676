// The pack index read by an implementation lead (review 26): who reviews each document is named with the
// council's own titles (the manager's, the data protection officer's, the Caldicott Guardian's), the
// panel guide's reviewer is one a new programme has, and the list of documents is short in every format.
import type { CouncilConfig } from "@lac/council";
import { renderPack } from "@lac/documents";
import { describe, expect, it } from "vitest";
import { templateSet } from "../dist/index.js";
import { documentOf, EXAMPLES, example } from "./examples.js";

const index = (config: CouncilConfig) => documentOf(config, "README.md");

/** The "Who reviews it" cell of the row of the document linked at `path`. */
function reviewerOf(readme: string, path: string): string {
  const row = readme.split("\n").find((line) => line.startsWith("| [") && line.includes(`](${path})`));
  if (!row) throw new Error(`no row for ${path}`);
  return row.split(" | ").at(-1)!.replace(/ \|$/, "");
}

const brackenford = example("brackenford");

function withTitles(
  config: CouncilConfig,
  titles: { manager?: string; dpo?: string | undefined; caldicott?: string },
): CouncilConfig {
  return {
    ...config,
    team: {
      ...config.team,
      manager: { ...config.team.manager, title: titles.manager ?? config.team.manager.title },
    },
    dataProtection: {
      ...config.dataProtection,
      dataProtectionOfficer: {
        ...config.dataProtection.dataProtectionOfficer,
        role: "dpo" in titles ? titles.dpo : config.dataProtection.dataProtectionOfficer.role,
      },
      ...(titles.caldicott === undefined
        ? {}
        : { caldicottGuardian: { role: titles.caldicott, email: "caldicott@brackenford.example.gov.uk" } }),
    },
  };
}

describe("the pack index's reviewers", () => {
  it("name the manager by the council's own title for the post", () => {
    const readme = index(withTitles(brackenford, { manager: "Community Connections Lead" }));
    expect(reviewerOf(readme, "data-protection/agreement-to-share-form.md")).toBe(
      "The Data Protection Officer and the Community Connections Lead",
    );
    expect(readme).not.toContain("team manager");
  });

  it("name the data protection officer by the title the council gives, or as the law does without one", () => {
    const titled = index(withTitles(brackenford, { dpo: "Information Governance Manager" }));
    expect(reviewerOf(titled, "data-protection/privacy-notice.md")).toBe(
      "The Information Governance Manager, and people who may be supported",
    );
    const untitled = index(withTitles(brackenford, { dpo: undefined }));
    expect(reviewerOf(untitled, "data-protection/privacy-notice.md")).toBe(
      "The data protection officer, and people who may be supported",
    );
    expect(reviewerOf(untitled, "data-sharing/internal-information-sharing-note.md")).toBe(
      "The council's data protection officer and the heads of the services concerned",
    );
  });

  it("send the DPIA to the Caldicott Guardian of a council with social care, and to the SIRO of one without", () => {
    expect(reviewerOf(index(brackenford), "data-protection/dpia.md")).toBe(
      "The Data Protection Officer, then the Caldicott Guardian",
    );
    const renamed = index(
      withTitles(brackenford, { caldicott: "Director of Adult Social Care (Caldicott Guardian)" }),
    );
    expect(reviewerOf(renamed, "data-protection/dpia.md")).toBe(
      "The Data Protection Officer, then the Director of Adult Social Care (Caldicott Guardian)",
    );
    // Hollinbrook is a district council: no social care functions, so no Caldicott Guardian.
    expect(reviewerOf(index(example("hollinbrook")), "data-protection/dpia.md")).toBe(
      "The Data Protection Officer, then the senior information risk owner",
    );
  });

  it("give a Welsh council's Welsh documents the same titles, after the translation service", () => {
    const readme = index(example("cwm-teg"));
    expect(reviewerOf(readme, "data-protection/agreement-to-share-form.cy.md")).toBe(
      `The council's translation service, then the ${example("cwm-teg").dataProtection.dataProtectionOfficer.role ?? "data protection officer"} and the Senior Local Area Coordinator`,
    );
  });

  it("ask a resident who will sit on the panel, which a new programme has, to review the panel guide", () => {
    const reviewer = reviewerOf(index(brackenford), "roles/community-recruitment-panel-guide.md");
    expect(reviewer).toBe("HR and the programme lead, with a resident who will sit on the panel");
  });

  it("fill every {path} of every example's reviewers, with no warning", () => {
    for (const name of EXAMPLES) {
      const result = renderPack(example(name), templateSet);
      if (!result.ok) throw new Error(name);
      expect(
        result.warnings.filter((warning) => warning.code !== "welsh-template-missing"),
        name,
      ).toEqual([]);
      const readme = result.documents.find((document) => document.path === "README.md")!.content;
      expect(readme, name).not.toMatch(/\{[\w.]+\}/);
    }
  });
});

describe("the pack index's list of documents, with Word and HTML", () => {
  const formats = {
    ...brackenford,
    output: { ...brackenford.output, formats: ["markdown", "docx", "html"] },
  };

  it("has the three columns of a Markdown-only pack, with no column of links that repeats each document", () => {
    const readme = index(formats as CouncilConfig);
    expect(readme).toContain("| Document | What it is for | Who reviews it |");
    expect(readme).not.toContain("Also as");
    expect(readme).not.toContain("[Word](");
    expect(readme).toContain(
      "| [Implementation plan](implementation-plan.md) | Why Local Area Coordination, where it will start,",
    );
  });

  it("says where the Word and web versions are: beside the Markdown, with the same name", () => {
    expect(index(formats as CouncilConfig)).toContain(
      "Each document has the same name in each format, in the same folder, ending `.md`, `.docx` or `.html`: the links below open the format you are reading.",
    );
  });
});
