import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { mulberry32 as random } from "../../scripts/prng.mjs";
import {
  type Article,
  explainArticle,
  parseArticle,
  safeParseArticles,
  splitArticleSpans,
  splitArticles,
  splitArticlesStream,
} from "../../src/index.js";
import { counts, documents } from "./expected/factiva.js";

// The Factiva export of the shared corpus (factiva/README.md there), read in place, never
// copied. Expected values are the hand-written ones in expected/factiva.ts.

const root = process.env.SYNDICATED_ARTICLE_CORPUS
  ? new URL(`file://${process.env.SYNDICATED_ARTICLE_CORPUS.replace(/\/?$/, "/")}`)
  : new URL("../../../shared/corpus/", import.meta.url);
const FILE = "Factiva-20220515-1939-part1.txt";
const feed = readFileSync(new URL(`factiva/${FILE}`, root), "utf8");
const texts = splitArticles(feed);
const articles: Article[] = texts.map((t) => parseArticle(t));

const seed = Number(process.env.SEED ?? Math.floor(Math.random() * 2 ** 31));

/** Words as letters and digits, so `1-Stora` is `1` and `Stora` however a rule cuts it. */
const words = (text: string) => text.match(/[\p{L}\p{N}]+/gu) ?? [];

/** Every word the Article holds, in any field. */
function articleWords(a: Article): string[] {
  const pieces = [a.headline ?? "", a.slug ?? "", a.byline ?? "", a.publishedAtText ?? ""];
  pieces.push(a.dateline?.text ?? "");
  for (const s of a.sections) pieces.push(s.heading ?? "", ...s.paragraphs);
  for (const n of a.notes) pieces.push(n.text);
  for (const f of a.trailer) pieces.push(f.label, f.value);
  return pieces.flatMap(words);
}

/** The words of `input` the Article does not hold, as a multiset. */
function lostWords(input: string, a: Article): string[] {
  const held = new Map<string, number>();
  for (const w of articleWords(a)) held.set(w, (held.get(w) ?? 0) + 1);
  const lost: string[] = [];
  for (const w of words(input)) {
    const n = held.get(w) ?? 0;
    if (n === 0) lost.push(w);
    else held.set(w, n - 1);
  }
  return lost;
}

describe("the Factiva export", () => {
  it("splits into its 30 documents, by form feeds", () => {
    expect(texts).toHaveLength(counts.documents);
    expect(safeParseArticles(feed).filter((r) => r.success)).toHaveLength(counts.documents);
    for (const t of texts) expect(t.trimStart().startsWith("HD")).toBe(true);
  });

  it("splits the same however the stream is chunked", async () => {
    const next = random(seed);
    for (let run = 0; run < 5; run++) {
      const chunks: string[] = [];
      for (let at = 0; at < feed.length; ) {
        const size = 1 + Math.floor(next() * (run === 0 ? 8 : 4000));
        chunks.push(feed.slice(at, at + size));
        at += size;
      }
      const source = new ReadableStream<string>({
        start(controller) {
          for (const c of chunks) controller.enqueue(c);
          controller.close();
        },
      });
      const out: string[] = [];
      for await (const t of source.pipeThrough(splitArticlesStream())) out.push(t);
      expect(out, `seed ${seed} (set SEED to repeat)`).toEqual(texts);
    }
  });

  it.each(documents.map((d) => [d.index, d] as const))("document %i: the stated fields", (i, d) => {
    const a = articles[i] as Article;
    expect(a.dialect).toBe("factiva");
    const headline = d.slug ? d.headline?.replace(/^[^-]*-/, "") : d.headline;
    expect(a.headline).toBe(headline);
    expect(a.slug).toBe(d.slug ?? null);
    expect(a.byline).toBe(d.byline);
    expect(a.publishedAt).toBe(d.publishedAt);
    expect(a.source).toBe(d.source);
    expect(a.language).toBe(d.language);
    expect(a.wordCount).toBe(d.wordCount);
    expect(a.copyright).toBe(d.copyright);
    expect(a.id).toBe(d.id);
  });

  it.each(documents.map((d) => [d.index, d] as const))("document %i: the body", (i, d) => {
    const a = articles[i] as Article;
    const paragraphs = a.sections.flatMap((s) => s.paragraphs);
    expect(a.sections.every((s) => s.heading === null)).toBe(true);
    expect(paragraphs).toHaveLength(d.paragraphs);
    expect(`${a.dateline?.text ?? ""}${paragraphs[0]}`.startsWith(d.firstWords)).toBe(true);
    expect(paragraphs.at(-1)?.endsWith(d.lastWords)).toBe(true);
  });

  it.each(documents.map((d) => [d.index] as const))(
    "document %i: where the other fields went",
    (i) => {
      const a = articles[i] as Article;
      const text = texts[i] as string;
      // Every code line is in the trailer under its code, in input order.
      const codes = text
        .split("\n")
        .filter((l) => /^ {0,3}[A-Z]{2,3} *$/.test(l) && l.trim() !== "LBA")
        .map((l) => l.trim());
      expect(a.trailer.map((f) => f.label)).toEqual(codes);
      const sc = a.trailer.find((f) => f.label === "SC");
      expect(sc?.key).toBeNull();
      expect(sc?.value).toMatch(/^[A-Z]+$/);
      for (const f of a.trailer.filter((f) => ["CO", "IN", "NS", "RE"].includes(f.label))) {
        expect(f.key).toBeNull();
        expect(f.value).toMatch(/^\S+ : /);
      }
      // No Source: lead went to the trailer: BBC Monitoring leads are body text.
      expect(a.trailer.some((f) => /^Source/i.test(f.label))).toBe(false);
    },
  );

  it("keeps every line inside exactly one part", () => {
    const spans = splitArticleSpans(feed);
    spans.forEach((s, i) => {
      const text = texts[i] as string;
      const { decisions } = explainArticle(text);
      let at = 0;
      for (const line of text.split("\n")) {
        const start = at + (line.length - line.trimStart().length);
        at += line.length + 1;
        if (line.trim() === "") continue;
        const holding = decisions.filter(
          (d) => d.span !== null && d.span.start <= start && start < d.span.end,
        );
        expect(holding, `${s.start}: ${line}`).toHaveLength(1);
      }
    });
  });

  it("loses no word but the stated prefixes the layout drops (`By`, `Document`)", () => {
    const lost = texts.flatMap((t, i) => lostWords(t, articles[i] as Article));
    const dropped = [
      ...Array(counts.withByline).fill("By"),
      ...Array(counts.documents).fill(accession),
    ];
    expect(lost.sort()).toEqual(dropped.sort());
  });
});

const accession = "Document";
