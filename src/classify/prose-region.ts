import { Fact, has, type LineFacts } from "../lines/facts.js";
import { type Lines, lineText } from "../lines/lines.js";

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
/**
 * Furniture lines in a row that end an article once it has told
 * {@link ARTICLE_WORDS} words: a comment form, a block of tags and share
 * buttons, a "recommended" list between the article and teasers or comments
 * whose prose the sum would take in.
 */
const LONG_GAP = 8;
/** Words of prose an article has told before a long run of furniture ends it. */
const ARTICLE_WORDS = 150;
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
  bestLast = endBeforeLongGap(classes, facts, bestFirst, bestLast);
  let prose = 0;
  for (let i = bestFirst; i <= bestLast; i++) {
    if (classes[i] === LineClass.Prose) prose += facts.words[i] as number;
  }
  return { first: bestFirst, last: bestLast, prose, outside: total - prose };
}

/**
 * The region's last line, cut before the first long run of furniture once the
 * region has told an article's worth of prose, when what follows the run reads
 * as teasers or comments: paragraphs each under a line of furniture (a
 * teaser's title, a commenter's name and time), not running on from one
 * another as an article's do past a box of links inside it.
 */
function endBeforeLongGap(
  classes: Uint8Array,
  facts: LineFacts,
  first: number,
  last: number,
): number {
  let words = 0;
  let run = 0;
  let lastText = first;
  for (let i = first; i <= last; i++) {
    const c = classes[i] as LineClass;
    if (c === LineClass.Blank) continue;
    if (c === LineClass.Furniture) {
      if (++run === LONG_GAP && words >= ARTICLE_WORDS && !runsOn(classes, i + 1, last))
        return lastText;
      continue;
    }
    run = 0;
    lastText = i;
    if (c === LineClass.Prose) words += facts.words[i] as number;
  }
  return last;
}

/** Prose lines looked at past a long run of furniture. */
const LOOK_AHEAD = 6;

/**
 * Whether the prose from line `from` runs on as an article's: at least half of
 * its first few prose lines follow another line of text rather than furniture.
 */
function runsOn(classes: Uint8Array, from: number, last: number): boolean {
  let seen = 0;
  let on = 0;
  let previous: LineClass = LineClass.Furniture;
  for (let i = from; i <= last && seen < LOOK_AHEAD; i++) {
    const c = classes[i] as LineClass;
    if (c === LineClass.Blank) continue;
    if (c === LineClass.Prose) {
      seen++;
      if (previous !== LineClass.Furniture) on++;
    }
    previous = c;
  }
  return seen > 0 && on * 2 >= seen;
}

/** Lines in a row cut from one template that make a menu. */
const TEMPLATE_RUN = 3;
/** Words a templated menu line has at most. */
const TEMPLATE_WORDS = 12;

/**
 * Marks as furniture the runs of three or more lines in a row that share
 * their first two words or their last two and end no sentence: a menu cut
 * from one template (`Click to share on Twitter (Opens in new window)`, `Share
 * to Facebook`), which reads as prose line by line. Linear in the lines.
 */
export function markTemplateRuns(lines: Lines, facts: LineFacts, classes: Uint8Array): void {
  let runStart = -1;
  let runLength = 0;
  let runKey: "head" | "tail" | null = null;
  let previous: { head: string; tail: string } | null = null;
  const close = (end: number) => {
    if (runLength >= TEMPLATE_RUN) {
      for (let i = runStart; i < end; i++)
        if (classes[i] !== LineClass.Blank) classes[i] = LineClass.Furniture;
    }
  };
  for (let i = 0; i < classes.length; i++) {
    if (classes[i] === LineClass.Blank) continue;
    const words = facts.words[i] as number;
    const keys =
      words >= 2 && words <= TEMPLATE_WORDS && !has(facts, i, Fact.sentenceEnd)
        ? ends(lineText(lines, lines.start[i] as number, lines.end[i] as number))
        : null;
    const same: "head" | "tail" | null =
      keys !== null && previous !== null
        ? runKey !== "tail" && keys.head === previous.head
          ? "head"
          : runKey !== "head" && keys.tail === previous.tail
            ? "tail"
            : null
        : null;
    if (same !== null) {
      runKey = same;
      runLength++;
    } else {
      close(i);
      runStart = i;
      runLength = keys === null ? 0 : 1;
      runKey = null;
    }
    previous = keys;
  }
  close(classes.length);
}

/** A line's first two words and last two, folded. */
function ends(text: string): { head: string; tail: string } {
  const words = text
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w.length > 0);
  return {
    head: words.slice(0, 2).join(" "),
    tail: words.slice(-2).join(" "),
  };
}

// A gallery's counter opening a line: `1/50 United goin down`, `3 of 12`.
const COUNTER = /^(\d{1,3}) ?(?:\/|of) ?(\d{1,3})(?!\d)/;
/** Counted items in a row that make a gallery. */
const GALLERY_ITEMS = 3;

/**
 * Marks as furniture a gallery's items: three lines or more opening with a
 * counter out of one total, counting up (`1/50 …`, `2/50 …`), and the lines
 * of each item after its counter (a caption, a credit), the last item's as
 * many as the longest item before it holds. A gallery's captions are prose
 * line by line, and would otherwise pass for the article. Linear in the lines.
 */
export function markGalleries(lines: Lines, classes: Uint8Array): void {
  let total = -1;
  let count = 0;
  let at: number[] = [];
  const close = () => {
    if (at.length >= GALLERY_ITEMS) {
      let longest = 0;
      for (let k = 1; k < at.length; k++) {
        let n = 0;
        for (let i = (at[k - 1] as number) + 1; i < (at[k] as number); i++)
          if (classes[i] !== LineClass.Blank) n++;
        longest = Math.max(longest, n);
      }
      const first = at[0] as number;
      let i = first;
      for (let left = longest; i < classes.length; i++) {
        if (i > (at.at(-1) as number) && classes[i] !== LineClass.Blank && left-- <= 0) break;
        if (classes[i] !== LineClass.Blank) classes[i] = LineClass.Furniture;
      }
    }
    at = [];
    total = -1;
    count = 0;
  };
  for (let i = 0; i < classes.length; i++) {
    if (classes[i] === LineClass.Blank) continue;
    const s = lines.start[i] as number;
    const m = COUNTER.exec(lineText(lines, s, Math.min(lines.end[i] as number, s + 12)));
    if (m === null) continue;
    const k = Number(m[1]);
    const n = Number(m[2]);
    if (n === total && k > count && k <= n) {
      at.push(i);
      count = k;
      continue;
    }
    close();
    if (k >= 1 && k <= n) {
      total = n;
      count = k;
      at = [i];
    }
  }
  close();
}
