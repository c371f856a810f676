// The pack's HTML pages on a phone about 360 px wide, in headless Chromium (the system's, as in
// clients.e2e.test.ts): the page never scrolls sideways (WCAG 2.1 1.4.10, Reflow); a table too wide for
// the screen scrolls in a container of its own, which the keyboard can reach and scroll and which has a
// name; and axe-core finds no WCAG 2.1 AA violation at that width. On CI (CI=true) a missing chromium
// fails the run; elsewhere these checks are skipped with a message.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeViolations } from "./axe.js";
import { CHROMIUM, hasChromium, useChromium } from "./chromium.js";
import { initHtmlPacks, temporaryFolder } from "./run-lac.js";

// What the functions given to page.evaluate use of the page (the CLI's TypeScript has no DOM library).
interface PageElement {
  readonly parentElement: PageElement | null;
  readonly classList: { contains(name: string): boolean };
  readonly textContent: string | null;
  readonly clientWidth: number;
  readonly scrollWidth: number;
  readonly scrollLeft: number;
  readonly tabIndex: number;
  getAttribute(name: string): string | null;
  getBoundingClientRect(): { readonly width: number };
  closest(selector: string): PageElement | null;
}
declare const document: {
  readonly scrollingElement: PageElement | null;
  readonly activeElement: PageElement | null;
  querySelectorAll(selector: string): Iterable<PageElement>;
};
declare const window: { readonly innerWidth: number };

const onCi = process.env.CI === "true" || process.env.CI === "1";
const missing = !hasChromium;
if (missing && !onCi) console.warn(`Skipping the narrow-screen checks: ${CHROMIUM} not found.`);

/** A phone held upright: the width WCAG 1.4.10 names (320 CSS px) is narrower still, and checked too. */
const PHONE = { width: 360, height: 740 };

const folder = temporaryFolder();
afterAll(folder.remove);

/** The HTML pages of the packs: an English council, and a Welsh one with its documents side by side. */
const pages: string[] = [];

beforeAll(() => {
  if (missing && !onCi) return;
  initHtmlPacks(folder.dir, [
    ["brackenford", "brackenford", []],
    ["cwm-teg", "cwm-teg", ["--set", "output.bilingualLayout=side-by-side"]],
  ]);
  for (const council of ["brackenford", "cwm-teg"]) {
    const pack = join(folder.dir, council);
    for (const file of readdirSync(pack, { recursive: true, encoding: "utf8" }).sort()) {
      if (file.endsWith(".html") && !file.startsWith(".lac")) pages.push(join(pack, file));
    }
  }
}, 400_000);

/** How a page lays out: its width, and each table with the container that scrolls it, if any. */
async function layoutOf(page: Page) {
  return page.evaluate(() => ({
    pageWidth: document.scrollingElement!.scrollWidth,
    viewport: window.innerWidth,
    tables: [...document.querySelectorAll("table")].map((table) => {
      const scroller = table.parentElement?.classList.contains("table-scroll") ? table.parentElement : null;
      return {
        text: (table.textContent ?? "").replace(/\s+/g, " ").slice(0, 60),
        width: table.getBoundingClientRect().width,
        room: (table.closest(".table-scroll")?.parentElement ?? table.parentElement)!.clientWidth,
        scroller: scroller && {
          scrolls: scroller.scrollWidth > scroller.clientWidth,
          role: scroller.getAttribute("role"),
          label: scroller.getAttribute("aria-label"),
          tabIndex: scroller.tabIndex,
        },
      };
    }),
  }));
}

describe.skipIf(missing && !onCi)("the pack's HTML pages on a narrow phone screen", () => {
  const browser = useChromium();

  it("has Chromium, and pages to check", () => {
    expect(missing, `install chromium (${CHROMIUM})`).toBe(false);
    expect(pages.length).toBeGreaterThan(20);
  });

  it("never scrolls the page sideways at 360 or 320 px: a table wider than the screen scrolls in a named container the keyboard can reach", async () => {
    let scrolling = 0;
    for (const viewport of [PHONE, { width: 320, height: 640 }]) {
      const page = await browser().newPage({ viewport });
      for (const file of pages) {
        await page.goto(pathToFileURL(file).href, { waitUntil: "load" });
        const layout = await layoutOf(page);
        const where = `${file.slice(folder.dir.length + 1)} at ${viewport.width} px`;
        expect(layout.pageWidth, `${where}: the page is wider than the screen`).toBeLessThanOrEqual(
          layout.viewport,
        );
        for (const table of layout.tables) {
          if (table.width <= table.room + 1) continue;
          // Wider than the room it has: only inside a container of its own that scrolls.
          expect(table.scroller, `${where}: table "${table.text}"`).toMatchObject({
            scrolls: true,
            role: "region",
            tabIndex: 0,
          });
          expect(table.scroller?.label, `${where}: table "${table.text}"`).toMatch(/\S/);
          scrolling += 1;
        }
      }
      await page.close();
    }
    // The lawful-basis tables of the agreements, the DPIA's and the plan's, at least.
    expect(scrolling).toBeGreaterThan(10);
  }, 600_000);

  it("scrolls a wide table with the arrow keys once the Tab key reaches it", async () => {
    const page = await browser().newPage({ viewport: PHONE });
    const dpia = pages.find((file) => file.endsWith(join("brackenford", "data-protection", "dpia.html")))!;
    await page.goto(pathToFileURL(dpia).href, { waitUntil: "load" });
    let focused: { scrolls: boolean; label: string | null } | null = null;
    for (let presses = 0; presses < 200 && !focused?.scrolls; presses += 1) {
      await page.keyboard.press("Tab");
      focused = await page.evaluate(() => {
        const element = document.activeElement;
        return element?.classList.contains("table-scroll")
          ? { scrolls: element.scrollWidth > element.clientWidth, label: element.getAttribute("aria-label") }
          : null;
      });
    }
    expect(focused, "a table that scrolls is reached with Tab").toMatchObject({ scrolls: true });
    const before = await page.evaluate(() => document.activeElement!.scrollLeft);
    for (let presses = 0; presses < 5; presses += 1) await page.keyboard.press("ArrowRight");
    // Chromium scrolls smoothly: wait for it.
    const scrolled = await page
      .waitForFunction((start) => document.activeElement!.scrollLeft > start, before, { timeout: 5_000 })
      .then(() => true)
      .catch(() => false);
    expect(scrolled, "the arrow keys scroll the focused table").toBe(true);
    await page.close();
  }, 120_000);

  it("sets a dense table (a landscape page in print) wider than the text on a desktop screen, whole, with no sideways scroll", async () => {
    // At 1280 px the text column is about 46 em (some 680 px): the agreements' and the DPIA's lawful-basis
    // tables there hid their last column behind a sideways scroll, with half the screen empty beside them.
    const page = await browser().newPage({ viewport: { width: 1280, height: 800 } });
    let dense = 0;
    for (const file of pages) {
      await page.goto(pathToFileURL(file).href, { waitUntil: "load" });
      const where = `${file.slice(folder.dir.length + 1)} at 1280 px`;
      const layout = await page.evaluate(() => ({
        pageWidth: document.scrollingElement!.scrollWidth,
        viewport: window.innerWidth,
        dense: [...document.querySelectorAll(".landscape .table-scroll")].map((scroller) => ({
          text: (scroller.textContent ?? "").replace(/\s+/g, " ").slice(0, 60),
          scrolls: scroller.scrollWidth > scroller.clientWidth + 1,
        })),
      }));
      expect(layout.pageWidth, `${where}: the page is wider than the screen`).toBeLessThanOrEqual(
        layout.viewport,
      );
      for (const table of layout.dense) expect(table.scrolls, `${where}: table "${table.text}"`).toBe(false);
      dense += layout.dense.length;
    }
    // The lawful-basis tables of the agreements and the DPIA's, at least.
    expect(dense).toBeGreaterThan(5);
    await page.close();
  }, 300_000);

  it("has no WCAG 2.1 AA violation that axe-core finds at 360 px", async () => {
    const page = await browser().newPage({ viewport: PHONE });
    for (const file of pages) {
      await page.goto(pathToFileURL(file).href, { waitUntil: "load" });
      const violations = await axeViolations(page);
      expect(violations, file.slice(folder.dir.length + 1)).toEqual([]);
    }
    await page.close();
  }, 600_000);
});
