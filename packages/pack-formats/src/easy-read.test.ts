import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { isEasyRead } from "./easy-read.js";
import { markdownToDocx } from "./to-docx.js";
import { markdownToHtml } from "./to-html.js";

const options = {
  title: "How we use your information: Easy Read",
  sourcePath: "data-protection/privacy-notice-easy-read.md",
  language: "en" as const,
  council: "Brackenford Borough Council",
  templateVersion: "@lac/templates 1.0.0",
};
const markdown =
  "# How we use your information: Easy Read\n\n## About this leaflet\n\n| Picture | Words |\n| --- | --- |\n| Picture: a notebook | It tells you what we write down about you. |\n";

/** The default run size of a Word file's text, in points (w:sz is in half-points). */
async function bodyPoints(sourcePath: string): Promise<number> {
  const docx = await markdownToDocx(markdown, { ...options, sourcePath });
  const styles = strFromU8(unzipSync(docx)["word/styles.xml"]!);
  const defaults = /<w:rPrDefault>[\s\S]*?<\/w:rPrDefault>/.exec(styles)![0];
  return Number(/<w:sz w:val="(\d+)"\/>/.exec(defaults)![1]) / 2;
}

describe("an Easy Read document", () => {
  it("is known by its file name, in English and in Welsh", () => {
    expect(isEasyRead("data-protection/privacy-notice-easy-read.md")).toBe(true);
    expect(isEasyRead("data-protection/privacy-notice-easy-read.cy.md")).toBe(true);
    expect(isEasyRead("data-protection/privacy-notice.md")).toBe(false);
    expect(isEasyRead("easy-read/privacy-notice.md")).toBe(false);
  });

  it("is set in 14-point text in Word (as it tells the council to print it), other documents in 11", async () => {
    expect(await bodyPoints("data-protection/privacy-notice-easy-read.md")).toBe(14);
    expect(await bodyPoints("data-protection/privacy-notice.md")).toBe(11);
  });

  it("is set in 14-point text in HTML, on screen and in print", () => {
    const easy = markdownToHtml(markdown, options);
    expect(easy).toMatch(/body \{ font-family: [^}]*font-size: 14pt;/);
    expect(easy).toMatch(/@media print \{\s*body \{ font-size: 14pt; \}/);
    const other = markdownToHtml(markdown, { ...options, sourcePath: "data-protection/privacy-notice.md" });
    expect(other).toMatch(/body \{ font-family: [^}]*font-size: 11pt;/);
  });
});
