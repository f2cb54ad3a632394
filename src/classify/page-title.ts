import { Fact, has, type LineFacts } from "../lines/facts.js";
import { isBlank, type Lines, lineText } from "../lines/lines.js";
import type { Lexicon } from "../parser/lexicon.js";
import { findDate, type PageByline, readPageByline } from "./page-byline.js";
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
/** A score at least this high, and this far ahead of the next, is a confident pick. */
export const CONFIDENT = 3;
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

  /** The byline or date line `i` is, or null. */
  at(i: number): HeadLine {
    let found = this.memo.get(i);
    if (found !== undefined) return found;
    found = null;
    const s = this.lines.start[i] as number;
    const e = this.lines.end[i] as number;
    if (e - s <= 200) {
      const text = lineText(this.lines, s, e);
      const date = findDate(text, this.parseDate);
      if (date !== null) found = { kind: "date", date };
      else {
        const byline = readPageByline(text, this.lexicon, this.parseDate, false);
        if (byline !== null) found = { kind: "byline", byline };
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
 * Picks the title above line `proseStart` (the article's first prose line),
 * or null when no line above it could be one.
 */
export function pickTitle(
  lines: Lines,
  facts: LineFacts,
  classes: Uint8Array,
  proseStart: number,
  head: HeadLines,
): TitlePick | null {
  let best = -1;
  let bestScore = Number.NEGATIVE_INFINITY;
  let second = Number.NEGATIVE_INFINITY;
  let distance = 0;
  const count = lines.start.length;
  for (let i = proseStart; i >= 0 && distance <= LOOK_BACK; i--) {
    if (isBlank(lines, i)) continue;
    distance++;
    // The prose line itself is a candidate only when it is short: a long title reads as prose.
    if (i === proseStart && classes[i] === LineClass.Prose && (facts.words[i] as number) > 20) {
      continue;
    }
    if (!titleLike(lines, facts, i) || head.at(i) !== null) continue;
    const score = scoreTitle(lines, facts, classes, i, Math.min(count, proseStart + UNDER), head) -
      0.05 * (distance - 1);
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

function scoreTitle(
  lines: Lines,
  facts: LineFacts,
  classes: Uint8Array,
  i: number,
  limit: number,
  head: HeadLines,
): number {
  const words = facts.words[i] as number;
  let score = words > 25 ? 1 : words >= 5 ? 2 : words >= 3 ? 1 : 0;
  if (has(facts, i, Fact.repeated)) score += 1.5;
  if (has(facts, i, Fact.titleCase)) score += 0.5;
  const next = nextLine(lines, i, limit);
  if (next !== -1) {
    const nextWords = facts.words[next] as number;
    if (classes[next] === LineClass.Prose || (has(facts, next, Fact.sentenceEnd) && nextWords >= 6)) {
      score += 1;
    }
  }
  let under = 0;
  for (let j = next; j !== -1 && under < UNDER; j = nextLine(lines, j, limit)) {
    under++;
    if (head.at(j) !== null) {
      score += 2;
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
