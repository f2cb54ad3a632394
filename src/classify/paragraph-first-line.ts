import { Fact, readFacts } from "../lines/facts.js";
import type { Lines } from "../lines/lines.js";

// A title is a phrase: it rarely runs to twenty words and almost never ends a
// sentence. A first line that does both is the story's first paragraph, as in
// the files of news datasets (a CNN story, an XSum body) that carry no title.
const PARAGRAPH_WORDS = 20;
// Longer lines are read for their length alone: no title is this long.
const LONGEST = 4000;
const NO_STOPWORDS: ReadonlySet<string> = new Set();

/**
 * Whether line `i` reads as a paragraph of prose rather than a title: it ends a
 * sentence and runs to twenty words or more (a Han, kana or Hangul character
 * counting half a word), or it is longer than any title.
 */
export function readsAsParagraph(lines: Lines, i: number): boolean {
  const start = lines.start[i] as number;
  const end = lines.end[i] as number;
  if (end - start > LONGEST) return true;
  const one: Lines = { text: lines.text, start: [start], end: [end], noisy: lines.noisy };
  const facts = readFacts(one, NO_STOPWORDS);
  return (
    ((facts.flags[0] as number) & Fact.sentenceEnd) !== 0 &&
    (facts.words[0] as number) >= PARAGRAPH_WORDS
  );
}
