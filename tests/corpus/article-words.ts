// Shared by the corpus tests: the words of a text and of an Article, to check that every
// word of the input lands in the Article exactly once.
import type { Article } from "../../src/index.js";

/** Runs of letters and digits, counted: punctuation and quotes are not words. */
export function wordCounts(texts: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const word of text.match(/[\p{L}\p{N}\p{M}]+/gu) ?? []) {
      counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  return counts;
}

/**
 * Every text the Article holds once: a byline read from the dateline is part of the
 * dateline's text, so it is not counted twice.
 */
export function articleTexts(a: Article): string[] {
  const texts: string[] = a.headline === null ? [] : [a.headline];
  if (a.slug) texts.push(a.slug);
  if (a.standfirst) texts.push(a.standfirst);
  const bylineInDateline =
    a.spans.byline !== null &&
    a.spans.dateline !== null &&
    a.spans.byline.start >= a.spans.dateline.start &&
    a.spans.byline.end <= a.spans.dateline.end;
  if (a.byline && !bylineInDateline) texts.push(a.byline);
  if (a.dateline) texts.push(a.dateline.text);
  if (a.publishedAtText) texts.push(a.publishedAtText);
  for (const s of a.sections) texts.push(...(s.heading ? [s.heading] : []), ...s.paragraphs);
  for (const n of a.notes) texts.push(n.text);
  for (const t of a.trailer) texts.push(t.label, t.value);
  return texts;
}

/** Words of `input` missing from the Article or found there more often, as `word ±n`. */
export function wordsLost(input: string, a: Article): string[] {
  const want = wordCounts([input]);
  const got = wordCounts(articleTexts(a));
  const diff: string[] = [];
  for (const [w, n] of want)
    if ((got.get(w) ?? 0) !== n) diff.push(`${w} ${(got.get(w) ?? 0) - n}`);
  for (const [w, n] of got) if (!want.has(w)) diff.push(`${w} +${n}`);
  return diff;
}
