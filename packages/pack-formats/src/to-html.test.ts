import { describe, expect, it, vi } from "vitest";
import { markdownToHtml } from "./to-html.js";

const options = {
  title: "Implementation plan",
  sourcePath: "implementation-plan.md",
  language: "en" as const,
  council: "Brackenford Borough Council",
  templateVersion: "@lac/templates 1.0.0",
  timeline: [
    { name: "Preparation", start: "2026-04-01", end: "2026-07-31" },
    { name: "Learning & evaluation", start: "2027-01-01", end: "2028-03-31" },
  ],
};

const markdown = `# Plan

> **Draft for local review.** Not legal advice.

| | |
| --- | --- |
| Council | Brackenford |

See [the role](roles/team-manager.md#purpose), [the web](https://example.org/a.md) and [here](#top).

\`\`\`mermaid
gantt
  title Plan
  Preparation :p1, 2026-04-01, 2026-07-31
\`\`\`

| | Council | Partner |
| --- | --- | --- |
| Signature | | |
`;

describe("markdownToHtml", () => {
  const html = markdownToHtml(markdown, options);

  it("breaks the printed page at the page-break comment, and passes no other HTML through", () => {
    const page = markdownToHtml(
      "# Form\n\nPart B.\n\n<!-- page-break -->\n\n## Part C\n\n<div>raw</div>\n\n<!-- a comment -->\n",
      options,
    );
    expect(page).toMatch(/<div class="page-break"><\/div>\s*<h2[^>]*>Part C<\/h2>/);
    expect(page).toContain(".page-break { break-before: page; page-break-before: always; }");
    expect(page).not.toContain("<div>raw</div>");
    expect(page).not.toContain("a comment");
  });

  it("is one self-contained page: language, title, inline CSS, no script and no external resource", () => {
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="en-GB">/);
    expect(html).toContain("<title>Implementation plan – Brackenford Borough Council</title>");
    expect(html).toContain("<style>");
    expect(html).toContain("@page { size: A4;");
    expect(html).not.toMatch(/<script|<link |src="http/);
  });

  it("marks the keyboard's focus in the text's colour, which stands out against the white page (WCAG 1.4.11)", () => {
    // The yellow outline it had (#ffbf47) is 1.6:1 against white, under the 3:1 a focus indicator needs; the
    // text's colour (#1a1a1a) is 17:1. A focused link is also shown on yellow, as GOV.UK's are.
    expect(html).toMatch(
      /\na:focus \{ outline: 3px solid #1a1a1a;[^}]*background: #ffdd00; color: #1a1a1a; \}/,
    );
    expect(html).toMatch(/\n\.table-scroll:focus, figure\.timeline:focus \{ outline: 3px solid #1a1a1a;/);
    expect(html).not.toContain("#ffbf47");
  });

  it("says it is generated from the Markdown, and where changes belong", () => {
    expect(html).toContain("generated from implementation-plan.md");
    expect(html).toContain("lac.config.yaml");
  });

  it("points links to pack documents at their HTML files, and leaves other links alone", () => {
    expect(html).toContain('href="roles/team-manager.html#purpose"');
    expect(html).toContain('href="https://example.org/a.md"');
    expect(html).toContain('href="#top"');
  });

  it("draws the timeline as SVG with a text alternative, instead of the Mermaid source", () => {
    expect(html).not.toContain("gantt");
    expect(html).toContain('<svg xmlns="http://www.w3.org/2000/svg"');
    expect(html).toContain('role="img"');
    expect(html).toContain("Learning &amp; evaluation: 1 January 2027 to 31 March 2028.");
  });

  it("keeps the timeline readable on a phone: under 40 em it is drawn at least 42 em wide, in a figure the keyboard can reach and scroll", () => {
    expect(html).toContain('<figure class="timeline" tabindex="0"><svg');
    expect(html).toMatch(/figure\.timeline \{[^}]*overflow-x: auto;/);
    expect(html).toMatch(
      /@media screen and \(max-width: 40em\) \{[^\n]*figure\.timeline svg \{ min-width: 42em; \}/,
    );
    expect(html).toMatch(/figure\.timeline:focus[^{]*\{ outline: 3px solid/);
  });

  it("keeps a Mermaid block as code when no timeline is given", () => {
    const { timeline: _timeline, ...withoutTimeline } = options;
    expect(markdownToHtml(markdown, withoutTimeline)).toContain('class="language-mermaid"');
  });

  it("turns a table with an empty header row into row headers, and marks a signature table", () => {
    expect(html).toContain('<th scope="row">Council</th>');
    expect(html).toContain('<table class="signatures">');
    expect(html).toContain('<th scope="col">Council</th>');
  });

  it("makes the empty top-left cell of a signature table a data cell, and the first column row headers", () => {
    const signatures = /<table class="signatures">[\s\S]*?<\/table>/.exec(html)![0];
    expect(signatures).not.toMatch(/<th[^>]*>\s*<\/th>/);
    expect(signatures).toMatch(/<thead>\s*<tr>\s*<td><\/td>\s*<th scope="col">Council<\/th>/);
    expect(signatures).toContain('<th scope="row">Signature</th>');
  });

  it("lets a link or code in a table cell break anywhere, so that an email address does not push the table past the page", () => {
    expect(html).toMatch(/th a, td a, th code, td code \{ overflow-wrap: anywhere;/);
  });

  it("writes lang=cy for a Welsh document, and falls back to safe defaults for an unsafe style", () => {
    const welsh = markdownToHtml("# Cynllun", {
      ...options,
      language: "cy",
      style: { font: 'x"; } body { display: none', headingColour: "red" },
    });
    expect(welsh).toContain('<html lang="cy">');
    expect(welsh).toContain('font-family: "Arial"');
    expect(welsh).toContain("color: #1f4e79");
  });

  it("embeds a logo as a data URL with its text alternative", () => {
    const logo = {
      bytes: Uint8Array.from([0x89, 0x50, 0x4e, 0x47]),
      type: "png" as const,
      alt: "Council logo",
    };
    expect(markdownToHtml("# A", { ...options, style: { logo } })).toContain(
      '<img class="logo" src="data:image/png;base64,iVBORw==" alt="Council logo">',
    );
  });

  it("encodes a logo once for all the documents that show it (a pack's logo may be up to 1 MiB)", () => {
    const logo = { bytes: new Uint8Array(200_000).fill(7), type: "png" as const, alt: "Council logo" };
    const encode = vi.spyOn(globalThis, "btoa");
    try {
      const first = markdownToHtml("# A", { ...options, style: { logo } });
      const second = markdownToHtml("# B", { ...options, style: { logo: { ...logo, alt: "Logo" } } });
      expect(encode).toHaveBeenCalledTimes(1);
      const data = `data:image/png;base64,${Buffer.from(logo.bytes).toString("base64")}"`;
      expect(first).toContain(data);
      expect(second).toContain(data);
      // Other bytes, another encoding.
      const other = markdownToHtml("# C", {
        ...options,
        style: { logo: { ...logo, bytes: Uint8Array.from([1]) } },
      });
      expect(other).toContain('src="data:image/png;base64,AQ=="');
      expect(encode).toHaveBeenCalledTimes(2);
    } finally {
      encode.mockRestore();
    }
  });

  it("adds links to the other formats after each pack link, for the pack index", () => {
    const index = markdownToHtml("[Plan](implementation-plan.md)", {
      ...options,
      linkOtherFormats: ["markdown", "docx", "html"],
    });
    expect(index).toContain(
      '<a href="implementation-plan.html">Plan</a> (also as <a href="implementation-plan.md">Markdown</a> or <a href="implementation-plan.docx">Word</a>)',
    );
  });
});

describe("markdownToHtml, a form's tick boxes", () => {
  const html = markdownToHtml("# Form\n\n- [ ] Spoken\n- [x] Written\n", options);

  it("draws each box as text with a text alternative, not as an unlabelled form control", () => {
    expect(html).not.toContain("<input");
    expect(html).toContain('<span class="checkbox" role="img" aria-label="empty box">☐</span>');
    expect(html).toContain('<span class="checkbox" role="img" aria-label="ticked box">☑</span>');
  });

  it("names each box in the language of the text around it: Welsh in a Welsh document or part, English in an English one", () => {
    const welsh = markdownToHtml("# Ffurflen\n\n- [ ] Ar lafar\n- [x] Ysgrifenedig\n", {
      ...options,
      language: "cy",
    });
    expect(welsh).toContain('<span class="checkbox" role="img" aria-label="blwch gwag">☐</span>');
    expect(welsh).toContain(
      '<span class="checkbox" role="img" aria-label="blwch wedi&#x27;i dicio">☑</span>',
    );
    expect(welsh).not.toContain("empty box");
    const bilingual = markdownToHtml(
      "# Ffurflen / Form\n\n<!-- lac:bilingual welsh-first -->\n\n<!-- lac:lang cy -->\n\n- [ ] Ar lafar\n\n<!-- lac:lang en -->\n\n- [ ] Spoken\n",
      { ...options, language: "cy" },
    );
    expect(bilingual).toMatch(
      /<div lang="cy"[^>]*>[\s\S]*aria-label="blwch gwag"[\s\S]*<div lang="en-GB"[^>]*>[\s\S]*aria-label="empty box"/,
    );
  });

  it("sets a list of boxes without bullets: a box to tick is the item's mark, on paper and to a screen reader", () => {
    // role="list": VoiceOver in Safari drops the role of a list without bullets.
    expect(html).toContain('<ul class="contains-task-list" role="list">');
    expect(html).toMatch(/\nul\.contains-task-list \{ list-style: none;/);
  });
});

describe("markdownToHtml, a dense table in print", () => {
  const long = (what: string) => `${what} `.repeat(30).trim();
  const dense = [
    "| Organisation | Public authority | Article 6 basis | Special category data | Criminal offence data | Safeguarding |",
    "| --- | --- | --- | --- | --- | --- |",
    `| Council | Yes | ${long("public task")} | ${long("substantial public interest")} | ${long("official authority")} | Art 6(1)(e) |`,
  ].join("\n");

  it("puts a dense table, with its heading, on landscape pages of their own when printed", () => {
    const html = markdownToHtml(
      `# Agreement\n\nIntro.\n\n## 5. Lawful basis\n\n${dense}\n\n## 6. Next\n\nText.\n`,
      options,
    );
    expect(html).toMatch(
      /<div class="landscape"><h2>5\. Lawful basis<\/h2>\s*<div class="table-scroll"[^>]*><table>/,
    );
    expect(html).toMatch(/<\/table><\/div><\/div>\s*<h2>6\. Next<\/h2>/);
    expect(html).toContain("@page landscape { size: A4 landscape;");
    expect(html).toMatch(/@media print \{[^}]*\}[\s\S]*\.landscape \{ page: landscape; \}/);
  });

  it("takes a heading's lead-in paragraph onto the landscape pages with it (the DPIA's Step 4)", () => {
    const html = markdownToHtml(
      `# DPIA\n\nBefore.\n\n## Step 4\n\n**Lawful basis.** Proposed for each party.\n\n${dense}\n`,
      options,
    );
    expect(html).toMatch(
      /<p>Before\.<\/p>\s*<div class="landscape"><h2>Step 4<\/h2>\s*<p><strong>Lawful basis/,
    );
  });

  it("leaves a table with one long column in portrait", () => {
    const html = markdownToHtml(
      `| # | Risk | Likelihood | Severity | Overall |\n| --- | --- | --- | --- | --- |\n| 1 | ${long("risk")} | possible | significant | medium |\n`,
      options,
    );
    expect(html).not.toContain('class="landscape"');
  });
});

describe("markdownToHtml, a wide table on a narrow screen", () => {
  const wide = [
    "| Neighbourhood | Places covered | Population | Coordinators |",
    "| --- | --- | --- | --- |",
    "| Castle and Riverside | Castle, Riverside | 18,400 | 2 |",
  ].join("\n");
  const keys = "| | |\n| --- | --- |\n| Council | Brackenford |";

  it("puts a table in a container that scrolls, takes the keyboard's focus and is named by the heading above", () => {
    const html = markdownToHtml(`# Plan\n\n## 4. Neighbourhoods\n\n${wide}\n`, options);
    expect(html).toContain(
      '<div class="table-scroll" role="region" aria-label="4. Neighbourhoods" tabindex="0"><table>',
    );
    expect(html).toContain(".table-scroll { overflow-x: auto;");
    expect(html).toMatch(/\.table-scroll:focus[^{]*\{ outline: 3px solid/);
    // On paper the table is printed whole, as before.
    expect(html).toMatch(/@media print \{[^}]*\}[\s\S]*\.table-scroll \{ overflow: visible; \}/);
  });

  it("names two tables under one heading apart, and a table with no heading by its column headers", () => {
    const html = markdownToHtml(`${wide}\n\n## Areas\n\n${wide}\n\n${wide}\n`, options);
    const labels = [...html.matchAll(/class="table-scroll" role="region" aria-label="([^"]*)"/g)].map(
      (match) => match[1],
    );
    expect(labels).toEqual(["Neighbourhood, Places covered, Population, Coordinators", "Areas", "Areas (2)"]);
  });

  it("puts a table of two columns in one too: how wide it is depends on its words and the reader's text size", () => {
    const html = markdownToHtml(`## Council\n\n${keys}\n`, options);
    expect(html).toContain(
      '<div class="table-scroll" role="region" aria-label="Council" tabindex="0"><table>',
    );
  });

  it("lets a long link or word in the text break rather than push the page past a narrow screen", () => {
    const html = markdownToHtml("Write to <caldicott.guardian@brackenford.example.gov.uk>.\n", options);
    expect(html).toMatch(/main \{[^}]*overflow-wrap: break-word;/);
  });
});

describe("markdownToHtml, dates", () => {
  const html = markdownToHtml(
    `# Plan

The first phase starts on 1 April 2027 and ends in July 2027.

| Phase | Starts |
| --- | --- |
| Preparation | 30 September 2029 |

\`Due 1 April 2027\` in code.
`,
    options,
  );

  it("keeps a date on one line, in a paragraph and in a table cell, its text as it is", () => {
    expect(html).toContain(
      'starts on <span class="date">1 April 2027</span> and ends in <span class="date">July 2027</span>.',
    );
    expect(html).toContain('<td><span class="date">30 September 2029</span></td>');
    expect(html).toMatch(/\.date \{ white-space: nowrap; \}/);
    expect(html).not.toContain("\u00A0");
  });

  it("leaves code as it is", () => {
    expect(html).toContain("<code>Due 1 April 2027</code>");
  });
});
