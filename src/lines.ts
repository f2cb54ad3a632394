import { isSpaceCode, needsNormalizing, normalizeInline } from "./whitespace.js";

/**
 * The lines of a text as offsets into it. `start[i]`/`end[i]` bound line `i`
 * with surrounding white space trimmed away (equal for a blank line), so later
 * stages never re-scan raw text to find where a line's content is.
 */
export interface Lines {
  readonly text: string;
  readonly start: number[];
  readonly end: number[];
  /** False when no line holds tabs or odd spaces: slices need no normalising. */
  readonly noisy: boolean;
}

/**
 * Splits `text` on LF, CRLF and lone CR. This is the only code that walks the
 * raw text; it uses `indexOf`, which is an order of magnitude faster than a
 * per-character loop on V8.
 */
export function scanLines(text: string): Lines {
  const start: number[] = [];
  const end: number[] = [];
  const length = text.length;
  // Lone CRs are rare: look for them once, and only pay for the two-needle scan
  // when the text has any CR at all.
  let nextCr = text.indexOf("\r");
  let pos = 0;
  while (pos <= length) {
    let nextLf = text.indexOf("\n", pos);
    if (nextLf === -1) nextLf = length;
    if (nextCr !== -1 && nextCr < pos) nextCr = text.indexOf("\r", pos);
    let lineEnd = nextLf;
    let nextPos = nextLf + 1;
    if (nextCr !== -1 && nextCr < nextLf) {
      lineEnd = nextCr;
      nextPos = nextCr + 1 === nextLf ? nextLf + 1 : nextCr + 1;
    }
    let s = pos;
    let e = lineEnd;
    while (s < e && isSpaceCode(text.charCodeAt(s))) s++;
    while (e > s && isSpaceCode(text.charCodeAt(e - 1))) e--;
    start.push(s);
    end.push(e);
    pos = nextPos;
  }
  return { text, start, end, noisy: needsNormalizing(text) };
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
