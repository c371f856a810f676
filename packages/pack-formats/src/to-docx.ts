import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  Footer,
  HeadingLevel,
  ImageRun,
  LevelFormat,
  LineRuleType,
  Packer,
  PageNumber,
  PageOrientation,
  PageBreak,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type IParagraphOptions,
  type ISectionOptions,
  type IRunOptions,
  type ParagraphChild,
} from "docx";
import type {
  BlockContent,
  Code,
  List,
  ListItem,
  PhrasingContent,
  Root,
  RootContent,
  Table as MdTable,
} from "mdast";
import { languageParts, sideBySideRows } from "./language-parts.js";
import type { LanguagePart } from "./language-parts.js";
import type { LanguageSpan } from "./language-spans.js";
import { EASY_READ_POINTS } from "./easy-read.js";
import { FOOTER_WORDS, furnitureLanguages, generatedNotice } from "./generated-notice.js";
import { leadStart, type BlockKind } from "./lead-start.js";
import { resolveStyle, type ResolvedStyle } from "./house-style.js";
import { imageSize } from "./image-type.js";
import type { ConvertOptions, Figure, LogoImage, TimelinePhase } from "./options.js";
import { hasEmptyHeader, isGanttBlock, isSignatureTable, plainText } from "./parse-markdown.js";
import { isPageBreak } from "./page-break.js";
import { prepareTree } from "./prepare-tree.js";
import { makeDocxReproducible, zipReproducibly, type DocxParts } from "./reproducible-docx.js";
import { longDate, timelineDescription, timelineGrid } from "./timeline.js";
import { shareByHeight } from "./share-by-height.js";
import { timelineColumns } from "./timeline-columns.js";
import { BETWEEN_WORDS, lineWidth, wordWidth } from "./text-width.js";
import { keepDatesWhole } from "./whole-dates.js";

export { wordWidth };

// A4 (210 × 297 mm) with 2.54 cm margins, in twentieths of a point.
const PAGE_WIDTH = 11906;
const PAGE_HEIGHT = 16838;
const MARGIN = 1440;
const TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN;
/** The text width of a landscape A4 page, for a table too dense for a portrait one. */
const LANDSCAPE_TEXT_WIDTH = PAGE_HEIGHT - 2 * MARGIN;

/**
 * Tables set on a landscape page of their own, and the headings that go with them: a section break
 * comes before the headings and after the table (see {@link sections}).
 */
const landscapeTables = new WeakSet<Table>();
/** The blocks after a landscape table that go onto its page with it ({@link landscapeTailLength}). */
const landscapeTail = new WeakSet<Paragraph | Table>();
const headings = new WeakSet<Paragraph>();
/**
 * False while the blocks of a side-by-side bilingual document's cells are made: a cell has no page of
 * its own.
 */
let landscapeAllowed = true;

const HEADINGS = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
  HeadingLevel.HEADING_6,
] as const;

const LANGUAGE_TAGS = { en: "en-GB", cy: "cy-GB" } as const;
const BULLETS = "lac-bullets";
const NUMBERS = "lac-numbers";
/**
 * A GFM task-list item (`- [ ]` in the agreement form) is a list item whose bullet is a box to tick (☐,
 * or ☑ when ticked): the form is printed and ticked by hand, and a plain bullet gives nothing to tick.
 */
const BOXES = "lac-boxes";
const TICKED_BOXES = "lac-ticked-boxes";
const TABLE_BORDER = { style: BorderStyle.SINGLE, size: 4, color: "8C8C8C" } as const;
const NOTICE_BORDER = { style: BorderStyle.SINGLE, size: 12, color: "B58A00", space: 6 } as const;

interface Context {
  readonly style: ResolvedStyle;
  readonly options: ConvertOptions;
  /** Counts ordered lists, so that each starts again at 1. */
  numberedLists: number;
  /** The id of the document's next picture (1, 2, …). */
  nextDrawingId: () => string;
}

/**
 * Numbers a document's pictures from 1. Left to itself, the docx package numbers them with a counter
 * that runs across the whole process, so the same document had other bytes when it was not the first
 * with a picture to be converted (a second download in the web builder, say).
 */
function drawingIds(): () => string {
  let last = 0;
  return () => String((last += 1));
}

interface RunStyle {
  readonly bold?: boolean;
  readonly italics?: boolean;
  readonly strike?: boolean;
  readonly code?: boolean;
  readonly size?: number;
}

/**
 * The language of the part of a bilingual document being converted (cy-GB or en-GB), set while its
 * blocks are made: each run then carries it, so that Word proofs each part in its own language.
 * Undefined outside a part: the runs take the document's default language.
 */
let partLanguage: string | undefined;
/**
 * The language of the text marked `<span lang="…">` being converted (a language span, see
 * language-spans.ts), set while its runs are made: an English name or paragraph in a Welsh document is
 * proofed in English. Undefined outside a span: the runs take the part's or the document's language.
 */
let spanLanguage: string | undefined;

function languageOption(): IRunOptions {
  const language = spanLanguage ?? partLanguage;
  return language === undefined ? {} : { language: { value: language } };
}

/** What `make` makes, with each run in the span's language. */
function inSpan<T>(span: LanguageSpan, make: () => T): T {
  const outer = spanLanguage;
  spanLanguage = LANGUAGE_TAGS[span.language];
  try {
    return make();
  } finally {
    spanLanguage = outer;
  }
}

function textRun(text: string, style: RunStyle): TextRun {
  const options: IRunOptions = {
    text,
    ...languageOption(),
    ...(style.bold ? { bold: true } : {}),
    ...(style.italics ? { italics: true } : {}),
    ...(style.strike ? { strike: true } : {}),
    ...(style.size ? { size: style.size } : {}),
    ...(style.code
      ? { font: "Consolas", shading: { type: ShadingType.CLEAR, fill: "F3F3F3", color: "auto" } }
      : {}),
  };
  return new TextRun(options);
}

function inlines(nodes: readonly PhrasingContent[], style: RunStyle = {}): ParagraphChild[] {
  const runs: ParagraphChild[] = [];
  for (const node of nodes) {
    switch (node.type) {
      case "text":
        runs.push(textRun(keepDatesWhole(node.value.replace(/\s*\n\s*/g, " ")), style));
        break;
      case "strong":
        runs.push(...inlines(node.children, { ...style, bold: true }));
        break;
      case "emphasis":
        runs.push(...inlines(node.children, { ...style, italics: true }));
        break;
      case "delete":
        runs.push(...inlines(node.children, { ...style, strike: true }));
        break;
      case "inlineCode":
        runs.push(textRun(node.value, { ...style, code: true }));
        break;
      case "break":
        runs.push(new TextRun({ text: "", break: 1 }));
        break;
      case "languageSpan":
        runs.push(...inSpan(node, () => inlines(node.children, style)));
        break;
      case "html":
        // Inline HTML is markup, not text (the HTML copy leaves it out too).
        break;
      default:
        runs.push(textRun(plainText(node), style));
    }
  }
  return runs;
}

function linkRuns(nodes: readonly PhrasingContent[], style: RunStyle): TextRun[] {
  return nodes.flatMap((node): TextRun[] => {
    if (node.type === "text")
      return [new TextRun({ text: keepDatesWhole(node.value), style: "Hyperlink", ...runFlags(style) })];
    if (node.type === "strong") return linkRuns(node.children, { ...style, bold: true });
    if (node.type === "emphasis") return linkRuns(node.children, { ...style, italics: true });
    if (node.type === "languageSpan") return inSpan(node, () => linkRuns(node.children, style));
    if (node.type === "html") return [];
    return [new TextRun({ text: plainText(node), style: "Hyperlink", ...runFlags(style) })];
  });
}

function runFlags(style: RunStyle): IRunOptions {
  return {
    ...languageOption(),
    ...(style.bold ? { bold: true } : {}),
    ...(style.italics ? { italics: true } : {}),
    ...(style.size ? { size: style.size } : {}),
  };
}

function phrasing(nodes: readonly PhrasingContent[], style: RunStyle = {}): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  for (const node of nodes) {
    if (node.type === "link") {
      out.push(new ExternalHyperlink({ link: node.url, children: linkRuns(node.children, style) }));
    } else if (node.type === "strong" || node.type === "emphasis" || node.type === "delete") {
      const next =
        node.type === "strong"
          ? { ...style, bold: true }
          : node.type === "emphasis"
            ? { ...style, italics: true }
            : { ...style, strike: true };
      out.push(...phrasing(node.children, next));
    } else if (node.type === "languageSpan") {
      out.push(...inSpan(node, () => phrasing(node.children, style)));
    } else {
      out.push(...inlines([node], style));
    }
  }
  return out;
}

function blocks(
  nodes: readonly (RootContent | BlockContent)[],
  context: Context,
  depth = 0,
): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  // Whether the last block made is a table on the page (not one on a landscape page of its own).
  let afterTable = false;
  // The index of the last node that goes onto the page of the landscape table before it, if any.
  let tailEnd = -1;
  const ends = portraitEnds(nodes);
  const breaks = portraitBreaks(nodes, ends);
  nodes.forEach((node, index) => {
    const previous = nodes[index - 1];
    const newPage = (previous !== undefined && isPageBreak(previous as RootContent)) || breaks.has(index);
    if (newPage && node.type !== "heading") out.push(new Paragraph({ children: [new PageBreak()] }));
    else if (afterTable && (newPage || (!SPACED_AFTER_TABLE.has(node.type) && node.type !== "html")))
      // LibreOffice drops the page break before a heading just after a table.
      out.push(new Paragraph({ children: [] }));
    const end = ends.get(index);
    const made =
      node.type === "table" && end !== undefined
        ? [table(node, false, end)]
        : block(
            node,
            context,
            depth,
            leadsInto(node, nodes[index + 1], previous) || (end !== undefined && !end.last),
            newPage,
            afterTable && !newPage,
          );
    out.push(...made);
    if (index <= tailEnd) for (const each of made) landscapeTail.add(each);
    const last = made.at(-1);
    if (last instanceof Table && landscapeTables.has(last)) {
      tailEnd = index + landscapeTailLength(nodes, index);
      // The rest of the section under the table is spaced from it, as after a table on the page.
      afterTable = tailEnd > index;
    } else if (last !== undefined) afterTable = last instanceof Table;
    else if (newPage) afterTable = false;
  });
  if (afterTable) out.push(new Paragraph({ children: [] }));
  return out;
}

/**
 * The blocks that follow a table with room above them of their own, not after an empty paragraph: with
 * an empty paragraph after a table, LibreOffice left a heading further down the page alone at its foot,
 * not kept with the paragraph after it (and a screen reader reads an empty paragraph out as "blank").
 * A heading has its style's room above it; a table after a table still needs a paragraph between them,
 * or Word joins the two.
 */
const SPACED_AFTER_TABLE = new Set(["paragraph", "list", "heading"]);

/** The room above a paragraph or list just after a table, in twentieths of a point. */
const SPACE_AFTER_TABLE = 240;

/** The most blocks (headings, paragraphs and list items) after a landscape table that go onto its page. */
const LANDSCAPE_TAIL_BLOCKS = 3;
/** The most characters of text after a landscape table that go onto its page. */
const LANDSCAPE_TAIL_CHARACTERS = 600;

/**
 * How many of the nodes after the landscape table at `index` go onto its page with it: the rest of its
 * section (up to the next heading of the same level as the one before the table, or a higher one, or a
 * page break), when that is short text: headings, paragraphs and lists of at most 3 blocks (each list item
 * one) and 600 characters, as the agreements' line naming the council's Caldicott Guardian under the table
 * of the organisations involved. Otherwise none: the rest starts the portrait page after, whole (the
 * lawful-basis tables are followed by pages of notes). The landscape page is then less than a third
 * full, but only the table's heading is on it.
 */
function landscapeTailLength(nodes: readonly (RootContent | BlockContent)[], index: number): number {
  const heading = nodes.slice(0, index).findLast((node) => node.type === "heading");
  const level = heading?.type === "heading" ? heading.depth : 6;
  let blocks = 0;
  let characters = 0;
  let end = index;
  for (const node of nodes.slice(index + 1)) {
    if (node.type === "heading" && node.depth <= level) break;
    if (node.type === "html") {
      if (isPageBreak(node as RootContent)) break;
    } else if (node.type === "heading" || node.type === "paragraph") {
      blocks += 1;
      characters += plainText(node).length;
    } else if (node.type === "list") {
      const items = listItems(node);
      blocks += items.length;
      characters += items.reduce((sum, item) => sum + plainText(item).length, 0);
    } else return 0;
    if (blocks > LANDSCAPE_TAIL_BLOCKS || characters > LANDSCAPE_TAIL_CHARACTERS) return 0;
    end += 1;
  }
  return end - index;
}

/** The lines a heading takes, with the room above and below it, as {@link portraitEnds} counts them. */
const HEADING_LINES = 3;

/** The most paragraphs between a table and the headings of a landscape table for {@link portraitEnds}. */
const PARAGRAPHS_BEFORE_LANDSCAPE = 2;

/**
 * About how many lines of the last portrait page before a landscape one are kept together when the
 * table that ends it is too tall to keep whole ({@link portraitEnds}): two thirds of a page of
 * {@link TABLE_LINES_PER_PAGE}.
 */
const PORTRAIT_END_LINES = 27;

/** How a block that ends the portrait pages before a landscape one is kept ({@link portraitEnds}). */
interface PortraitEnd {
  /** A table kept on one page with its heading, as a short one is. */
  readonly whole: boolean;
  /** For a table not kept whole, the first of its rows kept with the next, down to its last. */
  readonly fromRow: number;
  /** The last block kept: it is not kept with the next (the landscape page's heading). */
  readonly last: boolean;
}

/**
 * How the table that ends the portrait pages before a landscape table's page, and the paragraphs after
 * it, are kept: only up to 2 paragraphs come between it and the landscape table's headings (and their
 * lead-in, {@link leadStart}). Nothing after such a table can fill the page it ends on, as the landscape
 * page starts a new one: split where it falls, its last rows and the paragraph after it were left on a
 * page of their own, a few lines before the landscape one (the DPIA's Step 3, its table of consultees,
 * before Step 4's lawful basis). When its rows, its heading and those paragraphs fit on a page (as
 * {@link rowMaySplit} estimates lines), it is kept whole ({@link keptWhole}'s keeps), and starts a page
 * with its heading when it does not fit on the page before, which takes no more pages. When they do not
 * fit (the DPIA's 15 consultees), it starts where it falls, its rows not split inside, and only its last
 * rows are kept together and with the paragraphs after it (the last of those kept with none), under
 * its header row repeated on their page (Word's tblHeader), so that they fill some two thirds of the
 * page before the landscape one.
 * Only paragraphs: LibreOffice does not move a list kept with the next over the page whole, and left
 * the lead-in of the protocol's section 3 list alone at a page's foot.
 */
function portraitEnds(nodes: readonly (RootContent | BlockContent)[]): Map<number, PortraitEnd> {
  const ends = new Map<number, PortraitEnd>();
  if (!landscapeAllowed) return ends;
  // The nodes that make blocks (not comments), with their index.
  const shown = nodes.flatMap((node, index) => (node.type === "html" ? [] : [{ node, index }]));
  shown.forEach(({ node }, at) => {
    if (node.type !== "table" || !landscaped(node)) return;
    const kinds = shown
      .slice(0, at)
      .map(({ node: each }): BlockKind =>
        each.type === "heading" ? "heading" : each.type === "paragraph" ? "paragraph" : "other",
      );
    const start = leadStart(kinds);
    if (kinds[start] !== "heading") return;
    let before = start - 1;
    while (before >= 0 && start - before <= PARAGRAPHS_BEFORE_LANDSCAPE && kinds[before] === "paragraph")
      before -= 1;
    const table = shown[before];
    if (table?.node.type !== "table" || landscaped(table.node)) return;
    const between = nodes.slice(table.index + 1, shown[start]!.index);
    if (between.some((each) => isPageBreak(each as RootContent))) return;
    const layout = tableLayout(table.node, false);
    const rows = layout.texts.map((cells) => rowLines(cells, layout.widths, layout.capacity));
    const paragraphs = shown.slice(before + 1, start);
    // Each paragraph after it with a line of room above.
    let lines = paragraphs.reduce(
      (sum, { node: each }) => sum + Math.ceil(plainText(each).length / TEXT_WIDTH_IN_CHARACTERS) + 1,
      0,
    );
    if (rows.reduce((sum, count) => sum + count, lines + HEADING_LINES) <= TABLE_LINES_PER_PAGE) {
      ends.set(table.index, { whole: true, fromRow: 0, last: true });
      return;
    }
    if (layout.whole) return;
    // Its last rows under its header row, never all of them: they do not fit on a page with its heading.
    const header = layout.headless ? 0 : 1;
    lines += header === 1 ? rows[0]! : 0;
    let fromRow = rows.length;
    while (lines < PORTRAIT_END_LINES && fromRow > header + 1) {
      fromRow -= 1;
      lines += rows[fromRow]!;
    }
    ends.set(table.index, { whole: false, fromRow, last: paragraphs.length === 0 });
    paragraphs.forEach(({ index }, each) =>
      ends.set(index, { whole: false, fromRow: 0, last: each === paragraphs.length - 1 }),
    );
  });
  return ends;
}

/**
 * About how many lines fill a portrait page, as {@link portraitLines} counts them (generously: a whole
 * line for the room after each paragraph): the Welsh protocol's full page 4 came to some 60, for some
 * 45 lines of text.
 */
const PORTRAIT_PAGE_LINES = 60;
/**
 * The fewest lines left on the last portrait page before a landscape one ({@link portraitBreaks}), as
 * {@link portraitLines} counts them: some 20 lines of text, as the LibreOffice layout test asks.
 */
const LAST_PORTRAIT_LINES = 26;
/** The share of a page that the blocks moved onto the last portrait page may fill, for the estimate's errors. */
const MOVED_SHARE = 0.9;
/** About how many characters of a list item fit across the text width, less its indent. */
const LIST_WIDTH_IN_CHARACTERS = 74;

/**
 * About how many lines a block takes on a portrait page, with the room around it: a heading
 * {@link HEADING_LINES}, a paragraph or list item its lines of text and a little room after it, a table
 * its rows' lines as {@link rowMaySplit} estimates them.
 */
function portraitLines(node: RootContent | BlockContent): number {
  switch (node.type) {
    case "heading":
      return HEADING_LINES;
    case "html":
      return 0;
    case "list":
      return (
        listItems(node).reduce(
          (sum, item) => sum + Math.ceil(plainText(item).length / LIST_WIDTH_IN_CHARACTERS) + 0.4,
          0,
        ) + 1
      );
    case "table": {
      const layout = tableLayout(node, false);
      return (
        layout.texts.reduce((sum, cells) => sum + rowLines(cells, layout.widths, layout.capacity), 0) + 1
      );
    }
    default:
      return Math.ceil(plainText(node).length / TEXT_WIDTH_IN_CHARACTERS) + 1;
  }
}

/**
 * The headings that start a new page so that the portrait pages before a landscape one do not end with
 * a page of a few lines (the Welsh protocol's sections 3 and 4, nine lines on a page of their own before
 * section 5's lawful-basis table): LibreOffice does not move list items kept with the next over the page
 * as a whole, so the break is moved instead. Only where the writer knows where a page starts: the
 * portrait blocks after a landscape page (and the short rest of its section set on it), or after a page
 * break, up to the headings that go onto the next landscape page ({@link leadStart}). When those blocks
 * run to more than a page but less than a page and {@link LAST_PORTRAIT_LINES} lines
 * ({@link portraitLines}), the first heading among them after which the rest fills between
 * {@link LAST_PORTRAIT_LINES} lines and {@link MOVED_SHARE} of a page, with as many lines at least
 * before it, starts a page: two pages of some two thirds each, not a full one and a few lines. Blocks
 * already kept for the landscape page ({@link portraitEnds}) are left as they are.
 */
function portraitBreaks(
  nodes: readonly (RootContent | BlockContent)[],
  ends: ReadonlyMap<number, PortraitEnd>,
): Set<number> {
  const breaks = new Set<number>();
  if (!landscapeAllowed) return breaks;
  // Where the current run of portrait blocks starts on a new page, if known.
  let start: number | undefined;
  let tailEnd = -1;
  const shown = nodes.flatMap((node, index) => (node.type === "html" ? [] : [{ node, index }]));
  nodes.forEach((node, index) => {
    if (isPageBreak(node as RootContent)) {
      start = index + 1;
      return;
    }
    if (index <= tailEnd) {
      start = index + 1;
      return;
    }
    if (node.type !== "table" || !landscaped(node)) return;
    const at = shown.findIndex((each) => each.index === index);
    const kinds = shown
      .slice(0, at)
      .map(({ node: each }): BlockKind =>
        each.type === "heading" ? "heading" : each.type === "paragraph" ? "paragraph" : "other",
      );
    const end = shown[leadStart(kinds)]?.index ?? index;
    if (start !== undefined && end > start) {
      const run = nodes.slice(start, end);
      const lines = run.map(portraitLines);
      const total = lines.reduce((sum, each) => sum + each, 0);
      const kept = [...ends.keys()].some((each) => each >= start! && each < end);
      if (!kept && total > PORTRAIT_PAGE_LINES && total < PORTRAIT_PAGE_LINES + LAST_PORTRAIT_LINES) {
        let before = 0;
        const first = run.findIndex((each, at) => {
          const after = total - before;
          before += lines[at]!;
          return (
            at > 0 &&
            each.type === "heading" &&
            after >= LAST_PORTRAIT_LINES &&
            after <= PORTRAIT_PAGE_LINES * MOVED_SHARE &&
            total - after >= LAST_PORTRAIT_LINES
          );
        });
        if (first > 0) breaks.add(start + first);
      }
    }
    tailEnd = index + landscapeTailLength(nodes, index);
    start = index + 1;
  });
  return breaks;
}

/** A list's paragraphs, those of its nested lists too: a list item each. */
function listItems(node: List): RootContent[] {
  return node.children.flatMap((item) =>
    item.children.flatMap((child): RootContent[] => (child.type === "list" ? listItems(child) : [child])),
  );
}

/** Whether a paragraph's text ends with a colon: it introduces what follows it. */
function endsWithColon(node: RootContent | BlockContent): boolean {
  return plainText(node).trimEnd().endsWith(":");
}

/**
 * Whether a paragraph, or a list's last item, introduces the table that follows it (it ends with a colon,
 * as the DPIA's "Who it is shared with:" does), or is the one paragraph between a heading and a table kept
 * on one page (a sign-off's): it is kept on the table's page, not left alone at the foot of the page
 * before, and the heading with it. A paragraph ending with a colon before a list ("What is withdrawn, one
 * of:" in the agreement form) is kept with the list's first item in the same way, just under a heading
 * too: without the keep, LibreOffice left the heading and "How, one of:" at a page's foot and the boxes
 * they lead into over the page (Wendleshire's agreement form, section 6); with it, LibreOffice 7.4 moves
 * the three over the page together.
 */
function leadsInto(
  node: RootContent | BlockContent,
  next: RootContent | BlockContent | undefined,
  previous?: RootContent | BlockContent,
): boolean {
  if (next?.type === "list") return node.type === "paragraph" && endsWithColon(node);
  if (next?.type !== "table") return false;
  const lead = node.type === "list" ? node.children.at(-1) : node.type === "paragraph" ? node : undefined;
  if (lead === undefined) return false;
  if (endsWithColon(lead)) return true;
  return (
    node.type === "paragraph" && previous?.type === "heading" && tableLayout(next, landscaped(next)).whole
  );
}

function block(
  node: RootContent | BlockContent,
  context: Context,
  depth: number,
  keepWithNext = false,
  newPage = false,
  afterTable = false,
): (Paragraph | Table)[] {
  const spaceAbove = afterTable ? { spacing: { before: SPACE_AFTER_TABLE } } : {};
  switch (node.type) {
    case "heading": {
      const heading = new Paragraph({
        heading: HEADINGS[Math.min(node.depth, 6) - 1],
        keepNext: true,
        ...(newPage ? { pageBreakBefore: true } : {}),
        children: phrasing(node.children),
      });
      headings.add(heading);
      return [heading];
    }
    case "paragraph": {
      const only = node.children.length === 1 ? node.children[0] : undefined;
      const figure = only?.type === "image" ? context.options.figures?.[only.url] : undefined;
      if (figure)
        return [
          ...(afterTable ? [new Paragraph({ children: [] })] : []),
          ...figureParagraphs(figure, context.nextDrawingId),
        ];
      return [
        new Paragraph({
          ...spaceAbove,
          children: phrasing(node.children),
          ...(keepWithNext ? { keepNext: true } : {}),
        }),
      ];
    }
    case "blockquote":
      return blockquote(node.children, context);
    case "list":
      return list(node, context, depth, keepWithNext, afterTable);
    case "table": {
      // The block after it is spaced from it ({@link blocks}). A table kept on one page keeps each row but
      // its last with the next, so the heading and table after it are not kept with it.
      if (!landscaped(node)) return [table(node, false)];
      const landscape = table(node, true);
      landscapeTables.add(landscape);
      return [landscape];
    }
    case "code":
      return code(node, context);
    case "thematicBreak":
      return [
        new Paragraph({
          border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: "C8C8C8", space: 1 } },
          children: [],
        }),
      ];
    case "html":
      return [];
    default:
      return [new Paragraph({ children: [new TextRun(plainText(node))] })];
  }
}

/** A block quote (the draft notice) as a bordered, shaded box. */
function blockquote(children: readonly RootContent[], context: Context): Paragraph[] {
  const paragraphs = children.flatMap((child) =>
    child.type === "paragraph"
      ? [child]
      : [{ type: "paragraph" as const, children: [{ type: "text" as const, value: plainText(child) }] }],
  );
  return paragraphs.map(
    (paragraph, index) =>
      new Paragraph({
        children: phrasing(paragraph.children),
        shading: { type: ShadingType.CLEAR, fill: "FFF8E1", color: "auto" },
        border: {
          top: index === 0 ? NOTICE_BORDER : { style: BorderStyle.NONE, size: 0, color: "auto" },
          bottom:
            index === paragraphs.length - 1
              ? NOTICE_BORDER
              : { style: BorderStyle.NONE, size: 0, color: "auto" },
          left: { ...NOTICE_BORDER, size: 36 },
          right: NOTICE_BORDER,
        },
        indent: { left: 180, right: 180 },
        keepLines: true,
        keepNext: index < paragraphs.length - 1,
        spacing: { after: index === paragraphs.length - 1 ? 240 : 60 },
      }),
  );
  void context;
}

/** The most options of a list under a list item's lead-in kept together ({@link keptOptions}). */
const KEPT_OPTIONS = 8;

/**
 * Whether the list under a list item's paragraph is a short list of options it leads into ("In an
 * accessible format, which one:"): up to 8 items of one paragraph each, after a paragraph ending with a
 * colon. Its items are kept together (each but the last with the next), as the lead-in is with the
 * first: LibreOffice left the last of the Welsh form's seven formats alone at the top of a page.
 */
function keptOptions(item: ListItem, index: number): boolean {
  const lead = item.children[index - 1];
  const options = item.children[index];
  return (
    lead?.type === "paragraph" &&
    endsWithColon(lead) &&
    options?.type === "list" &&
    options.children.length <= KEPT_OPTIONS &&
    options.children.every((each) => each.children.length === 1 && each.children[0]!.type === "paragraph")
  );
}

function list(
  node: List,
  context: Context,
  depth: number,
  keepLastWithNext = false,
  afterTable = false,
  together = false,
): Paragraph[] {
  const ordered = node.ordered === true;
  const instance = ordered ? (context.numberedLists += 1) : 0;
  const level = Math.min(depth, 8);
  const out: Paragraph[] = [];
  for (const item of node.children) {
    item.children.forEach((child, index) => {
      if (child.type === "paragraph") {
        const last = item === node.children.at(-1) && child === item.children.at(-1);
        // An item ending with a colon before its own list ("one of:") is kept with that list's first item.
        const lead = item.children[index + 1]?.type === "list" && endsWithColon(child);
        const options: IParagraphOptions = {
          children: phrasing(child.children),
          ...((keepLastWithNext && last) || lead || (together && !last) ? { keepNext: true } : {}),
          ...(index === 0
            ? {
                numbering: {
                  reference: ordered
                    ? NUMBERS
                    : item.checked === true
                      ? TICKED_BOXES
                      : item.checked === false
                        ? BOXES
                        : BULLETS,
                  level,
                  ...(ordered ? { instance } : {}),
                },
              }
            : { indent: { left: 720 * (level + 1) } }),
          spacing: { after: 80, ...(afterTable && out.length === 0 ? { before: SPACE_AFTER_TABLE } : {}) },
        };
        out.push(new Paragraph(options));
      } else if (child.type === "list") {
        out.push(...list(child, context, depth + 1, false, false, keptOptions(item, index)));
      } else {
        out.push(
          ...(block(child, context, depth + 1).filter((part) => part instanceof Paragraph) as Paragraph[]),
        );
      }
    });
  }
  return out;
}

/** About how many characters of 11-point text fit across the text width. */
const TEXT_WIDTH_IN_CHARACTERS = 80;
/** Tables with this many columns or more are set in 9-point text, so that their words fit. */
const WIDE_TABLE_COLUMNS = 5;

/** A blank line to write on, such as the signature and date lines of a form. */
const WRITING_LINE = /^_{4,}[.,;:]?$/;

/** A cell over this many characters holds a paragraph, which wraps in any column of a table. */
const PARAGRAPH = 100;

/**
 * How long a cell that is only a line to write on counts when the columns of a table with a paragraph in it
 * are sized: a short blank, as in the narrow columns of the DPIA's step 6, so that a column of blanks does
 * not take the room of the text beside it. The line is then shortened to fit its column
 * ({@link fitWritingLines}). A line within a cell's text counts whole, as its words do; so does every line
 * in a form of labels and lines (the agreement form's), where there is room to keep them.
 */
const SIZING_LINE = "_".repeat(10);

/**
 * Column widths for a table, in twentieths of a point. Each column first gets room for its longest word
 * (up to 18 characters: an email address may still break; a line to write on, counted as a short one
 * where it is a cell's only text beside a paragraph ({@link SIZING_LINE}), is kept whole where there is
 * room), in bold in a header row or column, with the cell's margins. When every column's longest entry
 * fits on one line, each gets that room. Otherwise the rest of the width goes where it makes the table
 * shortest ({@link shareByHeight}): to the column whose text runs to the most lines in its rows, so a
 * column of paragraphs is not kept as narrow as a column whose longest entry wraps to two lines.
 */
export function columnWidths(
  rows: readonly (readonly string[])[],
  columns: number,
  capacity = TEXT_WIDTH_IN_CHARACTERS,
  bold: TableBold = {},
  textWidth = TEXT_WIDTH,
  codeWords: ReadonlySet<string> = NO_CODE,
): number[] {
  const { texts, weight, longest, minimum } = columnRoom(rows, columns, capacity, bold, codeWords);
  const natural = Array.from({ length: columns }, (_, column) => Math.max(longest(column), minimum[column]!));
  const naturalTotal = natural.reduce((sum, width) => sum + width, 0);
  const minimumTotal = minimum.reduce((sum, width) => sum + width, 0);
  let characters: number[];
  if (naturalTotal <= capacity) characters = natural;
  else if (minimumTotal >= capacity) characters = minimum;
  else {
    const cells = Array.from({ length: columns }, (_, column) => texts(column));
    characters = shareByHeight(cells, minimum, natural, capacity, weight, CELL_MARGINS);
  }
  const sum = characters.reduce((total, width) => total + width, 0);
  const widths = characters.map((width) => Math.floor((width / sum) * textWidth));
  widths[widths.length - 1]! += textWidth - widths.reduce((total, width) => total + width, 0);
  return widths;
}

/** Which of a table's cells are set in bold: its header row, or its first column (a table of fields). */
type TableBold = { readonly firstRow?: boolean; readonly firstColumn?: boolean };

/**
 * Whether each column of a table has room across `capacity` characters for its longest word (up to 18
 * characters, as {@link columnWidths} counts it). When it has not, every column is narrower than its
 * words and LibreOffice and Word break them inside ("Neighbourhoo" over "d"), as in the data-sharing
 * agreements' seven-column table of the organisations involved in portrait, which is then set landscape.
 */
export function wordsFitAcross(
  rows: readonly (readonly string[])[],
  columns: number,
  capacity = TEXT_WIDTH_IN_CHARACTERS,
  bold: TableBold = {},
  codeWords: ReadonlySet<string> = NO_CODE,
): boolean {
  const { minimum } = columnRoom(rows, columns, capacity, bold, codeWords);
  return minimum.reduce((sum, width) => sum + width, 0) <= capacity;
}

/**
 * The room each column of a table needs ({@link columnWidths}): its least width (`minimum`, room for its
 * words), the length of its longest entry, and the weight of a cell's text (bold is wider).
 */
function columnRoom(
  rows: readonly (readonly string[])[],
  columns: number,
  capacity: number,
  bold: TableBold,
  codeWords: ReadonlySet<string>,
) {
  const paragraphs = rows.some((row) => row.some((text) => text.trim().length > PARAGRAPH));
  const texts = (column: number) =>
    rows.map((row) => {
      const text = keepDatesWhole((row[column] ?? "").trim());
      return paragraphs && WRITING_LINE.test(text) ? text.replace(/_{11,}/, SIZING_LINE) : text;
    });
  const weight = (row: number, column: number) =>
    (bold.firstRow && row === 0) || (bold.firstColumn && column === 0) ? 1.1 : 1;
  const minimums = (wholeLines: boolean) =>
    Array.from({ length: columns }, (_, column) =>
      Math.max(
        ...texts(column).flatMap((text, row) =>
          text
            .split(BETWEEN_WORDS)
            .map((word) =>
              wholeLines && WRITING_LINE.test(word)
                ? Math.ceil(wordWidth(word)) + CELL_MARGINS
                : codeWords.has(word.replace(TRAILING_PUNCTUATION, ""))
                  ? Math.min(codeWidth(word) + CELL_MARGINS, Math.floor(capacity * 0.4))
                  : word.includes(NO_BREAK)
                    ? Math.min(
                        Math.ceil(wordWidth(word) * weight(row, column)) + CELL_MARGINS,
                        Math.floor(capacity * 0.4),
                      )
                    : Math.min(Math.ceil(wordWidth(word) * weight(row, column)) + CELL_MARGINS, 18),
            ),
        ),
        1,
      ),
    );
  // Lines to write on are kept whole when that leaves a quarter of the width for the text; in a table
  // of several such columns beside a long one (the DPIA's risks), the long one needs the room more.
  const whole = minimums(true);
  const words = whole.reduce((sum, width) => sum + width, 0) <= capacity * 0.75 ? whole : minimums(false);
  const longest = (column: number) => Math.max(...texts(column).map((text) => text.length), 4) + 2;
  // A column to write in (every cell under its header empty or a line to write on, as a signature
  // table's or the DPIA consultation's responses) keeps room for its header on one line, up to a long
  // line to write on, where the columns' words leave that room.
  const body = bold.firstRow ? rows.slice(1) : rows;
  const writeIn = (column: number) =>
    body.length > 0 &&
    !(bold.firstColumn && column === 0) &&
    body.every((row) => {
      const text = (row[column] ?? "").trim();
      return text === "" || WRITING_LINE.test(text);
    });
  // A column of short entries (a format's name, a number, a date) keeps room for its short header on
  // one line ("Also as", not "Also" over "as"), where the columns' words leave that room.
  const header = (column: number) => (bold.firstRow ? (rows[0]?.[column] ?? "").trim() : "");
  const shortHeader = (column: number) =>
    header(column) !== "" &&
    lineWidth(header(column), 1.1) <= SHORT_HEADER &&
    texts(column)
      .slice(1)
      .every((text) => lineWidth(text) <= SHORT_ENTRY);
  const room = words.map((width, column) =>
    writeIn(column)
      ? Math.max(width, Math.min(longest(column), WRITE_IN_ROOM))
      : shortHeader(column)
        ? Math.max(width, Math.ceil(lineWidth(header(column), 1.1)) + CELL_MARGINS)
        : width,
  );
  const minimum = room.reduce((sum, width) => sum + width, 0) <= capacity ? room : words;
  return { texts, weight, longest, minimum };
}

const NO_CODE: ReadonlySet<string> = new Set();

/** The no-break space within a date kept whole ({@link keepDatesWhole}). */
const NO_BREAK = "\u00A0";

/**
 * The widest entry, in the units of {@link wordWidth}, of a column of short entries, such as a format's
 * name, a number or a date ("30 September 2029"), whose short header is kept on one line.
 */
const SHORT_ENTRY = 20;

/**
 * The widest header, in the units of {@link wordWidth} (in bold), that a column of short entries keeps
 * on one line: a word or two ("Also as", "Starts"). A longer one ("Likelihood of harm") may wrap, as
 * the room is needed by the text beside it.
 */
const SHORT_HEADER = 12;

/** Punctuation that may follow a word in a cell's text without being part of it. */
const TRAILING_PUNCTUATION = /[.,;:)]+$/;

/**
 * The width of a code (a field or a value of a system, in backticks in the Markdown), set in Consolas: each
 * character about 0.55 em, in the units of {@link wordWidth} (half an em). A code is a name to copy, so a
 * column keeps room for it whole (up to two fifths of the table) rather than breaking it as it may break a long
 * word of text: `correspondenceLanguage` broken over two lines in the agreement form's table of fields
 * could not be copied.
 */
function codeWidth(word: string): number {
  return Math.ceil(word.replace(TRAILING_PUNCTUATION, "").length * 1.1);
}

/** The words set as code (inline code) anywhere in a table's cells. */
export function tableCodeWords(cells: readonly unknown[]): Set<string> {
  const words = new Set<string>();
  const visit = (node: unknown): void => {
    if (typeof node !== "object" || node === null) return;
    const { type, value, children } = node as { type?: unknown; value?: unknown; children?: unknown };
    if (type === "inlineCode" && typeof value === "string") {
      for (const word of value.split(/\s+/)) if (word !== "") words.add(word);
    }
    if (Array.isArray(children)) children.forEach(visit);
  };
  cells.forEach(visit);
  return words;
}

/** The cell margins (100 twips a side) are about two characters, a little more in 9-point text. */
const CELL_MARGINS = 3;

/**
 * The room of a column to write in, in characters: a long line to write on (20 underscores) whole, with
 * the margins {@link fitWritingLines} leaves.
 */
const WRITE_IN_ROOM = Math.ceil(wordWidth("_".repeat(20)) + 4);

/**
 * About how many lines of table text fit on a page: an A4 page's text height at the line height of 11-point
 * text, less room for the repeated header row and the lines around the table.
 */
const TABLE_LINES_PER_PAGE = 40;

/**
 * Whether a table row may be split across pages: only when its tallest cell may not fit on one page.
 * Every other row is kept whole (Word's cantSplit), which reads better; a row kept whole that is taller
 * than a page is cut off at the page's foot in LibreOffice, losing its last lines. The height is estimated
 * from each cell's characters and its column's width ({@link columnWidths}), as lines of `capacity`
 * characters across the text width.
 */
export function rowMaySplit(
  cells: readonly string[],
  widths: readonly number[],
  capacity = TEXT_WIDTH_IN_CHARACTERS,
  linesPerPage = TABLE_LINES_PER_PAGE,
): boolean {
  return rowLines(cells, widths, capacity) > linesPerPage;
}

/** About how many lines a row's tallest cell runs to, as {@link rowMaySplit} estimates them. */
function rowLines(cells: readonly string[], widths: readonly number[], capacity: number): number {
  const total = widths.reduce((sum, width) => sum + width, 0);
  return Math.max(
    1,
    ...cells.map((text, column) => {
      const characters = Math.max(((widths[column] ?? 0) / total) * capacity - 2, 1);
      return Math.ceil(text.length / characters);
    }),
  );
}

/** The most rows (the header row with them) of a table kept on one page ({@link keptWhole}). */
const KEPT_WHOLE_ROWS = 8;

/**
 * Whether a table is kept on one page, not split across two: a short one, of up to 8 rows and about half
 * a page of lines at most (the sign-offs, a glossary), as a table that starts at a page's foot and goes on
 * over the page is hard to read and to sign. Each row is then kept whole and with the next (Word's
 * cantSplit and keepNext, which LibreOffice honours too); a taller table may still split between rows.
 */
export function keptWhole(
  rows: readonly (readonly string[])[],
  widths: readonly number[],
  capacity = TEXT_WIDTH_IN_CHARACTERS,
): boolean {
  if (rows.length > KEPT_WHOLE_ROWS) return false;
  const lines = rows.reduce((sum, cells) => sum + rowLines(cells, widths, capacity), 0);
  return lines <= TABLE_LINES_PER_PAGE / 2;
}

const ALIGNMENTS = {
  left: AlignmentType.LEFT,
  right: AlignmentType.RIGHT,
  center: AlignmentType.CENTER,
} as const;

/**
 * Whether a table is too dense for a portrait page: five columns or more, three of them holding a
 * paragraph (over 100 characters) in some row, as the lawful-basis tables of the data-sharing agreements
 * and the DPIA do. In portrait their long columns are some 15 characters wide, and the table runs to
 * three pages of a word or two a line; on a landscape page they are about twice as wide.
 */
export function isDenseTable(node: MdTable): boolean {
  const columns = Math.max(...node.children.map((row) => row.children.length));
  if (columns < WIDE_TABLE_COLUMNS) return false;
  let long = 0;
  for (let column = 0; column < columns; column += 1)
    if (node.children.some((row) => plainText(row.children[column] ?? "").length > PARAGRAPH)) long += 1;
  return long >= 3;
}

/**
 * A cell's lines to write on, shortened to fit a column `characters` wide (less its margins): a line
 * longer than its column wraps into a second, short one ("________________ ____").
 */
function fitWritingLines(nodes: readonly PhrasingContent[], characters: number): PhrasingContent[] {
  const longest = Math.max(4, Math.floor((characters - 4) / wordWidth("_")));
  return nodes.map((node) => {
    if (node.type === "text") {
      return { ...node, value: node.value.replace(/_{4,}/g, (line) => line.slice(0, longest)) };
    }
    if ("children" in node) {
      return {
        ...node,
        children: fitWritingLines(node.children as PhrasingContent[], characters),
      } as PhrasingContent;
    }
    return node;
  });
}

/** A table's rows and column widths as set, made once for each table and orientation. */
interface TableLayout {
  /** Each column has room for its longest word ({@link wordsFitAcross}). */
  readonly fits: boolean;
  readonly headless: boolean;
  readonly signatures: boolean;
  readonly rows: MdTable["children"];
  readonly columns: number;
  readonly wide: boolean;
  readonly texts: readonly string[][];
  readonly textWidth: number;
  readonly capacity: number;
  readonly linesPerPage: number;
  readonly widths: number[];
  /** Kept on one page: a signature table, or a short one ({@link keptWhole}). */
  readonly whole: boolean;
}
const layouts = [new WeakMap<MdTable, TableLayout>(), new WeakMap<MdTable, TableLayout>()] as const;

function tableLayout(node: MdTable, landscape: boolean): TableLayout {
  const made = layouts[landscape ? 1 : 0].get(node);
  if (made !== undefined) return made;
  const headless = hasEmptyHeader(node);
  const signatures = isSignatureTable(node);
  const rows = headless ? node.children.slice(1) : node.children;
  const columns = Math.max(...node.children.map((row) => row.children.length));
  const wide = columns >= WIDE_TABLE_COLUMNS;
  const texts = rows.map((row) => row.children.map((cell) => plainText(cell)));
  const textWidth = landscape ? LANDSCAPE_TEXT_WIDTH : TEXT_WIDTH;
  const capacity = Math.round(
    ((wide ? (TEXT_WIDTH_IN_CHARACTERS * 11) / 9 : TEXT_WIDTH_IN_CHARACTERS) * textWidth) / TEXT_WIDTH,
  );
  const linesPerPage = landscape
    ? Math.floor((TABLE_LINES_PER_PAGE * (PAGE_WIDTH - 2 * MARGIN)) / (PAGE_HEIGHT - 2 * MARGIN))
    : TABLE_LINES_PER_PAGE;
  const bold = { firstRow: !headless, firstColumn: headless };
  const codeWords = tableCodeWords(node.children.flatMap((row) => row.children));
  const widths = columnWidths(texts, columns, capacity, bold, textWidth, codeWords);
  const whole = signatures || keptWhole(texts, widths, capacity);
  const layout = {
    fits: wordsFitAcross(texts, columns, capacity, bold, codeWords),
    headless,
    signatures,
    rows,
    columns,
    wide,
    texts,
    textWidth,
    capacity,
    linesPerPage,
    widths,
    whole,
  };
  layouts[landscape ? 1 : 0].set(node, layout);
  return layout;
}

/**
 * Whether a table is set on a landscape page of its own (with the headings before it, see `sections`):
 * a dense one ({@link isDenseTable}), or one whose words do not fit across a portrait page
 * ({@link wordsFitAcross}); never in a side-by-side bilingual row.
 */
function landscaped(node: MdTable): boolean {
  return landscapeAllowed && (isDenseTable(node) || !tableLayout(node, false).fits);
}

/**
 * A table as set; `end` keeps it on one page as a short one is, or its last rows together and with the
 * next, as it ends the portrait pages before a landscape one ({@link portraitEnds}).
 */
function table(node: MdTable, landscape: boolean, end?: PortraitEnd): Table {
  const layout = tableLayout(node, landscape);
  const whole = layout.whole || end?.whole === true;
  const size = layout.wide ? 18 : undefined;
  return new Table({
    width: { size: layout.textWidth, type: WidthType.DXA },
    columnWidths: layout.widths,
    borders: {
      top: TABLE_BORDER,
      bottom: TABLE_BORDER,
      left: TABLE_BORDER,
      right: TABLE_BORDER,
      insideHorizontal: TABLE_BORDER,
      insideVertical: TABLE_BORDER,
    },
    rows: layout.rows.map((row, rowIndex) => {
      const isHeader = !layout.headless && rowIndex === 0;
      // A table kept on one page keeps each row but the last with the next; a header row keeps with the next,
      // and the row before the last with the last, so that the last is not left alone on a page under the
      // repeated header (the DPIA's sign-off ended with one row alone on its last page).
      const last = layout.rows.length - 1;
      const keepNext =
        (whole && rowIndex < last) ||
        isHeader ||
        (rowIndex === last - 1 && rowIndex > 0) ||
        (end?.whole === false && rowIndex >= end.fromRow && (rowIndex < last || !end.last));
      return new TableRow({
        tableHeader: isHeader,
        cantSplit:
          whole ||
          isHeader ||
          !rowMaySplit(layout.texts[rowIndex]!, layout.widths, layout.capacity, layout.linesPerPage),
        children: Array.from({ length: layout.columns }, (_, column) => {
          const cell = row.children[column];
          const rowHeader = layout.headless && column === 0;
          const align = node.align?.[column];
          return new TableCell({
            width: { size: layout.widths[column]!, type: WidthType.DXA },
            margins: { top: 40, bottom: 40, left: 100, right: 100 },
            ...(isHeader || rowHeader
              ? { shading: { type: ShadingType.CLEAR, fill: isHeader ? "EEF2F7" : "F7F7F7", color: "auto" } }
              : {}),
            children: [
              new Paragraph({
                ...(align ? { alignment: ALIGNMENTS[align] } : {}),
                keepNext,
                spacing: { after: 0 },
                children: cell
                  ? phrasing(
                      fitWritingLines(
                        cell.children,
                        (layout.widths[column]! / layout.textWidth) * layout.capacity,
                      ),
                      {
                        ...(isHeader || rowHeader ? { bold: true } : {}),
                        ...(size ? { size } : {}),
                      },
                    )
                  : [],
              }),
              ...(layout.signatures && rowIndex > 0 && column > 0
                ? [new Paragraph({ keepNext, children: [] })]
                : []),
            ],
          });
        }),
      });
    }),
  });
}

function code(node: Code, context: Context): (Paragraph | Table)[] {
  if (context.options.timeline && isGanttBlock(node))
    return timelineTable(context.options.timeline, context.style);
  return node.value.split("\n").map(
    (line) =>
      new Paragraph({
        spacing: { after: 0 },
        shading: { type: ShadingType.CLEAR, fill: "F3F3F3", color: "auto" },
        children: [new TextRun({ text: line, font: "Consolas", size: 18 })],
      }),
  );
}

/**
 * The timeline as a native Word chart: one row per phase, one narrow column per month, the months of each
 * phase shaded. It prints crisply, reflows with the text, and its words can be read by a screen reader.
 */
function timelineTable(phases: readonly TimelinePhase[], style: ResolvedStyle): (Paragraph | Table)[] {
  const grid = timelineGrid(phases);
  const { labelWidth, monthWidth, yearLabels } = timelineColumns(grid, TEXT_WIDTH);
  const fill = style.headingColour.slice(1).toUpperCase();
  const small = { size: 14 } as const;
  const cellMargins = { top: 20, bottom: 20, left: 10, right: 10 };
  const none = { style: BorderStyle.NONE, size: 0, color: "auto" } as const;
  const thin = { style: BorderStyle.SINGLE, size: 2, color: "D0D0D0" } as const;
  /** A cell of the header rows: `span` months (or, with no span, the names' column). */
  const headerCell = (text: string, span: number | undefined, bold: boolean) =>
    new TableCell({
      columnSpan: span ?? 1,
      width: { size: span === undefined ? labelWidth : monthWidth * span, type: WidthType.DXA },
      margins: cellMargins,
      children: [
        new Paragraph({
          alignment: (span ?? 1) === 1 && text.length <= 1 ? AlignmentType.CENTER : AlignmentType.LEFT,
          spacing: { after: 0 },
          keepNext: true,
          children: [new TextRun({ text, bold, size: bold ? 16 : 14 })],
        }),
      ],
    });
  const rows = [
    new TableRow({
      tableHeader: true,
      cantSplit: true,
      children: [
        headerCell("", undefined, true),
        ...grid.years.map((year, index) => headerCell(yearLabels[index]!, year.count, true)),
      ],
    }),
    new TableRow({
      tableHeader: true,
      cantSplit: true,
      children: [
        new TableCell({
          width: { size: labelWidth, type: WidthType.DXA },
          margins: cellMargins,
          children: [
            new Paragraph({
              spacing: { after: 0 },
              keepNext: true,
              children: [new TextRun({ text: "Phase", bold: true, size: 16 })],
            }),
          ],
        }),
        ...grid.months.map((month) => headerCell(month.initial, 1, false)),
      ],
    }),
    ...grid.bars.map(
      (bar, index) =>
        new TableRow({
          cantSplit: true,
          children: [
            new TableCell({
              width: { size: labelWidth, type: WidthType.DXA },
              margins: cellMargins,
              verticalAlign: VerticalAlignTable.CENTER,
              children: [
                new Paragraph({
                  spacing: { after: 0 },
                  keepNext: index < grid.bars.length - 1,
                  children: [new TextRun({ text: bar.phase.name, size: 16 })],
                }),
              ],
            }),
            ...grid.months.map(
              (_, column) =>
                new TableCell({
                  width: { size: monthWidth, type: WidthType.DXA },
                  margins: cellMargins,
                  ...(column >= bar.first && column <= bar.last
                    ? { shading: { type: ShadingType.CLEAR, fill, color: "auto" } }
                    : {}),
                  children: [
                    new Paragraph({ spacing: { after: 0 }, children: [new TextRun({ text: "", ...small })] }),
                  ],
                }),
            ),
          ],
        }),
    ),
  ];
  const chart = new Table({
    width: { size: labelWidth + monthWidth * grid.months.length, type: WidthType.DXA },
    columnWidths: [labelWidth, ...grid.months.map(() => monthWidth)],
    borders: {
      top: thin,
      bottom: thin,
      left: none,
      right: none,
      insideHorizontal: thin,
      insideVertical: thin,
    },
    rows,
  });
  const caption = new Paragraph({
    style: "Caption",
    spacing: { before: 120, after: 240 },
    children: [
      new TextRun({
        text: `Timeline of the phases, by month (${longDate(phases[0]?.start ?? "")} onwards). The table above gives each phase's dates.`,
      }),
    ],
  });
  void timelineDescription;
  return [chart, caption];
}

/** A chart: the SVG (with its PNG for programs without SVG), at most the text width, and its caption. */
function figureParagraphs(figure: Figure, nextDrawingId: () => string): Paragraph[] {
  // The text width of A4 with 2.54 cm margins is about 6.3 inches: 600 pixels at 96 per inch.
  const scale = Math.min(600 / figure.width, 1);
  const transformation = {
    width: Math.round(figure.width * scale),
    height: Math.round(figure.height * scale),
  };
  return [
    new Paragraph({
      keepNext: true,
      children: [
        new ImageRun({
          type: "svg",
          data: new TextEncoder().encode(figure.svg),
          fallback: { type: "png", data: figure.png },
          transformation,
          altText: {
            id: nextDrawingId(),
            name: figure.caption,
            description: figure.alt,
            title: figure.caption,
          },
        }),
      ],
    }),
    new Paragraph({
      style: "Caption",
      spacing: { after: 240 },
      children: [new TextRun({ text: figure.caption })],
    }),
  ];
}

function logoParagraph(logo: LogoImage | undefined, nextDrawingId: () => string): Paragraph[] {
  if (!logo || logo.type === "svg") return [];
  const size = imageSize(logo.bytes, logo.type);
  if (!size || size.width === 0 || size.height === 0) return [];
  // At most 6 cm wide and 2 cm high, in pixels at 96 per inch.
  const scale = Math.min(227 / size.width, 76 / size.height, 1);
  return [
    new Paragraph({
      spacing: { after: 120 },
      children: [
        new ImageRun({
          type: logo.type === "jpeg" ? "jpg" : "png",
          data: logo.bytes,
          transformation: { width: Math.round(size.width * scale), height: Math.round(size.height * scale) },
          altText: { id: nextDrawingId(), name: "Logo", description: logo.alt, title: logo.alt },
        }),
      ],
    }),
  ];
}

function halfPoints(points: number): number {
  return points * 2;
}

/** Blocks made for a cell of a side-by-side document, where a dense table cannot turn its page. */
function sideBySide<T>(make: () => T): T {
  landscapeAllowed = false;
  try {
    return make();
  } finally {
    landscapeAllowed = true;
  }
}

/** The blocks of one language part, each run marked with the part's proofing language. */
function partBlocks(part: LanguagePart | undefined, context: Context): (Paragraph | Table)[] {
  if (!part) return [new Paragraph({ children: [] })];
  partLanguage = LANGUAGE_TAGS[part.language];
  try {
    const made = blocks(part.nodes, context);
    return made.length > 0 ? made : [new Paragraph({ children: [] })];
  } finally {
    partLanguage = undefined;
  }
}

/**
 * The document's blocks. A bilingual document's parts (its <!-- lac:lang … --> marks) are proofed in
 * their own language; side by side, each Welsh part and the English part after it are the two cells
 * of a row of a borderless table.
 */
function documentBlocks(tree: Root, context: Context): (Paragraph | Table)[] {
  const { layout, before, parts } = languageParts(tree);
  if (parts.length === 0) return blocks(tree.children, context);
  const head = blocks(before, context);
  if (layout !== "side-by-side") return [...head, ...parts.flatMap((part) => partBlocks(part, context))];
  const half = Math.floor(TEXT_WIDTH / 2);
  const none = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" } as const;
  const rows = sideBySideRows(parts).map(
    ([welsh, english]) =>
      new TableRow({
        children: [welsh, english].map(
          (part) =>
            new TableCell({
              width: { size: half, type: WidthType.DXA },
              margins: { top: 80, bottom: 80, left: 80, right: 80 },
              children: sideBySide(() => partBlocks(part, context)),
            }),
        ),
      }),
  );
  return [
    ...head,
    new Table({
      width: { size: TEXT_WIDTH, type: WidthType.DXA },
      columnWidths: [half, TEXT_WIDTH - half],
      borders: {
        top: none,
        bottom: none,
        left: none,
        right: none,
        insideHorizontal: TABLE_BORDER,
        insideVertical: none,
      },
      rows,
    }),
  ];
}

/**
 * One pack document as a Word file: real heading styles, tables with repeating header rows, numbered and
 * bulleted lists, hyperlinks (to other pack documents' .docx files), the draft notice as a shaded box,
 * document properties, page numbers, A4 with 2.54 cm margins (a dense or wide table on a landscape page), and the
 * timeline (a Mermaid gantt block) as a chart drawn from `options.timeline`. The same input always gives
 * the same bytes.
 */
export async function markdownToDocx(markdown: string, options: ConvertOptions): Promise<Uint8Array> {
  const document = wordDocument(markdown, options);
  const parts = docxParts(document);
  if (parts !== undefined) return zipReproducibly(parts);
  return makeDocxReproducible(await Packer.pack(document, "uint8array"));
}

/** The docx package's document for markdownToDocx, before it is written. */
export function wordDocument(markdown: string, options: ConvertOptions): Document {
  const style = resolveStyle(options.style);
  const tree: Root = prepareTree(markdown, "docx", options.linkOtherFormats);
  const context: Context = { style, options, numberedLists: 0, nextDrawingId: drawingIds() };
  const colour = style.headingColour.slice(1).toUpperCase();
  const language = LANGUAGE_TAGS[options.language];
  // An Easy Read document is set in 14-point text (headings in proportion), every other in 11.
  const body = options.easyRead === true ? EASY_READ_POINTS : 11;
  // The notice and the footer's words are in the document's language, Welsh then English in a bilingual
  // document (the HTML copy's notice too), each run marked with its language so that Word proofs it and
  // a screen reader speaks it in that language.
  const furniture = furnitureLanguages(options.language, languageParts(tree).parts.length > 0);
  const notice = new Paragraph({
    spacing: { after: 240 },
    border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: "C8C8C8", space: 4 } },
    children: furniture.map(
      (each, index) =>
        new TextRun({
          text: (index > 0 ? " " : "") + generatedNotice("docx", options.sourcePath, each),
          size: 18,
          color: "4A4A4A",
          language: { value: LANGUAGE_TAGS[each] },
        }),
    ),
  });
  const heading = (size: number) => ({
    run: { font: style.font, size: halfPoints(size), bold: true, color: colour },
    paragraph: {
      spacing: { before: 240, after: 120, line: 240, lineRule: LineRuleType.AUTO },
      keepNext: true,
      keepLines: true,
    },
  });
  return new Document({
    title: options.title,
    subject: options.council,
    creator: "LAC Toolkit",
    lastModifiedBy: "LAC Toolkit",
    description: `${options.title} for ${options.council}: a draft for local review, generated from ${options.sourcePath} by the LAC Toolkit (${options.templateVersion}).`,
    keywords: "Local Area Coordination; implementation pack; draft",
    customProperties: [
      { name: "Council", value: options.council },
      { name: "Template version", value: options.templateVersion },
      { name: "Generated from", value: options.sourcePath },
    ],
    features: { updateFields: false },
    styles: {
      default: {
        document: {
          run: { font: style.font, size: halfPoints(body), language: { value: language } },
          paragraph: { spacing: { after: 160, line: 264, lineRule: LineRuleType.AUTO } },
        },
        heading1: heading(body + 7),
        heading2: heading(body + 3),
        heading3: heading(body + 1),
        heading4: heading(body),
        heading5: heading(body),
        heading6: heading(body),
        hyperlink: { run: { color: "0B4F8A", underline: { type: "single" } } },
        caption: { run: { size: halfPoints(9), color: "4A4A4A", italics: true } },
      },
    },
    numbering: {
      config: [
        {
          reference: BULLETS,
          levels: Array.from({ length: 9 }, (_, level) => ({
            level,
            format: LevelFormat.BULLET,
            text: level % 2 === 0 ? "•" : "–",
            alignment: AlignmentType.LEFT,
            style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
          })),
        },
        ...[
          { reference: BOXES, box: "☐" },
          { reference: TICKED_BOXES, box: "☑" },
        ].map(({ reference, box }) => ({
          reference,
          levels: Array.from({ length: 9 }, (_, level) => ({
            level,
            format: LevelFormat.BULLET,
            text: box,
            alignment: AlignmentType.LEFT,
            style: {
              // Word and LibreOffice find the box in a symbol font when the body font lacks it.
              run: { font: "Segoe UI Symbol", size: 26 },
              paragraph: { indent: { left: 720 * (level + 1), hanging: 420 } },
            },
          })),
        })),
        {
          reference: NUMBERS,
          levels: Array.from({ length: 9 }, (_, level) => ({
            level,
            format: level % 2 === 0 ? LevelFormat.DECIMAL : LevelFormat.LOWER_LETTER,
            text: `%${level + 1}.`,
            alignment: AlignmentType.LEFT,
            style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
          })),
        },
      ],
    },
    sections: sections(
      [
        ...logoParagraph(options.style?.logo, context.nextDrawingId),
        notice,
        ...documentBlocks(tree, context),
      ],
      () =>
        new Footer({
          children: [
            new Paragraph({
              alignment: AlignmentType.CENTER,
              children: [
                new TextRun({ text: options.title, size: 16, color: "4A4A4A" }),
                ...furniture.flatMap((each, index) => {
                  const words = FOOTER_WORDS[each];
                  const lang = { language: { value: LANGUAGE_TAGS[each] } };
                  return [
                    new TextRun({
                      text: `${index > 0 ? " / " : " · "}${words.draft} · ${words.page} `,
                      size: 16,
                      color: "4A4A4A",
                      ...lang,
                    }),
                    new TextRun({ children: [PageNumber.CURRENT], size: 16, color: "4A4A4A" }),
                    new TextRun({ text: ` ${words.of} `, size: 16, color: "4A4A4A", ...lang }),
                    new TextRun({ children: [PageNumber.TOTAL_PAGES], size: 16, color: "4A4A4A" }),
                  ];
                }),
              ],
            }),
          ],
        }),
    ),
  });
}

/**
 * The document's sections: portrait A4, and a landscape page for each dense or wide table ({@link landscaped}, with the headings just
 * before it, so that a heading is not left at the foot of the portrait page before, and the short rest of
 * its section after it, {@link landscapeTailLength}), each with the footer.
 */
function sections(blocks: readonly (Paragraph | Table)[], footer: () => Footer): ISectionOptions[] {
  const runs: { landscape: boolean; children: (Paragraph | Table)[] }[] = [];
  let portrait: (Paragraph | Table)[] = [];
  for (const each of blocks) {
    const run = runs.at(-1);
    if (portrait.length === 0 && run?.landscape === true && landscapeTail.has(each)) run.children.push(each);
    else if (each instanceof Table && landscapeTables.has(each)) {
      const first = leadStart(
        portrait.map((block) =>
          block instanceof Table ? "other" : headings.has(block) ? "heading" : "paragraph",
        ),
      );
      const lead = portrait.splice(first);
      if (portrait.length > 0) runs.push({ landscape: false, children: portrait });
      runs.push({ landscape: true, children: [...lead, each] });
      portrait = [];
    } else portrait.push(each);
  }
  if (portrait.length > 0 || runs.length === 0) runs.push({ landscape: false, children: portrait });
  return runs.map(({ landscape, children }) => ({
    properties: {
      page: {
        size: {
          width: PAGE_WIDTH,
          height: PAGE_HEIGHT,
          orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
        },
        margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN, header: 708, footer: 708 },
      },
    },
    footers: { default: footer() },
    children,
  }));
}

/** The docx package's compiler, which Packer.pack zips the parts of (not in its public types). */
interface DocxCompiler {
  compile(file: Document, prettify: undefined, overrides: readonly never[]): unknown;
}

/**
 * The parts of the Word file (path → XML text or bytes), as the docx package's own compiler makes them
 * for Packer.pack, which then zips them; makeDocxReproducible would unzip them again to zip them its
 * way. Zipping once is most of the cost of writing a small document saved. Undefined when this version
 * of docx has no such compiler: then Packer.pack is used (to-docx.test.ts checks both give the same bytes).
 */
export function docxParts(document: Document): DocxParts | undefined {
  const compiler = (Packer as unknown as { compiler?: Partial<DocxCompiler> }).compiler;
  if (typeof compiler?.compile !== "function") return undefined;
  const parts = compiler.compile(document, undefined, []);
  if (!(parts instanceof Map)) return undefined;
  for (const [path, data] of parts as Map<unknown, unknown>)
    if (
      typeof path !== "string" ||
      !(typeof data === "string" || data instanceof Uint8Array || data instanceof ArrayBuffer)
    )
      return undefined;
  return parts as DocxParts;
}
