import { isBlank, type Lines, lineText } from "../lines/lines.js";

// A title names what its article is about: most of its content words come
// back in the article's opening paragraphs. The titles of related links,
// teasers and a site's slogan stand just as near the prose and look just as
// much like titles, but speak of something else. This module measures that
// share for a candidate line, against the prose under it.

/** Words of prose under a candidate that its words are looked for in. */
const PROSE_WORDS = 400;
/** Lines under a candidate read at most, blank ones included. */
const PROSE_LINES = 200;
/** Letters of a word compared: `sanctions` meets `sanction`, `economy` meets `economic`. */
const STEM = 5;
/** Latin words shorter than this carry no topic (`of`, `US`, `a`). */
const MIN_WORD = 3;
// A run of letters, marks and digits: a word, or a run of CJK characters.
const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/** Whether a character code is Han, kana or Hangul: scripts written without spaces. */
function isCjk(code: number): boolean {
  return (
    (code >= 0x3040 && code <= 0x30ff) ||
    (code >= 0x3400 && code <= 0x9fff) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff)
  );
}

/**
 * The content words of `text`, folded and cut to their first letters;
 * function words (`stopwords`) and short words left out. A run of CJK
 * characters gives its pairs of characters: no space tells its words apart.
 */
export function topicWords(text: string, stopwords: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    if (isCjk(word.charCodeAt(0)) || isCjk(word.charCodeAt(word.length - 1))) {
      cjkPairs(word, out);
      continue;
    }
    const folded = word.toLowerCase();
    if (folded.length < MIN_WORD || stopwords.has(folded)) continue;
    out.push(folded.slice(0, STEM));
  }
  return out;
}

/** The pairs of neighbouring CJK characters of `word`, and its other letters as one word each run. */
function cjkPairs(word: string, out: string[]): void {
  let latin = "";
  for (let p = 0; p < word.length; p++) {
    const code = word.charCodeAt(p);
    if (!isCjk(code)) {
      latin += word.charAt(p);
      continue;
    }
    if (latin.length >= MIN_WORD) out.push(latin.toLowerCase().slice(0, STEM));
    latin = "";
    if (p + 1 < word.length && isCjk(word.charCodeAt(p + 1))) out.push(word.slice(p, p + 2));
  }
  if (latin.length >= MIN_WORD) out.push(latin.toLowerCase().slice(0, STEM));
}

/** The words of the article's prose, read once for each line it is read from. */
export class ProseTopic {
  private readonly memo = new Map<number, ReadonlySet<string>>();
  constructor(
    private readonly lines: Lines,
    private readonly words: Float32Array,
    private readonly stopwords: ReadonlySet<string>,
  ) {}

  /**
   * The share of the content words of line `i` that the prose from line
   * `from` to line `to` holds (its first few hundred words), or null when line `i` has
   * too few content words to tell; with how many content words it has.
   */
  share(i: number, from: number, to: number): { share: number; words: number } | null {
    const mine = new Set(topicWords(this.text(i), this.stopwords));
    if (mine.size < 2) return null;
    const prose = this.proseFrom(from, to);
    let found = 0;
    for (const w of mine) if (prose.has(w)) found++;
    return { share: found / mine.size, words: mine.size };
  }

  private text(i: number): string {
    return lineText(this.lines, this.lines.start[i] as number, this.lines.end[i] as number);
  }

  /** The words of lines `from` to `to`; one article is read per `from`, so `to` never changes. */
  private proseFrom(from: number, to: number): ReadonlySet<string> {
    let set = this.memo.get(from);
    if (set !== undefined) return set;
    const found = new Set<string>();
    let words = 0;
    // Every line of the article counts: a list of names or a subheading speaks of it too.
    const stop = Math.min(to, from + PROSE_LINES);
    for (let j = from; j <= stop && words < PROSE_WORDS; j++) {
      if (isBlank(this.lines, j)) continue;
      words += this.words[j] as number;
      for (const w of topicWords(this.text(j), this.stopwords)) found.add(w);
    }
    set = found;
    this.memo.set(from, set);
    return set;
  }
}
