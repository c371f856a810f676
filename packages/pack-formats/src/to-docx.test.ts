import { Packer } from "docx";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { makeDocxReproducible, zipReproducibly } from "./reproducible-docx.js";
import type { Table as MdTable } from "mdast";
import { parseMarkdown } from "./parse-markdown.js";
import {
  columnWidths,
  tableCodeWords,
  docxParts,
  isDenseTable,
  keptWhole,
  markdownToDocx,
  rowMaySplit,
  wordDocument,
  wordsFitAcross,
} from "./to-docx.js";
import { lineCount } from "./text-width.js";

// A 1×1 PNG, for the logo.
const PNG = Uint8Array.from(
  Buffer.from(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
    "base64",
  ),
);

/** The XML of the paragraph of document.xml `body` up to `text`: its properties and the runs before it. */
function paragraphBefore(body: string, text: string): string {
  const end = body.indexOf(text);
  return body.slice(body.lastIndexOf("<w:p>", end), end);
}
const options = {
  title: "Implementation plan",
  sourcePath: "implementation-plan.md",
  language: "en" as const,
  council: "Brackenford Borough Council",
  templateVersion: "@lac/templates 1.0.0",
  style: { font: "Noto Sans", headingColour: "#7a1f3d" },
  timeline: [{ name: "Preparation", start: "2026-04-01", end: "2026-07-31" }],
};

const markdown = `# Plan

> **Draft for local review.**

## Phases

1. One
2. Two

- A [link](roles/team-manager.md)

| Phase | Starts |
| --- | --- |
| Preparation | 1 April 2026 |

\`\`\`mermaid
gantt
\`\`\`
`;

function parts(docx: Uint8Array): Record<string, string> {
  return Object.fromEntries(Object.entries(unzipSync(docx)).map(([name, bytes]) => [name, strFromU8(bytes)]));
}

describe("markdownToDocx", () => {
  it("gives the same bytes for the same input (no time of writing, no random ids)", async () => {
    const first = await markdownToDocx(markdown, options);
    const second = await markdownToDocx(markdown, options);
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
    expect(parts(first)["docProps/core.xml"]).not.toContain("dcterms:created");
  });

  it("gives the same bytes from the docx package's parts as from its zip file", async () => {
    const fromParts = zipReproducibly(docxParts(wordDocument(markdown, options))!);
    const fromZip = makeDocxReproducible(await Packer.pack(wordDocument(markdown, options), "uint8array"));
    expect(Buffer.from(fromParts).equals(Buffer.from(fromZip))).toBe(true);
    expect(Buffer.from(await markdownToDocx(markdown, options)).equals(Buffer.from(fromParts))).toBe(true);
  });

  it("gives the same parts from the docx package's parts as from its zip file with a logo", async () => {
    const withLogo = {
      ...options,
      style: { ...options.style, logo: { type: "png" as const, alt: "Logo", bytes: PNG } },
    };
    const fromParts = zipReproducibly(docxParts(wordDocument(markdown, withLogo))!);
    const fromZip = makeDocxReproducible(await Packer.pack(wordDocument(markdown, withLogo), "uint8array"));
    expect(Object.keys(unzipSync(fromParts)).some((name) => name.startsWith("word/media/"))).toBe(true);
    expect(Buffer.from(fromParts).equals(Buffer.from(fromZip))).toBe(true);
  });

  it("numbers a document's pictures from 1, so the same document has the same bytes however many came before", async () => {
    const withLogo = {
      ...options,
      style: { ...options.style, logo: { type: "png" as const, alt: "Logo", bytes: PNG } },
    };
    const first = await markdownToDocx(markdown, withLogo);
    // Other documents with pictures converted in between (the docx package's own counter would move on).
    await markdownToDocx("# Another\n\nText.", withLogo);
    await markdownToDocx("# And another\n\nText.", withLogo);
    const again = await markdownToDocx(markdown, withLogo);
    expect(Buffer.from(again).equals(Buffer.from(first))).toBe(true);
    expect(strFromU8(unzipSync(first)["word/document.xml"]!)).toContain('<wp:docPr id="1" name="Logo"');
  });

  it("uses Word's heading styles, real lists, tables with a repeating header row, and hyperlinks to .docx files", async () => {
    const files = parts(await markdownToDocx(markdown, options));
    const body = files["word/document.xml"]!;
    expect(body).toContain('<w:pStyle w:val="Heading1"/>');
    expect(body).toContain('<w:pStyle w:val="Heading2"/>');
    expect(body).toContain("<w:numPr>");
    expect(body).toContain("<w:tblHeader/>");
    expect(body).toContain("<w:cantSplit/>");
    expect(files["word/_rels/document.xml.rels"]).toContain('Target="roles/team-manager.docx"');
    expect(body).not.toContain("gantt");
    expect(files["word/styles.xml"]).toContain("Noto Sans");
    expect(files["word/styles.xml"]).toContain("7A1F3D");
  });

  it("shortens a line to write on to fit its table column, so that it does not wrap onto a second line", async () => {
    const blank = "_".repeat(20);
    const source = `# Doc

| # | Options to reduce or eliminate the risk | Effect on risk | Residual risk | Measure approved |
| --- | --- | --- | --- | --- |
| 1 | ${"Introductions carry only the data items that the data-sharing documents list for each partner. ".repeat(3)} | reduced | low | ${blank} |
| 2 | Measures for the other risks found locally: ${blank} | ${blank} | ${blank} | ${blank} |

| Item | Notes |
| --- | --- |
| Version and date | ${blank} |
`;
    const body = parts(await markdownToDocx(source, options))["word/document.xml"]!;
    const tables = body.split("<w:tbl>").slice(1);
    const lines = (xml: string) =>
      [...xml.matchAll(/<w:t[^>]*>(_+)<\/w:t>/g)].map((match) => match[1]!.length);
    const [narrow, wide] = [lines(tables[0]!), lines(tables[1]!)];
    // The narrow columns' lines are shortened; the wide column's line in the same row is kept whole.
    expect(narrow).toHaveLength(4);
    expect(Math.max(...narrow)).toBeLessThan(20);
    expect(Math.min(...narrow)).toBeGreaterThanOrEqual(8);
    expect(tables[0]).toContain(`locally: ${blank}<`);
    expect(wide).toEqual([20]);
  });

  it("keeps a paragraph or list item that leads into a table (ending with a colon) on the table's page", async () => {
    const source = `# Doc

Some text.

- **How it is stored:** somewhere.
- **Who it is shared with:**

| Partner | Kind |
| --- | --- |
| A | B |

The lead-in below is not one:

Plain text.

| Partner | Kind |
| --- | --- |
| C | D |
`;
    const body = parts(await markdownToDocx(source, options))["word/document.xml"]!;
    const paragraph = (text: string) => paragraphBefore(body, text);
    expect(paragraph("Who it is shared with:")).toContain("<w:keepNext/>");
    expect(paragraph("How it is stored:")).not.toContain("<w:keepNext/>");
    expect(paragraph("Plain text.")).not.toContain("<w:keepNext/>");
    expect(paragraph("The lead-in below is not one:")).not.toContain("<w:keepNext/>");
  });

  it("spaces the paragraph after a table rather than adding an empty one, with which LibreOffice left a later heading alone at the foot of the page", async () => {
    const source = `# Doc

| Key | Value |
| --- | --- |
| A | B |

Text after the table.

| Key | Value |
| --- | --- |
| C | D |

- A list after a table.

| Key | Value |
| --- | --- |
| E | F |

| Key | Value |
| --- | --- |
| G | H |

## A heading after a table

| Key | Value |
| --- | --- |
| I | J |
`;
    const body = parts(await markdownToDocx(source, options))["word/document.xml"]!;
    expect(paragraphBefore(body, "Text after the table.")).toMatch(/^<w:p><w:pPr><w:spacing w:before="240"/);
    expect(paragraphBefore(body, "A list after a table.")).toContain('w:before="240"');
    expect(
      body
        .slice(body.lastIndexOf("</w:tbl>", body.indexOf("Text after the table.")))
        .startsWith("</w:tbl><w:p><w:pPr>"),
    ).toBe(true);
    // Two tables still have a paragraph between them (else Word joins them), and the last table one after it.
    expect(body).toContain(">F</w:t></w:r></w:p></w:tc></w:tr></w:tbl><w:p/><w:tbl>");
    expect(body).toContain(">J</w:t></w:r></w:p></w:tc></w:tr></w:tbl><w:p/>");
    expect(body.match(/<\/w:tbl><w:p\/>/g)).toHaveLength(2);
  });

  it("starts a heading after the page-break comment on a new page, and breaks the page before anything else", async () => {
    const source = `# Form

Part B ends here.

<!-- page-break -->

## Part C: for staff only

Codes.

<!-- page-break -->

After a break, a paragraph.

## Not after a break
`;
    const body = parts(await markdownToDocx(source, options))["word/document.xml"]!;
    const paragraph = (text: string) => paragraphBefore(body, text);
    expect(paragraph("Part C: for staff only")).toContain("<w:pageBreakBefore/>");
    expect(paragraph("Not after a break")).not.toContain("<w:pageBreakBefore/>");
    expect(body.slice(body.indexOf("Codes."), body.indexOf("After a break"))).toContain(
      '<w:br w:type="page"/>',
    );
    expect(body).not.toContain("page-break");
  });

  it("keeps a paragraph between a table and a heading that starts a new page, as LibreOffice loses the break on a heading just after a table", async () => {
    const source = `# Agreement

| Signed | Date |
| --- | --- |
| ____ | ____ |

<!-- page-break -->

## Annex: request and decision record

Text.
`;
    const body = parts(await markdownToDocx(source, options))["word/document.xml"]!;
    expect(paragraphBefore(body, "Annex: request and decision record")).toContain("<w:pageBreakBefore/>");
    expect(body).toMatch(/<\/w:tbl><w:p\/><w:p><w:pPr><w:pStyle w:val="Heading2"\/>/);
  });

  it("keeps a signature table on one page, but not with the heading and table after it", async () => {
    const source = `# Agreement

| | Council | Partner |
| --- | --- | --- |
| Signature | | |
| Date | | |

## Annex

| Field | Entry |
| --- | --- |
| Purpose | See section 1 |
`;
    const body = parts(await markdownToDocx(source, options))["word/document.xml"]!;
    const rows = body.slice(0, body.indexOf("</w:tbl>")).split("<w:tr>").slice(1);
    expect(rows).toHaveLength(3);
    for (const row of rows) expect(row).toContain("<w:cantSplit/>");
    // Every paragraph of each row but the last is kept with the next; none of the last row is.
    for (const row of rows.slice(0, -1)) expect(row).not.toMatch(/<w:p>(?!<w:pPr><w:keepNext\/>)/);
    expect(rows.at(-1)).not.toContain("<w:keepNext/>");
    expect(body).toMatch(/<\/w:tbl><w:p><w:pPr><w:pStyle w:val="Heading2"\/>/);
  });

  it("keeps a short table on one page, with its heading and the paragraph between them (Cwm Teg's sign-off)", async () => {
    const source = `# Protocol

## 17. Sign-off

Each partner signs this protocol.

| Organisation | Designated person | Date |
| --- | --- | --- |
| Cwm Teg County Borough Council | | |
| Cwm Teg University Health Board | | |
| Cartrefi Cwm Teg | | |

Text after.
`;
    const body = parts(await markdownToDocx(source, options))["word/document.xml"]!;
    expect(paragraphBefore(body, "Each partner signs")).toContain("<w:keepNext/>");
    const rows = body.slice(0, body.indexOf("</w:tbl>")).split("<w:tr>").slice(1);
    expect(rows).toHaveLength(4);
    for (const row of rows) expect(row).toContain("<w:cantSplit/>");
    for (const row of rows.slice(0, -1)) expect(row).not.toMatch(/<w:p>(?!<w:pPr><w:keepNext\/>)/);
    expect(rows.at(-1)).not.toContain("<w:keepNext/>");
    expect(paragraphBefore(body, "Text after.")).not.toContain("<w:keepNext/>");
  });

  it("lets a long table split between its rows, and leaves the paragraph before it free", async () => {
    const rows = Array.from({ length: 9 }, (_, index) => `| Term ${index} | Meaning ${index} |`).join("\n");
    const source = `# Glossary\n\n## Terms\n\nThe terms used.\n\n| Term | Meaning |\n| --- | --- |\n${rows}\n`;
    const body = parts(await markdownToDocx(source, options))["word/document.xml"]!;
    expect(paragraphBefore(body, "The terms used.")).not.toContain("<w:keepNext/>");
    const made = body.slice(0, body.indexOf("</w:tbl>")).split("<w:tr>").slice(1);
    expect(made).toHaveLength(10);
    // The header row is kept with the first row, as in every table, and the row before the last with the
    // last, so that the last is not left alone on a page under the repeated header (the DPIA's sign-off
    // once ended with "This DPIA will be kept under review by" alone on its last page); no other row is
    // kept with the next.
    expect(made[0]).toContain("<w:keepNext/>");
    for (const row of made.slice(1, -2)) expect(row).not.toContain("<w:keepNext/>");
    expect(made.at(-2)).not.toMatch(/<w:p>(?!<w:pPr><w:keepNext\/>)/);
    expect(made.at(-1)).not.toContain("<w:keepNext/>");
  });

  it("sets A4 with 2.54 cm margins, page numbers, and the document properties", async () => {
    const files = parts(await markdownToDocx(markdown, options));
    expect(files["word/document.xml"]).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(files["word/document.xml"]).toContain('w:left="1440"');
    expect(Object.values(files).some((text) => text.includes("PAGE") && text.includes("NUMPAGES"))).toBe(
      true,
    );
    expect(files["docProps/core.xml"]).toContain("<dc:title>Implementation plan</dc:title>");
    expect(files["docProps/custom.xml"]).toContain("@lac/templates 1.0.0");
    expect(files["docProps/custom.xml"]).toContain("Brackenford Borough Council");
  });
});

describe("columnWidths", () => {
  it("fills the text width, and gives short columns room for their longest entry", () => {
    const widths = columnWidths(
      [
        ["#", "Phase", "Starts", "What happens"],
        ["1", "Preparation", "1 November 2026", "A long description ".repeat(8)],
      ],
      4,
    );
    expect(widths.reduce((sum, width) => sum + width, 0)).toBe(9026);
    expect(widths[2]).toBeGreaterThan(widths[0]!);
    expect(widths[3]).toBeGreaterThan(widths[2]!);
  });
});

describe("columnWidths, codes", () => {
  // The Welsh agreement form's table of fields: long answers in Welsh beside each field's code.
  const rows = [
    ["Adran", "Ateb", "Maes"],
    [
      "2",
      "Iaith gohebiaeth, y mae'r person yn ei dewis, ac y mae'r cyngor yn ysgrifennu ato ynddi ".repeat(3),
      "correspondenceLanguage",
    ],
    [
      "7",
      "Yr hysbysiad a ddangoswyd i'r person: ei gyfeirnod a'i fersiwn ".repeat(3),
      "notice: id a version",
    ],
  ];
  const characters = (widths: readonly number[], column: number) =>
    (widths[column]! / widths.reduce((sum, width) => sum + width, 0)) * 80;

  it("keeps a code whole, in Consolas, beside long text", () => {
    const widths = columnWidths(rows, 3, 80, { firstRow: true }, 9026, tableCodeWords(inlineCodeCells));
    // 22 characters of Consolas (about 1.1 of wordWidth's units each) and the cell's margins.
    expect(characters(widths, 2)).toBeGreaterThanOrEqual(22 * 1.1 + 3);
  });

  it("still lets a long word of text break (up to 18 characters of room)", () => {
    const widths = columnWidths(rows, 3, 80, { firstRow: true }, 9026);
    expect(characters(widths, 2)).toBeLessThan(22 * 1.1 + 3);
  });

  it("finds the words set as code in a table's cells, not its other words", () => {
    expect([...tableCodeWords(inlineCodeCells)]).toEqual([
      "correspondenceLanguage",
      "notice",
      "id",
      "version",
    ]);
  });
});

/** The cells of the table above as mdast nodes, its codes as inline code. */
const inlineCodeCells = [
  { type: "tableCell", children: [{ type: "inlineCode", value: "correspondenceLanguage" }] },
  {
    type: "tableCell",
    children: [
      { type: "inlineCode", value: "notice" },
      { type: "text", value: ": " },
      { type: "inlineCode", value: "id" },
      { type: "text", value: " a " },
      { type: "inlineCode", value: "version" },
    ],
  },
];

describe("columnWidths, long text beside short", () => {
  // The implementation plan's phases: a paragraph a row beside a phase's name and two dates.
  const phases = [
    ["#", "Phase", "Starts", "Ends", "What happens"],
    [
      "1",
      "Preparation and community conversations",
      "1 April 2027",
      "31 July 2027",
      "Leaders of the council, its partners and the community agree why they want Local Area Coordination, the leadership group agrees the neighbourhoods of section 4, and conversations with local people in those neighbourhoods shape how it starts there.",
    ],
    [
      "4",
      "Job evaluation and DBS level",
      "1 June 2027",
      "31 July 2027",
      "HR evaluates the two role descriptions, the coordinator's and the manager's, under the council's job evaluation scheme, which sets their grades, and decides or confirms the level of DBS check from the duties the posts will do; the advert is finished for each post, from the draft in its role description, and residents and partners are invited to the community recruitment panel and briefed.",
    ],
    [
      "5",
      "Community recruitment",
      "1 August 2027",
      "30 September 2027",
      "The posts are advertised, and coordinators are chosen together with local people, through community recruitment events followed by interviews.",
    ],
  ];
  // The DPIA's step 6: the measures beside their effect and the residual risk, then a line to write on.
  const measures = [
    [
      "#",
      "Options to reduce or eliminate the risk",
      "Effect on risk",
      "Residual risk (likelihood, severity)",
      "Measure approved",
    ],
    [
      "4",
      "Access only for the Local Area Coordination team and the managers named for it, removed when someone leaves; an audit trail of who opened or changed each record, checked by the team manager; the supplier's contract (UK GDPR Art 28) sets the security measures it must take and requires it to tell the council of a breach without undue delay.",
      "reduced",
      "medium (remote, severe)",
      "__________",
    ],
    [
      "8",
      "Information in a form that suits the person (including Easy Read); time to decide, and help to decide; record how the person agreed and, for someone with legal authority to agree for them, their authority, or, for an advocate, family member or friend, that they helped the person give, or passed on, the person's own agreement. Where the person cannot decide and no one has authority, no agreement is recorded: a best-interests decision under the council's mental capacity procedure, and any sharing only as a recorded exception.",
      "reduced",
      "low (remote, significant)",
      "__________",
    ],
  ];
  /** The table's height in lines: each row as tall as its tallest cell, at the widths given. */
  const height = (rows: string[][], widths: number[], capacity: number) => {
    const total = widths.reduce((sum, width) => sum + width, 0);
    return rows.reduce(
      (sum, row, index) =>
        sum +
        Math.max(
          ...row.map((text, column) =>
            lineCount(text, (widths[column]! / total) * capacity - 3, index === 0 ? 1.1 : 1),
          ),
        ),
      0,
    );
  };

  it("gives the room to the column of paragraphs, not to a column whose longest entry wraps to two lines", () => {
    const widths = columnWidths(phases, 5, 98, { firstRow: true });
    // Before, each column's want was capped at 60 characters: the paragraphs (up to 390) wanted no
    // more than the phase names (up to 40), and ran to 11 lines beside a name on two.
    expect(widths[4]).toBeGreaterThan(widths[1]! + widths[2]!);
    expect(widths.reduce((sum, width) => sum + width, 0)).toBe(9026);
  });

  it("makes the DPIA's measures shorter, not the residual risks' column wider than they need", () => {
    const widths = columnWidths(measures, 5, 98, { firstRow: true });
    expect(widths[1]).toBeGreaterThan(widths[3]! * 2);
    // Fewer lines than with the old shares (6, 37, 15, 25 and 16 characters of 98).
    expect(height(measures, widths, 98)).toBeLessThan(height(measures, [6, 37, 15, 25, 16], 98));
  });

  it("widens two columns together where widening one alone saves no line (an Easy Read picture beside its words)", () => {
    const rows = [
      ["Picture", "Words"],
      ["Picture: a notebook and pen", "Your coordinator writes down some things about you."],
      ["Picture: a phone and a letter", "They write your name and how to contact you."],
      ["Picture: a heart", "They write what matters to you."],
      ["Picture: family and friends", "They write about people who are important to you."],
      ["Picture: a doctor", "They only write about your health if you tell them, or say yes."],
      ["Picture: a letter from a service", "Sometimes a service tells us about you, if you say yes."],
      ["Picture: a doctor's surgery", "Northfield Medical Practice is a GP surgery."],
      [
        "Picture: a doctor and a letter",
        "It may tell your coordinator about you and your health, if you say yes.",
      ],
    ];
    const widths = columnWidths(rows, 2, 80, { firstRow: true });
    // Widening the words' column first, to 60 characters, left the pictures' wrapped: 15 lines, not 13.
    expect(height(rows, widths, 80)).toBeLessThanOrEqual(height(rows, [29, 51], 80));
  });

  it("keeps a short column whole where the long text gains nothing by its room", () => {
    // A form of labels, one long entry and lines to write on: the labels are the most lines.
    const line = "_".repeat(20);
    const rows = [
      ["Field", "Entry"],
      ...Array.from({ length: 8 }, (_, index) => [
        `Label ${index} of the form, a field the council fills in`,
        line,
      ]),
      ["Purpose", "word ".repeat(28).trim()],
    ];
    const widths = columnWidths(rows, 2, 80, { firstRow: true });
    expect(widths[0]).toBeGreaterThanOrEqual(widths[1]!);
  });
});

describe("columnWidths, columns to write in", () => {
  // An underscore is 0.556 ems in Arial; the cell's margins are 200 twips.
  const longLine = (points: number) => 20 * 0.556 * points * 20 + 200;

  it("keeps room to sign in each party's column of a signature table, not only for the labels", () => {
    const rows = [
      ["", "Hollinbrook District Council (fictional)", "Hollinbrook Housing Association"],
      ["Decision (share / do not share) and reasons", "", ""],
      ["Decision-maker (name and position)", "", ""],
      ["Signature", "", ""],
      ["Date", "", ""],
    ];
    const widths = columnWidths(rows, 3, 80, { firstRow: true });
    expect(widths[1]).toBeGreaterThanOrEqual(longLine(11));
    expect(widths[2]).toBeGreaterThanOrEqual(longLine(11));
  });

  it("keeps room for a long line to write on in the DPIA consultation's responses, beside a paragraph", () => {
    const rows = [
      ["Who", "When and how", "What they said, and what changed"],
      [
        "People who may be supported, and residents of the neighbourhoods",
        "In the community conversations of the preparation phase; test the privacy notices, including the Easy Read version, with people who use services",
        "____________________",
      ],
      ["Data protection officer", "__________", "____________________"],
      ["Senior information risk owner and information governance lead", "__________", "____________________"],
      [
        "Hollinbrook Housing Association's data protection officer or data protection lead",
        "__________",
        "____________________",
      ],
    ];
    const widths = columnWidths(rows, 3, 80, { firstRow: true });
    expect(widths[2]).toBeGreaterThanOrEqual(longLine(11));
  });
});

describe("keptWhole", () => {
  const widths = [3000, 6026];
  it("keeps a table of up to 8 rows on one page, when it is no more than about half a page", () => {
    const row = ["Term", "A short meaning"];
    expect(
      keptWhole(
        Array.from({ length: 8 }, () => row),
        widths,
      ),
    ).toBe(true);
    expect(
      keptWhole(
        Array.from({ length: 9 }, () => row),
        widths,
      ),
    ).toBe(false);
  });

  it("lets a short table of long paragraphs split, as it may not fit on what is left of a page", () => {
    const long = "word ".repeat(120).trim(); // about 600 characters: some 12 lines in the wider column
    expect(
      keptWhole(
        [
          ["Term", "Meaning"],
          ["A", long],
        ],
        widths,
      ),
    ).toBe(true);
    expect(
      keptWhole(
        [
          ["Term", "Meaning"],
          ["A", long],
          ["B", long],
        ],
        widths,
      ),
    ).toBe(false);
  });
});

describe("rowMaySplit", () => {
  it("keeps a row whole unless a cell may be taller than a page", () => {
    const widths = [2000, 2000, 5000];
    expect(rowMaySplit(["a", "b", "short text"], widths)).toBe(false);
    // The third column holds about 42 characters a line: 40 lines of it still fit on a page.
    expect(rowMaySplit(["a", "b", "x".repeat(40 * 40)], widths)).toBe(false);
    // A narrow column of about 15 characters a line, 900 characters: 60 lines, more than a page.
    expect(rowMaySplit(["x".repeat(900), "b", "c"], widths)).toBe(true);
  });

  it("lets a row split when a long cell would not fit on one page, so that LibreOffice does not cut it off", async () => {
    const long = "word ".repeat(800).trim(); // about 4,000 characters: some 60 lines in the widest column
    const files = parts(
      await markdownToDocx(
        `# Table\n\n| Party | Basis | Condition |\n| --- | --- | --- |\n| A | short | ${long} |\n| B | short | short |\n`,
        options,
      ),
    );
    const body = files["word/document.xml"]!;
    const rows = body.split("<w:tr>").slice(1);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toContain("<w:cantSplit/>");
    expect(rows[1]).not.toContain("<w:cantSplit/>");
    expect(rows[2]).toContain("<w:cantSplit/>");
  });
});

describe("task lists", () => {
  it("gives a task-list item a box to tick as its bullet (the agreement form is ticked by hand)", async () => {
    const files = parts(
      await markdownToDocx(
        "# Form\n\n- [ ] A family member\n- [x] A friend\n\n- An ordinary item\n",
        options,
      ),
    );
    const numbering = files["word/numbering.xml"]!;
    const numId = (text: string) => {
      const paragraph = files["word/document.xml"]!.split("<w:p>").find((each) => each.includes(text))!;
      return /<w:numId w:val="(\d+)"\/>/.exec(paragraph)?.[1];
    };
    /** The bullet text of a list's first level, through its w:num to its w:abstractNum. */
    const bullet = (id: string | undefined) => {
      const abstract = new RegExp(`<w:num w:numId="${id}"[^>]*>\\s*<w:abstractNumId w:val="(\\d+)"`).exec(
        numbering,
      )?.[1];
      const definition = numbering
        .split("<w:abstractNum ")
        .find((each) => each.includes(`w:abstractNumId="${abstract}"`));
      return /<w:lvlText w:val="([^"]*)"/.exec(definition ?? "")?.[1];
    };
    expect(bullet(numId("A family member"))).toBe("☐");
    expect(bullet(numId("A friend"))).toBe("☑");
    expect(bullet(numId("An ordinary item"))).toBe("•");
  });
});

describe("a lead-in ending with a colon before a list", () => {
  it("keeps it with the list's first item, as a list item's with its own list under it (the agreement form's \"one of:\")", async () => {
    const body = parts(
      await markdownToDocx(
        [
          "# Form",
          "Part B.",
          "How, one of:",
          "- [ ] Spoken\n- [ ] Through a representative, one of:\n  - [ ] Lasting power of attorney\n  - [ ] Court-appointed deputy\n- [ ] Written",
          "Not a lead-in.",
          "- An item",
          "A lead-in to a paragraph:",
          "Plain text.",
          "## Just under a heading",
          "Which, one of:",
          "- [ ] This",
        ].join("\n\n"),
        options,
      ),
    )["word/document.xml"]!;
    const paragraph = (text: string) => paragraphBefore(body, text);
    expect(paragraph("How, one of:")).toContain("<w:keepNext/>");
    expect(paragraph("Through a representative, one of:")).toContain("<w:keepNext/>");
    expect(paragraph("Spoken")).not.toContain("<w:keepNext/>");
    // Its options are kept together (below), the last with nothing.
    expect(paragraph("Lasting power of attorney")).toContain("<w:keepNext/>");
    expect(paragraph("Court-appointed deputy")).not.toContain("<w:keepNext/>");
    expect(paragraph("Not a lead-in.")).not.toContain("<w:keepNext/>");
    expect(paragraph("A lead-in to a paragraph:")).not.toContain("<w:keepNext/>");
    // Just under a heading too: the heading and "Which, one of:" were left at a page's foot, its boxes over
    // the page (Wendleshire's agreement form, section 6); the heading is kept with it, as every heading is.
    expect(paragraph("Which, one of:")).toContain("<w:keepNext/>");
    expect(paragraph("Just under a heading")).toContain("<w:keepNext/>");
  });

  it("keeps a short list of options under a list item's lead-in together, not its last option alone over the page (Cwm Teg's Welsh form, 'Fformat arall')", async () => {
    const formats = ["Easy Read", "Large print", "Braille", "Audio", "Another format"];
    const body = parts(
      await markdownToDocx(
        [
          "# Form",
          "How, one of:",
          `- [ ] Spoken\n- [ ] In an accessible format, which one:\n${formats.map((each) => `  - [ ] ${each}`).join("\n")}\n- [ ] Written`,
          "Not options:",
          Array.from({ length: 12 }, (_, n) => `- [ ] Lead, one of:\n  - [ ] Option ${n + 1}`)
            .join("\n")
            .replace(
              "  - [ ] Option 1",
              Array.from({ length: 9 }, (_, n) => `  - [ ] Long ${n + 1}`).join("\n"),
            ),
        ].join("\n\n"),
        options,
      ),
    )["word/document.xml"]!;
    const paragraph = (text: string) => paragraphBefore(body, text);
    for (const each of formats.slice(0, -1)) expect(paragraph(each)).toContain("<w:keepNext/>");
    // The last is kept with nothing, nor are the items of the list the lead-in's item is in.
    expect(paragraph("Another format")).not.toContain("<w:keepNext/>");
    expect(paragraph("Spoken")).not.toContain("<w:keepNext/>");
    expect(paragraph("Written")).not.toContain("<w:keepNext/>");
    // A list of more than 8 options may split.
    expect(paragraph("Long 1<")).not.toContain("<w:keepNext/>");
  });
});

describe("columnWidths, words that must not break", () => {
  // Arial's advance widths, in ems (bold ones a little wider): what LibreOffice and Word set the text in.
  const twips = (ems: number, points: number) => ems * points * 20 + 200; // with the cell's margins

  it("gives a short column room for its header word in bold, so that 'Wave' is not set as 'Wav' over 'e'", () => {
    // The implementation plan's neighbourhoods table: six columns, so 9-point text (capacity 98).
    const rows = [
      [
        "Neighbourhood",
        "Places covered",
        "Population",
        "Coordinators (full-time equivalent)",
        "People per coordinator",
        "Wave",
      ],
      ["Castle and Riverside", "Castle, Riverside", "18,400", "2", "9,200", "1"],
      ["Eastbrook and Mill Lane", "Eastbrook, Mill Lane", "17,800", "2", "8,900", "1"],
      ["Brackenford Heath", "Heath North, Heath South, Fernhill", "27,300", "3", "9,100", "2"],
    ];
    const widths = columnWidths(rows, 6, 98, { firstRow: true });
    // "Wave" in Arial Bold: W 0.944, a 0.556, v 0.556, e 0.556 ems.
    expect(widths[5]).toBeGreaterThanOrEqual(twips(0.944 + 3 * 0.556, 9));
    expect(widths.reduce((sum, width) => sum + width, 0)).toBe(9026);
  });

  it("sizes a column of lines to write on as short blanks, so that the notes beside it get the room", () => {
    // The DPIA's sign-off table. The Word writer shortens each line to fit its column (fitWritingLines).
    const signOff = (line: string) => [
      ["Item", "Name, role and date", "Notes"],
      [
        "Measures approved by",
        line,
        "Integrate the actions back into the implementation plan, with dates and owners.",
      ],
      [
        "Residual risks approved by",
        line,
        "If any residual high risk is accepted, consult the ICO before going ahead (UK GDPR Art 36).",
      ],
      [
        "DPO advice provided",
        line,
        "The data protection officer advises on compliance, the step 6 measures and whether the processing can go ahead.",
      ],
    ];
    const widths = columnWidths(signOff("_".repeat(20)), 3, 80, { firstRow: true });
    expect(widths).toEqual(columnWidths(signOff("_".repeat(10)), 3, 80, { firstRow: true }));
    // Room for the header's longest word in bold, not for 20 underscores (0.556 ems each in Arial).
    expect(widths[1]).toBeLessThan(twips(20 * 0.556, 11));
    expect(widths[2]).toBeGreaterThan(9026 / 2);
  });
});

describe("columnWidths, dates and short headers", () => {
  // Arial's advance widths, in ems (bold ones a little wider), with the cell's margins.
  const twips = (ems: number, points: number) => ems * points * 20 + 200;
  // The implementation plan's phases: two columns of dates beside the phase's name and a paragraph.
  const phases = [
    ["#", "Phase", "Starts", "Ends", "What happens"],
    [
      "2",
      "Cross-sector leadership group",
      "1 May 2027",
      "30 September 2029",
      "The cross-sector leadership group forms to champion the approach and remove barriers, and meets for the whole programme.",
    ],
    [
      "4",
      "Information governance",
      "1 June 2027",
      "30 November 2027",
      "The council finishes the data protection work before the first coordinator starts, because the processing starts with them; from their first day, coordinators keep records about people and share information with their agreement. The data protection impact assessment is completed from the draft in this pack with the advice of the data protection officer, and signed off.",
    ],
    [
      "8",
      "Induction and training",
      "1 December 2027",
      "31 January 2028",
      "New coordinators complete induction and training in the principles and practice, and begin to get to know their neighbourhood.",
    ],
  ];

  it("gives a column of dates room for its longest date on one line, not '30' over 'September' over '2029'", () => {
    const widths = columnWidths(phases, 5, 98, { firstRow: true });
    // "30 September 2029" in Arial: digits 0.556, spaces 0.278, S 0.667, e p b 0.556, t 0.278, m 0.833, r 0.333.
    const longest = 6 * 0.556 + 2 * 0.278 + 0.667 + 5 * 0.556 + 0.278 + 0.833 + 0.333;
    expect(widths[3]).toBeGreaterThanOrEqual(twips(longest, 9));
    // "1 December 2027": D 0.722, c 0.5.
    expect(widths[2]).toBeGreaterThanOrEqual(
      twips(5 * 0.556 + 2 * 0.278 + 0.722 + 4 * 0.556 + 0.5 + 0.278 + 0.333, 9),
    );
    expect(widths.reduce((sum, width) => sum + width, 0)).toBe(9026);
  });

  it("gives a column of short entries room for its short header on one line (the pack README's 'Also as')", () => {
    const readme = [
      ["Document", "Also as", "What it is for", "Who reviews it"],
      [
        "About this pack (also as Markdown)",
        "Word",
        "What each document is for, and what to do next.",
        "The programme lead",
      ],
      [
        "Data protection impact assessment (draft) (also as Markdown)",
        "Word",
        "The DPIA the council carries out before the processing starts (before coordinators keep records about people or share anything), following the ICO's sample template, with the risks of Local Area Coordination.",
        "The data protection officer, then the Caldicott Guardian (where the council has social care functions) or the senior information risk owner",
      ],
      [
        "Data-sharing agreement: Brackenshire Fire and Rescue Service (also as Markdown)",
        "Word",
        "An agreement with one partner that shares personal data, following the ICO data sharing code of practice.",
        "The data protection officers of the council and the partner",
      ],
    ];
    const widths = columnWidths(readme, 4, 80, { firstRow: true });
    // "Also as" in Arial Bold: A 0.722, l 0.278, s 0.556, o 0.611, a 0.556, space 0.278.
    expect(widths[1]).toBeGreaterThanOrEqual(twips(0.722 + 0.278 + 3 * 0.556 + 0.611 + 0.278, 11));
    expect(widths.reduce((sum, width) => sum + width, 0)).toBe(9026);
  });

  it("writes a date in a paragraph, a list item or a link with no-break spaces too, not in code", async () => {
    const source = `# Plan

The first phase starts on 1 April 2027 and ends in
July 2027.

- Review by 31 March 2028.
- [The plan of 1 May 2027](plan.md) and \`1 April 2027\`.
`;
    const body = parts(await markdownToDocx(source, options))["word/document.xml"]!;
    expect(body).toContain(">The first phase starts on 1\u00A0April\u00A02027 and ends in July\u00A02027.<");
    expect(body).toContain(">Review by 31\u00A0March\u00A02028.<");
    expect(body).toContain(">The plan of 1\u00A0May\u00A02027<");
    expect(body).toContain(">1 April 2027<");
  });

  it("writes a date in a table cell with no-break spaces, so that Word and LibreOffice keep it on one line", async () => {
    const body = parts(await markdownToDocx(markdown, options))["word/document.xml"]!;
    expect(body).toContain(">1\u00A0April\u00A02026<");
    expect(body).not.toContain(">1 April 2026<");
  });
});

/** The DPIA's risks: a long description, then three columns a reviewer fills in; `last` is the last row. */
function risksTable(last: string[]): string[][] {
  return [
    [
      "#",
      "Source of risk and nature of potential impact on individuals",
      "Likelihood of harm",
      "Severity of harm",
      "Overall risk",
    ],
    [
      "1",
      "Pressure to turn introductions into referrals: a partner sends a referral form with a history, diagnoses or risk scores rather than a short introduction the person agreed to.",
      "probable",
      "significant",
      "high",
    ],
    last,
  ];
}

describe("columnWidths, lines to write on beside long text", () => {
  it("does not give three columns of lines to write on the room a long column of text needs", () => {
    const line = "_".repeat(20);
    const rows = risksTable(["12", line, line, line, line]);
    const widths = columnWidths(rows, 5, 98, { firstRow: true });
    expect(widths[1]).toBeGreaterThan(widths[2]! * 1.5);
  });

  it("sizes the risks' columns of lines to write on as short blanks, as the measures' columns already are", () => {
    const risks = (line: string) =>
      risksTable(["12", `Other risks found locally: ${"_".repeat(20)}`, line, line, line]);
    const widths = columnWidths(risks("_".repeat(20)), 5, 98, { firstRow: true });
    expect(widths).toEqual(columnWidths(risks("_".repeat(10)), 5, 98, { firstRow: true }));
  });
});

describe("columnWidths, a line to write on within a paragraph", () => {
  it("counts it whole, as a word of the paragraph (the lawful-basis tables' official authority)", () => {
    const text = (what: string) => `${what} `.repeat(12).trim();
    const rows = (line: string) => [
      [
        "Organisation",
        "Public authority",
        "Article 6 basis",
        "Special category data",
        "Criminal offence data",
      ],
      [
        "Council",
        "Yes",
        text("public task"),
        text("substantial public interest"),
        `${text("official authority")}, naming the law that gives it: ${line} (named by the council).`,
      ],
    ];
    const widths = columnWidths(rows("_".repeat(20)), 5, 98, { firstRow: true });
    expect(widths).not.toEqual(columnWidths(rows("_".repeat(10)), 5, 98, { firstRow: true }));
    // Room for the whole line in 9-point text: 20 underscores of 0.556 ems, and the cell's margins.
    expect(widths[4]).toBeGreaterThanOrEqual(20 * 0.556 * 9 * 20 + 200);
  });
});

describe("columnWidths, a form of labels and lines to write on", () => {
  it("keeps room for a whole line (20 underscores) where no paragraph needs it (the agreement form)", () => {
    const line = "_".repeat(20);
    const rows = [
      ["Field", "Entry"],
      ["Withdrawal record number (id)", line],
      ["Recorded by (recordedBy): staff number (id) and job title (role)", line],
    ];
    const widths = columnWidths(rows, 2, 80, { firstRow: true });
    // An underscore is 0.556 ems in Arial; the cell's margins are 200 twips.
    expect(widths[1]).toBeGreaterThanOrEqual(20 * 0.556 * 11 * 20 + 200);
  });
});

describe("dense tables", () => {
  const long = (what: string) => `${what} `.repeat(30).trim();
  const lawfulBasis = [
    "| Organisation | Public authority | Article 6 basis | Special category data | Criminal offence data | Safeguarding |",
    "| --- | --- | --- | --- | --- | --- |",
    `| Council | Yes | ${long("public task")} | ${long("substantial public interest")} | ${long("official authority")} | Art 6(1)(e) |`,
  ].join("\n");

  it("knows a table of five columns or more with three of paragraphs from one with a single long column", () => {
    const table = (markdown: string) => parseMarkdown(markdown).children[0] as MdTable;
    expect(isDenseTable(table(lawfulBasis))).toBe(true);
    expect(
      isDenseTable(
        table(
          `| # | Source of risk | Likelihood | Severity | Overall |\n| --- | --- | --- | --- | --- |\n| 1 | ${long("risk")} | possible | significant | medium |`,
        ),
      ),
    ).toBe(false);
  });

  it("sets a dense table, with its heading, on a landscape page of its own, at the landscape text width", async () => {
    const files = parts(
      await markdownToDocx(
        `# Agreement\n\nIntroduction.\n\n## 5. Lawful basis\n\n${lawfulBasis}\n\n## 6. Next\n\nText.\n`,
        options,
      ),
    );
    const body = files["word/document.xml"]!;
    const at = (text: string) => body.indexOf(text);
    // A section's properties close its last paragraph: the introduction ends the first (portrait) one,
    // the heading and the table make the landscape one, and the rest is portrait again.
    const firstBreak = at('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>');
    const landscape = at('<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>');
    expect(firstBreak).toBeGreaterThan(at("Agreement"));
    expect(at("5. Lawful basis")).toBeGreaterThan(firstBreak);
    expect(at("<w:tbl>")).toBeGreaterThan(at("5. Lawful basis"));
    expect(landscape).toBeGreaterThan(at("</w:tbl>"));
    expect(at("6. Next")).toBeGreaterThan(landscape);
    expect(body.lastIndexOf('w:orient="portrait"')).toBeGreaterThan(at("6. Next"));
    expect(body.slice(at("<w:tbl>"), at("</w:tbl>"))).toContain('<w:tblW w:type="dxa" w:w="13958"/>');
    // Every section has the footer with the page numbers.
    expect(body.match(/<w:footerReference /g)).toHaveLength(3);
  });

  it("takes a heading's lead-in paragraph onto the landscape page with it (the DPIA's Step 4)", async () => {
    const body = parts(
      await markdownToDocx(
        `# DPIA\n\nBefore.\n\n## Step 4: Assess necessity\n\n**Lawful basis.** Proposed for each party.\n\n${lawfulBasis}\n`,
        options,
      ),
    )["word/document.xml"]!;
    // The portrait section's properties are in its last paragraph: the end of that paragraph is the break.
    const pageBreak = body.indexOf("</w:p>", body.indexOf('w:orient="portrait"'));
    expect(body.indexOf("Before.")).toBeLessThan(pageBreak);
    expect(body.indexOf("Step 4: Assess necessity")).toBeGreaterThan(pageBreak);
    expect(body.indexOf("Proposed for each party.")).toBeGreaterThan(pageBreak);
    expect(body.indexOf('w:orient="landscape"')).toBeGreaterThan(body.indexOf("</w:tbl>"));
  });

  /** The table rows (document.xml) of a DPIA whose Step 3 is `section`, a table first, before Step 4's. */
  async function step3Rows(section: string): Promise<string[]> {
    const body = parts(
      await markdownToDocx(
        `# DPIA\n\nBefore.\n\n## Step 3: Consultation\n\n${section}\n\n## Step 4: Assess necessity\n\n${lawfulBasis}\n`,
        options,
      ),
    )["word/document.xml"]!;
    return body.slice(0, body.indexOf("</w:tbl>")).split("<w:tr>").slice(1);
  }

  /** document.xml of a DPIA whose consultation table of `rows` and a note end the pages before Step 4's. */
  async function consultationBefore(rows: readonly string[]): Promise<string> {
    const consultation = ["| Who | When and how | What they said |", "| --- | --- | --- |", ...rows].join(
      "\n",
    );
    return parts(
      await markdownToDocx(
        `# DPIA\n\nBefore.\n\n## Step 3: Consultation\n\n${consultation}\n\nA note on data protection officers.\n\n## Step 4: Assess necessity\n\n**Lawful basis.** Proposed for each party.\n\n${lawfulBasis}\n`,
        options,
      ),
    )["word/document.xml"]!;
  }

  it("keeps the table that ends the portrait pages before a landscape one on one page (the DPIA's Step 3), not its last rows on a page of their own", async () => {
    const rows = Array.from(
      { length: 12 },
      (_, row) => `| Consultee ${row + 1} | __________ | ____________________ |`,
    );
    const body = await consultationBefore(rows);
    // It stays on the portrait page, whole: each row kept whole and with the next, the last with none.
    const pageBreak = body.indexOf("</w:p>", body.indexOf('w:orient="portrait"'));
    expect(body.indexOf("A note on data protection officers.")).toBeLessThan(pageBreak);
    const made = body.slice(0, body.indexOf("</w:tbl>")).split("<w:tr>").slice(1);
    expect(made).toHaveLength(13);
    for (const row of made) expect(row).toContain("<w:cantSplit/>");
    for (const row of made.slice(0, -1)) expect(row).not.toMatch(/<w:p>(?!<w:pPr><w:keepNext\/>)/);
    expect(made.at(-1)).not.toContain("<w:keepNext/>");
  });

  it("lets such a table split when it is followed by more than a short paragraph or two, or is too long for a page", async () => {
    const consultation = (count: number, words = "__________") =>
      [
        "| Who | When and how |",
        "| --- | --- |",
        ...Array.from({ length: count }, (_, row) => `| Consultee ${row + 1} | ${words} |`),
      ].join("\n");
    for (const section of [
      `${consultation(12)}\n\nOne.\n\nTwo.\n\nThree.`,
      `${consultation(12)}\n\n- A list`,
    ]) {
      const made = await step3Rows(section);
      expect(made.slice(1, -2).some((row) => row.includes("<w:keepNext/>"))).toBe(false);
    }
  });

  it("keeps only the last rows of such a table too tall for a page with its heading together, with the paragraph after it and under its repeated header row (the DPIA's 15 consultees)", async () => {
    // Rows of one to four lines, as the DPIA's consultees: some 40 lines with the heading and the note.
    const rows = Array.from(
      { length: 15 },
      (_, row) =>
        `| ${"Consultee's data protection officer ".repeat(1 + (row % 3))}| __________ | ____________________ |`,
    );
    const body = await consultationBefore(rows);
    const made = body.slice(0, body.indexOf("</w:tbl>")).split("<w:tr>").slice(1);
    expect(made).toHaveLength(16);
    // Its header row is repeated on the next page; no row is split inside.
    expect(made[0]).toContain("<w:tblHeader/>");
    for (const row of made) expect(row).toContain("<w:cantSplit/>");
    // It is not kept whole: its first rows may end a page ...
    const kept = made.map((row) => !/<w:p>(?!<w:pPr><w:keepNext\/>)/.test(row));
    expect(kept.slice(1, 5)).toEqual([false, false, false, false]);
    // ... and its last rows are kept together and with the paragraph after it, which is kept with none.
    const from = kept.indexOf(true, 1);
    expect(from).toBeGreaterThan(4);
    expect(from).toBeLessThan(made.length - 3);
    expect(kept.slice(from).every(Boolean)).toBe(true);
    expect(paragraphBefore(body, "A note on data protection officers.")).not.toContain("<w:keepNext/>");
  });

  it("lets a table too tall for a page split where it falls, before a landscape one, but keeps its last rows together", async () => {
    const consultation = [
      "| Who | When and how |",
      "| --- | --- |",
      ...Array.from({ length: 30 }, (_, row) => `| Consultee ${row + 1} | ${"words ".repeat(40)} |`),
    ].join("\n");
    const made = await step3Rows(consultation);
    const kept = made.map((row) => row.includes("<w:keepNext/>"));
    expect(kept.slice(1, 20).some(Boolean)).toBe(false);
    expect(kept.slice(-3, -1)).toEqual([true, true]);
    // The last row ends the portrait pages: kept with nothing after it.
    expect(kept.at(-1)).toBe(false);
  });
});

describe("a table whose words do not fit across a portrait page", () => {
  // The data-sharing agreements' table of the organisations involved: seven columns of 9-point text,
  // whose longest words need some 112 characters where a portrait page has 98, so that LibreOffice broke
  // "Neighbourhood" into "Neighbourhoo" over "d" and "authority" into "authorit" over "y".
  const header = [
    "Organisation",
    "Controller (legal entity)",
    "Kind",
    "Public authority (DPA 2018 s.7)",
    "ICO registration",
    "Contact",
    "Data protection officer",
  ];
  const partner = [
    "Kingsmere Neighbourhood Network",
    "Kingsmere Neighbourhood Network",
    "Charity or voluntary organisation",
    "No",
    "ZZ999504",
    "Contact to be named by Kingsmere Neighbourhood Network",
    "To be named by Kingsmere Neighbourhood Network, or its data protection lead",
  ];
  const council = [
    "London Borough of Kingsmere (fictional)",
    "London Borough of Kingsmere (fictional)",
    "London borough council (this council)",
    "Yes",
    "ZZ999500",
    "Local Area Coordination Service Manager: lac@kingsmere.example.gov.uk",
    "dpo@kingsmere.example.gov.uk",
  ];
  const row = (cells: readonly string[]) => `| ${cells.join(" | ")} |`;
  const organisations = [row(header), row(header.map(() => "---")), row(council), row(partner)].join("\n");

  it("knows the words do not fit across a portrait page, and do across a landscape one", () => {
    const rows = [header, council, partner];
    expect(wordsFitAcross(rows, 7, 98, { firstRow: true })).toBe(false);
    expect(wordsFitAcross(rows, 7, 151, { firstRow: true })).toBe(true);
    expect(wordsFitAcross([header.slice(0, 4), council.slice(0, 4)], 4, 80, { firstRow: true })).toBe(true);
  });

  it("sets it, with its heading, on a landscape page of its own, at the landscape text width", async () => {
    const body = parts(
      await markdownToDocx(
        `# Agreement\n\nIntroduction.\n\n## 2. The organisations involved\n\n${organisations}\n\n## 3. Next\n\nText.\n`,
        options,
      ),
    )["word/document.xml"]!;
    const at = (text: string) => body.indexOf(text);
    // The portrait section's properties are in its last paragraph: the end of that paragraph is the break.
    const pageBreak = body.indexOf("</w:p>", at('w:orient="portrait"'));
    expect(pageBreak).toBeGreaterThan(at("Introduction."));
    expect(at("2. The organisations involved")).toBeGreaterThan(pageBreak);
    expect(at('w:orient="landscape"')).toBeGreaterThan(at("</w:tbl>"));
    expect(body.slice(at("<w:tbl>"), at("</w:tbl>"))).toContain('<w:tblW w:type="dxa" w:w="13958"/>');
  });
  it("takes the short rest of its section onto the landscape page, under the table (the Caldicott Guardian's line)", async () => {
    const body = parts(
      await markdownToDocx(
        `# Agreement\n\nIntroduction.\n\n## 2. The organisations involved\n\n${organisations}\n\nCaldicott Guardian of the council: <caldicott@example.gov.uk>.\n\n### Contacts\n\nSee section 9.\n\n## 3. Next\n\nText.\n`,
        options,
      ),
    )["word/document.xml"]!;
    const at = (text: string) => body.indexOf(text);
    // The landscape section's properties are in its last paragraph: the rest of section 2 ends with it,
    // spaced from the table, and section 3 comes after it.
    const landscape = body.indexOf("</w:p>", at('w:orient="landscape"'));
    expect(at("Caldicott Guardian of the council")).toBeGreaterThan(at("</w:tbl>"));
    expect(at("Caldicott Guardian of the council")).toBeLessThan(landscape);
    expect(at("See section 9.")).toBeLessThan(landscape);
    expect(paragraphBefore(body, "Caldicott Guardian of the council")).toContain(
      '<w:spacing w:before="240"/>',
    );
    expect(at("3. Next")).toBeGreaterThan(landscape);
    expect(body.lastIndexOf('w:orient="portrait"')).toBeGreaterThan(at("3. Next"));
  });

  /**
   * document.xml of a protocol whose portrait pages between two landscape tables (sections 2 and 5) are
   * `paragraphs` paragraphs of 5 lines, then section 3 (a lead-in and `items` list items of 2 lines each)
   * and section 4 (3 items), as the Welsh protocol's sections 2 to 4.
   */
  async function betweenLandscapes(paragraphs: number, items: number): Promise<string> {
    const text = (what: string, lines: number) => `${what} ${"of the protocol ".repeat(lines * 5)}`.trim();
    const rest = Array.from({ length: paragraphs }, (_, n) => text(`Paragraph ${n + 1}`, 5)).join("\n\n");
    const list = (count: number, what: string) =>
      Array.from({ length: count }, (_, n) => `- ${text(`${what} ${n + 1}`, 2)};`).join("\n");
    return parts(
      await markdownToDocx(
        `# Protocol\n\nIntroduction.\n\n## 2. Partners\n\n${organisations}\n\n${rest}\n\n## 3. Obligations\n\nEach partner:\n\n${list(items, "Duty")}\n\n## 4. Benefits\n\n${list(3, "Benefit")}\n\n## 5. Lawful basis\n\n${organisations}\n`,
        options,
      ),
    )["word/document.xml"]!;
  }

  it("starts the portrait pages' last section on a new page when they would otherwise end with a page of a few lines before a landscape one (the Welsh protocol's sections 3 and 4)", async () => {
    // Some 28 lines of section 2's rest, and some 34 of sections 3 and 4 (as the writer counts them, some
    // 60 a page): a page and a few lines.
    const body = await betweenLandscapes(4, 4);
    expect(paragraphBefore(body, "3. Obligations")).toContain("<w:pageBreakBefore/>");
    expect(paragraphBefore(body, "4. Benefits")).not.toContain("<w:pageBreakBefore/>");
    // Section 3 stays in the portrait section, after section 2's rest.
    const portrait = body.indexOf('w:orient="portrait"', body.indexOf('w:orient="landscape"'));
    expect(body.indexOf("3. Obligations")).toBeLessThan(portrait);
    expect(body.indexOf("3. Obligations")).toBeGreaterThan(body.indexOf("Paragraph 5"));
  });

  it("breaks no page in the portrait pages between landscape ones when they fill one page, or end with a full one", async () => {
    // Under a page; a page and some 35 lines.
    for (const body of [await betweenLandscapes(1, 4), await betweenLandscapes(9, 4)]) {
      expect(paragraphBefore(body, "3. Obligations")).not.toContain("<w:pageBreakBefore/>");
      expect(paragraphBefore(body, "4. Benefits")).not.toContain("<w:pageBreakBefore/>");
    }
  });

  it("leaves a long rest of its section on the portrait page after it", async () => {
    const paragraph = (n: number) => `Paragraph ${n} ${"of the rest of the section ".repeat(8)}`;
    const body = parts(
      await markdownToDocx(
        `# Agreement\n\n## 2. The organisations involved\n\n${organisations}\n\n${[1, 2, 3, 4].map(paragraph).join("\n\n")}\n\n## 3. Next\n\nText.\n`,
        options,
      ),
    )["word/document.xml"]!;
    const landscape = body.indexOf("</w:p>", body.indexOf('w:orient="landscape"'));
    expect(landscape).toBeGreaterThan(body.indexOf("</w:tbl>"));
    expect(body.indexOf("Paragraph 1 ")).toBeGreaterThan(landscape);
  });
});

describe("dense tables in a side-by-side bilingual document", () => {
  it("keeps a dense table in its cell, in portrait, when the Welsh and English parts are side by side", async () => {
    const long = (what: string) => `${what} `.repeat(30).trim();
    const table = [
      "| A | B | C | D | E |",
      "| --- | --- | --- | --- | --- |",
      `| a | ${long("one")} | ${long("two")} | ${long("three")} | e |`,
    ].join("\n");
    const markdown = `# Cytundeb / Agreement\n\n<!-- lac:bilingual side-by-side -->\n\n<!-- lac:lang cy -->\n\n${table}\n\n<!-- lac:lang en -->\n\n${table}\n`;
    const body = parts(await markdownToDocx(markdown, { ...options, language: "cy" }))["word/document.xml"]!;
    expect(body).not.toContain('w:orient="landscape"');
    expect(body).not.toContain('w:w="13958"');
  });
});

describe("a Welsh document's page furniture", () => {
  const footerRuns = (files: Record<string, string>) => {
    const footer = Object.entries(files).find(([name]) => name.startsWith("word/footer"))![1];
    return footer.split("<w:r>").slice(1);
  };

  it("writes the generated notice and the footer's words in Welsh, proofed as Welsh (cy-GB), as the Welsh Language Standards ask", async () => {
    const files = parts(
      await markdownToDocx("# Hysbysiad preifatrwydd\n\nTestun.\n", {
        ...options,
        title: "Hysbysiad preifatrwydd",
        language: "cy",
      }),
    );
    expect(files["word/styles.xml"]).toContain('<w:lang w:val="cy-GB"/>');
    const body = files["word/document.xml"]!;
    expect(body).not.toContain("This Word document");
    const notice = body.split("<w:p>").find((each) => each.includes("Cafodd y ddogfen Word hon ei chreu o"))!;
    expect(notice).toContain('<w:lang w:val="cy-GB"/>');
    const runs = footerRuns(files);
    const run = (text: string) => runs.find((each) => each.includes(text));
    expect(run(" · Drafft i&apos;w adolygu&apos;n lleol · Tudalen ")).toContain('<w:lang w:val="cy-GB"/>');
    expect(run(" o ")).toContain('<w:lang w:val="cy-GB"/>');
    expect(run("Draft for local review")).toBeUndefined();
    expect(run(" of ")).toBeUndefined();
    expect(run("Hysbysiad preifatrwydd")).not.toContain("<w:lang");
  });

  it("writes them in Welsh then English in a bilingual document, each part proofed in its language", async () => {
    const markdown =
      "# Hysbysiad / Notice\n\n<!-- lac:bilingual welsh-first -->\n\n<!-- lac:lang cy -->\n\nTestun.\n\n<!-- lac:lang en -->\n\nText.\n";
    const files = parts(
      await markdownToDocx(markdown, { ...options, title: "Hysbysiad / Notice", language: "cy" }),
    );
    const body = files["word/document.xml"]!;
    expect(body.indexOf("Cafodd y ddogfen Word hon")).toBeGreaterThan(-1);
    expect(body.indexOf("Cafodd y ddogfen Word hon")).toBeLessThan(body.indexOf("This Word document"));
    const runs = footerRuns(files);
    const run = (text: string) => runs.find((each) => each.includes(text))!;
    expect(run("Drafft i&apos;w adolygu&apos;n lleol")).toContain('<w:lang w:val="cy-GB"/>');
    expect(run(" / Draft for local review · Page ")).toContain('<w:lang w:val="en-GB"/>');
  });

  it("keeps an English document's notice and footer in English", async () => {
    const files = parts(await markdownToDocx("# Plan\n\nText.\n", options));
    expect(files["word/document.xml"]).toContain(
      "This Word document is generated from implementation-plan.md.",
    );
    const runs = footerRuns(files);
    expect(runs.find((each) => each.includes(" · Draft for local review · Page "))).toContain(
      '<w:lang w:val="en-GB"/>',
    );
    expect(runs.some((each) => each.includes("Tudalen"))).toBe(false);
  });
});

describe("the timeline chart", () => {
  it("gives each year's label room on one line, as Cwm Teg's two months of 2029", async () => {
    const docx = await markdownToDocx(markdown, {
      ...options,
      timeline: [
        { name: "Preparation and community conversations", start: "2026-09-01", end: "2026-12-31" },
        { name: "Growth and sustainability", start: "2028-03-01", end: "2029-02-28" },
      ],
    });
    const body = parts(docx)["word/document.xml"]!;
    const chart = body.slice(body.lastIndexOf("<w:tbl>"));
    // The year row: each label's cell, its width and its text.
    const years = [...chart.matchAll(/<w:tc>((?:(?!<\/w:tc>).)*?)<\/w:tc>/gs)]
      .map((cell) => ({
        width: Number(/<w:tcW w:type="dxa" w:w="(\d+)"\/>/.exec(cell[1]!)?.[1]),
        text: /<w:t(?: [^>]*)?>([^<]*)<\/w:t>/.exec(cell[1]!)?.[1] ?? "",
      }))
      .filter((cell) => /^20\d\d$/.test(cell.text));
    expect(years.map((year) => year.text)).toEqual(["2026", "2027", "2028", "2029"]);
    // "2029" in 8-point bold Arial is about 356 twentieths of a point, with 20 of margins.
    for (const year of years) expect(year.width).toBeGreaterThanOrEqual(356 + 20);
  });
});
