import { describe, expect, it } from "vitest";
import { bilingualMarkdown, splitSections } from "./bilingual-document.js";

const welsh = "# Teitl\n\n> Drafft.\n\n## Un\n\nTestun un.\n\n## Dau\n\nTestun dau.\n";
const english = "# Title\n\n> Draft.\n\n## One\n\nText one.\n\n## Two\n\nText two.\n";

describe("bilingualMarkdown", () => {
  it("writes one title, its English half marked as English, and the Welsh text before the English, each part marked", () => {
    expect(bilingualMarkdown(welsh, english, "welsh-first")).toBe(
      '# Teitl / <span lang="en-GB">Title</span>\n\n<!-- lac:bilingual welsh-first -->\n\n<!-- lac:lang cy -->\n\n> Drafft.\n\n## Un\n\nTestun un.\n\n## Dau\n\nTestun dau.\n\n<!-- lac:lang en -->\n\n> Draft.\n\n## One\n\nText one.\n\n## Two\n\nText two.\n',
    );
  });

  it("puts each Welsh section just before its English section, side by side", () => {
    const text = bilingualMarkdown(welsh, english, "side-by-side");
    const order = ["> Drafft.", "> Draft.", "## Un", "## One", "## Dau", "## Two"].map((part) =>
      text.indexOf(part),
    );
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(text.match(/<!-- lac:lang cy -->/g)).toHaveLength(3);
    expect(text.match(/<!-- lac:lang en -->/g)).toHaveLength(3);
  });

  it("keeps extra sections of either language, and does not split inside code blocks", () => {
    const text = bilingualMarkdown(`${welsh}\n## Tri\n\nTestun.\n`, english, "side-by-side");
    expect(text.endsWith("<!-- lac:lang cy -->\n\n## Tri\n\nTestun.\n")).toBe(true);
    expect(splitSections("Intro\n\n```\n## not a heading\n```\n\n## Real\n\nText")).toEqual([
      "Intro\n\n```\n## not a heading\n```",
      "## Real\n\nText",
    ]);
  });
});
