import { describe, expect, it } from "vitest";
import { isPackMarkdownLink, linkForFormat, pathForFormat } from "./links.js";

describe("links between pack documents", () => {
  it("points a relative .md link at the same document in another format, keeping the fragment", () => {
    expect(linkForFormat("roles/team-manager.md", "docx")).toBe("roles/team-manager.docx");
    expect(linkForFormat("README.md#next", "html")).toBe("README.html#next");
    expect(linkForFormat("plan.md", "markdown")).toBe("plan.md");
  });

  it("leaves absolute, rooted, anchor-only and other links alone", () => {
    for (const href of [
      "https://example.org/a.md",
      "/a.md",
      "#a",
      "mailto:x@example.org",
      "a.mdx",
      "a.txt",
    ]) {
      expect(isPackMarkdownLink(href)).toBe(false);
      expect(linkForFormat(href, "docx")).toBe(href);
    }
    expect(pathForFormat("data-sharing/x.md", "html")).toBe("data-sharing/x.html");
  });
});
