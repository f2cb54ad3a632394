import { Fact, has, type LineFacts } from "../lines/facts.js";
import type { Lines } from "../lines/lines.js";

// Prose against furniture, line by line, and the article as the run of lines
// where prose outweighs furniture most: the body-text-extraction idea (Finn,
// Kushmerick and Smyth 2001) on lines instead of tags, with jusText's
// line classes (Pomikálek 2011). Furniture is what a page wraps around its
// article: menus, share bars, related links, footers. It is short, ends no
// sentence and uses few function words; prose is long, punctuated, and full of
// them.

/** How a line reads, from its facts alone. */
export const LineClass = {
  Blank: 0,
  /** A sentence or more of running text. */
  Prose: 1,
  /** Short and complete: a sentence of a few words, a list item. */
  Short: 2,
  /** Neither: a menu item, a button, a number, a link, a title. */
  Furniture: 3,
} as const;

/** One of {@link LineClass}. */
export type LineClass = (typeof LineClass)[keyof typeof LineClass];

/** What one furniture line costs a region, in words of prose. */
const FURNITURE_COST = 3;
/** Furniture lines in a row that an article holds (captions, share buttons); more cost double. */
const SHORT_GAP = 4;
/** Words that make a line prose by length alone. */
const LONG_LINE = 20;
/** Words that make a punctuated line prose. */
const SENTENCE_WORDS = 8;

/** The class of line `i`. */
export function classOf(lines: Lines, facts: LineFacts, i: number): LineClass {
  if (lines.start[i] === lines.end[i]) return LineClass.Blank;
  const words = facts.words[i] as number;
  if (has(facts, i, Fact.url) || has(facts, i, Fact.noLetters)) return LineClass.Furniture;
  // Titles of teasers and links are written in title case; running text is not.
  if (has(facts, i, Fact.titleCase) && words >= 4 && words <= LONG_LINE) return LineClass.Furniture;
  const stops = facts.stopwords[i] as number;
  const full = fullStop(lines, i);
  const punctuated = full || has(facts, i, Fact.comma);
  if (words >= LONG_LINE) return LineClass.Prose;
  if (words >= SENTENCE_WORDS && (punctuated || stops >= words * 0.3)) return LineClass.Prose;
  if (words >= 3 && (full || has(facts, i, Fact.bullet))) return LineClass.Short;
  return LineClass.Furniture;
}

/**
 * Whether line `i` ends with a full stop (before closing quotes): a sentence.
 * An exclamation, a question or an ellipsis ends teasers and titles as often.
 */
function fullStop(lines: Lines, i: number): boolean {
  const { text } = lines;
  let e = lines.end[i] as number;
  const s = lines.start[i] as number;
  while (e > s && CLOSERS.includes(text.charAt(e - 1))) e--;
  const c = text.charAt(e - 1);
  return (c === "." && text.charAt(e - 2) !== ".") || c === "。" || c === "．";
}

const CLOSERS = "\"'”’»)]」』）";

/** Lines `[first, last]` of the article's run of prose, or null when the text holds none. */
export interface Region {
  readonly first: number;
  readonly last: number;
  /** Words of prose inside the region. */
  readonly prose: number;
  /** Words of prose outside it: how much the region leaves behind. */
  readonly outside: number;
}

/**
 * The run of lines whose prose outweighs its furniture most (a maximum-sum
 * run, Kadane's scan): prose lines count their words, short lines half, each
 * furniture line costs {@link FURNITURE_COST}. Linear in the lines.
 */
export function findRegion(classes: Uint8Array, facts: LineFacts): Region | null {
  let best = 0;
  let bestFirst = -1;
  let bestLast = -1;
  let sum = 0;
  let first = -1;
  let total = 0;
  let gap = 0;
  for (let i = 0; i < classes.length; i++) {
    const c = classes[i] as LineClass;
    if (c === LineClass.Blank) continue;
    const words = facts.words[i] as number;
    // A long run of furniture (a menu, a list of links) parts articles more than a caption does.
    gap = c === LineClass.Furniture ? gap + 1 : 0;
    const cost = gap > SHORT_GAP ? 2 * FURNITURE_COST : FURNITURE_COST;
    const weight = c === LineClass.Prose ? words : c === LineClass.Short ? words / 2 : -cost;
    if (c === LineClass.Prose) total += words;
    if (sum <= 0) {
      if (weight <= 0) continue;
      sum = 0;
      first = i;
    }
    sum += weight;
    if (sum > best) {
      best = sum;
      bestFirst = first;
      bestLast = i;
    }
  }
  if (bestFirst === -1) return null;
  let prose = 0;
  for (let i = bestFirst; i <= bestLast; i++) {
    if (classes[i] === LineClass.Prose) prose += facts.words[i] as number;
  }
  return { first: bestFirst, last: bestLast, prose, outside: total - prose };
}
