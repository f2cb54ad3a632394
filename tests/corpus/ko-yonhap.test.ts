import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { corpusRoot } from "../../scripts/corpus.mjs";
import { parseArticle, splitArticles } from "../../src/index.js";
import { wordsLost } from "./article-words.js";
import { counts, documents } from "./expected/ko-yonhap.js";

// Yonhap wire copy (../shared/corpus/ko-yonhap): headline, then one paragraph a line, the
// wire line `(CITY=연합뉴스) NAME 기자 = ` giving dateline place, agency and byline.
// Expected values are hand-written in expected/ko-yonhap.ts.
const dir = join(corpusRoot(), "ko-yonhap");
const read = (file: string) => readFileSync(join(dir, file), "utf8");
const unquote = (s: string) => s.replace(/^"(.*)"$/u, "$1");

describe("ko-yonhap corpus", () => {
  it("has the documents the expected values describe", () => {
    expect(documents.length).toBe(counts.documents);
  });

  it.each(documents.map((d) => [d.file, d] as const))("%s", (_, doc) => {
    const text = read(doc.file);
    const a = parseArticle(text);
    expect(a.headline).toBe(doc.quoted ? unquote(doc.headline ?? "") : doc.headline);
    expect(a.byline).toBe(doc.byline);
    expect(a.dateline && { place: a.dateline.place, agency: a.dateline.agency }).toEqual(
      doc.dateline,
    );
    // The layout's source is the agency the wire line names.
    expect(a.dateline?.agency ?? null).toBe(doc.source);
    expect(a.source).toBe(doc.source);
    expect(a.bylineRole).toBe(doc.bylineRole ?? null);
    if (doc.bylineRole)
      expect(a.dateline?.text.trimEnd()).toMatch(new RegExp(`${doc.bylineRole} =$`));
    expect(a.publishedAt).toBe(doc.publishedAt);
    const paragraphs = a.sections.flatMap((s) => s.paragraphs);
    const headings = a.sections.flatMap((s) => (s.heading === null ? [] : [s.heading]));
    expect(paragraphs.length).toBe(doc.paragraphs);
    expect(headings).toEqual([...(doc.decks ?? []), ...(doc.subheads ?? [])]);
    expect(paragraphs[0]?.startsWith(doc.firstWords)).toBe(true);
    expect(paragraphs.at(-1)?.endsWith(doc.lastWords)).toBe(true);
    expect(wordsLost(text, a)).toEqual([]);
    // One article a file: a feed splitter finds no second one.
    expect(splitArticles(text)).toHaveLength(1);
  });

  it("reads every dateline and byline the layout states", () => {
    const articles = documents.map((d) => parseArticle(read(d.file)));
    const datelines = articles.filter((a) => a.dateline?.agency === "연합뉴스").length;
    const bylines = articles.filter(
      (a, i) => a.byline !== null && a.byline === documents[i]?.byline,
    );
    expect(datelines).toBe(counts.withDateline);
    expect(bylines.length).toBe(counts.withByline);
  });
});
