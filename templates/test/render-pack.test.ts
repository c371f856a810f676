import { readdirSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { renderPack } from "@lac/documents";
import { describe, expect, it } from "vitest";
import { templateSet } from "../dist/index.js";
import { example, render } from "./examples.js";

const councils = {
  // A fictional English unitary council: one data-sharing agreement per partner, partners of every sector.
  brackenford: example("brackenford"),
  // A fictional English county council.
  wendleshire: example("wendleshire"),
  // A fictional Welsh principal council: a WASPI Information Sharing Protocol.
  "cwm-teg": example("cwm-teg"),
  // A fictional English district council (two-tier area: no adult social care of its own).
  hollinbrook: example("hollinbrook"),
  // A fictional English metropolitan borough council.
  stanmoor: example("stanmoor"),
  // A fictional London borough council.
  kingsmere: example("kingsmere"),
};
const brackenford = councils.brackenford;
const variants = {
  // One multi-party agreement instead of one per partner.
  "brackenford-multi-party": {
    ...brackenford,
    dataProtection: { ...brackenford.dataProtection, sharingAgreement: "multi-party" as const },
  },
  // No partners yet, and no Caldicott Guardian, ICO number or evaluation.
  "wendleshire-no-partners": { ...councils.wendleshire, partners: [] },
  // The Welsh council's pack with one bilingual document per pair, the Welsh text first.
  "cwm-teg-welsh-first": {
    ...councils["cwm-teg"],
    output: { ...councils["cwm-teg"].output, bilingualLayout: "welsh-first" as const },
  },
  // …and with each Welsh section beside its English section; the DPIA also asked for in Welsh.
  "cwm-teg-side-by-side": {
    ...councils["cwm-teg"],
    output: { ...councils["cwm-teg"].output, bilingualLayout: "side-by-side" as const, welshAlso: ["dpia"] },
  },
};

describe.each(Object.entries({ ...councils, ...variants }))("the pack of %s", (name, config) => {
  const documents = render(config);

  it.each(documents.map((document) => [document.path, document] as const))(
    "%s matches its snapshot",
    async (path, document) => {
      await expect(document.content).toMatchFileSnapshot(`./__snapshots__/${name}/${path}`);
    },
  );

  it("has no snapshot left over from a document the pack no longer has", () => {
    const folder = new URL(`./__snapshots__/${name}/`, import.meta.url);
    const written = readdirSync(folder, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) =>
        relative(fileURLToPath(folder), join(entry.parentPath, entry.name)).split(sep).join("/"),
      );
    expect(written.sort()).toEqual(documents.map((document) => document.path).sort());
  });

  it("marks every document as a draft for local legal, HR and information-governance review", () => {
    for (const document of documents) {
      expect(document.content, document.path).toContain("**Draft for local review.**");
      expect(document.content, document.path).toContain("legal, HR and information-governance");
    }
  });

  it("renders no blanks, objects or HTML escapes", () => {
    for (const document of documents) {
      expect(document.content, document.path).not.toMatch(
        /undefined|\[object Object\]|&amp;|&#x27;|&quot;|\bNaN\b/,
      );
    }
  });

  it("has the index, the plan and the three role documents", () => {
    expect(documents.map((d) => d.path)).toEqual(
      expect.arrayContaining([
        "README.md",
        "implementation-plan.md",
        "roles/local-area-coordinator.md",
        "roles/team-manager.md",
        "roles/community-recruitment-panel-guide.md",
      ]),
    );
  });

  it("lists every document in the index", () => {
    const index = documents.find((d) => d.path === "README.md")!;
    for (const document of documents) expect(index.content).toContain(`(${document.path})`);
  });

  it("writes the ten principles with the Network's names into the plan", () => {
    const plan = documents.find((d) => d.path === "implementation-plan.md")!;
    for (const name of ["Citizenship", "Natural authority", "Complementary nature of services"]) {
      expect(plan.content).toContain(`**${name}.**`);
    }
    expect(plan.content).toContain("```mermaid\ngantt");
  });
});

describe("the pack rendered as UTF-8 bytes ({ utf8: true })", () => {
  const encoder = new TextEncoder();
  it.each(Object.entries({ ...councils, ...variants }))(
    "%s: the same documents, each with its text's bytes and length",
    (_name, config) => {
      const strings = renderPack(config, templateSet);
      const bytes = renderPack(config, templateSet, { utf8: true });
      if (!strings.ok || !bytes.ok) throw new Error("the example should render");
      expect(bytes.documents.map(({ utf8: _utf8, ...fields }) => fields)).toStrictEqual(strings.documents);
      for (const [index, document] of bytes.documents.entries()) {
        const text = strings.documents[index]!.content;
        expect(document.utf8, document.path).toStrictEqual({
          bytes: encoder.encode(text),
          length: text.length,
        });
      }
      expect(strings.documents.some((document) => document.utf8 !== undefined)).toBe(false);
      expect(bytes.warnings).toStrictEqual(strings.warnings);
    },
  );
});

describe("data-sharing documents", () => {
  it("gives an English council one ICO-code agreement per partner that shares personal data", () => {
    const documents = render(councils.brackenford);
    const notes = [
      "data-sharing/internal-information-sharing-note.md",
      "data-sharing/aggregate-data-note.md",
    ];
    const agreements = documents.filter((d) => d.path.startsWith("data-sharing/") && !notes.includes(d.path));
    // Less the council's own service (an internal note) and the board that shares anonymised figures only.
    expect(agreements).toHaveLength(councils.brackenford.partners.length - 2);
    for (const agreement of agreements) {
      for (const heading of [
        "## 1. Purpose of the data sharing",
        "## 2. The organisations involved",
        "## 3. Controller relationship",
        "## 4. What data items are shared",
        "## 5. Lawful basis",
        "## 6. Special category and criminal offence data",
        "## 8. Access and individual rights",
        "## 9. Information governance",
        "### Retention and deletion",
        "### Security",
        "### Personal data breaches",
        "### Caldicott principles",
        "### Review, termination and sanctions",
        "## 10. Data protection impact assessment",
        "## 11. Decision and sign-off",
        "## Annex: ICO Annex B request and decision record",
      ]) {
        expect(agreement.content, `${agreement.path}: ${heading}`).toContain(heading);
      }
    }
    expect(documents.some((d) => d.path === "data-sharing/information-sharing-protocol.md")).toBe(false);
  });

  it("never offers a public authority recognised legitimate interest or legitimate interests", () => {
    const documents = render(councils.brackenford);
    const police = documents.find((d) => d.path === "data-sharing/brackenshire-police.md")!;
    const lawfulBasis = police.content.slice(police.content.indexOf("## 5. Lawful basis"));
    const row = lawfulBasis.split("\n").find((line) => line.startsWith("| Brackenshire Police |"))!;
    expect(row).toContain("Art 6(1)(e) public task");
    expect(row).not.toMatch(/6\(1\)\((ea|f)\)/);
  });

  it("gives an English council one multi-party agreement when configured", () => {
    const config = {
      ...councils.brackenford,
      dataProtection: { ...councils.brackenford.dataProtection, sharingAgreement: "multi-party" as const },
    };
    const paths = render(config)
      .map((d) => d.path)
      .filter((path) => path.startsWith("data-sharing/"));
    expect(paths).toEqual([
      "data-sharing/multi-party-agreement.md",
      "data-sharing/internal-information-sharing-note.md",
      "data-sharing/aggregate-data-note.md",
    ]);
  });

  it("gives a Welsh council a WASPI Information Sharing Protocol and no ICO-code agreements", () => {
    const documents = render(councils["cwm-teg"]);
    const paths = documents.map((d) => d.path).filter((path) => path.startsWith("data-sharing/"));
    expect(paths).toEqual(["data-sharing/information-sharing-protocol.md"]);
    const isp = documents.find((d) => d.path === "data-sharing/information-sharing-protocol.md")!;
    expect(isp.content).toContain("Wales Accord on the Sharing of Personal Information");
    for (const heading of [
      "## 1. Introduction to this protocol",
      "## 2. Partner organisations",
      "## 3. Organisational and practitioner obligations",
      "## 4. Benefits of sharing",
      "## 5. Lawful basis",
      "## 6. Personal information shared",
      "## 7. Operational procedures",
      "## 8. Identifying the service user",
      "## 9. Informing the service user",
      "## 10. Communication with practitioners",
      "## 11. Information security",
      "## 12. Records management",
      "## 13. Data protection and freedom of information requests",
      "## 14. Complaints",
      "## 15. Quality assurance before publication",
      "## 16. Review",
      "## 17. Sign-off",
      "## Appendix A: Glossary",
      "## Appendix B: Information reference table",
    ]) {
      expect(isp.content).toContain(heading);
    }
  });
});

describe("the pack index", () => {
  const readme = (formats: readonly ("markdown" | "docx" | "html")[]) =>
    render({
      ...councils.wendleshire,
      output: { ...councils.wendleshire.output, formats: [...formats] },
    }).find((document) => document.path === "README.md")?.content ?? "";

  it("names each document's files in the formats the pack is written in, with one link a document", () => {
    const all = readme(["markdown", "docx", "html"]);
    expect(all).toContain(
      "in the same folder, ending `.md`, `.docx` or `.html`: the links below open the format you are reading.",
    );
    expect(all).toContain("| [Implementation plan](implementation-plan.md) | Why Local Area Coordination");
    expect(readme(["markdown", "docx"])).toContain("ending `.md` or `.docx`: the links below");
    expect(readme(["markdown", "html"])).toContain("ending `.md` or `.html`: the links below");
  });

  it("has no column of other formats when the pack is Markdown only", () => {
    const markdownOnly = readme(["markdown"]);
    expect(markdownOnly).not.toContain("Also as");
    expect(markdownOnly).not.toMatch(/\.docx|\.html/);
  });
});

describe("the phases renderPack returns for the charts of the Word and HTML files", () => {
  it("are the implementation plan's, waves included", () => {
    const result = renderPack(councils.stanmoor, templateSet);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const names = result.phases.map((phase) => phase.name);
    expect(names).toContain("Community recruitment (wave 1)");
    expect(names).toContain("Community recruitment (wave 2)");
    const plan = result.documents.find((document) => document.path === "implementation-plan.md")!.content;
    for (const phase of result.phases) expect(plan).toContain(phase.name);
  });
});

describe("configured values are text, never markup (issue 16)", () => {
  it("an organisation named '<!-- Brackenford Homes' hides no section of its agreement", () => {
    const config = councils.brackenford;
    const index = config.partners.findIndex((partner) => partner.kind !== "council");
    const partners = config.partners.map((partner, at) =>
      at === index ? { ...partner, organisation: "<!-- Brackenford Homes <script>x</script>" } : partner,
    );
    const plain = render(config);
    const changed = render({ ...config, partners });
    expect(changed.map((document) => document.path)).toEqual(plain.map((document) => document.path));
    for (const document of changed) {
      // The templates' own page breaks (a line of its own, before a heading) are the only comments.
      const pageBreaks = /^<!-- page-break -->$/gm;
      expect(document.content.replace(pageBreaks, ""), document.path).not.toMatch(
        /(?<!\\)<!--|(?<!\\)<script/,
      );
      const headings = (text: string) => text.split("\n").filter((line) => line.startsWith("#")).length;
      const before = plain.find((other) => other.path === document.path);
      expect(document.content.match(pageBreaks), document.path).toEqual(before?.content.match(pageBreaks));
      expect(headings(document.content), document.path).toBe(headings(before?.content ?? ""));
    }
  });
});
