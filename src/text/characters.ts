import { type ArticleIssue, issue } from "../schema/issues.js";
import { scanWide } from "./wide-scan.js";

// Control characters other than tab, LF, VT, FF and CR (which are white space),
// looked for one by one with indexOf: far cheaper than a regex over the text.
// C1 controls (U+0080–U+009F) are not looked for: 32 more scans of every text
// for characters that almost never occur would cost as much as parsing it.
const CONTROLS = Array.from({ length: 32 }, (_, c) => String.fromCharCode(c))
  .filter((c) => !"\t\n\v\f\r".includes(c))
  .concat("\x7f");
// Native where the platform has it (ES2024), a regex elsewhere.
const isWellFormed = (String.prototype as { isWellFormed?: (this: string) => boolean })
  .isWellFormed;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

// The control characters of CONTROLS in one class, and the length from which
// one search with it is faster than one search for each.
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it looks for.
const CONTROL = /[\0-\x08\x0e-\x1f\x7f]/;
const LONG = 65536;

// Any character above U+00FF. V8 answers this at once for text it stores one
// byte per character, which is most Latin-script text.
const WIDE = /[^\0-\xff]/;

/**
 * Offset of the first control character, or -1. One-byte text is searched
 * with one `indexOf` per character (each runs at memory speed there); wider
 * text, where those are slow, with one loop shared with the other checks.
 */
function firstControl(text: string): number {
  if (WIDE.test(text)) return scanWide(text).control;
  // Past some length one scan for them all beats the 28 searches.
  if (text.length > LONG) return CONTROL.exec(text)?.index ?? -1;
  let first = -1;
  for (const c of CONTROLS) {
    const at = text.indexOf(c);
    if (at !== -1 && (first === -1 || at < first)) first = at;
  }
  return first;
}

/**
 * Reports characters that survive parsing but rarely belong in an article:
 * control characters (NUL and friends) and lone surrogates (text cut inside a
 * character). They stay in the text: dropping them silently would lose data.
 */
export function checkCharacters(text: string): ArticleIssue[] {
  const found: ArticleIssue[] = [];
  const first = firstControl(text);
  if (first !== -1) {
    const code = text.charCodeAt(first).toString(16).padStart(4, "0").toUpperCase();
    const message = `Control character U+${code} in the text; it is kept as is.`;
    found.push(issue("control-character", "warning", message, { start: first, end: first + 1 }));
  }
  // A text with no character above U+00FF cannot hold a surrogate at all, nor
  // can one the shared scan found none in.
  if (
    WIDE.test(text) &&
    scanWide(text).surrogate &&
    (isWellFormed ? !isWellFormed.call(text) : LONE_SURROGATE.test(text))
  ) {
    const lone = LONE_SURROGATE.exec(text);
    if (lone) {
      const message = "A lone UTF-16 surrogate: the text was cut inside a character.";
      found.push(
        issue("lone-surrogate", "warning", message, { start: lone.index, end: lone.index + 1 }),
      );
    }
  }
  return found;
}
