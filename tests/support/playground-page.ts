// The built playground opened in Chromium from file://, as a reader opens a
// downloaded copy of the site, with the console's errors collected: shared by
// the playground's browser suites. Needs `npm run docs` first.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { type Browser, chromium, type Page } from "playwright";
import { chromiumLaunchOptions } from "./chromium.js";

/** The project's root folder. */
export const root = join(import.meta.dirname, "..", "..");
/** The built playground page. */
export const pagePath = join(root, "docs", "api", "playground", "index.html");
/** The page's address. */
export const pageUrl = (): string => pathToFileURL(pagePath).href;

/** A browser with one page at 1280 × 900, and the errors its console reports. */
export async function openBrowserPage(): Promise<{
  browser: Browser;
  page: Page;
  consoleErrors: string[];
}> {
  if (!existsSync(pagePath))
    throw new Error("docs/api/playground/ is missing: run `npm run docs` first");
  const browser = await chromium.launch({ ...(await chromiumLaunchOptions()), headless: true });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") consoleErrors.push(message.text());
  });
  page.on("pageerror", (error) => consoleErrors.push(String(error)));
  return { browser, page, consoleErrors };
}
