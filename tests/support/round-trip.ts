// Helpers of the regression tests: a span's text, and the round trip.
import { expect } from "vitest";
import { type Article, formatArticle, type ParseOptions, parseArticle } from "../../src/index.js";

/** The input text a span covers, or null. */
export const slice = (text: string, at: { start: number; end: number } | null | undefined) =>
  at ? text.slice(at.start, at.end) : null;

/** The Article without what a round trip may change: spans and dialect. */
export function comparable(article: Article): Omit<Article, "spans" | "dialect"> {
  const { spans: _spans, dialect: _dialect, ...rest } = article;
  return rest;
}

/** Parses, formats, parses again: the Articles are equal and formatting is idempotent. */
export function expectRoundTrip(text: string, options?: ParseOptions): string {
  const article = parseArticle(text, options);
  const formatted = formatArticle(article);
  const again = parseArticle(formatted);
  expect(comparable(again)).toEqual(comparable(article));
  expect(formatArticle(again)).toBe(formatted);
  return formatted;
}

/**
 * Formats `article`, reads the text back with `options` (a forced layout, a
 * paragraph mode): the Articles are equal and formatting that is idempotent.
 */
export function expectReadsBackWith(article: Article, options: ParseOptions): string {
  const written = formatArticle(article);
  const again = parseArticle(written, options);
  expect(comparable(again)).toEqual(comparable(article));
  expect(formatArticle(again)).toBe(written);
  return written;
}
