// Nexis text exports from ../shared/corpus/lexisnexis (read there, never copied), against the
// hand-written values in expected/lexisnexis.ts. Each export is split with splitFeed, each
// document parsed with the default parser; a document the layout gives no headline or no body
// fails to parse, so its values are read from the classified parts instead.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { corpusRoot } from "../../scripts/corpus.mjs";
import type { Part } from "../../src/classify/parts.js";
import { resolveDefault } from "../../src/default-parser.js";
import { nexisFields } from "../../src/dialects/nexis-fields.js";
import { formatNexis } from "../../src/dialects/nexis-format.js";
import type { DialectRules } from "../../src/dialects/types.js";
import { dialects, safeParseArticle, splitFeed } from "../../src/index.js";
import { scanLines } from "../../src/lines/lines.js";
import { documents, files } from "./expected/lexisnexis.js";
import type { ExpectedDocument } from "./expected/types.js";

const folder = join(corpusRoot(), "lexisnexis");

interface Read {
  headline: string | null;
  byline: string | null;
  publishedAt: string | null;
  source: string | null;
  language: string | null | undefined;
  section: string | null | undefined;
  wordCount: number | null | undefined;
  copyright: string | null | undefined;
  dateline: { place: string | null; agency: string | null } | null;
  paragraphs: number;
  parts: Part[];
}

const resolved = resolveDefault(undefined);

function classify(text: string): Part[] {
  const rules = dialects.nexis as DialectRules;
  return rules.classify(scanLines(text), resolved).parts;
}

/** The document's values: from the Article, or from the parts when it does not parse. */
function read(text: string): Read {
  const parts = classify(text);
  const paragraphs = parts.filter((p) => p.kind === "paragraph" || p.kind === "heading").length;
  const result = safeParseArticle(text);
  if (result.success) {
    const a = result.data;
    return {
      headline: a.headline,
      byline: a.byline,
      publishedAt: a.publishedAt,
      source: a.source,
      language: a.language,
      section: a.section,
      wordCount: a.wordCount,
      copyright: a.copyright,
      dateline: a.dateline && { place: a.dateline.place, agency: a.dateline.agency },
      paragraphs,
      parts,
    };
  }
  const text1 = (kind: Part["kind"]) => parts.find((p) => p.kind === kind)?.text ?? null;
  const field = (key: string) => {
    const f = parts.find((p) => p.kind === "field" && p.key === key);
    return f?.kind === "field" ? f.value : null;
  };
  const published = text1("published");
  const dateline = parts.find((p) => p.kind === "dateline");
  return {
    headline: text1("headline"),
    byline: text1("byline") ?? field("byline"),
    publishedAt: published === null ? null : resolved.parseDate(published),
    source: field("source"),
    language: undefined,
    section: field("section"),
    wordCount: undefined,
    copyright: field("copyright"),
    dateline:
      dateline?.kind === "dateline" ? { place: dateline.place, agency: dateline.agency } : null,
    paragraphs,
    parts,
  };
}

/** Words of the input outside every part's span, and characters inside two spans. */
function lostWords(text: string, parts: readonly Part[]): { lost: string[]; overlaps: number } {
  const covered = new Uint8Array(text.length);
  for (const p of parts) for (let i = p.start; i < p.end; i++) covered[i] = (covered[i] ?? 0) + 1;
  const lost: string[] = [];
  let overlaps = 0;
  for (const m of text.matchAll(/\S+/g)) {
    const at = m.index ?? 0;
    let inside = true;
    for (let i = at; i < at + m[0].length; i++) {
      if (covered[i] === 0) inside = false;
      if ((covered[i] ?? 0) > 1) overlaps++;
    }
    if (!inside) lost.push(m[0]);
  }
  return { lost, overlaps };
}

const upperLabel = /^(\p{Lu}[\p{Lu}\p{N}&/-]*(?: \p{Lu}[\p{Lu}\p{N}&/-]*){0,3}) ?:/u;

/** Paragraphs that open with a field label the layout lists, a marker or a copyright line. */
function metadataInBody(parts: readonly Part[]): string[] {
  return parts
    .filter((p) => p.kind === "paragraph" || p.kind === "heading")
    .map((p) => p.text as string)
    .filter((t) => {
      const label = upperLabel.exec(t)?.[1];
      return (label !== undefined && nexisFields.has(label)) || /^Copyright \d{4}/.test(t);
    });
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

describe("Nexis exports (lexisnexis/)", () => {
  const results = new Map<ExpectedDocument, { read: Read; text: string }>();
  for (const { file } of files) {
    const feed = readFileSync(join(folder, file), "utf8");
    const { articles } = splitFeed(feed);
    for (const doc of documents.filter((d) => d.file === file)) {
      const span = articles[doc.index];
      if (span === undefined) continue;
      const text = feed.slice(span.start, span.end);
      results.set(doc, { read: read(text), text });
    }
  }

  it("splits every export into its documents, the request header left out and reported", () => {
    for (const { file, documents: count, coverPages } of files) {
      const feed = readFileSync(join(folder, file), "utf8");
      const found = splitFeed(feed);
      expect(found.articles.length, file).toBe(count);
      expect(found.skipped.map((s) => s.reason)).toEqual(Array(coverPages).fill("cover-page"));
      expect(found.articles.every((a) => /^\s*\S/.test(feed.slice(a.start, a.end)))).toBe(true);
    }
  });

  const score = (name: string, check: (doc: ExpectedDocument, r: Read) => boolean) => {
    const misses: string[] = [];
    for (const [doc, { read: r }] of results) {
      if (!check(doc, r)) misses.push(`${doc.file}#${doc.index}`);
    }
    const n = documents.length - misses.length;
    console.log(
      `lexisnexis ${name}: ${n}/${documents.length}${misses.length ? ` (missed ${misses.join(", ")})` : ""}`,
    );
    return n / documents.length;
  };

  it("reads headline, date and source of at least 95% of the documents, and every byline", () => {
    expect(results.size).toBe(documents.length);
    expect(score("headline", (d, r) => r.headline === d.headline)).toBeGreaterThanOrEqual(0.95);
    expect(score("date", (d, r) => r.publishedAt === d.publishedAt)).toBeGreaterThanOrEqual(0.95);
    expect(score("source", (d, r) => r.source === d.source)).toBeGreaterThanOrEqual(0.95);
    expect(score("byline", (d, r) => r.byline === d.byline)).toBe(1);
  });

  it("reads the typed fields the documents state", () => {
    const stated = <K extends keyof ExpectedDocument & keyof Read>(key: K) =>
      score(key, (d, r) => d[key] === undefined || r[key] === undefined || same(r[key], d[key]));
    // The language field is found in every document that states one; the composer reads a
    // single name (`ENGLISH`) today, not the exports' pairs (`GERMAN; DEUTSCH`, `Dutch /
    // Nederlands`), which give null until it does.
    const languages = score("language field", (d, r) => {
      const field = r.parts.find((p) => p.kind === "field" && p.key === "language");
      return (d.language ?? null) === null ? field === undefined : field !== undefined;
    });
    expect(languages).toBe(1);
    const pair = /[;,/]/;
    const read = score("language", (d, r) => {
      if (d.language === undefined || r.language === undefined || r.language === d.language)
        return true;
      const field = r.parts.find((p) => p.kind === "field" && p.key === "language");
      return r.language === null && field?.kind === "field" && pair.test(field.value);
    });
    expect(read).toBe(1);
    expect(stated("section")).toBeGreaterThanOrEqual(0.9);
    expect(stated("wordCount")).toBeGreaterThanOrEqual(0.9);
    expect(stated("copyright")).toBeGreaterThanOrEqual(0.9);
    expect(stated("dateline")).toBeGreaterThanOrEqual(0.9);
  });

  it("counts the body's paragraphs and finds its first and last words", () => {
    expect(score("paragraphs", (d, r) => r.paragraphs === d.paragraphs)).toBeGreaterThanOrEqual(
      0.9,
    );
    const ends = score("first and last words", (d, r) => {
      // A dateline cut off the first paragraph is body text; a DATELINE: field is not.
      const body = r.parts.filter(
        (p) =>
          p.kind === "paragraph" ||
          p.kind === "heading" ||
          (p.kind === "dateline" && p.rule !== "dateline-field"),
      );
      if (d.paragraphs === 0) return body.length === 0;
      const text = results.get(d)?.text ?? "";
      const first = body[0];
      const last = body.at(-1);
      if (first === undefined || last === undefined) return false;
      const flat = (s: string) => s.replace(/\s+/g, " ");
      return (
        flat(text.slice(first.start)).startsWith(d.firstWords) &&
        flat(text.slice(0, last.end)).endsWith(d.lastWords)
      );
    });
    expect(ends).toBeGreaterThanOrEqual(0.9);
  });

  it("leaves no metadata field in the body, and loses no word", () => {
    let lost = 0;
    for (const [doc, { read: r, text }] of results) {
      expect(metadataInBody(r.parts), `${doc.file}#${doc.index}`).toEqual([]);
      const found = lostWords(text, r.parts);
      expect(found.overlaps, `${doc.file}#${doc.index} overlapping spans`).toBe(0);
      lost += found.lost.length;
      expect(found.lost, `${doc.file}#${doc.index}`).toEqual([]);
    }
    console.log(`lexisnexis words lost: ${lost}`);
  });

  it("writes every document that parses back in its layout, and reads the same Article again", () => {
    let n = 0;
    for (const [doc, { text }] of results) {
      const result = safeParseArticle(text);
      if (!result.success) continue;
      const { spans: _, ...article } = result.data;
      const again = safeParseArticle(formatNexis(result.data));
      expect(
        again.success && { ...again.data, spans: undefined },
        `${doc.file}#${doc.index}`,
      ).toEqual({
        ...article,
        spans: undefined,
      });
      n++;
    }
    console.log(`lexisnexis round trip: ${n}/${n}`);
  });

  it("keeps documents the layout gives no headline or no body, with the warning that says so", () => {
    for (const [doc, { text }] of results) {
      const result = safeParseArticle(text);
      const codes = result.success ? result.warnings.map((w) => w.code) : [];
      if (doc.headline === null) {
        expect(result.success && result.data.headline, `${doc.file}#${doc.index}`).toBe(null);
        expect(codes, `${doc.file}#${doc.index}`).toContain("no-headline");
      } else if (doc.paragraphs === 0) {
        expect(result.success && result.data.sections, `${doc.file}#${doc.index}`).toEqual([]);
        expect(codes, `${doc.file}#${doc.index}`).toContain("no-body");
      } else {
        expect(result.success, `${doc.file}#${doc.index}`).toBe(true);
        if (result.success) expect(result.data.dialect).toBe("nexis");
      }
    }
  });
});
