// The implementation plan's timeline in the HTML pages, in headless Chromium (the system's, as in
// clients.e2e.test.ts): every year's and month's label is drawn whole inside the chart and clear of its
// neighbours, on a wide screen, on a phone 320 px wide and in print, for each example council and for plans
// whose last year is a lone January or that run for five years. On CI (CI=true) a missing chromium fails the
// run; elsewhere these checks are skipped with a message.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHROMIUM, hasChromium, useChromium } from "./chromium.js";
import { example, runLac, temporaryFolder } from "./run-lac.js";

// What the function given to page.evaluate uses of the page (the CLI's TypeScript has no DOM library).
interface Box {
  readonly left: number;
  readonly right: number;
  readonly height: number;
}
interface PageElement {
  readonly textContent: string | null;
  readonly nextElementSibling: PageElement | null;
  readonly parentElement: PageElement | null;
  readonly clientWidth: number;
  readonly scrollWidth: number;
  readonly tabIndex: number;
  getAttribute(name: string): string | null;
  getBoundingClientRect(): Box;
  querySelectorAll(selector: string): Iterable<PageElement>;
}
declare const document: {
  querySelector(selector: string): PageElement | null;
  readonly scrollingElement: PageElement | null;
};
declare const window: { readonly innerWidth: number };

const onCi = process.env.CI === "true" || process.env.CI === "1";
const missing = !hasChromium;
if (missing && !onCi) console.warn(`Skipping the timeline checks: ${CHROMIUM} not found.`);

const COUNCILS = ["brackenford", "wendleshire", "cwm-teg", "hollinbrook", "stanmoor", "kingsmere"] as const;

/** Plans the examples do not make: a January alone in the last year, a December alone in the first, five years. */
const MADE_UP = [
  ["lone-january", "brackenford", ["--set", "programme.startDate=2026-01-01"]],
  ["lone-december", "stanmoor", ["--set", "programme.startDate=2026-12-01"]],
  ["five-years", "brackenford", ["--set", "evaluation.summativeReportMonths=60"]],
] as const;

const folder = temporaryFolder();
afterAll(folder.remove);

/** Each plan's HTML page, by a name for the messages. */
const plans: { readonly name: string; readonly file: string }[] = [];

beforeAll(() => {
  if (missing && !onCi) return;
  const runs = [...COUNCILS.map((council) => [council, council, []] as const), ...MADE_UP] as const;
  for (const [name, council, extra] of runs) {
    const pack = join(folder.dir, name);
    const run = runLac(
      ["init", pack, "--answers", example(council), "--set", "output.formats=[markdown, html]", ...extra],
      folder.dir,
      {},
      undefined,
      180_000,
    );
    if (run.status !== 0) throw new Error(`lac init ${name}: ${run.stderr}`);
    plans.push({ name, file: join(pack, "implementation-plan.html") });
  }
}, 600_000);

/**
 * The chart's labels as drawn, in CSS pixels: each year's with the run of months it heads (from its line to
 * the next year's line, or the chart's right edge), and each month's initial.
 */
async function labelsOf(page: Page) {
  return page.evaluate(() => {
    const svg = document.querySelector("svg.timeline-chart")!;
    const chart = svg.getBoundingClientRect();
    const box = (element: PageElement) => {
      const { left, right } = element.getBoundingClientRect();
      return { left, right };
    };
    const lines = [...svg.querySelectorAll('line[y1="2"]')];
    const texts = [...svg.querySelectorAll("text")];
    const figure = svg.parentElement!;
    return {
      chart: box(svg),
      /** The year labels' height, which is about their size as read. */
      yearSize: texts.find((text) => text.getAttribute("font-weight") === "bold")!.getBoundingClientRect()
        .height,
      pageScrolls: document.scrollingElement!.scrollWidth > window.innerWidth,
      figureScrolls: figure.scrollWidth > figure.clientWidth,
      figureTabIndex: figure.tabIndex,
      years: texts
        .filter((text) => text.getAttribute("font-weight") === "bold")
        .map((text) => {
          const line = lines.indexOf(text.nextElementSibling!);
          return {
            text: text.textContent ?? "",
            box: box(text),
            room: {
              left: box(lines[line]!).left,
              right: lines[line + 1] ? box(lines[line + 1]!).left : chart.right,
            },
          };
        }),
      months: texts
        .filter((text) => text.getAttribute("font-size") === "10")
        .map((text) => ({ text: text.textContent ?? "", box: box(text) })),
    };
  });
}

describe.skipIf(missing && !onCi)("the plan's timeline in Chromium", () => {
  const browser = useChromium();

  it("has Chromium, and a plan with a timeline for each example and made-up plan", () => {
    expect(missing, `install chromium (${CHROMIUM})`).toBe(false);
    expect(plans).toHaveLength(COUNCILS.length + MADE_UP.length);
    for (const plan of plans) expect(readFileSync(plan.file, "utf8"), plan.name).toContain("timeline-chart");
  });

  it("draws every year's and month's label whole, inside its room and clear of the next, on a wide screen, at 320 px and in print", async () => {
    const views = [
      { name: "1200 px", viewport: { width: 1200, height: 900 }, media: "screen" },
      { name: "320 px", viewport: { width: 320, height: 640 }, media: "screen" },
      // A4's text width between margins of 20 mm, at 96 px to the inch.
      { name: "print", viewport: { width: 643, height: 900 }, media: "print" },
    ] as const;
    let years = 0;
    for (const view of views) {
      const page = await browser().newPage({ viewport: view.viewport });
      await page.emulateMedia({ media: view.media });
      for (const plan of plans) {
        await page.goto(pathToFileURL(plan.file).href, { waitUntil: "load" });
        const labels = await labelsOf(page);
        const where = `${plan.name} at ${view.name}`;
        // Half a CSS pixel for rounding: the glyphs' boxes are measured, not their ink.
        const slack = 0.5;
        for (const year of labels.years) {
          expect(year.box.left, `${where}: ${year.text} starts before its line`).toBeGreaterThanOrEqual(
            year.room.left - slack,
          );
          expect(year.box.right, `${where}: ${year.text} runs past its months`).toBeLessThanOrEqual(
            year.room.right + slack,
          );
          expect(year.text, where).toMatch(/^\d{4}$/);
          years += 1;
        }
        expect(labels.months.length, where).toBeGreaterThan(0);
        labels.months.forEach((month, index) => {
          expect(month.box.left, `${where}: month ${index} is cut off`).toBeGreaterThanOrEqual(
            labels.chart.left - slack,
          );
          expect(month.box.right, `${where}: month ${index} is cut off`).toBeLessThanOrEqual(
            labels.chart.right + slack,
          );
          const next = labels.months[index + 1];
          if (next)
            expect(
              month.box.right,
              `${where}: month ${index} (${month.text}) overlaps the next`,
            ).toBeLessThanOrEqual(next.box.left + slack);
        });
      }
      await page.close();
    }
    // Most years keep their label: only one too narrow for it loses it.
    expect(years).toBeGreaterThan(views.length * plans.length * 2);
  }, 300_000);

  it("draws the timeline large enough to read on a phone 320 px wide, in a figure that scrolls and the keyboard can reach, not the page", async () => {
    const page = await browser().newPage({ viewport: { width: 320, height: 640 } });
    for (const plan of plans) {
      await page.goto(pathToFileURL(plan.file).href, { waitUntil: "load" });
      const labels = await labelsOf(page);
      // A year's label at 12 units of 684 across: about 10 CSS px at 42 em; 5 px when squeezed into 284 px.
      expect(labels.yearSize, plan.name).toBeGreaterThanOrEqual(10);
      expect(labels.pageScrolls, plan.name).toBe(false);
      expect(labels.figureScrolls, plan.name).toBe(true);
      expect(labels.figureTabIndex, plan.name).toBe(0);
    }
    await page.close();
  }, 120_000);
});
