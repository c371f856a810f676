import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { parseMarkdown, plainText } from "./parse-markdown.js";
import { markdownToDocx } from "./to-docx.js";
import { markdownToHtml } from "./to-html.js";

const options = {
  title: "Disgrifiad swydd: rheolwr tîm",
  sourcePath: "roles/team-manager.cy.md",
  language: "cy" as const,
  council: "Cyngor Bwrdd Sirol Cwm Teg",
  templateVersion: "@lac/templates 1.0.0",
};

// A Welsh document quoting English: names marked "(enw Saesneg)", a role title, an English paragraph.
const welsh = `# Disgrifiad swydd: <span lang="en-GB">Senior Local Area Coordinator</span> (enw Saesneg)

> **Cyfieithiad drafft.** Cyfieithiad drafft yw'r ddogfen hon.
>
> <span lang="en-GB">**Draft translation.** This document is a draft translation.</span>

<span lang="en-GB">Cwm Teg County Borough Council</span> (enw Saesneg) yw'r cyflogwr.

| | |
| --- | --- |
| Yn atebol i | <span lang="en-GB">Director of Social Services</span> |

- <span lang="en-GB">Aberteg Medical Centre</span> (enw Saesneg): Practis meddyg teulu
- Cysylltwch â'r <span lang="en-GB">Senior Local Area Coordinator</span> (<lac@cwmteg.example.gov.uk>).
`;

describe("plainText", () => {
  it("is the text a reader sees: the text of a marked span, without its marks", () => {
    expect(plainText(parseMarkdown('# Teitl: <span lang="en-GB">Title</span> (enw Saesneg)\n'))).toBe(
      "Teitl: Title (enw Saesneg)",
    );
  });
});

describe("English text marked in a Welsh document, in HTML", () => {
  const html = markdownToHtml(welsh, options);

  it('keeps lang="en-GB" on each English name and title, wherever it starts, and lang=cy on the page', () => {
    expect(html).toContain('<html lang="cy">');
    expect(html).toContain(
      '<h1>Disgrifiad swydd: <span lang="en-GB">Senior Local Area Coordinator</span> (enw Saesneg)</h1>',
    );
    expect(html).toContain('<p><span lang="en-GB">Cwm Teg County Borough Council</span> (enw Saesneg) yw');
    expect(html).toContain('<td><span lang="en-GB">Director of Social Services</span></td>');
    expect(html).toContain('<li><span lang="en-GB">Aberteg Medical Centre</span> (enw Saesneg): Practis');
    expect(html).toContain('â\'r <span lang="en-GB">Senior Local Area Coordinator</span> (<a href=');
    expect(html).not.toContain("&#x3C;span");
  });

  it("puts the language on the paragraph when the whole paragraph is English", () => {
    expect(html).toContain(
      '<p lang="en-GB"><strong>Draft translation.</strong> This document is a draft translation.</p>',
    );
    expect(html).toContain("<p><strong>Cyfieithiad drafft.</strong> Cyfieithiad drafft");
  });

  it("marks Welsh in an English document as cy", () => {
    const english = markdownToHtml('Contact <span lang="cy">Cyngor Sir Cwm Teg</span>.\n', {
      ...options,
      language: "en",
    });
    expect(english).toContain('<p>Contact <span lang="cy">Cyngor Sir Cwm Teg</span>.</p>');
  });
});

describe("English text marked in a Welsh document, in Word", () => {
  const runs = async (markdown: string) => {
    const xml = strFromU8(unzipSync(await markdownToDocx(markdown, options))["word/document.xml"]!);
    return { xml, run: (text: string) => xml.split("<w:r>").find((each) => each.includes(text)) ?? "" };
  };

  it("proofs the English names, titles and paragraph in English (en-GB), the rest in the document's Welsh", async () => {
    const { xml, run } = await runs(welsh);
    for (const english of [
      "Senior Local Area Coordinator",
      "Draft translation.",
      "This document is a draft translation.",
      "Cwm Teg County Borough Council",
      "Director of Social Services",
      "Aberteg Medical Centre",
    ])
      expect(run(english), english).toContain('<w:lang w:val="en-GB"/>');
    for (const cymraeg of [" (enw Saesneg)", "Cyfieithiad drafft.", "Cysylltwch â&apos;r ", "Yn atebol i"])
      expect(run(cymraeg), cymraeg).not.toContain("<w:lang");
    expect(xml).not.toContain("span");
  });

  it("proofs an English span in English inside a Welsh part of a bilingual document, and the part's text in Welsh", async () => {
    const { run } = await runs(
      '# Teitl / Title\n\n<!-- lac:bilingual welsh-first -->\n\n<!-- lac:lang cy -->\n\nMae <span lang="en-GB">Aberteg Medical Centre</span> yn rhannu.\n\n<!-- lac:lang en -->\n\nIt shares.\n',
    );
    expect(run("Mae ")).toContain('<w:lang w:val="cy-GB"/>');
    expect(run("Aberteg Medical Centre")).toContain('<w:lang w:val="en-GB"/>');
    expect(run(" yn rhannu.")).toContain('<w:lang w:val="cy-GB"/>');
  });

  it("writes no inline HTML as text: a tag without its pair is left out, as the HTML copy leaves it out", async () => {
    const { xml, run } = await runs('Mae <span lang="en-GB">heb ei diwedd yma.\n');
    expect(xml).not.toContain("span");
    expect(run("heb ei diwedd")).not.toContain("<w:lang");
  });
});
