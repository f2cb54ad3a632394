// The built API site (docs/api/, from `npm run docs`) in Chromium at 1280×800:
// no page wider than its content column, no broken internal link, every guide
// in the navigation and in the search. Opened from file://, as a downloaded
// copy of the site would be.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { type Browser, chromium, type Page } from "playwright";
import { afterAll, beforeAll, expect, it } from "vitest";
import { chromiumLaunchOptions } from "../support/chromium.js";

const root = join(import.meta.dirname, "..", "..");
const site = join(root, "docs", "api");
const config = JSON.parse(readFileSync(join(root, "typedoc.json"), "utf8")) as {
  projectDocuments: string[];
  categoryOrder: string[];
};

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(path);
    return entry.name.endsWith(".html") ? [path] : [];
  });
}

/** The `title:` of a guide's front matter. */
function guideTitle(file: string): string {
  const text = readFileSync(join(root, file), "utf8");
  const match = /^---\n(?:.*\n)*?title: (.+)\n(?:.*\n)*?---\n/.exec(text);
  if (!match?.[1]) throw new Error(`${file} has no front matter title`);
  return match[1].trim();
}

let browser: Browser;
let page: Page;
let pages: string[];

beforeAll(async () => {
  if (!existsSync(join(site, "index.html")))
    throw new Error("docs/api/ is missing: run `npm run docs` first");
  pages = htmlFiles(site);
  browser = await chromium.launch({ ...(await chromiumLaunchOptions()), headless: true });
  page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

it("has no broken internal link", () => {
  const broken: string[] = [];
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let found = ids.get(file);
    if (!found) {
      const html = readFileSync(file, "utf8");
      found = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1] ?? ""));
      ids.set(file, found);
    }
    return found;
  };
  for (const file of pages) {
    const html = readFileSync(file, "utf8");
    for (const [, href] of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
      if (!href || /^(?:[a-z]+:|\/\/|data:)/i.test(href)) continue;
      const [path = "", fragment = ""] = href.split("#");
      const target = path === "" ? file : resolve(dirname(file), decodeURIComponent(path));
      const name = `${relative(site, file)} → ${href}`;
      if (!target.startsWith(site) || !existsSync(target)) broken.push(name);
      else if (
        fragment !== "" &&
        target.endsWith(".html") &&
        !idsOf(target).has(decodeURIComponent(fragment))
      ) {
        broken.push(name);
      }
    }
    // A link to a guide's Markdown source means it was not turned into a site page.
    for (const [, href] of html.matchAll(/\shref="([^"]*\.md)(?:#[^"]*)?"/g)) {
      broken.push(`${relative(site, file)} → ${href} (Markdown source)`);
    }
  }
  expect(broken).toEqual([]);
});

it("fits every page's content column at 1280×800", async () => {
  const overflowing: string[] = [];
  for (const file of pages.filter((p) => !p.includes(`${join("docs", "api", "playground")}`))) {
    await page.goto(pathToFileURL(file).href);
    const found = await page.evaluate(() => {
      const column = document.querySelector<HTMLElement>(".col-content");
      if (!column) return ["no .col-content"];
      const problems: string[] = [];
      if (document.documentElement.scrollWidth > window.innerWidth) {
        problems.push(`page ${document.documentElement.scrollWidth}px wide`);
      }
      if (column.scrollWidth > column.clientWidth + 1) {
        problems.push(`column ${column.scrollWidth}px of ${column.clientWidth}px`);
      }
      // A table that only fits by scrolling sideways does not fit either.
      for (const table of column.querySelectorAll<HTMLElement>("table")) {
        if (
          table.scrollWidth > table.clientWidth + 1 ||
          table.getBoundingClientRect().right > column.getBoundingClientRect().right + 1
        ) {
          problems.push(
            `table "${table.querySelector("th")?.textContent ?? ""}…" ${table.scrollWidth}px of ${column.clientWidth}px`,
          );
        }
      }
      return problems;
    });
    for (const problem of found) overflowing.push(`${relative(site, file)}: ${problem}`);
  }
  expect(overflowing).toEqual([]);
}, 120_000);

it("lists every guide, the categories and the playground in the navigation", async () => {
  await page.goto(pathToFileURL(join(site, "index.html")).href);
  await page.waitForSelector("#tsd-nav-container li");
  const entries = await page
    .locator("#tsd-nav-container a, #tsd-nav-container summary")
    .allTextContents();
  const texts = entries.map((t) => t.trim());
  for (const file of config.projectDocuments) expect(texts, file).toContain(guideTitle(file));
  const categories = texts.filter((t) => config.categoryOrder.includes(t));
  expect(categories).toEqual(config.categoryOrder.filter((c) => c !== "*"));
  expect(await page.getByTestId("playground-link").getAttribute("href")).toBe(
    "playground/index.html",
  );
});

it("finds guides from the search box", async () => {
  await page.goto(pathToFileURL(join(site, "index.html")).href);
  await page.locator("#tsd-search-trigger").click();
  // A phrase from the body of the rules guide, not from its title.
  await page.locator("#tsd-search-input").fill("mojibake");
  await page.waitForSelector("#tsd-search-results li");
  const results = await page.locator("#tsd-search-results li").allTextContents();
  expect(results.join("\n")).toContain(guideTitle("docs/rules.md"));
});

it("shows front matter as a title and the package name once on the index", async () => {
  await page.goto(pathToFileURL(join(site, "index.html")).href);
  const name = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).name;
  const headings = await page.locator(".col-content h1, .col-content h2").allTextContents();
  expect(headings.filter((h) => h.trim() === name)).toHaveLength(1);
  for (const file of config.projectDocuments) {
    const html = readFileSync(
      join(site, "documents", `${guideTitle(file).replaceAll(" ", "_")}.html`),
      "utf8",
    );
    expect(html, file).not.toMatch(/<p>title: /);
    expect(html, file).not.toContain("<hr/>\n<h2>title:");
  }
});

it("is what scripts/build-playground.mjs links to", () => {
  expect(
    existsSync(fileURLToPath(new URL("playground/index.html", pathToFileURL(`${site}/`)))),
  ).toBe(true);
});
