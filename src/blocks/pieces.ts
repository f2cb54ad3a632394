import { SENTENCE_END } from "../lines/facts.js";
import { isBlank, type Lines, lineText } from "../lines/lines.js";
import { isSpaceCode, normalizeInline } from "../text/whitespace.js";
import { hardWrapped } from "./wrap-evidence.js";

/**
 * How body lines become paragraphs: the second stage's choice. `"blocks"`:
 * blank-line separated blocks, hard-wrapped lines joined, list items apart.
 * `"lines"`: every non-blank line is a paragraph. `"auto"` picks `"lines"`
 * only when the body has no blank line at all.
 */
export type PieceMode = "auto" | "blocks" | "lines";

/**
 * A paragraph candidate: lines `[first, last)` of one block, joined with one
 * space (with none between two lines of Chinese or Japanese, written without spaces). It keeps the map back to the input (its lines), so later stages cut
 * it without reading raw text again.
 */
export interface Piece {
  /** First line index. */
  readonly first: number;
  /** Line index past the last line. */
  readonly last: number;
  /** The lines' trimmed contents joined by single spaces (none between CJK lines), odd spaces normalised. */
  readonly text: string;
  /** Input offset of the first character. */
  readonly start: number;
  /** Input offset past the last character. */
  readonly end: number;
  /** True when the piece is a block of one line on its own. */
  readonly single: boolean;
  /** True when the piece opens with a list bullet inside a block of several. */
  readonly listItem: boolean;
}

/** Bullet or number that opens a list item: `- `, `* `, `• `, `1. `, `2) `. */
export const LIST_ITEM = /^(?:[-*•·–—▪◦]|\d{1,3}[.)])[ \t\u00a0]/u;

/** Reads lines `[from, to)` into pieces, in order. */
export function readPieces(lines: Lines, from: number, to: number, mode: PieceMode): Piece[] {
  // With no blank line, one paragraph a line, unless the lines are hard-wrapped.
  // A body with blank lines too is one paragraph a line when its single line
  // breaks fall at sentence ends (copied so, a blank line here and there).
  const byLine =
    mode === "lines" ||
    (mode === "auto" &&
      (hasInnerBlank(lines, from, to) ? breaksAtSentences(lines, from, to) : true) &&
      !hardWrapped(lines, null, from, to));
  const pieces: Piece[] = [];
  let i = from;
  while (i < to) {
    if (isBlank(lines, i)) {
      i++;
      continue;
    }
    let blockEnd = i + 1;
    while (blockEnd < to && !isBlank(lines, blockEnd)) blockEnd++;
    if (byLine || blockEnd - i === 1) {
      for (let j = i; j < blockEnd; j++) pieces.push(joinLines(lines, j, j + 1, true, false));
    } else {
      // A block of several lines: hard-wrapped lines join with one space, and
      // each list item, or an indented line among flush ones, opens a paragraph.
      const indents = indentedStarts(lines, i, blockEnd);
      let pieceStart = i;
      for (let j = i + 1; j <= blockEnd; j++) {
        if (
          j < blockEnd &&
          !LIST_ITEM.test(lines.text.slice(lines.start[j], lines.end[j])) &&
          !(indents !== null && indents[j - i] === 1)
        ) {
          continue;
        }
        const text = lines.text.slice(lines.start[pieceStart], lines.end[pieceStart]);
        pieces.push(joinLines(lines, pieceStart, j, false, LIST_ITEM.test(text)));
        pieceStart = j;
      }
    }
    i = blockEnd;
  }
  return pieces;
}

/**
 * Which lines of the block `[from, to)` open a paragraph by their indent, as
 * typed text and wire copy mark paragraphs (`    The dry period …`, Chinese
 * `　　`): an indented line under a line that ends a sentence, in a block whose
 * other lines are mostly flush (a block indented throughout is a quotation,
 * not paragraphs). Null when none does.
 */
function indentedStarts(lines: Lines, from: number, to: number): Uint8Array | null {
  if (to - from < 3) return null;
  const marks = new Uint8Array(to - from);
  let indented = 0;
  for (let j = from + 1; j < to; j++) {
    if (!isIndented(lines, j)) continue;
    indented++;
    const prev = lines.text.slice(lines.start[j - 1], lines.end[j - 1]);
    if (SENTENCE_END.test(prev)) marks[j - from] = 1;
  }
  return indented > 0 && indented * 2 < to - from - 1 ? marks : null;
}

/** Whether line `j` opens with white space (its start is past a space, not a line break). */
function isIndented(lines: Lines, j: number): boolean {
  const s = lines.start[j] as number;
  if (s === 0) return false;
  const c = lines.text.charCodeAt(s - 1);
  return c === 0x20 || c === 0x09 || c === 0x3000 || c === 0xa0;
}

/** Fewest single line breaks that say how a body with blank lines breaks its lines. */
const BREAKS = 4;

/**
 * Whether the single line breaks of `[from, to)` (between two non-blank
 * lines) are paragraph breaks: there are several, and nearly every one falls
 * after a sentence's end, which hard wraps seldom do.
 */
function breaksAtSentences(lines: Lines, from: number, to: number): boolean {
  let breaks = 0;
  let atSentence = 0;
  for (let j = from; j + 1 < to; j++) {
    if (isBlank(lines, j) || isBlank(lines, j + 1)) continue;
    breaks++;
    const s = lines.start[j] as number;
    const e = lines.end[j] as number;
    if (SENTENCE_END.test(lines.text.slice(Math.max(s, e - 8), e))) atSentence++;
  }
  return breaks >= BREAKS && atSentence >= breaks * 0.9;
}

function hasInnerBlank(lines: Lines, from: number, to: number): boolean {
  let seenText = false;
  let pendingBlank = false;
  for (let i = from; i < to; i++) {
    if (isBlank(lines, i)) {
      if (seenText) pendingBlank = true;
    } else {
      if (pendingBlank) return true;
      seenText = true;
    }
  }
  return false;
}

function joinLines(
  lines: Lines,
  first: number,
  last: number,
  single: boolean,
  listItem: boolean,
): Piece {
  const start = lines.start[first] as number;
  const end = lines.end[last - 1] as number;
  let text: string;
  if (last - first === 1) text = lineText(lines, start, end);
  else {
    let joined = "";
    for (let k = first; k < last; k++) {
      if (k > first && !joinsTight(lines, k - 1)) joined += " ";
      joined += lines.text.slice(lines.start[k], lines.end[k]);
    }
    text = lines.noisy ? normalizeInline(joined) : joined;
  }
  return { first, last, text, start, end, single, listItem };
}

/**
 * The input offset of offset `at` of a piece's text. Inline normalising keeps
 * lengths, so within a line the two differ by a constant; the one space that
 * joins two lines stands for the break. An `at` on that space maps to the end
 * of the line before it when `edge` is `"end"`, to the next line's start when
 * it is `"start"`. The line is found by binary search, so cutting many notes
 * off a block of many lines stays linear.
 */
export function inputOffset(lines: Lines, piece: Piece, at: number, edge: "start" | "end"): number {
  const starts = textStarts(lines, piece);
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((starts[mid] as number) <= at) low = mid;
    else high = mid - 1;
  }
  const k = piece.first + low;
  // The end of a line joined to the next with no space: the same offset starts the next line.
  if (edge === "end" && low > 0 && at === starts[low] && joinsTight(lines, k - 1))
    return lines.end[k - 1] as number;
  const s = lines.start[k] as number;
  const lineEnd = (starts[low] as number) + ((lines.end[k] as number) - s);
  if (at < lineEnd) return s + (at - (starts[low] as number));
  if (at > lineEnd) return piece.end;
  // On the line's end, or on the space standing for the break after it.
  if (edge === "end" || k === piece.last - 1) return lines.end[k] as number;
  return lines.start[k + 1] as number;
}

// Where each line of a piece starts in its text; made once per piece.
const STARTS = new WeakMap<Piece, number[]>();
const ONE_LINE = [0];

function textStarts(lines: Lines, piece: Piece): number[] {
  if (piece.last - piece.first === 1) return ONE_LINE;
  let starts = STARTS.get(piece);
  if (starts === undefined) {
    starts = [];
    let at = 0;
    for (let k = piece.first; k < piece.last; k++) {
      starts.push(at);
      at += (lines.end[k] as number) - (lines.start[k] as number);
      if (k + 1 < piece.last && !joinsTight(lines, k)) at++;
    }
    STARTS.set(piece, starts);
  }
  return starts;
}

/** Text `[from, to)` of a piece, as a part with its input span, white space trimmed. */
export function cut(
  lines: Lines,
  piece: Piece,
  from: number,
  to: number,
): { text: string; start: number; end: number } {
  const { text } = piece;
  let s = from;
  let e = to;
  while (s < e && isSpaceCode(text.charCodeAt(s))) s++;
  while (e > s && isSpaceCode(text.charCodeAt(e - 1))) e--;
  return {
    text: text.slice(s, e),
    start: inputOffset(lines, piece, s, "start"),
    end: inputOffset(lines, piece, e, "end"),
  };
}

/**
 * Whether line `k` joins line `k + 1` with no space: the characters on both
 * sides of the break are Chinese or Japanese (ideographs, kana, their
 * punctuation and full-width forms), which are written without spaces. Korean
 * is written with spaces: Hangul joins with one.
 */
export function joinsTight(lines: Lines, k: number): boolean {
  const end = lines.end[k] as number;
  const next = lines.start[k + 1] as number;
  return isTightCjk(lines.text.charCodeAt(end - 1)) && isTightCjk(lines.text.charCodeAt(next));
}

/** Whether a character is one of Chinese or Japanese text, which joins lines with no space. */
export function isTightCjk(c: number): boolean {
  return (
    (c >= 0x3000 && c <= 0x30ff) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xff00 && c <= 0xffef)
  );
}
