// The playground with several documents: a pasted feed, a dropped or chosen
// export file, clicking parts, marks at issues, null headlines and no body,
// and a page no wider than a phone. Needs `npm run docs` first.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser, Page } from "playwright";
import { afterAll, beforeAll, expect, it } from "vitest";
import { nexisUniDocument, nexisUniExport } from "../support/export-files.js";
import { openBrowserPage, pagePath, root } from "../support/playground-page.js";

const nexisExport = readFileSync(join(root, "fixtures", "cli", "export.TXT"), "utf8");

let browser: Browser;
let page: Page;
let consoleErrors: string[] = [];

beforeAll(async () => {
  ({ browser, page, consoleErrors } = await openBrowserPage());
  await page.goto(pathToFileURL(pagePath).href);
  await waitParsed();
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

/** Waits for a result after `before` (the status line changes once per result). */
async function waitParsed(): Promise<void> {
  await page.waitForFunction(() =>
    /^(Parsed|No article)/.test(
      document.querySelector('[data-testid="status"]')?.textContent ?? "",
    ),
  );
}

async function fillAndWait(text: string): Promise<void> {
  await page.getByTestId("input").fill(text);
  await page.waitForFunction((length) => {
    const status = document.querySelector('[data-testid="status"]')?.textContent ?? "";
    const input = document.querySelector<HTMLTextAreaElement>('[data-testid="input"]');
    return input?.value.length === length && /^(Parsed|No article)/.test(status);
  }, text.length);
  await page.waitForTimeout(400);
}

function pickerLabels(): Promise<string[]> {
  return page
    .getByTestId("document")
    .locator("option")
    .evaluateAll((options) => options.map((o) => o.textContent ?? ""));
}

function article(): Promise<Record<string, unknown>> {
  return page
    .getByTestId("output")
    .textContent()
    .then((t) => JSON.parse(t ?? "{}"));
}

it("shows each document of a pasted Nexis export, highlighted in place", async () => {
  await fillAndWait(nexisExport);
  expect(await page.getByTestId("document").isVisible()).toBe(true);
  expect(await pickerLabels()).toEqual([
    "Document 1 of 2 — Harbour Reopens, Ships Return",
    "Document 2 of 2 — Second Day at the Harbour",
  ]);
  expect((await article()).headline).toBe("Harbour Reopens, Ships Return");
  expect(await page.getByTestId("issues").textContent()).not.toContain("several-articles");

  await page.getByTestId("document").selectOption("1");
  await expect.poll(async () => (await article()).headline).toBe("Second Day at the Harbour");
  // The second document's headline is highlighted where it is in the whole input.
  const headline = page.locator('[data-testid="view"] [data-part="headline"]');
  expect(await headline.count()).toBe(1);
  expect(await headline.textContent()).toBe("Second Day at the Harbour");
  expect(Number(await headline.getAttribute("data-start"))).toBe(
    nexisExport.indexOf("Second Day at the Harbour"),
  );
  expect(await page.getByTestId("status").textContent()).toMatch(/document 2 of 2/);
  // With spans shown, the page says where they count from.
  await page.getByTestId("spans-toggle").check();
  const spans = (await article()).spans as { headline: { start: number } };
  expect(spans.headline.start).toBe(nexisExport.indexOf("Second Day at the Harbour"));
  expect(await page.getByTestId("spans-note").textContent()).toContain(
    "safeParseArticles counts this document's from its own start, 379 characters in.",
  );
  await page.getByTestId("spans-toggle").uncheck();
  expect(await page.getByTestId("spans-note").isVisible()).toBe(false);

  // One article: no picker.
  await fillAndWait("Talks resume\n\nThe talks resumed on Monday.");
  await expect.poll(() => page.getByTestId("document").isVisible()).toBe(false);
});

it("keeps the document shown in the share link", async () => {
  await fillAndWait(nexisExport);
  await page.getByTestId("document").selectOption("1");
  await page.getByTestId("share").click();
  await page.waitForFunction(() =>
    /^Link/.test(document.querySelector('[data-testid="status"]')?.textContent ?? ""),
  );
  const link = await page.getByTestId("share-link").inputValue();
  await page.goto("about:blank");
  await page.goto(link);
  await waitParsed();
  expect(await page.getByTestId("document").inputValue()).toBe("1");
  expect((await article()).headline).toBe("Second Day at the Harbour");
});

it("carries no export reader in the page's script: it is loaded when a file needs it", () => {
  const dir = join(root, "docs", "api", "playground");
  // The DOCX part the reader opens, written only in the reader's code.
  expect(readFileSync(join(dir, "playground.js"), "utf8")).not.toContain("word/document.xml");
  expect(readFileSync(join(dir, "playground-reader.js"), "utf8")).toContain("word/document.xml");
});

it("clicking a part selects its text in the input and its value in the JSON", async () => {
  await fillAndWait(nexisExport);
  await page.getByTestId("document").selectOption("1");
  await expect.poll(async () => (await article()).headline).toBe("Second Day at the Harbour");
  const paragraph = page.locator('[data-testid="view"] [data-part="paragraph"]').first();
  await paragraph.click();
  const selected = await page.evaluate(() => {
    const input = document.querySelector<HTMLTextAreaElement>('[data-testid="input"]');
    return {
      input: input?.value.slice(input.selectionStart, input.selectionEnd),
      json: getSelection()?.toString(),
    };
  });
  expect(selected).toEqual({
    input: "Trade picked up on Monday.",
    json: '"Trade picked up on Monday."',
  });
});

it("does not keep describing a part after an edit replaced it", async () => {
  await fillAndWait("Talks resume\n\nThe talks resumed on Monday.");
  await page.locator('[data-testid="view"] [data-part="headline"]').hover();
  await expect.poll(() => page.getByTestId("part-path").textContent()).toBe("headline");
  await page.mouse.move(0, 0);
  await fillAndWait("Source: rfi");
  expect(await page.getByTestId("part-info").textContent()).not.toContain("headline");
});

it("marks issues at their place in the text", async () => {
  await fillAndWait("Only a headline\n\n\n");
  const marked = await page.evaluate(() => {
    const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    return [...(registry.get("issue-warning") ?? [])].map((r) => r.toString());
  });
  expect(marked).toEqual(["Only a headline"]);
});

it('shows a null headline as "(no headline)" and no body as "(no body)", with their warnings', async () => {
  await fillAndWait("Source: rfi");
  expect(await page.getByTestId("headline").textContent()).toBe("(no headline)");
  expect(await page.getByTestId("body").textContent()).toBe("(no body)");
  const issues = await page.getByTestId("issue").allTextContents();
  expect(issues.some((i) => i.includes("no-headline"))).toBe(true);
  expect(issues.some((i) => i.includes("no-body"))).toBe(true);
  await fillAndWait("Talks resume\n\nThe talks resumed on Monday.");
  expect(await page.getByTestId("headline").textContent()).toBe("Talks resume");
  expect(await page.getByTestId("body").textContent()).toBe("1 paragraph in 1 section");
});

it("reads a chosen DOCX export and shows its documents, loading the reader only then", async () => {
  const scripts = () =>
    page.evaluate(() => [...document.scripts].map((s) => s.src.split("/").pop() ?? ""));
  expect(await scripts()).not.toContain("playground-reader.js");
  const file = nexisUniExport([
    nexisUniDocument("Minister resigns over leak", ["The minister resigned on Tuesday."]),
    nexisUniDocument("Budget vote delayed", ["The vote was put off until May."]),
  ]);
  await page.getByTestId("file").setInputFiles({
    name: "export.docx",
    mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    buffer: Buffer.from(file),
  });
  await expect
    .poll(() => pickerLabels())
    .toEqual([
      "Document 1 of 2 — Minister resigns over leak",
      "Document 2 of 2 — Budget vote delayed",
    ]);
  expect(await scripts()).toContain("playground-reader.js");
  expect(await page.getByTestId("file-info").textContent()).toMatch(/^export\.docx: docx/);
  await page.getByTestId("document").selectOption("1");
  await expect.poll(async () => (await article()).headline).toBe("Budget vote delayed");
  // The document's text is in the input, its parts selectable there.
  expect(await page.getByTestId("input").inputValue()).toContain("The vote was put off until May.");
  await page.locator('[data-testid="view"] [data-part="headline"]').click();
  const input = await page.evaluate(() => {
    const el = document.querySelector<HTMLTextAreaElement>('[data-testid="input"]');
    return el?.value.slice(el.selectionStart, el.selectionEnd);
  });
  expect(input).toBe("Budget vote delayed");
});

/** Drops a file with `bytes` on the input pane, as a drag from the desktop does. */
async function drop(name: string, bytes: Uint8Array, type: string): Promise<void> {
  await page.evaluate(
    ({ name, bytes, type }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(bytes)], name, { type }));
      const pane = document.querySelector('[data-testid="input"]');
      pane?.dispatchEvent(new DragEvent("dragover", { dataTransfer: transfer, bubbles: true }));
      pane?.dispatchEvent(new DragEvent("drop", { dataTransfer: transfer, bubbles: true }));
    },
    { name, bytes: [...bytes], type },
  );
}

it("reads a dropped Factiva HTML page", async () => {
  const html = `<html><body><div class="article enArticle">
  <div id="hd"><span class="enHeadline">Mill to expand</span></div>
  <div>40 words</div><div>7 April 2000</div><div>Gazeta Mercantil</div><div>GMES</div><div>English</div>
  <p class="articleParagraph enarticleParagraph">The mill will grow.</p>
  <p>Document gmes000020010810dw47004yg</p></div></body></html>`;
  await drop("factiva.html", new TextEncoder().encode(html), "text/html");
  await expect.poll(async () => (await article()).headline).toBe("Mill to expand");
  expect((await article()).source).toBe("Gazeta Mercantil");
  expect(await page.getByTestId("file-info").textContent()).toMatch(
    /^factiva\.html: html, factiva-html/,
  );
  await expect.poll(() => page.getByTestId("document").isVisible()).toBe(false);
});

it("reads a dropped text file as parseArticle reads bytes: windows-1252 when not UTF-8", async () => {
  // "Café reopens" in windows-1252: é is the single byte 0xE9.
  const bytes = new Uint8Array([
    ...new TextEncoder().encode("Caf"),
    0xe9,
    ...new TextEncoder().encode(" reopens\n\nThe caf"),
    0xe9,
    ...new TextEncoder().encode(" reopened on Monday.\n"),
  ]);
  await drop("cafe.txt", bytes, "text/plain");
  await expect.poll(async () => (await article()).headline).toBe("Café reopens");
  expect(await page.getByTestId("input").inputValue()).toBe(
    "Café reopens\n\nThe café reopened on Monday.\n",
  );
  expect(await page.getByTestId("file-info").textContent()).toBe(
    "cafe.txt: not UTF-8, read as windows-1252 (parseArticle's not-utf8 warning).",
  );
  // An edit makes it the user's text.
  await fillAndWait("Café reopens\n\nThe café reopened.");
  expect(await page.getByTestId("file-info").isVisible()).toBe(false);
});

it("lists the evidence behind each part, and shows a part from its line", async () => {
  await fillAndWait("Talks resume\n\nThe talks resumed on Monday.\n\nSource: rfi");
  const items = page.getByTestId("evidence-item");
  // The dialect is chosen by the labelled last line; then one decision per part.
  expect(await items.allTextContents()).toEqual([
    "dialect — dialect, rule labelled-last-line (dialect aggregator)",
    "headline — headline, rule first-line",
    "sections[0].paragraphs[0] — paragraph, rule one-line-block",
    "trailer[0] → source — trailer, rule trailer-label (label “Source”, key source)",
  ]);
  expect(await items.first().isDisabled()).toBe(true);
  await items.nth(3).click();
  expect(await page.getByTestId("part-path").textContent()).toBe("trailer[0]");
  expect(await page.getByTestId("part-info").textContent()).toContain("key source");
  expect(await page.evaluate(() => getSelection()?.toString())).toContain('"key": "source"');
});

it("says why a dropped file cannot be read, leaving the input as it was", async () => {
  await fillAndWait("Talks resume\n\nThe talks resumed on Monday.");
  await drop("report.pdf", new TextEncoder().encode("%PDF-1.7\n"), "application/pdf");
  await expect
    .poll(() => page.getByTestId("file-info").textContent())
    .toBe("report.pdf (pdf) could not be read: see the errors.");
  expect(await page.getByTestId("issue").first().textContent()).toMatch(
    /^error unsupported-format: report\.pdf is a PDF/,
  );
  expect(await page.getByTestId("input").inputValue()).toBe(
    "Talks resume\n\nThe talks resumed on Monday.",
  );
});

it("reads dropped markup of no export layout as text: a file of TREC records", async () => {
  const trec =
    "<DOC>\n<DOCNO>AP-1</DOCNO>\n<HEAD>Floods close the river road</HEAD>\n<TEXT>\nThe river road was closed on Monday.\n</TEXT>\n</DOC>\n" +
    "<DOC>\n<DOCNO>AP-2</DOCNO>\n<HEAD>Ferry service resumes</HEAD>\n<TEXT>\nThe ferry ran again on Tuesday.\n</TEXT>\n</DOC>\n";
  await drop("ap.sgml", new TextEncoder().encode(trec), "text/plain");
  await expect.poll(() => page.getByTestId("input").inputValue()).toBe(trec);
  await expect
    .poll(() => pickerLabels())
    .toEqual([
      "Document 1 of 2 — Floods close the river road",
      "Document 2 of 2 — Ferry service resumes",
    ]);
});

it.each([390, 1280])("is no wider than a %i px viewport", async (width) => {
  await page.setViewportSize({ width, height: 900 });
  await fillAndWait(nexisExport);
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth).toBeLessThanOrEqual(width);
});

it("logged no console errors", () => {
  expect(consoleErrors).toEqual([]);
});
