import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";

/** The page's document, inside page.evaluate (the tests have no DOM types). */
declare const document: unknown;

const require = createRequire(import.meta.url);
let axeSource: string | undefined;

/**
 * The WCAG 2.1 and 2.2 A and AA violations axe-core finds in the page as it is now, one line each: the rule, what it
 * asks and how many elements break it. Empty when there are none.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  axeSource ??= readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    const axe = (
      globalThis as unknown as {
        axe: {
          run: (
            context: unknown,
            options: unknown,
          ) => Promise<{ violations: { id: string; help: string; nodes: unknown[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
    });
    return result.violations.map(
      (violation) => `${violation.id}: ${violation.help} (${violation.nodes.length})`,
    );
  });
}
