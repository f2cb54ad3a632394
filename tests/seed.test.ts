import { describe, expect, it } from "vitest";
import expectedJson from "../fixtures/seed-article.expected.json?raw";
import text from "../fixtures/seed-article.txt?raw";
import { articleSchema, parseArticle } from "../src/index.js";

// Fixtures come in with `?raw`, not node:fs, so this suite runs in browsers too.
describe("the seed article", () => {
  const expected = JSON.parse(expectedJson);
  const article = parseArticle(text);

  it("gives the hand-written Article", () => {
    const { spans, ...parts } = article;
    expect(parts).toEqual(expected);
  });

  it("has five sections with 2, 3, 2, 3 and 3 paragraphs", () => {
    expect(article.sections.map((s) => s.paragraphs.length)).toEqual([2, 3, 2, 3, 3]);
  });

  it("reads `Rubio: Expects …` as a heading, not a trailer label", () => {
    expect(article.sections[2]?.heading?.startsWith("Rubio: Expects")).toBe(true);
    expect(article.trailer.map((f) => f.label)).toEqual(["Source", "Original", "Statement"]);
  });

  it("points every span at the text it came from", () => {
    const slice = (s: { start: number; end: number }) => text.slice(s.start, s.end);
    expect(article.spans.headline && slice(article.spans.headline)).toBe(article.headline);
    article.sections.forEach((section, i) => {
      const spans = article.spans.sections[i];
      if (section.heading !== null)
        expect(slice(spans?.heading ?? { start: 0, end: 0 })).toBe(section.heading);
      section.paragraphs.forEach((p, j) => {
        expect(slice(spans?.paragraphs[j] ?? { start: 0, end: 0 })).toBe(p);
      });
    });
    expect(slice(article.spans.source ?? { start: 0, end: 0 })).toBe("rfi");
    expect(slice(article.spans.originalUrl ?? { start: 0, end: 0 })).toBe(
      "www.toutiao.com/article/1850266575037452/",
    );
    expect(article.spans.trailer.map(slice)).toEqual([
      "Source: rfi",
      "Original: www.toutiao.com/article/1850266575037452/",
      "Statement: This article represents the views of the author.",
    ]);
  });

  it("validates against the exported schema", () => {
    expect(articleSchema.safeParse(article).success).toBe(true);
  });

  it("gives the same Article from CRLF, a BOM and trailing spaces, with spans into that input", () => {
    const noisy = `\uFEFF${text.replace(/\n/g, "  \r\n")}`;
    const again = parseArticle(noisy);
    const { spans, ...parts } = again;
    expect(parts).toEqual(expected);
    expect(noisy.slice(spans.headline?.start, spans.headline?.end)).toBe(expected.headline);
  });
});
