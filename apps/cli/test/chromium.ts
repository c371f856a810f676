import { existsSync } from "node:fs";
import { chromium, type Browser, type BrowserContext } from "playwright-core";
import { afterAll, beforeAll } from "vitest";

/** The system's Chromium (as .ci/run installs it), or the one LAC_CHROMIUM names. */
export const CHROMIUM = process.env.LAC_CHROMIUM ?? "/usr/bin/chromium";

/** True when {@link CHROMIUM} is there to launch. */
export const hasChromium = existsSync(CHROMIUM);

/** Launches the system Chromium, headless (without its sandbox, which needs a user that is not root). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox"] });
}

/**
 * Inside a describe: launches the system Chromium before its tests and closes it after them. Returns the
 * browser, for the tests to call once it has started.
 */
export function useChromium(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (browser === undefined) throw new Error("Chromium has not started.");
    return browser;
  };
}

/**
 * A new context of `browser` that loads only file: URLs: every other request is refused and its URL kept in
 * `requests`, for the test to expect none.
 */
export async function offlineContext(
  browser: Browser,
): Promise<{ readonly context: BrowserContext; readonly requests: string[] }> {
  const context = await browser.newContext();
  const requests: string[] = [];
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith("file:")) return route.continue();
    requests.push(url);
    return route.abort();
  });
  return { context, requests };
}
