import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { corpusRoot } from "../../scripts/corpus.mjs";
import { type Article, formatArticle, parseArticle, safeParseArticle } from "../../src/index.js";

// The BBC News dataset (Greene & Cunningham, ICML 2006), read from the shared corpus.
// Its documented layout is the ground truth: line 1 is the headline, and every
// following non-blank line is one paragraph, in order; the only lines that may be
// read as headings are the padded all-caps subheads of tech/095 and tech/244.
const root = join(corpusRoot(), "bbc");
const categories = ["business", "entertainment", "politics", "sport", "tech"];

interface CorpusFile {
  name: string;
  bytes: Uint8Array;
  text: string;
}

function decode(name: string, bytes: Uint8Array): string {
  // sport/199.txt is the one Latin-1 file (0xA3 for £); the rest are UTF-8.
  if (name === "sport/199.txt") return new TextDecoder("windows-1252").decode(bytes);
  return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
}

const files: CorpusFile[] = categories.flatMap((category) =>
  readdirSync(join(root, category))
    .filter((file) => file.endsWith(".txt"))
    .sort()
    .map((file) => {
      const name = `${category}/${file}`;
      const bytes = new Uint8Array(readFileSync(join(root, name)));
      return { name, bytes, text: decode(name, bytes) };
    }),
);

/** The dataset's own answer, read without the parser: line 1, then the other non-blank lines. */
function groundTruth(text: string): { headline: string; body: string[] } {
  const lines = text.split(/\r\n|\r|\n/).map((line) => line.trim());
  return { headline: lines[0] ?? "", body: lines.slice(1).filter((line) => line !== "") };
}

function flatten(article: Article): string[] {
  return article.sections.flatMap((s) =>
    s.heading === null ? s.paragraphs : [s.heading, ...s.paragraphs],
  );
}

const words = (text: string) => text.split(/\s+/).filter((w) => w !== "");

/** Words of `expected` that `actual` does not hold, counted as multisets. */
function lostWords(expected: string[], actual: string[]): number {
  const pool = new Map<string, number>();
  for (const w of actual) pool.set(w, (pool.get(w) ?? 0) + 1);
  let lost = 0;
  for (const w of expected) {
    const n = pool.get(w) ?? 0;
    if (n === 0) lost++;
    else pool.set(w, n - 1);
  }
  return lost;
}

function withoutSpans(a: Article): Omit<Article, "spans"> {
  const { spans, ...rest } = a;
  return rest;
}

// Bytes, as a caller reading files would pass them: sport/199.txt must be
// recognised as not UTF-8 by the parser itself.
const parsed = new Map<string, Article>();
for (const file of files) parsed.set(file.name, parseArticle(file.bytes));
const each = files.map((f) => [f.name, f] as const);

describe("the BBC corpus sample", () => {
  it("holds 100 files, 20 per category", () => {
    expect(files).toHaveLength(100);
    for (const category of categories) {
      expect(files.filter((f) => f.name.startsWith(`${category}/`))).toHaveLength(20);
    }
  });

  it("parses all 100, warning only about sport/199.txt's Latin-1 bytes", () => {
    const warned: string[] = [];
    for (const file of files) {
      const result = safeParseArticle(file.bytes);
      expect(result.success, file.name).toBe(true);
      if (result.success && result.warnings.length > 0) {
        warned.push(`${file.name}: ${result.warnings.map((w) => w.code).join(", ")}`);
      }
    }
    expect(warned).toEqual(["sport/199.txt: not-utf8"]);
  });

  it("decodes sport/199.txt as Latin-1, with its pound signs", () => {
    const article = parsed.get("sport/199.txt") as Article;
    const text = flatten(article).join("\n");
    expect(text).toContain("£");
    expect(text).not.toContain("\ufffd");
  });

  it.each(each)("%s: the headline is line 1", (name, file) => {
    expect(parsed.get(name)?.headline).toBe(groundTruth(file.text).headline);
  });

  it.each(each)("%s: every following non-blank line is one paragraph, in order", (name, file) => {
    expect(flatten(parsed.get(name) as Article)).toEqual(groundTruth(file.text).body);
  });

  it.each(each)("%s: survives format → parse unchanged", (name) => {
    const article = parsed.get(name) as Article;
    const text = formatArticle(article);
    const again = parseArticle(text);
    expect(withoutSpans(again)).toEqual(withoutSpans(article));
    expect(formatArticle(again)).toBe(text);
  });

  it("loses none of the 49,981 body words", () => {
    let expected = 0;
    let lost = 0;
    for (const file of files) {
      const want = words(groundTruth(file.text).body.join(" "));
      expected += want.length;
      lost += lostWords(want, flatten(parsed.get(file.name) as Article).flatMap(words));
    }
    // Counted with `wc -w` on every file but its first line.
    expect(expected).toBe(49_981);
    expect(lost).toBe(0);
  });

  it("has no byline, dateline, date, notes or trailer fields anywhere", () => {
    for (const [name, article] of parsed) {
      expect(
        [
          article.slug,
          article.byline,
          article.dateline,
          article.publishedAt,
          article.source,
          article.originalUrl,
          article.disclaimer,
        ],
        name,
      ).toEqual([null, null, null, null, null, null, null]);
      expect([article.notes, article.trailer], name).toEqual([[], []]);
    }
  });

  it("finds exactly the three padded all-caps subheads as headings, and nothing else", () => {
    const headings: string[] = [];
    for (const [name, article] of parsed) {
      for (const section of article.sections) {
        if (section.heading !== null) headings.push(`${name}: ${section.heading}`);
      }
    }
    expect(headings.sort()).toEqual([
      "tech/095.txt: FATAL FORCE (MACROSPACE)",
      "tech/095.txt: TOO FAST TOO FURIOUS (DIGITAL BRIDGES)",
      "tech/244.txt: WORLD OF WARCRAFT",
    ]);
  });

  it("starts every article with a heading-less section", () => {
    for (const article of parsed.values()) expect(article.sections[0]?.heading).toBeNull();
  });

  it("keeps the dash lists, line-ups, link fragments and footers as paragraphs", () => {
    const paragraphs = (name: string) =>
      (parsed.get(name) as Article).sections.flatMap((s) => s.paragraphs);
    // Short unpunctuated lines the dataset documents as paragraphs, not headings.
    expect(paragraphs("business/159.txt")).toContain(
      "- Pledged 102.16bn rupees ($2.3bn) for tsunami victims",
    );
    expect(paragraphs("entertainment/070.txt")).toContain("Animation - Brush Head");
    expect(paragraphs("entertainment/201.txt")).toContain("School Of Rock");
    expect(paragraphs("sport/058.txt")).toContain("and");
    expect(paragraphs("sport/104.txt")).toContain("78,000");
    expect(paragraphs("sport/108.txt")).toContain("C Thomson");
    expect(paragraphs("politics/389.txt")).toContain("The shape of the UK's economy In graphics");
  });
});
