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
import { EchoedTitles } from "./page-echo.js";
import { ProseTopic } from "./page-topic.js";
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
/**
 * Words of prose under which a title with its byline or date right under it
 * may still stand: a cookie notice or a sign-up box can open the run of prose.
 */
const DEEP_WORDS = 400;
/** Lines under a deep title in which its byline or date stands. */
const RIGHT_UNDER = 2;
/** What a title gains when all its content words come back in the prose under it. */
const TOPIC = 4;
/** Content words a title needs for its topic to count in full. */
const TOPIC_WORDS = 4;
/** The share of its words a title the page prints again inside the prose repeats from what follows. */
const ON_TOPIC = 0.5;
/** What a title of several content words loses when none comes back: it speaks of another story. */
const OFF_TOPIC = 1;
/** What a byline or date right under a title gives it; each line further down, a little less. */
const HEAD_UNDER = 2;
const HEAD_STEP = 0.5;
/** Characters of a repeated line that make it more than a button. */
const REPEATED_CHARS = 30;
/** What a sentence ending inside a line costs it as a title. */
const CAPTION_COST = 2;
// A full stop after a word of two lower-case letters or digits (not `Dr.`, `U.S.`), then
// another word: one sentence ends inside the line.
const SENTENCE_INSIDE = /[\p{Ll}\p{Nd}]{2}\.["'”’»)]?\s+["'“‘«(]?[\p{Lu}\p{Nd}(]/u;
/** What the page printing the title again beside a site or section name gives it. */
const ECHO = 1.5;
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
function searchFrom(
  facts: LineFacts,
  classes: Uint8Array,
  first: number,
  last: number,
  opening: number,
): number {
  let words = 0;
  let at = first;
  for (let i = first; i <= last && words < opening; i++) {
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
  stopwords: ReadonlySet<string>,
): TitlePick | null {
  let best = -1;
  let bestScore = Number.NEGATIVE_INFINITY;
  let second = Number.NEGATIVE_INFINITY;
  let distance = 0;
  const count = lines.start.length;
  const proseStart = region.first;
  const shallow = searchFrom(facts, classes, region.first, region.last, OPENING_WORDS);
  const from = searchFrom(facts, classes, region.first, region.last, DEEP_WORDS);
  const topic = new ProseTopic(lines, facts.words, stopwords);
  const echoes = new EchoedTitles(lines);
  for (let i = from; i >= 0 && distance <= LOOK_BACK; i--) {
    if (isBlank(lines, i)) continue;
    if (i <= proseStart) distance++;
    // The prose line itself is a candidate only when it is short: a long title reads as prose.
    if (i === proseStart && classes[i] === LineClass.Prose && (facts.words[i] as number) > 20) {
      continue;
    }
    if (!titleLike(lines, facts, i) || head.at(i) !== null) continue;
    const words = facts.words[i] as number;
    // Its topic: the share of its words the article's opening (under it) repeats.
    const topical = topic.share(i, Math.max(proseStart, i + 1), region.last);
    const share = topical?.share ?? 0;
    // Printed again: the same line elsewhere, or beside a site or section name.
    const repeated = printedAgain(facts, i);
    const echoed = words >= 3 && !repeated && echoes.echoed(i);
    // Inside the prose, only a line with a byline or date next to it is taken
    // for a title, or one the page prints again that speaks of what follows.
    const again = (repeated || echoed) && share >= ON_TOPIC;
    if (i > proseStart && !again && !headNextTo(lines, facts, i, count, head)) continue;
    // Deeper in, only one with its byline or date right under it.
    if (i > shallow && !headUnder(lines, facts, i, count, head, RIGHT_UNDER)) continue;
    const inside = i > proseStart ? INSIDE_COST : 0;
    // A few words tell less of a topic than many: a short line is trusted less either way.
    const onTopic =
      topical === null
        ? 0
        : share > 0
          ? TOPIC * share * Math.min(1, topical.words / TOPIC_WORDS)
          : -OFF_TOPIC;
    const echo = echoed ? ECHO : 0;
    const score =
      scoreTitle(lines, facts, classes, i, count, head) +
      onTopic +
      echo -
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

/** Whether the page prints line `i` again, and it is no button: five words or thirty characters. */
function printedAgain(facts: LineFacts, i: number): boolean {
  if (!has(facts, i, Fact.repeated)) return false;
  return (facts.words[i] as number) >= 5 || (facts.chars[i] as number) >= REPEATED_CHARS;
}

/** Whether line `i` ends a sentence inside it, a word of two letters or digits before its full stop. */
function sentenceInside(lines: Lines, i: number): boolean {
  const s = lines.start[i] as number;
  const e = lines.end[i] as number;
  return SENTENCE_INSIDE.test(lines.text.slice(s, e));
}

/** Whether a byline or date line stands right above line `i`, or a few lines under it. */
function headNextTo(
  lines: Lines,
  facts: LineFacts,
  i: number,
  limit: number,
  head: HeadLines,
): boolean {
  const above = previousLine(lines, i);
  if (above !== -1 && head.at(above) !== null) return true;
  return headUnder(lines, facts, i, limit, head);
}

/** Whether a byline or date line stands within a few lines under line `i`. */
function headUnder(
  lines: Lines,
  facts: LineFacts,
  i: number,
  limit: number,
  head: HeadLines,
  within = UNDER,
): boolean {
  return headDepth(lines, facts, i, limit, head, within) > 0;
}

/**
 * How many lines under line `i` its byline or date line stands (1 right
 * under it), within `within` lines; 0 when none does.
 */
function headDepth(
  lines: Lines,
  facts: LineFacts,
  i: number,
  limit: number,
  head: HeadLines,
  within = UNDER,
): number {
  let under = 0;
  for (
    let j = nextLine(lines, i, limit);
    j !== -1 && under < within;
    j = nextLine(lines, j, limit)
  ) {
    under++;
    if (head.at(j) !== null) return under;
    // A byline under another title is that title's: a list of links above it shares none.
    if ((facts.words[j] as number) >= 6 && titleLike(lines, facts, j)) return 0;
  }
  return 0;
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
  if (printedAgain(facts, i)) score += 1.5;
  // A sentence and more words after it: a caption (`… in 2015. (Photo AFP)`), not a title.
  if (sentenceInside(lines, i)) score -= CAPTION_COST;
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
  // A byline or date under it; the nearer, the surer (a kicker stands over the title, further up).
  const depth = headDepth(lines, facts, i, limit, head);
  const named = depth > 0;
  if (named) score += HEAD_UNDER - HEAD_STEP * Math.min(depth - 1, 4);
  // A name alone on a line right under it: a byline without a `By`.
  for (let j = next, k = 0; !named && j !== -1 && k < 3; j = nextLine(lines, j, limit), k++) {
    if (head.nameAt(j)) {
      score += 1;
      break;
    }
  }
  // A list's lines have none of a title's head lines around them: a date right above ends it.
  const before = previousLine(lines, i);
  const headAbove = before !== -1 && head.at(before) !== null;
  // One of a list of links: title-like lines above and below, none of them a sentence.
  if (
    !headAbove &&
    before !== -1 &&
    next !== -1 &&
    titleLike(lines, facts, before) &&
    titleLike(lines, facts, next) &&
    (facts.words[before] as number) >= 4 &&
    (facts.words[next] as number) >= 4 &&
    classes[next] !== LineClass.Prose &&
    head.at(next) === null
  ) {
    score -= 1.5;
  }
  return score;
}
