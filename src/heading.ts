import { isSpaceCode, normalizeInline } from "./whitespace.js";

/** Longest line, in characters, still read as a heading. */
export const MAX_HEADING_LENGTH = 150;
/** Most words a heading may have. */
export const MAX_HEADING_WORDS = 24;
/** Longest heading, in characters, in scripts without letter case (CJK). */
export const MAX_UNCASED_HEADING_LENGTH = 40;

// Words a title leaves in lower case ("Wording and Territory", "Rubio of State").
const SMALL_WORDS = new Set(
  (
    "a an the and or but nor for of on in at to by with from as vs vs. via into onto over per than " +
    "up off out amid after about against between during under upon within without is are was " +
    "be its de del la le les du des van von der den di da e y et und"
  ).split(" "),
);

// Sentence-final marks, also when a closing quote or bracket follows them.
const SENTENCE_END = /[.!?。！？…][\s"'”’»」』)\]）]*$/u;
// A line that runs on: it ends in a comma, semicolon, colon or dash.
const RUNS_ON = /[,;:，；：\-–—]$/u;
/** Bullet or number that opens a list item: `- `, `* `, `• `, `1. `, `2) `. */
export const LIST_ITEM = /^(?:[-*•·–—▪◦]|\d{1,3}[.)])[ \t\u00a0]/u;
const FIRST_LETTER = /\p{L}/u;
const LOWER_LETTER = /\p{Ll}/u;
const CASED_LETTER = /[\p{Lu}\p{Ll}\p{Lt}]/u;

/**
 * The documented heading rule, applied to one trimmed line with its white
 * space already normalised. A heading line:
 *
 * 1. is at most {@link MAX_HEADING_LENGTH} characters and {@link MAX_HEADING_WORDS} words;
 * 2. does not end a sentence (`. ! ? 。 ！ ？ …`, also before a closing quote or
 *    bracket) and does not run on (`, ; : -` at its end);
 * 3. is not a list item (`- `, `* `, `• `, `1. `);
 * 4. in scripts with letter case: has at least two words of two or more letters,
 *    starts with a capital, every word but the small ones (`and`, `of`, `the`…)
 *    is capitalised or the whole line is in capitals, and it is not a list of
 *    names (no more than one comma for every three words);
 * 5. in scripts without case (CJK): at most {@link MAX_UNCASED_HEADING_LENGTH} characters.
 */
export function isHeadingText(text: string): boolean {
  const length = text.length;
  if (length === 0 || length > MAX_HEADING_LENGTH) return false;
  if (SENTENCE_END.test(text) || RUNS_ON.test(text) || LIST_ITEM.test(text)) return false;
  if (!CASED_LETTER.test(text)) {
    return FIRST_LETTER.test(text) && length <= MAX_UNCASED_HEADING_LENGTH;
  }
  const words = text.split(" ");
  if (words.length > MAX_HEADING_WORDS) return false;
  let lettered = 0;
  let longWords = 0;
  let commas = 0;
  let allCaps = true;
  let titleCase = true;
  let first = true;
  for (const word of words) {
    if (word.endsWith(",")) commas++;
    const match = FIRST_LETTER.exec(word);
    if (match === null) continue;
    lettered++;
    if (word.length - match.index >= 2) longWords++;
    const letter = match[0];
    const upper = letter !== letter.toLowerCase();
    if (LOWER_LETTER.test(word)) allCaps = false;
    if (first) {
      if (!upper) return false;
      first = false;
    } else if (!upper && !SMALL_WORDS.has(word.toLowerCase())) {
      titleCase = false;
    }
  }
  if (longWords < 2) return false;
  if (commas * 3 > lettered) return false;
  return titleCase || allCaps;
}

// What may open a sentence: a capital, a digit, a quote or a bracket — or any
// letter of a script without case. Lower case or punctuation means the text
// continues something cut off before it.
const SENTENCE_START = /^[\p{Lu}\p{Lt}\p{N}"'“‘«‹„「『([（]|^(?![\p{Ll}])\p{L}/u;
// Prose ends a sentence, or introduces what follows with a colon...
const PROSE_END = /[.!?。！？…:：][\s"'”’»」』)\]）]*$/u;
// ...or at least holds a finished sentence (copy with a subhead run into its end).
const INNER_SENTENCE_END = /[.!?。！？][”’"')]? +[\p{Lu}"“]/u;

/**
 * Whether a paragraph reads as prose: it opens like a sentence and ends like
 * one (or holds one finished sentence). A heading must be followed by prose, which keeps award lists, line-ups
 * and fragments left by cut links from turning into headings.
 */
export function isProse(text: string): boolean {
  return SENTENCE_START.test(text) && (PROSE_END.test(text) || INNER_SENTENCE_END.test(text));
}

/**
 * Tells whether one line, on its own, reads as a section heading: short, shaped
 * like a title, with no sentence-final punctuation. This is the very rule the
 * parser applies to a one-line block that is followed by body text.
 *
 * @param line - one line of text; surrounding white space is ignored.
 * @example
 * ```ts
 * import { isHeadingLine } from "syndicated-article";
 *
 * isHeadingLine("Oumerov Leads the Ukrainian Delegation"); // true
 * isHeadingLine("The talks began at 10:10 a.m."); // false: a sentence
 * isHeadingLine("K Clark"); // false: a name, not a title
 * ```
 */
export function isHeadingLine(line: string): boolean {
  if (typeof line !== "string" || /[\r\n]/.test(line)) return false;
  let s = 0;
  let e = line.length;
  while (s < e && isSpaceCode(line.charCodeAt(s))) s++;
  while (e > s && isSpaceCode(line.charCodeAt(e - 1))) e--;
  return isHeadingText(normalizeInline(line.slice(s, e)));
}
