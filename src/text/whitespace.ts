import { scanWide } from "./wide-scan.js";

/**
 * Character classes shared by every stage. Kept as code-point tests rather than
 * regular expressions where they run once per line edge, on the hot path.
 */

/** True for characters a line may be padded with: what `trim()` removes, plus the BOM. */
export function isSpaceCode(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || code === 0x09 || code === 0x0b || code === 0x0c;
  if (code < 0xa0) return code === 0x85;
  return (
    code === 0xa0 ||
    code === 0xfeff ||
    code === 0x3000 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f
  );
}

// The horizontal spaces other than U+0020 that a line may hold inside it. U+3000
// (ideographic space) is not among them: CJK text uses it on purpose.
const ODD_SPACES =
  "\t\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\ufeff\v\f";

/**
 * Whether any line of `text` holds a tab or an odd space. One `indexOf` per
 * character: V8 runs each at memory speed, where a regular expression over the
 * whole text would cost as much as the rest of the parse.
 */
export function needsNormalizing(text: string): boolean {
  // Wider text: one regular expression beats a dozen slow two-byte scans.
  if (WIDE.test(text)) return scanWide(text).oddSpace;
  // Text with no character above U+00FF can hold only the odd spaces below it.
  // Looking for the others anyway is slow where such text is a slice of wider
  // text (a document of an export): V8 then searches its two-byte form.
  for (let i = 0; i < NARROW_ODD_SPACES.length; i++) {
    if (text.indexOf(NARROW_ODD_SPACES.charAt(i)) !== -1) return true;
  }
  return false;
}
const NARROW_ODD_SPACES = [...ODD_SPACES].filter((c) => c.charCodeAt(0) <= 0xff).join("");

// Any character above U+00FF: V8 answers at once for one-byte text.
const WIDE = /[^\0-\xff]/;
const ODD_SPACE = /[\t\v\f\u00a0\u1680\u2000-\u200a\u202f\u205f\ufeff]/g;

const ODD_SPACE_FROM = /[\t\v\f\u00a0\u1680\u2000-\u200a\u202f\u205f\ufeff]/g;

/** Offset of the first tab or odd space at or after `from`, or -1. */
export function nextOddSpace(text: string, from: number): number {
  ODD_SPACE_FROM.lastIndex = from;
  return ODD_SPACE_FROM.exec(text)?.index ?? -1;
}

/**
 * Makes every tab and odd space inside a line a plain space, one for one, so
 * text keeps its length and nothing else in it changes.
 */
export function normalizeInline(text: string): string {
  return text.replace(ODD_SPACE, " ");
}
