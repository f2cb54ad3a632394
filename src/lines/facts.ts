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
  /** Letters, all of them capitals. */
  allCaps: 8,
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

// A line's end, behind closing quotes and brackets.
const SENTENCE_END = /[.!?。！？…][\s"'”’»)\]」』）]*$/u;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’-]*/gu;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
const URL_LINE = /^(?:https?:\/\/|www\.)\S+$/i;
const BULLET = /^(?:[-*•·–—▪◦]|\d{1,3}[.)])\s/u;
const HAS_LETTER = /\p{L}/u;

/**
 * Reads the facts of every line of `lines`; `stopwords` holds the folded
 * stopwords of the locales in play (empty for none).
 */
export function readFacts(lines: Lines, stopwords: ReadonlySet<string>): LineFacts {
  const count = lines.start.length;
  const words = new Float32Array(count);
  const chars = new Uint32Array(count);
  const flags = new Uint16Array(count);
  const stops = new Uint16Array(count);
  const seen = new Map<string, number>();
  const { text } = lines;
  for (let i = 0; i < count; i++) {
    const s = lines.start[i] as number;
    const e = lines.end[i] as number;
    if (s === e) continue;
    const line = text.slice(s, e);
    chars[i] = e - s;
    let f = 0;
    if (s > 0) {
      const before = text.charCodeAt(s - 1);
      if (before === 0x20 || before === 0x09 || before === 0x3000 || before === 0xa0)
        f |= Fact.indented;
    }
    let n = 0;
    let capitals = 0;
    let lower = 0;
    let stop = 0;
    for (const m of line.matchAll(WORD)) {
      const w = m[0];
      n++;
      const c = w.charAt(0);
      if (c !== c.toLowerCase()) capitals++;
      else if (c !== c.toUpperCase()) lower++;
      if (stopwords.size > 0 && stopwords.has(w.toLowerCase())) stop++;
    }
    const cjk = line.match(CJK)?.length ?? 0;
    if (cjk > 0) {
      f |= Fact.cjk;
      // A run of CJK characters matched as one word above: count its characters instead.
      n = Math.max(n, cjk / 2);
    }
    words[i] = n;
    stops[i] = stop;
    if (SENTENCE_END.test(line)) f |= Fact.sentenceEnd;
    if (line.includes(",") || line.includes("，") || line.includes("、")) f |= Fact.comma;
    if (!HAS_LETTER.test(line)) f |= Fact.noLetters;
    else if (line === line.toUpperCase() && line !== line.toLowerCase()) f |= Fact.allCaps;
    // Small words (`of`, `the`) stay lower case in a title: most words capitalised is enough.
    if (capitals > 0 && capitals >= 0.6 * (capitals + lower)) f |= Fact.titleCase;
    if (URL_LINE.test(line)) f |= Fact.url;
    if (BULLET.test(line)) f |= Fact.bullet;
    flags[i] = f;
    if (e - s <= 300) {
      const key = line.replace(/\s+/g, " ");
      const other = seen.get(key);
      if (other === undefined) seen.set(key, i);
      else {
        flags[i] = (flags[i] as number) | Fact.repeated;
        flags[other] = (flags[other] as number) | Fact.repeated;
      }
    }
  }
  return { words, chars, flags, stopwords: stops };
}

/** Whether line `i` has fact `fact`. */
export function has(facts: LineFacts, i: number, fact: number): boolean {
  return ((facts.flags[i] as number) & fact) !== 0;
}
