import fc from "fast-check";
import type { Nodes, Root } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { gfmFromMarkdown } from "mdast-util-gfm";
import { gfm } from "micromark-extension-gfm";
import { describe, expect, it } from "vitest";
import { escapeMarkdownText, unescapeMarkdownText } from "./markdown-text.js";

/** Markdown as GitHub reads it (the pack's Word and HTML writers use the same parser). */
function parse(markdown: string): Root {
  return fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
}

/** The node types that are markup a value must never create. */
const LIVE = new Set([
  "html",
  "link",
  "linkReference",
  "image",
  "imageReference",
  "inlineCode",
  "emphasis",
  "strong",
  "delete",
  "footnoteReference",
  "definition",
]);

/**
 * A link GitHub makes of an address in the text (an autolink literal): to an http, https or mailto
 * address, showing the address itself. That is how any address shows; it is not markup of the value.
 */
function isAddressShownAsItself(node: Nodes): boolean {
  if (node.type !== "link" || !/^(?:https?|mailto):/i.test(node.url)) return false;
  const shown = visibleText(node);
  return node.url.endsWith(shown) || node.url === `mailto:${shown}`;
}

function liveNodes(node: Nodes, found: string[] = []): string[] {
  if (LIVE.has(node.type) && !isAddressShownAsItself(node)) found.push(node.type);
  if ("children" in node) for (const child of node.children) liveNodes(child as Nodes, found);
  return found;
}

/** The visible text of a tree: text values, with line breaks between blocks. */
function visibleText(node: Nodes): string {
  if (node.type === "text" || node.type === "inlineCode" || node.type === "html") return node.value;
  if (!("children" in node)) return "";
  return node.children.map((child) => visibleText(child as Nodes)).join("");
}

/** The places a value goes in the templates: running text, emphasis, a heading, a list item, a table cell. */
const CONTEXTS: readonly ((value: string) => string)[] = [
  (value) => `The council ${value} agrees.`,
  (value) => value,
  (value) => `**${value}**`,
  (value) => `## ${value}`,
  (value) => `- ${value}`,
  (value) => `1. ${value}`,
  (value) => `| Party | Name |\n| --- | --- |\n| x | ${value} |`,
  (value) => `Before.\n\n${value}\n\nAfter.`,
];

/** One-line text as the schema accepts it: trimmed, not empty, no control characters. */
const oneLineText = fc
  .string({ unit: "grapheme", minLength: 1, maxLength: 40 })
  .map((text) => text.trim())
  .filter(
    (text) =>
      text.length > 0 &&
      ![...text].some((char) => {
        const code = char.codePointAt(0) ?? 0;
        return code <= 0x1f || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029;
      }),
  );

const markupText = fc
  .array(
    fc.constantFrom(
      "<!--",
      "-->",
      "<script>",
      "</script>",
      "<img src=x onerror=alert(1)>",
      "[x](javascript:alert(1))",
      "`",
      "``",
      "*",
      "**",
      "_",
      "~~",
      "#",
      "|",
      "\\",
      "&amp;",
      "&#60;",
      "[^1]",
      "![i](x.png)",
      "www.example.com",
      "https://example.com",
      "a@b.example",
      "- ",
      "1. ",
      "> ",
      "=",
      "---",
      "<https://x.example>",
      "$$",
      " ",
      "a",
      "Brackenford",
    ),
    { minLength: 1, maxLength: 8 },
  )
  .map((parts) => parts.join("").trim())
  .filter((text) => text.length > 0);

/**
 * A web address run straight into a character that is escaped: GitHub's autolink literals read the
 * address (and an email address) in the source, escapes included, so the link text would show the backslash (a known
 * limit, noted in docs/packages/documents.md; an address is followed by a space in practice).
 */
const ADDRESS_THEN_MARKUP =
  /(?:https?:\/\/|www\.)\S*[\\`*_[\]<>|~#&]|[\\`*_[\]<>|~#&]\S*@|@\S*[\\`*_[\]<>|~#&]/i;

describe("escapeMarkdownText", () => {
  it.each([
    ["<!-- Brackenford Homes", "\\<!-- Brackenford Homes"],
    ["<script>alert(1)</script>", "\\<script\\>alert(1)\\</script\\>"],
    ["[x](javascript:alert(1))", "\\[x\\](javascript:alert(1))"],
    ["A `code` name", "A \\`code\\` name"],
    ["Smith & Jones", "Smith & Jones"],
    ["Tom &amp; Jerry", "Tom \\&amp; Jerry"],
    ["- not a list", "\\- not a list"],
    ["1. not a list", "1\\. not a list"],
    ["St. Mary's (North)", "St. Mary's (North)"],
    ["www.example.com", "www.example.com"],
    ["A | B", "A \\| B"],
  ])("writes %j as %j", (text, markdown) => {
    expect(escapeMarkdownText(text)).toBe(markdown);
    expect(unescapeMarkdownText(markdown)).toBe(text);
  });

  it("hides no section of an agreement behind an opened HTML comment", () => {
    const markdown = `# Agreement with ${escapeMarkdownText("<!-- Brackenford Homes")}\n\n## Signatures\n\nSigned.`;
    const tree = parse(markdown);
    expect(liveNodes(tree)).toEqual([]);
    expect(visibleText(tree)).toContain("Signatures");
  });

  it("any value shows as itself, as text, wherever a template puts it (property, parsed as GitHub Markdown)", () => {
    fc.assert(
      fc.property(
        fc.oneof(oneLineText, markupText).filter((value) => !ADDRESS_THEN_MARKUP.test(value)),
        fc.constantFrom(...CONTEXTS),
        (value, context) => {
          const tree = parse(context(escapeMarkdownText(value)));
          const live = liveNodes(tree).filter((type) => type !== "strong" || !context("").startsWith("**"));
          expect(live).toEqual([]);
          // White space inside a value may be folded or trimmed by Markdown; the characters stay.
          expect(visibleText(tree).replace(/\s+/g, " ")).toContain(value.replace(/\s+/g, " "));
        },
      ),
      { numRuns: 300 },
    );
  });
});
