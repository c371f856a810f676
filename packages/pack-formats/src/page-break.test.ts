import type { RootContent } from "mdast";
import { describe, expect, it } from "vitest";
import { isPageBreak, PAGE_BREAK } from "./page-break.js";

const html = (value: string): RootContent => ({ type: "html", value });

describe("isPageBreak", () => {
  it("is the page-break comment alone, with or without spaces inside it", () => {
    expect(isPageBreak(html(PAGE_BREAK))).toBe(true);
    expect(isPageBreak(html("<!--page-break-->"))).toBe(true);
    expect(isPageBreak(html("  <!--   page-break  -->\n"))).toBe(true);
  });

  it("is no other comment, HTML or text", () => {
    expect(isPageBreak(html("<!-- page-break --> and more"))).toBe(false);
    expect(isPageBreak(html("<!-- example: x.ts -->"))).toBe(false);
    expect(isPageBreak(html('<div class="page-break"></div>'))).toBe(false);
    expect(isPageBreak({ type: "paragraph", children: [{ type: "text", value: PAGE_BREAK }] })).toBe(false);
  });
});
