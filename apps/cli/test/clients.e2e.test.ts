// The pack's Word and HTML files, checked in real clients: LibreOffice (Word → PDF), an independent .docx
// reader (mammoth), and headless Chromium (loading, printing, axe-core at WCAG 2.1 AA).
// Run alone with `pnpm check:clients`. On CI (CI=true) a missing soffice, pdftotext or chromium fails the
// run; elsewhere these checks are skipped with a message.
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { hasEmptyHeader, isGanttBlock, parseMarkdown, plainText } from "@lac/pack-formats";
import type { RootContent, Table } from "mdast";
import mammoth from "mammoth";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeViolations } from "./axe.js";
import { CHROMIUM, hasChromium, offlineContext, useChromium } from "./chromium.js";
import { convertToPdf, pdfText } from "./libreoffice.js";
import { runLac, temporaryFolder } from "./run-lac.js";

const require = createRequire(import.meta.url);
const COUNCILS = ["brackenford", "wendleshire", "cwm-teg", "hollinbrook", "stanmoor", "kingsmere"] as const;

function onPath(command: string): boolean {
  return spawnSync("sh", ["-c", `command -v ${command}`], { encoding: "utf8" }).status === 0;
}
const missing = [
  ...(["soffice", "pdftotext", "pdfinfo"] as const).filter((command) => !onPath(command)),
  ...(hasChromium ? [] : [CHROMIUM]),
];
const onCi = process.env.CI === "true" || process.env.CI === "1";
if (missing.length > 0 && !onCi) {
  console.warn(`Skipping the client checks: ${missing.join(", ")} not found (install them as .ci/run does).`);
}

const folder = temporaryFolder();
afterAll(folder.remove);

interface PackDocument {
  readonly council: string;
  /** Relative path of the Markdown file in the pack. */
  readonly path: string;
  readonly markdown: string;
  readonly docx: string;
  readonly html: string;
}

/** The pack's own files: not lac's records under .lac (such as the bases it merges from). */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((path) => !/^\.lac(?:[\\/]|$)/.test(path))
    .sort();
}

const squash = (text: string) =>
  text
    .replace(/\u00a0/g, " ")
    .replace(/\s*\(also as [^)]*\)/g, "")
    .replace(/\s+/g, " ")
    .trim();

/** The structure a reader should find: headings, tables (cell texts by row) and list items, in order. */
type Block =
  | { readonly kind: "heading"; readonly level: number; readonly text: string }
  | { readonly kind: "table"; readonly rows: readonly (readonly string[])[] }
  | { readonly kind: "chart" }
  | { readonly kind: "item"; readonly ordered: boolean; readonly text: string };

/**
 * A table cell's text, with each line to write on ("____…") said as one blank whatever its length: the
 * Word writer shortens a line in a narrow column so that it does not wrap (pack-formats, to-docx).
 */
const cellText = (text: string) => squash(text).replace(/_{4,}/g, "____");

function markdownStructure(markdown: string): Block[] {
  const blocks: Block[] = [];
  const visit = (node: RootContent, ordered = false) => {
    if (node.type === "heading")
      blocks.push({ kind: "heading", level: node.depth, text: squash(plainText(node)) });
    else if (node.type === "table") {
      const table = node as Table;
      const rows = hasEmptyHeader(table) ? table.children.slice(1) : table.children;
      blocks.push({
        kind: "table",
        rows: rows.map((row) => row.children.map((cell) => cellText(plainText(cell)))),
      });
    } else if (node.type === "code" && isGanttBlock(node)) blocks.push({ kind: "chart" });
    else if (node.type === "list") for (const item of node.children) visit(item, node.ordered === true);
    else if (node.type === "listItem") {
      const first = node.children[0];
      blocks.push({
        kind: "item",
        ordered,
        text: squash(first?.type === "paragraph" ? plainText(first) : ""),
      });
      for (const child of node.children.slice(1)) visit(child);
    } else if (node.type === "blockquote") for (const child of node.children) visit(child);
  };
  for (const node of parseMarkdown(markdown).children) visit(node);
  return blocks;
}

const decode = (text: string) =>
  text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");

/** The same structure, from the HTML mammoth makes of a .docx (headings from Word's heading styles). */
function docxStructure(html: string): Block[] {
  const blocks: Block[] = [];
  const stack: string[] = [];
  let text = "";
  let table: string[][] | undefined;
  let tableDepth = 0;
  let item: { ordered: boolean; text: string } | undefined;
  const items: { ordered: boolean; text: string; done: boolean }[] = [];
  const tag = /<(\/?)([a-z0-9]+)\b[^>]*>|([^<]+)/g;
  for (const match of html.matchAll(tag)) {
    const [, closing, name, content] = match;
    if (content !== undefined) {
      text += decode(content);
      if (item) item.text += decode(content);
      continue;
    }
    if (!closing) {
      if (name === "table") {
        tableDepth += 1;
        if (tableDepth === 1) table = [];
      }
      if (name === "tr" && tableDepth === 1) table?.push([]);
      if (name === "td" || name === "th" || /^h[1-6]$/.test(name!)) text = "";
      if (name === "li") {
        const ordered = stack.at(-1) === "ol";
        const entry = { ordered, text: "", done: false };
        items.push(entry);
        blocks.push({ kind: "item", ordered, text: "" });
        (entry as unknown as { index: number }).index = blocks.length - 1;
        item = entry;
      }
      if (name === "ul" || name === "ol") {
        // A nested list ends the text of the item it is in.
        if (item) item = undefined;
      }
      stack.push(name!);
      continue;
    }
    stack.pop();
    if (/^h[1-6]$/.test(name!) && tableDepth === 0)
      blocks.push({ kind: "heading", level: Number(name!.slice(1)), text: squash(text) });
    if ((name === "td" || name === "th") && tableDepth === 1) table?.at(-1)?.push(cellText(text));
    if (name === "li") {
      const open = [...items].reverse().find((entry) => !entry.done);
      if (open) {
        open.done = true;
        const index = (open as unknown as { index: number }).index;
        blocks[index] = { kind: "item", ordered: open.ordered, text: squash(open.text) };
      }
      item = undefined;
    }
    if (name === "table") {
      tableDepth -= 1;
      if (tableDepth === 0 && table) {
        blocks.push(table[1]?.[0] === "Phase" ? { kind: "chart" } : { kind: "table", rows: table });
        table = undefined;
      }
    }
  }
  return blocks;
}

const documents: PackDocument[] = [];
let pdfDir = "";

beforeAll(() => {
  if (missing.length > 0) return;
  for (const council of COUNCILS) {
    const pack = join(folder.dir, council);
    const answers = require.resolve(`@lac/council/examples/${council}.lac.config.yaml`);
    const run = runLac(
      ["init", pack, "--answers", answers, "--set", "output.formats=[markdown, docx, html]"],
      folder.dir,
      {},
      undefined,
      300_000,
    );
    if (run.status !== 0) throw new Error(`lac init failed for ${council}:\n${run.stderr}`);
    for (const path of filesUnder(pack).filter((file) => file.endsWith(".md"))) {
      documents.push({
        council,
        path,
        markdown: readFileSync(join(pack, path), "utf8"),
        docx: join(pack, path.replace(/\.md$/, ".docx")),
        html: join(pack, path.replace(/\.md$/, ".html")),
      });
    }
  }
  // Every .docx in one LibreOffice run (its start-up is the slow part), with a profile of its own.
  const inbox = join(folder.dir, "docx-in");
  pdfDir = join(folder.dir, "pdf-out");
  mkdirSync(inbox);
  mkdirSync(pdfDir);
  for (const document of documents) copyFileSync(document.docx, join(inbox, flatName(document, ".docx")));
  const convert = convertToPdf(
    readdirSync(inbox).map((name) => join(inbox, name)),
    pdfDir,
    folder.dir,
  );
  if (convert.status !== 0) throw new Error(`soffice failed (${convert.status}):\n${convert.stderr}`);
}, 900_000);

/**
 * Words of a text, without punctuation or hyphens (pdftotext joins words hyphenated at a line end).
 * Email addresses and web addresses are left out: a narrow table column breaks them anywhere.
 */
function wordsOf(text: string): string[] {
  return text
    .split(/\s+/)
    .filter((token) => !token.includes("@") && !token.includes("://"))
    .join(" ")
    .toLowerCase()
    .replace(/[-\u2010\u2011]/g, "")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
}

/** The same words, each hyphenated word as its parts: LibreOffice may break "Welsh-speaking" at its hyphen. */
function wordsAtHyphens(text: string): string[] {
  return wordsOf(text.replace(/[-\u2010\u2011]/g, " "));
}

/** The words of a table cell missing from the page's words, a hyphenated word found whole or as its parts. */
function absentWords(cell: string, words: ReadonlySet<string>, parts: ReadonlySet<string>): string[] {
  return cell
    .split(/\s+/)
    .filter(
      (token) =>
        !wordsOf(token).every((word) => words.has(word)) &&
        !wordsAtHyphens(token).every((word) => parts.has(word)),
    )
    .flatMap((token) => wordsOf(token));
}

function flatName(document: PackDocument, extension: string): string {
  return `${document.council}__${document.path.replace(/\//g, "__").replace(/\.md$/, extension)}`;
}

describe.skipIf(missing.length > 0 && !onCi)("the pack in real clients", () => {
  it("has every client it needs (soffice, pdftotext, chromium)", () => {
    expect(missing, "install them: see .ci/run").toEqual([]);
    expect(documents.length).toBeGreaterThan(COUNCILS.length * 5);
  });

  it("converts every .docx to PDF in LibreOffice, with its headings and table text and a plausible page count", () => {
    for (const document of documents) {
      const pdf = join(pdfDir, flatName(document, ".pdf"));
      expect(existsSync(pdf), `${document.council}/${document.path}: no PDF`).toBe(true);
      const text = pdfText(pdf)
        .replace(/\u00a0/g, " ")
        .replace(/\s+/g, " ");
      // Table cells: every word, as PDF text order across table columns is not reading order.
      const words = new Set(wordsOf(text));
      const parts = new Set(wordsAtHyphens(text));
      const where = `${document.council}/${document.path.replace(/\.md$/, ".docx")}`;
      for (const block of markdownStructure(document.markdown)) {
        if (block.kind === "heading") expect(text, `${where}: heading "${block.text}"`).toContain(block.text);
        if (block.kind === "table") {
          for (const cell of block.rows.flat()) {
            const absent = absentWords(cell, words, parts);
            expect(absent, `${where}: table cell "${cell}"`).toEqual([]);
          }
        }
      }
      const pages = Number(
        /Pages:\s+(\d+)/.exec(spawnSync("pdfinfo", [pdf], { encoding: "utf8" }).stdout)?.[1],
      );
      const characters = document.markdown.length;
      expect(pages, `${where}: pages`).toBeGreaterThanOrEqual(Math.max(1, Math.floor(characters / 9000)));
      expect(pages, `${where}: pages`).toBeLessThanOrEqual(Math.ceil(characters / 1200) + 2);
    }
  }, 120_000);

  it("reads every .docx back with mammoth: headings, tables and list items match the Markdown", async () => {
    for (const document of documents) {
      const { value } = await mammoth.convertToHtml({ path: document.docx });
      expect(docxStructure(value), `${document.council}/${document.path}`).toEqual(
        markdownStructure(document.markdown),
      );
    }
  }, 300_000);

  describe("in Chromium", () => {
    const browser = useChromium();

    it("loads every HTML file with no console errors and no network requests, prints it, and axe finds no WCAG 2.1 AA violations", async () => {
      const { context, requests } = await offlineContext(browser());
      for (const document of documents) {
        const where = `${document.council}/${document.path.replace(/\.md$/, ".html")}`;
        const page = await context.newPage();
        const errors: string[] = [];
        page.on("console", (message) => {
          if (message.type() === "error") errors.push(message.text());
        });
        page.on("pageerror", (error) => errors.push(error.message));
        await page.goto(pathToFileURL(document.html).href, { waitUntil: "load" });
        const pdf = await page.pdf({ format: "A4", printBackground: true });
        expect(Buffer.from(pdf).subarray(0, 5).toString("latin1"), where).toBe("%PDF-");
        const violations = await axeViolations(page);
        expect(violations, where).toEqual([]);
        expect(errors, where).toEqual([]);
        await page.close();
      }
      expect(requests).toEqual([]);
      await context.close();
    }, 900_000);
  });
});
