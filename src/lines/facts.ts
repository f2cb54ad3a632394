import type { Lines } from "./lines.js";

// What the general reader knows of each line, computed in one scan over the
// lines and kept beside them: the steps that weigh prose against furniture,
// look for a title or split paragraphs read these numbers, never the text
// again. Kept in typed arrays: a page of a thousand lines costs a few
// kilobytes, and the scan is linear in the text.

/** Per-line facts; index `i` describes line `i` of the {@link Lines} they were read from. */
export interface LineFacts {
  /** Words: runs of letters or digits; a Han, kana or Hangul character counts as half a word. */
  readonly words: Float32Array;
  /** Characters of the trimmed line. */
  readonly chars: Uint32Array;
  /** Bit set of {@link Fact} values. */
  readonly flags: Uint16Array;
  /** Words found in the stopword lists of the locales in play. */
  readonly stopwords: Uint16Array;
}

/** One yes-or-no fact of a line, a bit in {@link LineFacts.flags}. */
export const Fact = {
  /** Ends a sentence: `.`, `!`, `?`, `。`, `！`, `？`, perhaps before a closing quote or bracket. */
  sentenceEnd: 1,
  /** Holds a letter of a script written without spaces (Han, kana, Hangul). */
  cjk: 2,
  /** Every word that can be capitalised starts with a capital, small words aside. */
  titleCase: 4,
  /** Holds a comma (any script's). */
  comma: 16,
  /** The whole line is a web address. */
  url: 32,
  /** Holds no letter at all (numbers, marks). */
  noLetters: 64,
  /** Opens with a list bullet or number. */
  bullet: 128,
  /** The same text stands on another line of the input. */
  repeated: 256,
  /** Opens with white space: an indented line. */
  indented: 512,
} as const;

/** A line's end that ends a sentence, behind closing quotes and brackets. */
export const SENTENCE_END = /[.!?。！？…][\s"'”’»)\]」』）]*$/u;
/** Words a line read for its length alone counts at the least: enough to be prose. */
const LONG_WORDS = 20;
/** Longest stopword looked up, in characters, with its punctuation. */
const STOPWORD_LENGTH = 8;
const PUNCTUATION = ".,;:!?\"'’”)»";
const URL_LINE = /^(?:https?:\/\/|www\.)\S+$/i;
// What a link line opens with (its first eight characters).
const URL_OPENING = /^(?:https?:\/\/|www\.)/i;
const BULLET = /^(?:[-*•·–—▪◦]|\d{1,3}[.)])\s/u;
const HAS_LETTER = /\p{L}/u;

/**
 * Reads the facts of the lines of `lines` before line `to` (all by default);
 * `stopwords` holds the folded stopwords of the locales in play (empty for
 * none). Lines longer than `longest` characters are read for their length
 * alone: words counted at twenty or more, a link told apart.
 */
export function readFacts(
  lines: Lines,
  stopwords: ReadonlySet<string>,
  to: number = lines.start.length,
  longest = Number.POSITIVE_INFINITY,
): LineFacts {
  const count = lines.start.length;
  const words = new Float32Array(count);
  const chars = new Uint32Array(count);
  const flags = new Uint16Array(count);
  const stops = new Uint16Array(count);
  const seen = new Map<string, number>();
  const { text } = lines;
  for (let i = 0; i < Math.min(to, count); i++) {
    const s = lines.start[i] as number;
    const e = lines.end[i] as number;
    if (s === e) continue;
    chars[i] = e - s;
    if (e - s > longest) {
      // Read for its length alone (a caller that only tells prose from
      // furniture): a line this long is running text, unless it is a link.
      words[i] = Math.max(LONG_WORDS, (e - s) / 6);
      if (isLinkLine(text, s, e)) flags[i] = Fact.url;
      continue;
    }
    const line = text.slice(s, e);
    let f = 0;
    if (s > 0) {
      const before = text.charCodeAt(s - 1);
      if (before === 0x20 || before === 0x09 || before === 0x3000 || before === 0xa0)
        f |= Fact.indented;
    }
    // Words are runs between white space, read in one pass over the characters
    // (a regular expression per word costs several times more on long lines).
    let n = 0;
    let capitals = 0;
    let lower = 0;
    let stop = 0;
    let cjk = 0;
    for (let p = 0; p < line.length; ) {
      while (p < line.length && line.charCodeAt(p) <= 0x20) p++;
      if (p === line.length) break;
      const from = p;
      while (p < line.length && line.charCodeAt(p) > 0x20) {
        if (line.charCodeAt(p) >= 0x1100 && isCjk(line.charCodeAt(p))) cjk++;
        p++;
      }
      const code = line.charCodeAt(from);
      const kind = caseOf(line, from, code);
      // A token that opens with a mark (`—`, `(`) is no word of its own.
      if (kind === Case.Mark) continue;
      n++;
      if (kind === Case.Upper) capitals++;
      else if (kind === Case.Lower) lower++;
      // Function words are short, and no locale lists any in a script without
      // case (CJK, Hangul): other tokens are not looked up.
      if (stopwords.size > 0 && p - from <= STOPWORD_LENGTH && code < 0x2e80) {
        let to = p;
        while (to > from && PUNCTUATION.includes(line.charAt(to - 1))) to--;
        if (stopwords.has(line.slice(from, to).toLowerCase())) stop++;
      }
    }
    if (cjk > 0) {
      f |= Fact.cjk;
      // A run of CJK characters reads as one token above: count its characters instead.
      n = Math.max(n, cjk / 2);
    }
    words[i] = n;
    stops[i] = stop;
    if (SENTENCE_END.test(line)) f |= Fact.sentenceEnd;
    if (line.includes(",") || line.includes("，") || line.includes("、")) f |= Fact.comma;
    if (!HAS_LETTER.test(line)) f |= Fact.noLetters;
    // Small words (`of`, `the`) stay lower case in a title: most words capitalised is enough.
    if (capitals > 0 && capitals >= 0.6 * (capitals + lower)) f |= Fact.titleCase;
    if (URL_LINE.test(line)) f |= Fact.url;
    if (BULLET.test(line)) f |= Fact.bullet;
    flags[i] = f;
    if (e - s <= 300) {
      const other = seen.get(line);
      if (other === undefined) seen.set(line, i);
      else {
        flags[i] = (flags[i] as number) | Fact.repeated;
        flags[other] = (flags[other] as number) | Fact.repeated;
      }
    }
  }
  return { words, chars, flags, stopwords: stops };
}

const Case = { Upper: 0, Lower: 1, Uncased: 2, Mark: 3 } as const;
type Case = (typeof Case)[keyof typeof Case];

/** The case of the character at `at` (its code `code`): by ranges for ASCII and CJK, else by the platform. */
function caseOf(line: string, at: number, code: number): Case {
  if (code < 0x80) {
    if (code >= 0x41 && code <= 0x5a) return Case.Upper;
    if (code >= 0x61 && code <= 0x7a) return Case.Lower;
    return code >= 0x30 && code <= 0x39 ? Case.Uncased : Case.Mark;
  }
  // Scripts without case (CJK, Hangul) and most letters above them.
  if (code >= 0x2e80) return code >= 0xff01 && code <= 0xff0f ? Case.Mark : Case.Uncased;
  const c = line.charAt(at);
  const up = c.toUpperCase();
  const down = c.toLowerCase();
  if (c !== down) return Case.Upper;
  if (c !== up) return Case.Lower;
  return /\p{L}|\p{N}/u.test(c) ? Case.Uncased : Case.Mark;
}

/** Whether `text[s, e)` is a web address and nothing else, without copying it. */
function isLinkLine(text: string, s: number, e: number): boolean {
  if (!URL_OPENING.test(text.slice(s, Math.min(e, s + 8)))) return false;
  const space = text.indexOf(" ", s);
  const tab = text.indexOf("\t", s);
  return (space === -1 || space >= e) && (tab === -1 || tab >= e);
}

/** Whether a character code is Han, kana or Hangul. */
function isCjk(code: number): boolean {
  return (
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0x3040 && code <= 0x30ff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0x1100 && code <= 0x11ff) ||
    (code >= 0x3130 && code <= 0x318f) ||
    (code >= 0xf900 && code <= 0xfaff)
  );
}

/** Whether line `i` has fact `fact`. */
export function has(facts: LineFacts, i: number, fact: number): boolean {
  return ((facts.flags[i] as number) & fact) !== 0;
}
