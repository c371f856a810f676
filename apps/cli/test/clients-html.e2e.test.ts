// The pack's HTML pages as a council's web and accessibility lead checks them before publishing them, in
// headless Chromium (the system's, as in clients.e2e.test.ts): the Easy Read notice's words at 14 points
// on screen and on paper, a keyboard focus that stands out (WCAG 1.4.11), a Welsh-first bilingual page's
// link to its English part, and a Welsh form's tick boxes named in Welsh (WCAG 3.1.2). On CI (CI=true) a
// missing chromium fails the run; elsewhere these checks are skipped with a message.
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { contrastWithWhite } from "@lac/council";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHROMIUM, hasChromium, useChromium } from "./chromium.js";
import { initHtmlPacks, temporaryFolder } from "./run-lac.js";

// What the functions given to page.evaluate use of the page (the CLI's TypeScript has no DOM library).
interface PageElement {
  readonly tagName: string;
  readonly id: string;
  readonly lang: string;
  readonly textContent: string | null;
  getAttribute(name: string): string | null;
  closest(selector: string): PageElement | null;
  querySelector(selector: string): PageElement | null;
  getBoundingClientRect(): { readonly width: number };
}
declare const document: {
  readonly activeElement: PageElement | null;
  querySelector(selector: string): PageElement | null;
  querySelectorAll(selector: string): Iterable<PageElement>;
};
declare const window: { readonly location: { readonly hash: string } };
declare function getComputedStyle(element: PageElement): {
  readonly fontSize: string;
  readonly outlineColor: string;
  readonly outlineStyle: string;
  readonly outlineWidth: string;
  readonly display: string;
};

const onCi = process.env.CI === "true" || process.env.CI === "1";
const missing = !hasChromium;
if (missing && !onCi) console.warn(`Skipping the HTML pack checks: ${CHROMIUM} not found.`);

const folder = temporaryFolder();
afterAll(folder.remove);

const english = join(folder.dir, "brackenford");
const welshFirst = join(folder.dir, "cwm-teg");

beforeAll(() => {
  if (missing && !onCi) return;
  initHtmlPacks(folder.dir, [
    ["brackenford", "brackenford", []],
    ["cwm-teg", "cwm-teg", ["--set", "output.bilingualLayout=welsh-first"]],
  ]);
}, 400_000);

/** A computed CSS colour, rgb(r, g, b), as #rrggbb. */
function hex(colour: string): string {
  const [red, green, blue] = (colour.match(/\d+/g) ?? []).map(Number);
  return `#${[red, green, blue].map((value) => (value ?? 0).toString(16).padStart(2, "0")).join("")}`;
}

/** Presses Tab until `selector` has the focus (at most 200 times); its focus outline, or null if never. */
async function focusOutline(page: Page, selector: string) {
  for (let presses = 0; presses < 200; presses += 1) {
    await page.keyboard.press("Tab");
    const outline = await page.evaluate((wanted) => {
      const element = document.activeElement;
      if (!element?.closest(wanted)) return null;
      const style = getComputedStyle(element);
      return { colour: style.outlineColor, style: style.outlineStyle, width: style.outlineWidth };
    }, selector);
    if (outline) return outline;
  }
  return null;
}

describe.skipIf(missing && !onCi)("the pack's HTML pages, before the council publishes them", () => {
  const browser = useChromium();

  it("sets every word of the Easy Read notice a reader reads at 14 points or more, its pictures in a column of one width, on screen and in print", async () => {
    const page = await browser().newPage();
    await page.goto(pathToFileURL(join(english, "data-protection", "privacy-notice-easy-read.html")).href);
    for (const media of ["screen", "print"] as const) {
      await page.emulateMedia({ media });
      // 14 pt is 18.67 CSS px. The generated notice, for the council, is left out.
      const small = await page.evaluate(() =>
        [...document.querySelectorAll("p, li, th, td, code")]
          .filter((element) => !element.closest(".generated-notice"))
          .map((element) => ({
            text: `${element.tagName} ${(element.textContent ?? "").slice(0, 40)}`,
            px: Number.parseFloat(getComputedStyle(element).fontSize),
          }))
          .filter(({ px }) => px < 18.6),
      );
      expect(small, media).toEqual([]);
      // The picture column as wide in every table, so that the pictures line up from one table to the next.
      const pictures = await page.evaluate(() => [
        ...new Set(
          [...document.querySelectorAll("table")].map((table) =>
            Math.round(table.querySelector("td, th")!.getBoundingClientRect().width),
          ),
        ),
      ]);
      expect(pictures, `${media}: widths of the picture column`).toHaveLength(1);
    }
    await page.close();
  });

  it("outlines the keyboard's focus, on a link and on a table that scrolls, at 3:1 or more against the page (WCAG 1.4.11)", async () => {
    const page = await browser().newPage();
    await page.goto(pathToFileURL(join(english, "data-protection", "dpia.html")).href);
    for (const selector of ["a", ".table-scroll"]) {
      const outline = await focusOutline(page, selector);
      expect(outline, `${selector}: reached with Tab`).not.toBeNull();
      expect(outline!.style, selector).toBe("solid");
      expect(Number.parseFloat(outline!.width), selector).toBeGreaterThanOrEqual(2);
      expect(
        contrastWithWhite(hex(outline!.colour)),
        `${selector}: ${outline!.colour}`,
      ).toBeGreaterThanOrEqual(3);
    }
    await page.close();
  });

  it("takes a Welsh-first page's reader from its first link to its English part, a link that is not printed", async () => {
    const page = await browser().newPage();
    await page.goto(pathToFileURL(join(welshFirst, "data-protection", "privacy-notice.html")).href);
    await page.keyboard.press("Tab");
    const link = await page.evaluate(() => ({
      text: document.activeElement?.textContent,
      lang: document.activeElement?.getAttribute("lang"),
    }));
    expect(link).toEqual({ text: "English", lang: "en-GB" });
    await page.keyboard.press("Enter");
    const target = await page.evaluate(() => {
      const part = document.querySelector(window.location.hash);
      return {
        hash: window.location.hash,
        lang: part?.lang,
        heading: part?.querySelector("h2")?.textContent,
      };
    });
    expect(target).toEqual({ hash: "#english", lang: "en-GB", heading: "1. Who we are" });
    await page.emulateMedia({ media: "print" });
    expect(
      await page.evaluate(() => getComputedStyle(document.querySelector(".language-link")!).display),
    ).toBe("none");
    await page.close();
  });

  it("names each tick box of the bilingual agreement form in the language of its part", async () => {
    const page = await browser().newPage();
    await page.goto(pathToFileURL(join(welshFirst, "data-protection", "agreement-to-share-form.html")).href);
    const boxes = await page.evaluate(() =>
      [...document.querySelectorAll(".checkbox")].map((box) => ({
        lang: box.closest("[lang]")?.getAttribute("lang"),
        name: box.getAttribute("aria-label"),
      })),
    );
    expect(boxes.filter((box) => box.lang === "cy").length).toBeGreaterThan(10);
    expect(boxes.filter((box) => box.lang === "en-GB").length).toBeGreaterThan(10);
    for (const box of boxes) expect(box.name, `${box.lang}`).toMatch(box.lang === "cy" ? /^blwch / : / box$/);
    await page.close();
  });
});
