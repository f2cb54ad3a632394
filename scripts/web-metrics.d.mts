// Types of web-metrics.mjs, for the corpus suite that imports it.
import type { Article, SafeParseArticleResult } from "../src/index.js";

/** The words of a text: letter and digit runs, each Han or kana character alone. */
export function words(text: string): string[];
/** The length of the longest common subsequence of two word lists. */
export function lcsLength(a: readonly string[], b: readonly string[]): number;
/** Recall, precision and F1 of `got` against `want`. */
export function overlap(
  want: readonly string[],
  got: readonly string[],
): { recall: number; precision: number; f1: number };
/** The body of an Article as one text. */
export function bodyText(article: Article): string;
/** Everything an Article holds, as one text, with the word that marks its byline. */
export function everything(article: Article, input: string): string;

/** One page read one way, measured against its ground truth. */
export interface Measured {
  page: string;
  copy: string;
  ok: boolean;
  code?: string;
  headline?: boolean;
  got?: string | null;
  silent?: boolean;
  showsAuthor?: boolean;
  byline?: boolean;
  showsDate?: boolean;
  date?: boolean;
  recall?: number;
  precision?: number;
  f1?: number;
  lost?: number;
  exact?: number;
  lines?: number;
  dialect?: string;
  codes?: string[];
}

/** Measures one page read one way with `parse`; `read(page, file)` gives a file's text. */
export function measure(
  parse: (input: string) => SafeParseArticleResult,
  read: (page: string, file: string) => string,
  page: string,
  copy: "page" | "region" | "title+body",
): Measured;
