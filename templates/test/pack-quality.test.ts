import { lint } from "markdownlint/sync";
import { describe, expect, it } from "vitest";
import { markdownlintConfig } from "../dist/index.js";
import { example, EXAMPLES, render } from "./examples.js";

/** The pack's .markdownlint.jsonc, read as markdownlint reads it (JSON with comments and trailing commas). */
function packLintConfig(): Record<string, unknown> {
  const json = markdownlintConfig
    .split("\n")
    .filter((line) => !line.trimStart().startsWith("//"))
    .join("\n")
    .replace(/,(\s*[}\]])/g, "$1");
  return JSON.parse(json) as Record<string, unknown>;
}

describe("the pack's markdownlint settings", () => {
  it("are markdownlint's default rules except line length, with <span lang> the one HTML element allowed", () => {
    expect(packLintConfig()).toEqual({
      default: true,
      MD013: false,
      MD033: { allowed_elements: ["span"] },
    });
  });
});

describe.each(EXAMPLES)("the pack of %s", (name) => {
  const documents = render(example(name));

  // markdownlint takes a while on its first run on a busy machine.
  it("passes markdownlint with the pack's own settings", { timeout: 30_000 }, () => {
    const strings = Object.fromEntries(documents.map((document) => [document.path, document.content]));
    const results = lint({ strings, config: packLintConfig() });
    expect(results.toString()).toBe("");
  });

  it("writes no bare e-mail or web address", () => {
    for (const document of documents) {
      const text = document.content.replace(/```[\s\S]*?```/g, "").replace(/`[^`]*`/g, "");
      const bare = text.match(/(?<![<(\w.+-])(?:https?:\/\/|[\w.+-]+@)[^\s|)>]+/g) ?? [];
      expect(bare, document.path).toEqual([]);
    }
  });

  it("has no doubled blank line", () => {
    for (const document of documents) expect(document.content, document.path).not.toMatch(/\n\n\n/);
  });

  it("names the partner in every repeated document's link in the index", () => {
    const index = documents.find((document) => document.path === "README.md")!;
    // The documents' own links (the Word and HTML links beside them take their row's document as context).
    // A link text may come back (the Welsh documents' checklist names them again) only to the same document.
    const links = [...index.content.matchAll(/\[([^\]]+)\]\(([^)]+\.md)\)/g)];
    expect(links.length).toBeGreaterThan(5);
    const targets = new Map<string, Set<string>>();
    for (const [, text, target] of links) targets.set(text!, (targets.get(text!) ?? new Set()).add(target!));
    const ambiguous = [...targets].filter(([, paths]) => paths.size > 1).map(([text]) => text);
    expect(ambiguous).toEqual([]);
    expect(targets.size).toBeGreaterThan(5);
  });
});
