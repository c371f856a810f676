import type { Element, ElementContent, Root as HastRoot, RootContent as HastContent } from "hast";
import { toHtml } from "hast-util-to-html";
import type { Code, Html, Paragraph, Root, RootContent } from "mdast";
import { defaultHandlers, toHast } from "mdast-util-to-hast";
import type { State } from "mdast-util-to-hast";
import { EASY_READ_POINTS } from "./easy-read.js";
import { furnitureLanguages, generatedNotice } from "./generated-notice.js";
import { leadStart, type BlockKind } from "./lead-start.js";
import { resolveStyle, type ResolvedStyle } from "./house-style.js";
import type { ConvertOptions, LogoImage } from "./options.js";
import { languageParts, sideBySideRows } from "./language-parts.js";
import type { BilingualLayout, LanguagePart } from "./language-parts.js";
import { wholeLanguageSpan, type LanguageSpan } from "./language-spans.js";
import { isPageBreak } from "./page-break.js";
import { isGanttBlock } from "./parse-markdown.js";
import { prepareTree } from "./prepare-tree.js";
import { timelineSvg } from "./timeline.js";
import { splitDates } from "./whole-dates.js";

const LANGUAGE_TAGS = { en: "en-GB", cy: "cy" } as const;

function escapeHtml(text: string): string {
  return text
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;");
}

function textOf(node: HastContent | ElementContent): string {
  if (node.type === "text") return node.value;
  if (node.type === "element") return node.children.map(textOf).join("");
  return "";
}

function elements(nodes: readonly (HastContent | ElementContent)[], tag?: string): Element[] {
  return nodes.filter(
    (node): node is Element => node.type === "element" && (tag === undefined || node.tagName === tag),
  );
}

/**
 * Tables as people read them: header cells get a scope; a table whose header row is empty (a list of
 * keys and values) loses that row and has its first column as row headers; a signature table is kept
 * on one page when printed.
 */
/**
 * The text alternative of a drawn box, in the language of the text around it. The Welsh is the toolkit's
 * draft, in the agreement form's own words ("blychau", "wedi'i dicio"), for the council's translator to check.
 */
const BOX_NAMES = {
  "en-GB": { empty: "empty box", ticked: "ticked box" },
  cy: { empty: "blwch gwag", ticked: "blwch wedi'i dicio" },
} as const;

/**
 * A GFM task-list item's checkbox (`- [ ]` in the agreement form) becomes a box drawn as text, with a
 * text alternative in the language of the text around it (`lang`, the nearest that an element sets, else
 * the document's): a printed form needs a box to tick, not a form control without a label (WCAG 2.1 1.3.1
 * and 4.1.2, as axe's "label" rule checks), and a Welsh form's box is named in Welsh (WCAG 3.1.2).
 */
function drawCheckboxes(node: HastRoot | Element, lang: keyof typeof BOX_NAMES): void {
  node.children = node.children.map((child) => {
    if (child.type !== "element") return child;
    if (child.tagName === "input" && child.properties?.type === "checkbox") {
      const checked = Boolean(child.properties.checked);
      return {
        type: "element",
        tagName: "span",
        properties: {
          className: ["checkbox"],
          role: "img",
          ariaLabel: checked ? BOX_NAMES[lang].ticked : BOX_NAMES[lang].empty,
        },
        children: [{ type: "text", value: checked ? "☑" : "☐" }],
      } satisfies Element;
    }
    // Its list is set without bullets (the box is each item's mark); role="list" keeps it a list to VoiceOver
    // in Safari, which drops the role of a list with list-style: none.
    if ((child.properties?.className as string[] | undefined)?.includes("contains-task-list"))
      child.properties = { ...child.properties, role: "list" };
    const own = child.properties?.lang;
    drawCheckboxes(child, own === "cy" || own === "en-GB" ? own : lang);
    return child;
  });
}

/** Each date in the text set in a span that does not wrap ({@link splitDates}); code left as it is. */
function wholeDates(node: HastRoot | Element): void {
  node.children = node.children.flatMap((child): ElementContent[] => {
    if (child.type === "element" && child.tagName !== "code") wholeDates(child);
    if (child.type !== "text") return [child as ElementContent];
    return splitDates(child.value).flatMap((value, index): ElementContent[] =>
      index % 2 === 0
        ? value === ""
          ? []
          : [{ type: "text", value }]
        : [
            {
              type: "element",
              tagName: "span",
              properties: { className: ["date"] },
              children: [{ type: "text", value }],
            },
          ],
    );
  });
}

function improveTables(node: HastRoot | Element): void {
  for (const child of elements(node.children)) {
    if (child.tagName !== "table") {
      improveTables(child);
      continue;
    }
    const thead = elements(child.children, "thead")[0];
    const tbody = elements(child.children, "tbody")[0];
    const headerRow = thead ? elements(thead.children, "tr")[0] : undefined;
    const bodyRows = tbody ? elements(tbody.children, "tr") : [];
    if (headerRow && elements(headerRow.children).every((cell) => textOf(cell).trim() === "")) {
      child.children = child.children.filter((part) => part !== thead);
      for (const row of bodyRows) {
        const first = elements(row.children)[0];
        if (first) {
          first.tagName = "th";
          first.properties = { ...first.properties, scope: "row" };
        }
      }
    } else if (headerRow) {
      const [corner, ...headers] = elements(headerRow.children);
      for (const cell of elements(headerRow.children, "th"))
        cell.properties = { ...cell.properties, scope: "col" };
      // An empty top-left cell (the signature table, the form's dates) heads nothing: it is a data cell,
      // and the first column, which names each row, holds the row headers (WCAG technique H63).
      if (corner && textOf(corner).trim() === "" && headers.some((cell) => textOf(cell).trim() !== "")) {
        corner.tagName = "td";
        corner.properties = {};
        for (const row of bodyRows) {
          const first = elements(row.children)[0];
          if (first) {
            first.tagName = "th";
            first.properties = { ...first.properties, scope: "row" };
          }
        }
      }
    }
    if (bodyRows.some((row) => /^\s*signature/i.test(textOf(elements(row.children)[0] ?? row)))) {
      child.properties = { ...child.properties, className: ["signatures"] };
    }
  }
}

/**
 * Whether a table is too dense for a portrait page: five columns or more, three of them holding a
 * paragraph (over 100 characters) in some row (the lawful-basis tables), as to-docx.ts judges it.
 */
function isDense(table: Element): boolean {
  const rows = elements(table.children).flatMap((part) => elements(part.children, "tr"));
  const cells = rows.map((row) => elements(row.children).map((cell) => textOf(cell)));
  const columns = Math.max(0, ...cells.map((row) => row.length));
  if (columns < 5) return false;
  let long = 0;
  for (let column = 0; column < columns; column += 1)
    if (cells.some((row) => (row[column] ?? "").length > 100)) long += 1;
  return long >= 3;
}

/**
 * Puts each dense table, with the headings just before it, in a `<div class="landscape">`, which the
 * print style sheet sets on landscape A4 pages of its own (the Word copy does the same): in portrait its
 * long columns are a word or two wide. On a screen 60 em wide or more (a desktop's), the style sheet
 * widens it past the text column, up to 72 em, for the same reason: in the 46 em column its last columns
 * were hidden behind a sideways scroll, with the screen beside them empty. Only in the document's own flow,
 * or a language part of it: not in a side-by-side bilingual row.
 */
function landscapeDenseTables(node: HastRoot | Element): void {
  const children = node.children as (HastContent | ElementContent)[];
  for (let index = 0; index < children.length; index += 1) {
    const child = children[index]!;
    if (child.type !== "element") continue;
    if (
      child.tagName === "div" &&
      (child.properties?.className as string[] | undefined)?.includes("language-part")
    )
      landscapeDenseTables(child);
    if (child.tagName !== "table" || !isDense(child)) continue;
    // The headings just before it, or a heading and up to two paragraphs after it (as to-docx.ts does).
    const before = children
      .slice(0, index)
      .map((node, at) => ({ node, at }))
      .filter(({ node }) => !(node.type === "text" && node.value.trim() === ""));
    const lead = leadStart(
      before.map(({ node }): BlockKind =>
        node.type !== "element"
          ? "other"
          : /^h[1-6]$/.test(node.tagName)
            ? "heading"
            : node.tagName === "p"
              ? "paragraph"
              : "other",
      ),
    );
    const first = lead < before.length ? before[lead]!.at : index;
    const wrapper: Element = {
      type: "element",
      tagName: "div",
      properties: { className: ["landscape"] },
      children: children.slice(first, index + 1) as ElementContent[],
    };
    children.splice(first, index + 1 - first, wrapper);
    index = first;
  }
}

/**
 * Puts each table in a `<div class="table-scroll">` that scrolls sideways when the table is wider than the
 * screen (a phone about 360 px wide, or text made larger), instead of pushing the whole page past it (WCAG
 * 2.1 1.4.10, Reflow, allows a data table to scroll in two dimensions, not the page). Every table, not only
 * wide ones: how wide a table is depends on its words (a line to write on, a long Welsh word) and on the
 * reader's text size, which the page cannot know without a script. The container can take the keyboard's
 * focus (`tabindex="0"`), so that the arrow keys scroll it when the table has no link to tab to (WCAG 2.1.1,
 * as axe's scrollable-region-focusable checks), and it is a region named by the heading above the table (the
 * headers of its columns when there is none), so that a screen reader says what the focus is on. Two tables
 * under one heading are told apart by their number.
 */
function scrollableTables(root: HastRoot): void {
  let heading = "";
  const named = new Map<string, number>();
  const visit = (node: HastRoot | Element): void => {
    const children = node.children as (HastContent | ElementContent)[];
    for (let index = 0; index < children.length; index += 1) {
      const child = children[index]!;
      if (child.type !== "element") continue;
      if (/^h[1-6]$/.test(child.tagName)) {
        heading = textOf(child).replace(/\s+/g, " ").trim();
        continue;
      }
      if (child.tagName !== "table") {
        visit(child);
        continue;
      }
      const headers = elements(child.children, "thead")
        .flatMap((part) => elements(part.children, "tr"))
        .flatMap((row) => elements(row.children).map((cell) => textOf(cell).replace(/\s+/g, " ").trim()))
        .filter((text) => text !== "")
        .join(", ");
      const base = heading || headers || "Table";
      const count = (named.get(base) ?? 0) + 1;
      named.set(base, count);
      children[index] = {
        type: "element",
        tagName: "div",
        properties: {
          className: ["table-scroll"],
          role: "region",
          ariaLabel: count === 1 ? base : `${base} (${count})`,
          tabIndex: 0,
        },
        children: [child],
      };
    }
  };
  visit(root);
}

/** The style sheet; an Easy Read document's text is 14-point on screen and on paper (see easy-read.ts). */
function styleSheet(style: ResolvedStyle, easyRead: boolean): string {
  const size = easyRead ? `${EASY_READ_POINTS}pt` : "11pt";
  const printSize = easyRead ? `${EASY_READ_POINTS}pt` : "10.5pt";
  // An Easy Read leaflet's words are in its tables (a picture beside each line) and at the body's size, as
  // in Word: nothing the reader reads smaller than 14 points. Other documents set tables and code smaller.
  const tableSize = easyRead ? "1em" : "0.95em";
  const codeSize = easyRead ? "1em" : "0.92em";
  // Its tables are a picture beside each line: the picture column as wide in every table (it was as wide as
  // each table's words made it), except on a phone, where the words need all the room there is.
  const pictureColumn = easyRead
    ? "\n@media screen and (min-width: 40em), print { table { table-layout: fixed; } th:first-child, td:first-child { width: 30%; } }"
    : "";
  // The keyboard's focus is outlined in the text's colour, 17:1 against the white page (a focus indicator
  // needs 3:1, WCAG 1.4.11; the yellow outline it had was 1.6:1), and a focused link is on yellow, as on GOV.UK.
  return `
:root { color-scheme: light; }
body { font-family: "${style.font}", Arial, Helvetica, sans-serif; font-size: ${size}; line-height: 1.45; color: #1a1a1a; background: #fff; margin: 0; }
main { max-width: 46em; margin: 0 auto; padding: 1.5em 1.25em 3em; overflow-wrap: break-word; }
.bilingual-row { display: grid; grid-template-columns: 1fr 1fr; gap: 1.5em; border-top: 1px solid #c8c8c8; }
.bilingual-row > .language-part { min-width: 0; }
@media (max-width: 40em) { .bilingual-row { grid-template-columns: 1fr; } }
h1, h2, h3, h4, h5, h6 { color: ${style.headingColour}; line-height: 1.25; margin: 1.4em 0 0.5em; break-after: avoid; page-break-after: avoid; }
h1 { font-size: 1.8em; margin-top: 0.6em; }
h2 { font-size: 1.35em; border-bottom: 1px solid #c8c8c8; padding-bottom: 0.15em; }
h3 { font-size: 1.12em; }
a { color: #0b4f8a; }
a:focus { outline: 3px solid #1a1a1a; outline-offset: 1px; background: #ffdd00; color: #1a1a1a; }
code { font-family: Consolas, "Liberation Mono", monospace; font-size: ${codeSize}; background: #f3f3f3; padding: 0 0.2em; }
pre { background: #f3f3f3; padding: 0.75em; overflow-x: auto; white-space: pre-wrap; }
blockquote { margin: 1em 0; padding: 0.75em 1em; border: 2px solid #b58a00; border-left-width: 8px; background: #fff8e1; break-inside: avoid; }
blockquote p { margin: 0.3em 0; }
table { border-collapse: collapse; width: 100%; margin: 1em 0; font-size: ${tableSize}; }
.table-scroll { overflow-x: auto; margin: 1em 0; }
.table-scroll > table { margin: 0; }
.table-scroll:focus, figure.timeline:focus { outline: 3px solid #1a1a1a; outline-offset: 2px; }
@media screen and (min-width: 60em) { .landscape { margin-inline: calc(50% - min(36em, 50vw - 1.25em)); } }
@media screen and (max-width: 40em) { .table-scroll th, .table-scroll td { min-width: 6em; } figure.timeline svg { min-width: 42em; } }
th, td { border: 1px solid #8c8c8c; padding: 0.35em 0.5em; text-align: left; vertical-align: top; overflow-wrap: break-word; hyphens: manual; }
th a, td a, th code, td code { overflow-wrap: anywhere; word-break: break-word; }
thead th, thead td { background: #eef2f7; }
tbody th { background: #f7f7f7; font-weight: bold; }
td[align="right"], th[align="right"] { text-align: right; }
table.signatures td { height: 2.2em; }
ul.contains-task-list { list-style: none; padding-left: 0.5em; }
.date { white-space: nowrap; }
hr { border: 0; border-top: 1px solid #c8c8c8; margin: 2em 0 1em; }
.generated-notice { font-size: 0.9em; color: #4a4a4a; border-bottom: 1px solid #c8c8c8; padding-bottom: 0.6em; }
.logo { max-height: 64px; max-width: 240px; }
figure.timeline { margin: 1em 0; break-inside: avoid; overflow-x: auto; }
figure.chart { margin: 1em 0; break-inside: avoid; }
figure.chart svg { max-width: 100%; height: auto; }
figure.chart figcaption { font-size: 0.9em; color: #4a4a4a; }
figure.timeline figcaption { font-size: 0.9em; color: #4a4a4a; }${pictureColumn}
@page { size: A4; margin: 20mm 20mm 22mm; }
@page landscape { size: A4 landscape; margin: 20mm 20mm 22mm; }
@media print {
  body { font-size: ${printSize}; }
  main { max-width: none; padding: 0; }
  a { color: #1a1a1a; }
  thead { display: table-header-group; }
  .landscape { page: landscape; }
  .table-scroll { overflow: visible; }
  tr, img, svg { break-inside: avoid; page-break-inside: avoid; }
  table.signatures, blockquote { break-inside: avoid; page-break-inside: avoid; }
  .page-break { break-before: page; page-break-before: always; }
  .language-link { display: none; }
}`.trim();
}

/** Base64 of bytes with the web platform's btoa (in browsers and Node.js alike: no Buffer). */
function base64(bytes: Uint8Array): string {
  let binary = "";
  for (let start = 0; start < bytes.length; start += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  return btoa(binary);
}

/**
 * The base64 of each logo's bytes, by those bytes: every document of a pack has the same logo, which may
 * be up to 1 MiB (about 50 ms to encode each time, in a pack of twenty documents).
 */
const logoData = new WeakMap<Uint8Array, string>();

function logoHtml(logo: LogoImage | undefined): string {
  if (!logo) return "";
  const mime = logo.type === "svg" ? "image/svg+xml" : `image/${logo.type}`;
  let data = logoData.get(logo.bytes);
  if (data === undefined) {
    data = base64(logo.bytes);
    logoData.set(logo.bytes, data);
  }
  return `<header><img class="logo" src="data:${mime};base64,${data}" alt="${escapeHtml(logo.alt)}"></header>\n`;
}

/**
 * A drawing (inline SVG, already labelled) in a `<figure>` of the class given, with its caption. The
 * timeline's text is a sixtieth of its width: on a phone it is drawn at least 42 em wide (its labels about
 * 10 px) and its figure scrolls sideways, so the figure can take the keyboard's focus, as a table's
 * container does (see scrollableTables).
 */
function svgFigure(className: "chart" | "timeline", svg: string, caption: string): Element {
  return {
    type: "element",
    tagName: "figure",
    properties: { className: [className], tabIndex: className === "timeline" ? 0 : undefined },
    children: [
      { type: "raw", value: svg } as unknown as ElementContent,
      {
        type: "element",
        tagName: "figcaption",
        properties: {},
        children: [{ type: "text", value: caption }],
      },
    ],
  };
}

/**
 * One pack document as a self-contained HTML page: inline CSS, no scripts, no fetches, `lang` set,
 * print CSS for A4, links to other pack documents pointing at their .html files, and the timeline
 * (a Mermaid gantt block) drawn as inline SVG from `options.timeline`.
 */
export function markdownToHtml(markdown: string, options: ConvertOptions): string {
  const style = resolveStyle(options.style);
  const tree = prepareTree(markdown, "html", options.linkOtherFormats);
  let charts = 0;
  const convert = (nodes: readonly RootContent[]): HastContent[] =>
    (convertTree({ type: "root", children: [...nodes] }) as HastRoot).children;
  const convertTree = (root: Root) =>
    toHast(root, {
      allowDangerousHtml: false,
      handlers: {
        paragraph(state: State, node: Paragraph): Element | ElementContent[] | undefined {
          // A paragraph all in another language (an English paragraph in a Welsh document): lang on the <p>.
          const span = wholeLanguageSpan(node.children);
          if (span) {
            const result: Element = {
              type: "element",
              tagName: "p",
              properties: { lang: LANGUAGE_TAGS[span.language] },
              children: state.all(span),
            };
            state.patch(node, result);
            return state.applyData(node, result);
          }
          const only = node.children.length === 1 ? node.children[0] : undefined;
          const figure = only?.type === "image" ? options.figures?.[only.url] : undefined;
          if (!figure) return defaultHandlers.paragraph(state, node);
          const svg = figure.svg.replace(/^<svg\b/, `<svg role="img" aria-label="${escapeHtml(figure.alt)}"`);
          return svgFigure("chart", svg, figure.caption);
        },
        html(_state: State, node: Html): Element | undefined {
          // Raw HTML is never passed through; the page-break comment breaks the printed page here.
          if (!isPageBreak(node)) return undefined;
          return { type: "element", tagName: "div", properties: { className: ["page-break"] }, children: [] };
        },
        languageSpan(state: State, node: LanguageSpan): Element {
          const result: Element = {
            type: "element",
            tagName: "span",
            properties: { lang: LANGUAGE_TAGS[node.language] },
            children: state.all(node),
          };
          state.patch(node, result);
          return result;
        },
        code(state: State, node: Code): Element | undefined {
          if (!options.timeline || !isGanttBlock(node)) return defaultCode(state, node);
          charts += 1;
          const svg = timelineSvg(options.timeline, {
            colour: style.headingColour,
            idPrefix: `timeline-${charts}`,
            title: "Timeline of the phases",
          });
          return svgFigure(
            "timeline",
            svg,
            "Timeline of the phases, by month. The table above gives each phase's dates.",
          );
        },
      },
    }) as HastRoot;
  const { layout, before, parts } = languageParts(tree);
  const hast: HastRoot =
    parts.length === 0
      ? (convertTree(tree) as HastRoot)
      : { type: "root", children: [...convert(before), ...bilingualParts(layout, parts, convert)] };
  improveTables(hast);
  landscapeDenseTables(hast);
  scrollableTables(hast);
  drawCheckboxes(hast, LANGUAGE_TAGS[options.language]);
  wholeDates(hast);
  const body = toHtml(hast, { allowDangerousHtml: true });
  const lang = LANGUAGE_TAGS[options.language];
  // The notice in the document's language, Welsh then English in a bilingual document, each marked.
  const noticeLanguages = furnitureLanguages(options.language, parts.length > 0);
  const noticeText = (each: "en" | "cy") => escapeHtml(generatedNotice("html", options.sourcePath, each));
  const notice =
    noticeLanguages.length === 1
      ? `<p class="generated-notice" lang="${LANGUAGE_TAGS[noticeLanguages[0]!]}">${noticeText(noticeLanguages[0]!)}</p>`
      : `<p class="generated-notice">${noticeLanguages.map((each) => `<span lang="${LANGUAGE_TAGS[each]}">${noticeText(each)}</span>`).join(" ")}</p>`;
  return [
    "<!DOCTYPE html>",
    `<html lang="${lang}">`,
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="generator" content="LAC Toolkit (${escapeHtml(options.templateVersion)})">`,
    `<title>${escapeHtml(options.title)} – ${escapeHtml(options.council)}</title>`,
    `<style>\n${styleSheet(style, options.easyRead === true)}\n</style>`,
    "</head>",
    "<body>",
    "<main>",
    `${logoHtml(options.style?.logo)}${notice}`,
    body,
    "</main>",
    "</body>",
    "</html>",
    "",
  ].join("\n");
}

/** A part of a bilingual document in its language: `<div lang="cy">`; side by side, two columns a row. */
function bilingualParts(
  layout: BilingualLayout | undefined,
  parts: readonly LanguagePart[],
  convert: (nodes: readonly RootContent[]) => HastContent[],
): HastContent[] {
  const part = (language: LanguagePart | undefined, tag: "cy" | "en"): Element => ({
    type: "element",
    tagName: "div",
    properties: { lang: LANGUAGE_TAGS[tag], className: ["language-part"] },
    children: language ? (convert(language.nodes) as ElementContent[]) : [],
  });
  if (layout !== "side-by-side") {
    // One after the other (Welsh first): a link after the title to the first English part, named "English" in
    // English as a language link is, for a reader who would otherwise scroll past all the Welsh to find it.
    const english = parts.findIndex((each) => each.language === "en");
    const sections = parts.map((each, index): Element => {
      const element = part(each, each.language);
      if (index === english) element.properties = { ...element.properties, id: "english" };
      return element;
    });
    if (english <= 0) return sections;
    const link: Element = {
      type: "element",
      tagName: "p",
      properties: { className: ["language-link"] },
      children: [
        {
          type: "element",
          tagName: "a",
          properties: { href: "#english", lang: LANGUAGE_TAGS.en },
          children: [{ type: "text", value: "English" }],
        },
      ],
    };
    return [{ type: "text", value: "\n" }, link, { type: "text", value: "\n" }, ...sections];
  }
  return sideBySideRows(parts).map(([welsh, english]): Element => ({
    type: "element",
    tagName: "div",
    properties: { className: ["bilingual-row"] },
    children: [part(welsh, "cy"), part(english, "en")],
  }));
}

function defaultCode(_state: State, node: Code): Element {
  const className = node.lang ? [`language-${node.lang}`] : [];
  return {
    type: "element",
    tagName: "pre",
    properties: {},
    children: [
      {
        type: "element",
        tagName: "code",
        properties: { className },
        children: [{ type: "text", value: node.value }],
      },
    ],
  };
}
