import { unzipSync, strFromU8 } from "fflate";
import { describe, expect, it } from "vitest";
import { markdownToDocx } from "./to-docx.js";
import { markdownToHtml } from "./to-html.js";

// A 1×1 PNG, standing in for the chart's picture for programs without SVG.
const PNG = Uint8Array.from(
  Buffer.from(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
    "base64",
  ),
);
const options = {
  title: "Evaluation report",
  sourcePath: "reports/evaluation.md",
  language: "en" as const,
  council: "Brackenford Borough Council",
  templateVersion: "@lac/evaluation 0.1.0",
  figures: {
    "charts/sources.svg": {
      svg: '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100"><rect width="50" height="20"/></svg>',
      png: PNG,
      width: 200,
      height: 100,
      alt: "Bar chart of people introduced: GP 12; self 30.",
      caption: "People introduced, by who introduced them",
    },
  },
};
const markdown = "# Report\n\n![Bar chart](charts/sources.svg)\n\n![Other](charts/unknown.svg)\n";

describe("figures", () => {
  it("are inline SVG with their text alternative and caption in HTML", () => {
    const html = markdownToHtml(markdown, options);
    expect(html).toContain(
      '<figure class="chart"><svg role="img" aria-label="Bar chart of people introduced: GP 12; self 30."',
    );
    expect(html).toContain("<figcaption>People introduced, by who introduced them</figcaption>");
    // An image with no figure stays an image.
    expect(html).toContain('<img src="charts/unknown.svg" alt="Other">');
  });

  it("are SVG images with a PNG fallback and alt text in Word", async () => {
    const files = unzipSync(await markdownToDocx(markdown, options));
    const media = Object.keys(files).filter((name) => name.startsWith("word/media/"));
    expect(media.some((name) => name.endsWith(".svg"))).toBe(true);
    expect(media.some((name) => name.endsWith(".png"))).toBe(true);
    const document = strFromU8(files["word/document.xml"]!);
    expect(document).toContain('descr="Bar chart of people introduced: GP 12; self 30."');
  });
});
