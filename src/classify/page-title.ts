import { Fact, has, type LineFacts } from "../lines/facts.js";
import { isBlank, type Lines, lineText } from "../lines/lines.js";
import type { Lexicon } from "../parser/lexicon.js";
import {
  findDate,
  type PageByline,
  readPageByline,
  relativeTime,
  timeOfDay,
} from "./page-byline.js";
import { LineClass } from "./prose-region.js";

// The title of a copied page is the title-like line right above its
// article, wherever the page put it: under menus, breadcrumbs and teasers,
// over a standfirst, a byline, a date and share buttons. Each candidate above
// the prose is scored on evidence any page shows: a title's length, a byline
// or date under it, a sentence under it, the page repeating it (share bars,
// breadcrumbs), and how far it stands from the prose. Runs of title-like lines
// (lists of related links) count against each of theirs.

/** How many non-blank lines above the article the title may stand. */
const LOOK_BACK = 80;
/** Lines under a title in which its byline or date stands. */
const UNDER = 6;
/** A title has at most this many words. */
const MAX_TITLE_WORDS = 30;
/** Words of prose under which a title may still stand inside the run of prose. */
const OPENING_WORDS = 120;
/** What standing inside the run of prose costs a title. */
const INSIDE_COST = 0.5;
/** What each line between a title and the prose costs it. */
const DISTANCE_COST = 0.02;
/** A score at least this high, and this far ahead of the next, is a confident pick. */
const CONFIDENT = 3;
const MARGIN = 0.75;

/** The title picked, its score and whether the evidence was strong. */
export interface TitlePick {
  readonly line: number;
  readonly score: number;
  readonly confident: boolean;
}

/** What the lines under a title hold. */
export type HeadLine =
  | { kind: "byline"; byline: PageByline }
  | { kind: "date"; date: readonly [number, number] }
  | null;

/** Reads line `i` as a byline or a date line, once per line. */
export class HeadLines {
  private readonly memo = new Map<number, HeadLine>();
  constructor(
    private readonly lines: Lines,
    private readonly lexicon: Lexicon,
    private readonly parseDate: (raw: string) => string | null,
  ) {}

  /** Whether line `i` is a name alone (`Jane Doe`): a byline with no byline word. */
  nameAt(i: number): boolean {
    const s = this.lines.start[i] as number;
    const e = this.lines.end[i] as number;
    if (e - s > 60 || s === e) return false;
    const byline = readPageByline(lineText(this.lines, s, e), this.lexicon, this.parseDate, true);
    return byline !== null && byline.role === null && byline.date === null;
  }

  /** The byline or date line `i` is, or null. */
  at(i: number): HeadLine {
    let found = this.memo.get(i);
    if (found !== undefined) return found;
    found = null;
    const s = this.lines.start[i] as number;
    const e = this.lines.end[i] as number;
    if (e - s <= 200) {
      const text = lineText(this.lines, s, e);
      // A byline first: `By Jane Doe March 3, 2015` holds a date, but opens with a name.
      const byline = readPageByline(text, this.lexicon, this.parseDate, false);
      if (byline !== null) found = { kind: "byline", byline };
      else {
        const date = findDate(text, this.parseDate) ?? relativeTime(text) ?? timeOfDay(text);
        if (date !== null) found = { kind: "date", date };
      }
    }
    this.memo.set(i, found);
    return found;
  }
}

/** Whether line `i` could be a title: a few words, no final full stop, no link or number. */
export function titleLike(lines: Lines, facts: LineFacts, i: number): boolean {
  if (isBlank(lines, i)) return false;
  const words = facts.words[i] as number;
  if (words < 2 || words > MAX_TITLE_WORDS || (facts.chars[i] as number) > 250) return false;
  if (has(facts, i, Fact.url | Fact.noLetters | Fact.bullet)) return false;
  const last = lines.text.charCodeAt((lines.end[i] as number) - 1);
  // A full stop ends a sentence; a title may ask or exclaim.
  return last !== 0x2e && last !== 0x3002;
}

/** The non-blank line after `i`, before `to`, or -1. */
function nextLine(lines: Lines, i: number, to: number): number {
  for (let j = i + 1; j < to; j++) if (!isBlank(lines, j)) return j;
  return -1;
}

/** The non-blank line before `i`, or -1. */
function previousLine(lines: Lines, i: number): number {
  for (let j = i - 1; j >= 0; j--) if (!isBlank(lines, j)) return j;
  return -1;
}

/**
 * Where the search for a title starts: the region's first line, or further
 * down while the prose so far is little (a cookie notice or a teaser above the
 * title can open the run of prose).
 */
function searchFrom(facts: LineFacts, classes: Uint8Array, first: number, last: number): number {
  let words = 0;
  let at = first;
  for (let i = first; i <= last && words < OPENING_WORDS; i++) {
    if (classes[i] === LineClass.Prose) words += facts.words[i] as number;
    at = i;
  }
  return at;
}

/**
 * Picks the title of the article in lines `[first, last]` (the run of prose):
 * a line above it, or among its opening lines; null when no line could be one.
 */
export function pickTitle(
  lines: Lines,
  facts: LineFacts,
  classes: Uint8Array,
  region: { first: number; last: number },
  head: HeadLines,
): TitlePick | null {
  let best = -1;
  let bestScore = Number.NEGATIVE_INFINITY;
  let second = Number.NEGATIVE_INFINITY;
  let distance = 0;
  const count = lines.start.length;
  const proseStart = region.first;
  const from = searchFrom(facts, classes, region.first, region.last);
  for (let i = from; i >= 0 && distance <= LOOK_BACK; i--) {
    if (isBlank(lines, i)) continue;
    if (i <= proseStart) distance++;
    // The prose line itself is a candidate only when it is short: a long title reads as prose.
    if (i === proseStart && classes[i] === LineClass.Prose && (facts.words[i] as number) > 20) {
      continue;
    }
    if (!titleLike(lines, facts, i) || head.at(i) !== null) continue;
    // Inside the prose, only a line with a byline or date under it is taken for a title.
    if (i > proseStart && !headUnder(lines, facts, i, count, head)) continue;
    const inside = i > proseStart ? INSIDE_COST : 0;
    const score =
      scoreTitle(lines, facts, classes, i, count, head) -
      DISTANCE_COST * Math.max(0, distance - 1) -
      inside;
    if (score > bestScore) {
      second = bestScore;
      bestScore = score;
      best = i;
    } else if (score > second) second = score;
  }
  if (best === -1) return null;
  const confident = bestScore >= CONFIDENT && bestScore - second >= MARGIN;
  return { line: best, score: bestScore, confident };
}

/** Whether a byline or date line stands within a few lines under line `i`. */
function headUnder(
  lines: Lines,
  facts: LineFacts,
  i: number,
  limit: number,
  head: HeadLines,
): boolean {
  let under = 0;
  for (
    let j = nextLine(lines, i, limit);
    j !== -1 && under < UNDER;
    j = nextLine(lines, j, limit)
  ) {
    under++;
    if (head.at(j) !== null) return true;
    // A byline under another title is that title's: a list of links above it shares none.
    if ((facts.words[j] as number) >= 6 && titleLike(lines, facts, j)) return false;
  }
  return false;
}

function scoreTitle(
  lines: Lines,
  facts: LineFacts,
  classes: Uint8Array,
  i: number,
  limit: number,
  head: HeadLines,
): number {
  const words = facts.words[i] as number;
  // Most titles run from five to twenty words; menus and buttons are shorter.
  let score = words > 20 ? 1.5 : words >= 8 ? 2.5 : words >= 5 ? 1.5 : words >= 3 ? 0.5 : 0;
  // The page repeats its title (breadcrumbs, share bars); buttons repeat too, but are short.
  if (has(facts, i, Fact.repeated) && words >= 5) score += 1.5;
  if (has(facts, i, Fact.titleCase) && words >= 4) score += 0.5;
  const next = nextLine(lines, i, limit);
  if (next !== -1) {
    const nextWords = facts.words[next] as number;
    if (
      classes[next] === LineClass.Prose ||
      (has(facts, next, Fact.sentenceEnd) && nextWords >= 6)
    ) {
      score += 1;
    }
  }
  // Nothing above it: the text opens with its title (a careful copy of the article).
  if (previousLine(lines, i) === -1) score += 1.5;
  const named = headUnder(lines, facts, i, limit, head);
  if (named) score += 2;
  // A name alone on a line right under it: a byline without a `By`.
  for (let j = next, k = 0; !named && j !== -1 && k < 3; j = nextLine(lines, j, limit), k++) {
    if (head.nameAt(j)) {
      score += 1;
      break;
    }
  }
  // One of a list of links: title-like lines above and below, none of them a sentence.
  const before = previousLine(lines, i);
  if (
    before !== -1 &&
    next !== -1 &&
    titleLike(lines, facts, before) &&
    titleLike(lines, facts, next) &&
    (facts.words[before] as number) >= 4 &&
    (facts.words[next] as number) >= 4 &&
    classes[next] !== LineClass.Prose
  ) {
    score -= 1.5;
  }
  return score;
}
