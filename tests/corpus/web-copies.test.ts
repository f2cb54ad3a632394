import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { corpusRoot } from "../../scripts/corpus.mjs";
import { measure } from "../../scripts/web-metrics.mjs";
import { safeParseArticle } from "../../src/index.js";

// News pages copied out of a browser (../shared/corpus/web-copies, README
// there), each read three ways: the whole page, the article's region, and
// its title over its body. The ground truth is the page's own: meta.json's
// title, byline and date, and body.txt's words. Every page must keep every
// word and give an Article; the figures below are floors under what the
// general reader measures today (the closing numbers of its issue), so a
// change that reads pages worse fails here. `node scripts/web-copies-report.mjs
// --pages` prints the table page by page.

const dir = join(corpusRoot(), "web-copies");
const pages = existsSync(dir)
  ? readdirSync(dir, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort()
  : [];
const read = (page: string, file: string) => readFileSync(join(dir, page, file), "utf8");

interface Row {
  ok: boolean;
  headline?: boolean;
  silent?: boolean;
  showsAuthor?: boolean;
  byline?: boolean;
  showsDate?: boolean;
  date?: boolean;
  f1?: number;
  lost?: number;
  dialect?: string;
}

const share = (rows: Row[], test: (r: Row) => boolean) =>
  rows.length === 0 ? 1 : rows.filter(test).length / rows.length;
const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / Math.max(1, xs.length);

/** Floors per way of copying: what the reader gives today, a little under. */
const FLOORS = {
  page: { headline: 0.85, silent: 0.03, byline: 0.72, date: 0.8, f1: 0.88 },
  region: { headline: 0.97, silent: 0, byline: 0.8, date: 0.8, f1: 0.965 },
  "title+body": { headline: 1, silent: 0, byline: 0, date: 0, f1: 0.99 },
} as const;

describe("web-copies corpus", () => {
  it("holds the pages its README describes", () => {
    expect(pages.length).toBeGreaterThanOrEqual(30);
    for (const page of pages) {
      const meta = JSON.parse(read(page, "meta.json"));
      expect(typeof meta.title, page).toBe("string");
    }
  });

  for (const copy of ["page", "region", "title+body"] as const) {
    describe(`read as ${copy}`, () => {
      const rows: Row[] = pages.map((page) => measure(safeParseArticle, read, page, copy));

      it.each(pages.map((p, i) => [p, i] as const))(
        "%s gives an Article and loses no word",
        (_, i) => {
          const row = rows[i] as Row;
          expect(row.ok).toBe(true);
          expect(row.lost).toBe(0);
        },
      );

      it("finds headlines, bylines and bodies at least as well as measured", () => {
        const floor = FLOORS[copy];
        const ok = rows.filter((r) => r.ok);
        expect(share(rows, (r) => r.headline === true)).toBeGreaterThanOrEqual(floor.headline);
        // A wrong headline with no warning is the failure that matters most.
        expect(share(rows, (r) => r.silent === true)).toBeLessThanOrEqual(floor.silent);
        const authors = ok.filter((r) => r.showsAuthor);
        expect(share(authors, (r) => r.byline === true)).toBeGreaterThanOrEqual(floor.byline);
        const dated = ok.filter((r) => r.showsDate);
        expect(share(dated, (r) => r.date === true)).toBeGreaterThanOrEqual(floor.date);
        expect(mean(ok.map((r) => r.f1 ?? 0))).toBeGreaterThanOrEqual(floor.f1);
      });
    });
  }

  it("reads the whole pages as copied pages, and a title over its body as no page", () => {
    const wholes = pages.map((page) => measure(safeParseArticle, read, page, "page") as Row);
    expect(share(wholes, (r) => r.dialect === "web-page")).toBeGreaterThanOrEqual(0.9);
    const bare = pages.map((page) => measure(safeParseArticle, read, page, "title+body") as Row);
    expect(bare.filter((r) => r.dialect === "web-page")).toEqual([]);
  });
});
