import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { languageParts, sideBySideRows } from "./language-parts.js";
import { parseMarkdown } from "./parse-markdown.js";
import { markdownToDocx } from "./to-docx.js";
import { markdownToHtml } from "./to-html.js";

const options = {
  title: "Hysbysiad preifatrwydd / Privacy notice",
  sourcePath: "data-protection/privacy-notice.md",
  language: "cy" as const,
  council: "Cyngor Bwrdd Sirol Cwm Teg",
  templateVersion: "@lac/templates 1.0.0",
};

const bilingual = (layout: string) => `# Hysbysiad preifatrwydd / Privacy notice

<!-- lac:bilingual ${layout} -->

<!-- lac:lang cy -->

## 1. Pwy ydym ni

Ni yw'r rheolydd.

<!-- lac:lang en -->

## 1. Who we are

We are the controller.

<!-- lac:lang cy -->

## 2. Eich hawliau

Mae gennych hawliau.

<!-- lac:lang en -->

## 2. Your rights

You have rights.
`;

describe("languageParts", () => {
  it("splits a bilingual document at its marks, keeping the title before them", () => {
    const parts = languageParts(parseMarkdown(bilingual("side-by-side")));
    expect(parts.layout).toBe("side-by-side");
    expect(parts.before.map((node) => node.type)).toEqual(["heading"]);
    expect(parts.parts.map((part) => part.language)).toEqual(["cy", "en", "cy", "en"]);
    expect(sideBySideRows(parts.parts).map(([cy, en]) => [cy?.language, en?.language])).toEqual([
      ["cy", "en"],
      ["cy", "en"],
    ]);
  });

  it("finds no parts in a document without marks", () => {
    expect(languageParts(parseMarkdown("# Title\n\n<!-- a comment -->\n\nText.\n")).parts).toEqual([]);
  });
});

describe("a bilingual document in HTML", () => {
  it("is lang=cy, with each part in its own language (lang=cy, lang=en-GB)", () => {
    const html = markdownToHtml(bilingual("welsh-first"), options);
    expect(html).toContain('<html lang="cy">');
    expect(html).toMatch(/<div lang="cy" class="language-part"><h2>1\. Pwy ydym ni<\/h2>/);
    expect(html).toMatch(/<div lang="en-GB" class="language-part"[^>]*><h2>1\. Who we are<\/h2>/);
    expect(html.indexOf('lang="cy" class')).toBeLessThan(html.indexOf('lang="en-GB" class'));
    expect(html).not.toContain('bilingual-row"');
  });

  it("links from the top of a Welsh-first page to its English part, so that an English reader need not scroll past all the Welsh", () => {
    const html = markdownToHtml(bilingual("welsh-first"), options);
    const link = '<p class="language-link"><a href="#english" lang="en-GB">English</a></p>';
    // After the (bilingual) title, before the Welsh; the first English part is where it goes.
    expect(html).toMatch(new RegExp(`</h1>\\n${link}\\n<div lang="cy" class="language-part">`));
    expect(html.match(/id="english"/g)).toHaveLength(1);
    expect(html).toMatch(/<div lang="en-GB" class="language-part" id="english"><h2>1\. Who we are<\/h2>/);
    // Not on paper, where it leads nowhere, and not side by side, where the English is beside the Welsh.
    expect(html).toMatch(/@media print \{[\s\S]*\.language-link \{ display: none; \}/);
    expect(markdownToHtml(bilingual("side-by-side"), options)).not.toContain('language-link"');
  });

  it("puts each Welsh section beside its English one, side by side", () => {
    const html = markdownToHtml(bilingual("side-by-side"), options);
    expect(html.match(/<div class="bilingual-row">/g)).toHaveLength(2);
    expect(html).toMatch(
      /<div class="bilingual-row"><div lang="cy" class="language-part"><h2>1\. Pwy ydym ni<\/h2>[\s\S]*?<\/div><div lang="en-GB" class="language-part"><h2>1\. Who we are/,
    );
  });
});

describe("a bilingual document in Word", () => {
  const xml = async (layout: string) =>
    strFromU8(unzipSync(await markdownToDocx(bilingual(layout), options))["word/document.xml"]!);

  it("is proofed in Welsh (cy-GB) by default, and each English part in English (en-GB)", async () => {
    const docx = await markdownToDocx(bilingual("welsh-first"), options);
    const styles = strFromU8(unzipSync(docx)["word/styles.xml"]!);
    expect(styles).toContain('w:lang w:val="cy-GB"');
    const body = await xml("welsh-first");
    expect(body).toContain(
      '<w:r><w:rPr><w:lang w:val="cy-GB"/></w:rPr><w:t xml:space="preserve">Ni yw&apos;r rheolydd.</w:t></w:r>',
    );
    expect(body).toContain(
      '<w:r><w:rPr><w:lang w:val="en-GB"/></w:rPr><w:t xml:space="preserve">We are the controller.</w:t></w:r>',
    );
    expect(body).not.toContain("<w:tbl>");
  });

  it("puts each Welsh section beside its English one in a two-column table, side by side", async () => {
    const body = await xml("side-by-side");
    expect(body.match(/<w:tr>/g)).toHaveLength(2);
    expect(body.match(/<w:tc>/g)).toHaveLength(4);
  });
});

describe("the HTML generated notice of a Welsh document", () => {
  it('is in Welsh, marked lang="cy", in a Welsh document', () => {
    const html = markdownToHtml("# Hysbysiad preifatrwydd\n\nTestun.\n", { ...options, title: "Hysbysiad" });
    expect(html).toContain(
      '<p class="generated-notice" lang="cy">Cafodd y dudalen we hon ei chreu o data-protection/privacy-notice.md.',
    );
    expect(html).not.toContain("This web page is generated");
  });

  it("is in Welsh then English, each part marked, in a bilingual document", () => {
    const html = markdownToHtml(bilingual("welsh-first"), options);
    expect(html).toMatch(
      /<p class="generated-notice"><span lang="cy">Cafodd y dudalen we hon [^<]*<\/span> <span lang="en-GB">This web page is generated /,
    );
  });

  it('stays in English, marked lang="en-GB", in an English document', () => {
    const html = markdownToHtml("# Plan\n\nText.\n", { ...options, title: "Plan", language: "en" });
    expect(html).toContain('<p class="generated-notice" lang="en-GB">This web page is generated from ');
  });
});
