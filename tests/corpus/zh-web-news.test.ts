import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { corpusRoot } from "../../scripts/corpus.mjs";
import { parseArticle, splitArticles } from "../../src/index.js";
import { wordsLost } from "./article-words.js";
import { counts, documents } from "./expected/zh-web-news.js";

// Chinese web news (../shared/corpus/zh-web-news): headline on line 1, then one paragraph or
// subhead a line; no byline, date, source or trailer, and no dateline in these files.
// Expected values are hand-written in expected/zh-web-news.ts.
const dir = join(corpusRoot(), "zh-web-news");
const read = (file: string) => readFileSync(join(dir, file));
// Photo captions (`…/摄`), counted among the paragraphs by the expected values: the README
// names news-5.txt line 4, a caption directly followed by a subhead.
const CAPTIONS: Record<string, number> = { "news-5.txt": 1 };

describe("zh-web-news corpus", () => {
  it("has the documents the expected values describe", () => {
    expect(documents.length).toBe(counts.documents);
  });

  it.each(documents.map((d) => [d.file, d] as const))("%s", (_, doc) => {
    const bytes = new Uint8Array(read(doc.file));
    const text = new TextDecoder().decode(bytes);
    const a = parseArticle(bytes);
    expect(a.headline).toBe(doc.headline);
    expect(a.byline).toBe(doc.byline);
    expect(a.publishedAt).toBe(doc.publishedAt);
    expect(a.source).toBe(doc.source);
    expect(a.dateline).toBeNull();
    expect(a.trailer).toEqual([]);
    const paragraphs = a.sections.flatMap((s) => s.paragraphs);
    const headings = a.sections.flatMap((s) => (s.heading === null ? [] : [s.heading]));
    // Subhead or paragraph is a reading choice in a few files (see expected/README.md).
    // A caption is a note of its own, not a paragraph, and the subhead under it stands alone.
    const captions = CAPTIONS[doc.file] ?? 0;
    expect(a.notes.filter((n) => n.kind === "caption")).toHaveLength(captions);
    expect(a.notes.every((n) => n.kind === "caption" && n.text.endsWith("/摄"))).toBe(true);
    expect(paragraphs.length + headings.length).toBe(
      doc.paragraphs + (doc.subheads?.length ?? 0) - captions,
    );
    const body = a.sections.flatMap((s) => [...(s.heading ? [s.heading] : []), ...s.paragraphs]);
    expect(body.join("\n")).toContain(doc.firstWords);
    expect(body.at(-1)?.endsWith(doc.lastWords)).toBe(true);
    expect(wordsLost(text, a)).toEqual([]);
    // One article a file: a feed splitter finds no second one.
    expect(splitArticles(text)).toHaveLength(1);
  });
});
