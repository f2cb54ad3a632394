import {
  isSpaceCode,
  needsNormalizing,
  nextOddSpace,
  normalizeInline,
} from "../text/whitespace.js";
import { scanWide } from "../text/wide-scan.js";

// Any character above U+00FF: V8 answers at once for one-byte text.
const WIDE = /[^\0-\xff]/;

/**
 * The lines of a text as offsets into it: the first stage's output.
 * `start[i]`/`end[i]` bound line `i` with surrounding white space trimmed away
 * (equal for a blank line), so later stages never re-scan raw text to find
 * where a line's content is.
 */
export interface Lines {
  readonly text: string;
  readonly start: number[];
  readonly end: number[];
  /**
   * False when no line holds tabs or odd spaces between its first and last
   * characters: slices of lines then need no normalising.
   */
  readonly noisy: boolean;
}

/** Splits `text` on LF, CRLF and lone CR, as the streaming `LineReader` does. */
export function scanLines(text: string): Lines {
  const start: number[] = [];
  const end: number[] = [];
  splitWhole(text, start, end);
  return { text, start, end, noisy: needsNormalizing(text) && oddSpaceInside(text, start, end) };
}

/**
 * The lines of a text, exactly as the reader cuts them, without its per-line
 * callback and piece bookkeeping: the text is one string, whatever its length,
 * and one loop over it is two to three times as fast as the reader on long
 * ones. Each `indexOf` resumes where the last stopped, so the loop is linear.
 */
function splitWhole(text: string, start: number[], end: number[]): void {
  const length = text.length;
  let nextCr = text.indexOf("\r");
  let nextLf = text.indexOf("\n");
  let from = 0;
  for (;;) {
    if (nextLf !== -1 && nextLf < from) nextLf = text.indexOf("\n", from);
    if (nextCr !== -1 && nextCr < from) nextCr = text.indexOf("\r", from);
    let to = length;
    let next = -1;
    if (nextCr !== -1 && (nextLf === -1 || nextCr < nextLf)) {
      to = nextCr;
      next = nextCr + 1 === nextLf ? nextLf + 1 : nextCr + 1;
    } else if (nextLf !== -1) {
      to = nextLf;
      next = nextLf + 1;
    }
    let s = from;
    let e = to;
    while (s < e && isSpaceCode(text.charCodeAt(s))) s++;
    while (e > s && isSpaceCode(text.charCodeAt(e - 1))) e--;
    start.push(s);
    end.push(e);
    if (next === -1) return;
    from = next;
  }
}

/**
 * Whether a tab or odd space stands inside a line's trimmed range. One that
 * only pads a line (a byte-order mark before the first) is never in a slice
 * of a line, and every line of the text would otherwise be normalised for it.
 */
function oddSpaceInside(text: string, start: number[], end: number[]): boolean {
  // Wide text was scanned once already (`needsNormalizing`): that scan knows
  // where the odd spaces begin and end, so no search runs past the last.
  const wide = WIDE.test(text) ? scanWide(text) : null;
  const last = wide === null ? text.length : wide.lastOddSpace;
  let at = wide === null ? nextOddSpace(text, 0) : wide.firstOddSpace;
  for (; at !== -1; at = at < last ? nextOddSpace(text, at + 1) : -1) {
    // The last line starting at or before `at`: ranges are ordered and apart.
    let lo = 0;
    let hi = start.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((start[mid] as number) <= at) lo = mid;
      else hi = mid - 1;
    }
    if ((start[lo] as number) <= at && at < (end[lo] as number)) return true;
  }
  return false;
}

/** The trimmed, white-space-normalised content of `text.slice(from, to)`. */
export function lineText(lines: Lines, from: number, to: number): string {
  const slice = lines.text.slice(from, to);
  return lines.noisy ? normalizeInline(slice) : slice;
}

/** True when line `i` holds nothing but white space. */
export function isBlank(lines: Lines, i: number): boolean {
  return lines.start[i] === lines.end[i];
}

/**
 * Whether line `i` is blank only because a step blanked it (moved its start to
 * its end, as page lines are): the input holds text right before its end.
 * A line blank in the input ends after a line break, a space or nothing.
 */
export function wasBlanked(lines: Lines, i: number): boolean {
  const end = lines.end[i] as number;
  if (lines.start[i] !== end || end === 0) return false;
  const before = lines.text.charCodeAt(end - 1);
  return before !== 0x0a && before !== 0x0d && !isSpaceCode(before);
}
