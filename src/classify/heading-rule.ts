import { LIST_ITEM } from "../blocks/pieces.js";
import { isSpaceCode } from "../text/whitespace.js";

/** Longest line, in characters, still read as a heading. */
export const MAX_HEADING_LENGTH = 150;
/** Most words a heading may have. */
export const MAX_HEADING_WORDS = 24;
/** Longest heading, in characters, in scripts without letter case (CJK). */
export const MAX_UNCASED_HEADING_LENGTH = 40;

const LETTER = /\p{L}/u;
const LOWER_LETTER = /\p{Ll}/u;
const CASED_LETTER = /[\p{Lu}\p{Ll}\p{Lt}]/u;

// Marks that end a sentence, and marks that may follow them (closing quotes,
// brackets, spaces). Sets of code points: the end of a line is read backwards by
// hand, because an end-anchored regular expression would try every position.
const SENTENCE_FINAL = new Set([..."。！？.!?…"].map((c) => c.charCodeAt(0)));
// Closers as a test on the code rather than a Set: a line can end in a run of
// millions of them, each looked up.
function isCloser(code: number): boolean {
  if (code < 0x80)
    return code === 0x22 || code === 0x27 || code === 0x29 || code === 0x5d || code === 0x20;
  return (
    code === 0x201d ||
    code === 0x2019 ||
    code === 0xbb ||
    code === 0x300d ||
    code === 0x300f ||
    code === 0xff09 ||
    code === 0x203a
  );
}
const RUNS_ON_MARKS = new Set([...",;:，；：-–—"].map((c) => c.charCodeAt(0)));
const COLONS = new Set([...":："].map((c) => c.charCodeAt(0)));

// The last character that is no closer, with every closer after it: for a
// long run of closers only. Linear: each run of closers is read from the one
// character before it, and a start on a closer fails at once.
const LAST_NON_CLOSER = /[^"')\] ”’»」』）›]["')\] ”’»」』）›]*$/g;
/** How many closers are read by hand before {@link LAST_NON_CLOSER} takes over. */
const CLOSERS_BY_HAND = 64;

/** The last character of `text` that is not a closing quote, bracket or space. */
function lastMark(text: string): number {
  let i = text.length - 1;
  const stop = Math.max(-1, i - CLOSERS_BY_HAND);
  while (i > stop && isCloser(text.charCodeAt(i))) i--;
  if (i !== stop || i < 0) return i >= 0 ? text.charCodeAt(i) : -1;
  // A long run of closers (a text of nothing but `"`): the engine's search
  // beats a loop several times over. It runs over windows of the text's end,
  // each four times the last, so a short run in a long text costs little.
  for (let window = 1024; ; window *= 4) {
    const from = Math.max(0, i + 1 - window);
    LAST_NON_CLOSER.lastIndex = from;
    const found = LAST_NON_CLOSER.exec(text);
    if (found !== null) return text.charCodeAt(found.index);
    if (from === 0) return -1;
  }
}

/** True when `text` ends a sentence: `. ! ? 。 ！ ？ …`, also before closing quotes. */
export function endsSentence(text: string): boolean {
  return SENTENCE_FINAL.has(lastMark(text));
}

/**
 * The documented heading rule, applied to one trimmed line with its white
 * space already normalised. A heading line:
 *
 * 1. is at most {@link MAX_HEADING_LENGTH} characters and {@link MAX_HEADING_WORDS} words;
 * 2. does not end a sentence (`. ! ? 。 ！ ？ …`, also before a closing quote or
 *    bracket) and does not run on (`, ; : -` at its end);
 * 3. is not a list item (`- `, `* `, `• `, `1. `);
 * 4. in scripts with letter case: has at least two words of two or more letters,
 *    starts with a capital, every word but the locales' small ones (`and`, `of`, `the`…)
 *    is capitalised or the whole line is in capitals, and it is not a list of
 *    names (no more than one comma for every three words);
 * 5. in scripts without case (CJK): at most {@link MAX_UNCASED_HEADING_LENGTH} characters.
 */
export function isHeadingText(text: string, smallWords: ReadonlySet<string>): boolean {
  const length = text.length;
  if (length === 0 || length > MAX_HEADING_LENGTH) return false;
  if (endsSentence(text) || RUNS_ON_MARKS.has(text.charCodeAt(length - 1))) return false;
  const c0 = text.charCodeAt(0);
  const asciiLetter = (c0 >= 0x41 && c0 <= 0x5a) || (c0 >= 0x61 && c0 <= 0x7a);
  // Regular expressions only where the first character leaves a doubt.
  if (!asciiLetter && LIST_ITEM.test(text)) return false;
  if (!asciiLetter && !CASED_LETTER.test(text)) {
    return LETTER.test(text) && length <= MAX_UNCASED_HEADING_LENGTH;
  }
  // One pass over the characters, word by word, without allocating: this runs
  // on every short line of every article.
  let words = 0;
  let lettered = 0;
  let longWords = 0;
  let commas = 0;
  let allCaps = true;
  let titleCase = true;
  let i = 0;
  while (i < length) {
    while (i < length && text.charCodeAt(i) === 0x20) i++;
    if (i === length) break;
    const wordStart = i;
    while (i < length && text.charCodeAt(i) !== 0x20) i++;
    if (++words > MAX_HEADING_WORDS) return false;
    if (text.charCodeAt(i - 1) === 0x2c) commas++;
    const at = firstLetter(text, wordStart, i);
    if (at === -1) continue;
    lettered++;
    if (i - at >= 2) longWords++;
    const code = text.charCodeAt(at);
    // Brand names (`iPhone`, `eBay`) count as capitalised: a capital inside will do.
    const upper =
      (code < 0x80 ? code >= 0x41 && code <= 0x5a : text[at] !== text[at]?.toLowerCase()) ||
      hasAsciiCapital(text, at + 1, i);
    if (allCaps && hasLowerCase(text, at, i)) allCaps = false;
    if (lettered === 1) {
      if (!upper) return false;
    } else if (!upper && titleCase && !smallWords.has(text.slice(wordStart, i).toLowerCase())) {
      titleCase = false;
    }
  }
  if (longWords < 2) return false;
  if (commas * 3 > lettered) return false;
  return titleCase || allCaps;
}

/** How far into a paragraph `isProse` looks for a finished sentence. */
const PROSE_WINDOW = 2000;

// What may open a sentence: a capital, a digit, a quote or a bracket — or any
// letter of a script without case. Lower case or punctuation means the text
// continues something cut off before it.
const SENTENCE_START = /^[\p{Lu}\p{Lt}\p{N}"'“‘«‹„「『([（]|^(?![\p{Ll}])\p{L}/u;
// Prose ends a sentence, or introduces what follows with a colon, or at least holds a finished sentence (copy with a subhead run into its end).
const INNER_SENTENCE_END = /[.!?。！？][”’"')]? +[\p{Lu}"“]/u;

/** Whether `text` opens as {@link SENTENCE_START} says, ASCII decided without the regex. */
function opensSentence(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c >= 0x80 || Number.isNaN(c)) return SENTENCE_START.test(text);
  // A capital, a digit, a quote or a bracket; an ASCII letter in lower case,
  // or any other ASCII mark, opens no sentence.
  return (
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x30 && c <= 0x39) ||
    c === 0x22 ||
    c === 0x27 ||
    c === 0x28 ||
    c === 0x5b
  );
}

/**
 * Whether a paragraph reads as prose: it opens like a sentence and ends like
 * one (or holds one finished sentence). A heading must be followed by prose, which keeps award lists, line-ups
 * and fragments left by cut links from turning into headings.
 */
export function isProse(text: string): boolean {
  if (!opensSentence(text)) return false;
  const last = lastMark(text);
  if (SENTENCE_FINAL.has(last) || COLONS.has(last)) return true;
  // A finished sentence near the start will do; a long unpunctuated line is not
  // searched to its end for one.
  return INNER_SENTENCE_END.test(text.length > PROSE_WINDOW ? text.slice(0, PROSE_WINDOW) : text);
}

// Markdown marks a heading outright: `## Heading`, or a line in bold.
const ATX_HEADING = /^#{1,6}[ \t]+/;

/**
 * Where the text of a Markdown heading line lies: after `#`…`######` (and
 * before closing `#`s), or inside `**…**` / `__…__` wrapping the whole line.
 * Null for any other line.
 */
export function markdownHeading(text: string): { from: number; to: number } | null {
  // Every mark opens with `#`, `*` or `_`: other lines are none, at once.
  const first = text.charCodeAt(0);
  if (first !== 0x23 && first !== 0x2a && first !== 0x5f) return null;
  const atx = ATX_HEADING.exec(text);
  if (atx) {
    let from = atx[0].length;
    // Other spaces after the mark (`##\u3000Heading`) are no part of the heading.
    while (from < text.length && isSpaceCode(text.charCodeAt(from))) from++;
    // Closing `#`s count only after a space (`## C#` keeps its `#`); read by hand,
    // as an end-anchored pattern would retry at every space of the line.
    let to = text.length;
    let p = to;
    while (p > from && text.charCodeAt(p - 1) === 0x23) p--;
    if (
      p < to &&
      p > from &&
      (text.charCodeAt(p - 1) === 0x20 || text.charCodeAt(p - 1) === 0x09)
    ) {
      to = p;
      while (to > from && isSpaceCode(text.charCodeAt(to - 1))) to--;
    }
    return to > from ? { from, to } : null;
  }
  const mark = text.slice(0, 2);
  if ((mark === "**" || mark === "__") && text.length > 4 && text.endsWith(mark)) {
    const inner = text.slice(2, -2);
    // As in Markdown, no space just inside either mark: `** a**`, `**a **` are no bold.
    if (
      !inner.includes(mark) &&
      !isSpaceCode(inner.charCodeAt(0)) &&
      !isSpaceCode(inner.charCodeAt(inner.length - 1))
    )
      return { from: 2, to: text.length - 2 };
  }
  return null;
}

/** Index of the first letter in `text[from, to)`, or -1; ASCII is decided without a regex. */
function firstLetter(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) return i;
    } else if (
      LETTER.test(text.charAt(i)) ||
      (c >= 0xd800 && c <= 0xdbff && LETTER.test(text.slice(i, i + 2)))
    ) {
      return i;
    }
  }
  return -1;
}

/** Whether `text[from, to)` holds an ASCII capital letter. */
function hasAsciiCapital(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x41 && c <= 0x5a) return true;
  }
  return false;
}

/** Whether `text[from, to)` holds a lower-case letter. */
function hasLowerCase(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if (c >= 0x61 && c <= 0x7a) return true;
    } else if (LOWER_LETTER.test(text.charAt(i))) {
      return true;
    }
  }
  return false;
}
