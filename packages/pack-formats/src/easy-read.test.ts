import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { markdownToDocx } from "./to-docx.js";
import { markdownToHtml } from "./to-html.js";

const options = {
  title: "How we use your information: Easy Read",
  sourcePath: "data-protection/privacy-notice-easy-read.md",
  language: "en" as const,
  council: "Brackenford Borough Council",
  templateVersion: "@lac/templates 1.0.0",
  easyRead: true,
};
const markdown =
  "# How we use your information: Easy Read\n\n## About this leaflet\n\n| Picture | Words |\n| --- | --- |\n| Picture: a notebook | It tells you what we write down about you. |\n";

/** The default run size of a Word file's text, in points (w:sz is in half-points). */
async function bodyPoints(extra: { sourcePath?: string; easyRead?: boolean }): Promise<number> {
  const docx = await markdownToDocx(markdown, { ...options, ...extra });
  const styles = strFromU8(unzipSync(docx)["word/styles.xml"]!);
  const defaults = /<w:rPrDefault>[\s\S]*?<\/w:rPrDefault>/.exec(styles)![0];
  return Number(/<w:sz w:val="(\d+)"\/>/.exec(defaults)![1]) / 2;
}

/** The body text size of an HTML page's style sheet, on screen. */
function htmlBodySize(extra: { sourcePath?: string; easyRead?: boolean }): string | undefined {
  return /body \{ font-family: [^}]*font-size: (\d+pt);/.exec(
    markdownToHtml(markdown, { ...options, ...extra }),
  )?.[1];
}

describe("an Easy Read document", () => {
  it("is set in 14-point text in Word (as it tells the council to print it), other documents in 11", async () => {
    expect(await bodyPoints({})).toBe(14);
    expect(await bodyPoints({ easyRead: false, sourcePath: "data-protection/privacy-notice.md" })).toBe(11);
  });

  it("is set in 14-point text in HTML, on screen and in print", () => {
    const easy = markdownToHtml(markdown, options);
    expect(easy).toMatch(/body \{ font-family: [^}]*font-size: 14pt;/);
    expect(easy).toMatch(/@media print \{\s*body \{ font-size: 14pt; \}/);
    expect(htmlBodySize({ easyRead: false, sourcePath: "data-protection/privacy-notice.md" })).toBe("11pt");
  });

  it("sets its tables and code at that size in HTML, as in Word: its words are in a table, a picture beside each line", () => {
    // Each rule's font-size in the page's style sheet: a smaller table (0.95 em) put the leaflet's words at
    // 13.3 points, under the 14 that Easy Read guidance asks for and the leaflet tells the council to print.
    const sizeOf = (html: string, selector: string) =>
      new RegExp(`\\n${selector} \\{[^}]*font-size: ([^;]+);`).exec(html)?.[1];
    const easy = markdownToHtml(markdown, options);
    expect(sizeOf(easy, "table")).toBe("1em");
    expect(sizeOf(easy, "code")).toBe("1em");
    const other = markdownToHtml(markdown, { ...options, easyRead: false });
    expect(sizeOf(other, "table")).toBe("0.95em");
    expect(sizeOf(other, "code")).toBe("0.92em");
  });

  it("gives its picture column the same width in every table in HTML, on a screen wide enough and on paper", () => {
    // Each table was as wide as its words made it: the pictures moved left and right from one table to the next.
    const easy = markdownToHtml(markdown, options);
    expect(easy).toMatch(
      /\n@media screen and \(min-width: 40em\), print \{ table \{ table-layout: fixed; \} th:first-child, td:first-child \{ width: 30%; \} \}/,
    );
    expect(markdownToHtml(markdown, { ...options, easyRead: false })).not.toContain("table-layout: fixed");
  });

  it("is known by what the options say it is, not by its file name", async () => {
    // A council's own Easy Read leaflet, named otherwise.
    const leaflet = { sourcePath: "leaflets/about-local-area-coordination.md", easyRead: true };
    expect(await bodyPoints(leaflet)).toBe(14);
    expect(htmlBodySize(leaflet)).toBe("14pt");
    // A document that only has "easy-read" in its name.
    const named = { sourcePath: "data-protection/easy-read-review-notes.md", easyRead: undefined };
    expect(await bodyPoints(named)).toBe(11);
    expect(htmlBodySize(named)).toBe("11pt");
    expect(
      htmlBodySize({ sourcePath: "data-protection/privacy-notice-easy-read.cy.md", easyRead: false }),
    ).toBe("11pt");
  });
});
