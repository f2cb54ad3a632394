import type { Located } from "../classify/parts.js";
import { entityNames } from "./entity-names.js";

// Text read out of markup differs from its slice of the input: references are
// decoded (`&lt;` is one character), runs of white space and line breaks made
// one space. A `Mapped` text keeps where each of its characters came from, as
// a few pieces rather than an offset per character (a file of records is
// megabytes), so any part of it (a paragraph, a dateline cut from one) gets
// the span of its source.

/**
 * A run of a mapped text: from `at` to the next piece's `at`. An `exact` run
 * is the input's `from` onwards character for character; any other (a
 * decoded reference, one space for a run of white space) stands for all of
 * `input[from, to)`.
 */
interface Piece {
  readonly at: number;
  readonly from: number;
  readonly to: number;
  readonly exact: boolean;
}

/** Text with where it came from in the input. */
export interface Mapped {
  readonly text: string;
  readonly pieces: readonly Piece[];
}

const AMPERSAND = 0x26;
const SEMICOLON = 0x3b;
const NUMBER_SIGN = 0x23;
const LATIN_SMALL_X = 0x78;
const LATIN_CAPITAL_X = 0x58;
// The longest reference worth reading: `&#x10FFFF;`, `&thinsp;`.
const MAX_REFERENCE = 10;
const DECIMAL = /^[0-9]+$/;
const HEX = /^[0-9a-fA-F]+$/;

/**
 * Control characters written as references carry no text: Reuters-21578
 * brackets each story in `&#2;` … `&#3;` (start and end of text) and fills
 * its `<UNKNOWN>` lines with `&#5;`, `&#22;`, `&#31;`. They are dropped, as
 * are DEL and the C1 controls; tab and line breaks stay.
 */
function isControl(code: number): boolean {
  if (code === 0x09 || code === 0x0a || code === 0x0d) return false;
  return code < 0x20 || (code >= 0x7f && code <= 0x9f);
}

/** What the reference `&body;` stands for: its text ("" for a control), or null when it is none. */
function reference(body: string): string | null {
  if (body.charCodeAt(0) !== NUMBER_SIGN) return entityNames.get(body) ?? null;
  const hex = body.charCodeAt(1) === LATIN_SMALL_X || body.charCodeAt(1) === LATIN_CAPITAL_X;
  const digits = body.slice(hex ? 2 : 1);
  if (!(hex ? HEX : DECIMAL).test(digits)) return null;
  const code = Number.parseInt(digits, hex ? 16 : 10);
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return "\ufffd";
  if (isControl(code)) return "";
  return String.fromCodePoint(code);
}

const isWhite = (c: number) =>
  c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0c || c === 0x0b;

// Neither white space, a control character nor the `&` of a reference.
const isPlain = (c: number) => c > 0x20 && c !== AMPERSAND;

/** Builds a mapped text piece by piece. */
class Builder {
  text = "";
  readonly pieces: Piece[] = [];

  exact(input: string, from: number, to: number): void {
    if (to <= from) return;
    this.pieces.push({ at: this.text.length, from, to, exact: true });
    this.text += input.slice(from, to);
  }

  standIn(text: string, from: number, to: number): void {
    if (text.length === 0) return;
    this.pieces.push({ at: this.text.length, from, to, exact: false });
    this.text += text;
  }

  done(): Mapped {
    return { text: this.text, pieces: this.pieces };
  }
}

/**
 * `input[start, end)` with its character references decoded and, with
 * `squash`, trimmed and each run of ASCII white space one space (the
 * ideographic space of Chinese leads is text). Every numeric reference
 * (`&#60;`, `&#x3C;`) and the named ones of `entityNames` (`&lt;`, `&amp;`,
 * `&eacute;`, `&mdash;`) are decoded; one with no closing `;`, or a name the
 * table lacks, is text and stays as written; control characters written as
 * references are dropped. A raw control character is the input's own: kept,
 * as every layout keeps it (with the `control-character` warning).
 */
export function decodeRange(input: string, start: number, end: number, squash = false): Mapped {
  const out = new Builder();
  let run = start; // start of the literal run not yet written
  let space = -1; // start of a pending run of white space
  const flush = (to: number) => {
    out.exact(input, run, to);
  };
  for (let p = start; p < end; ) {
    const c = input.charCodeAt(p);
    // One space between two characters of text is itself: it needs no piece of
    // its own (a piece per word would cost a file of records megabytes). Next to
    // a reference (a dropped `&#3;` may stand beside it) it is read as a run.
    if (
      squash &&
      c === 0x20 &&
      space === -1 &&
      p > start &&
      p + 1 < end &&
      !isWhite(input.charCodeAt(p - 1)) &&
      input.charCodeAt(p - 1) !== SEMICOLON &&
      !isWhite(input.charCodeAt(p + 1)) &&
      input.charCodeAt(p + 1) !== AMPERSAND
    ) {
      p++;
      continue;
    }
    if (squash && isWhite(c)) {
      if (space === -1) {
        flush(p);
        space = p;
      }
      p++;
      run = p;
      continue;
    }
    const stop = c === AMPERSAND ? input.indexOf(";", p + 1) : -1;
    const decoded =
      stop !== -1 && stop < end && stop - p <= MAX_REFERENCE
        ? reference(input.slice(p + 1, stop))
        : null;
    // A dropped control character is no text: white space around it stays one run.
    if (decoded !== "" && space !== -1) {
      if (out.text.length > 0) out.standIn(" ", space, p);
      space = -1;
      run = p;
    }
    if (decoded !== null) {
      if (space === -1) flush(p);
      out.standIn(decoded, p, stop + 1);
      p = stop + 1;
      run = p;
      continue;
    }
    p++;
    // The characters after plain text that are plain too change nothing:
    // passed over in a tight loop rather than one turn of the above each.
    if (space === -1) while (p < end && isPlain(input.charCodeAt(p))) p++;
  }
  if (space === -1) flush(end);
  return out.done();
}

/** The decoded text of `input[start, end)`, as {@link decodeRange} reads it. */
export function decodeText(input: string, start: number, end: number): string {
  return decodeRange(input, start, end).text;
}

/** `input[start, end)` decoded, trimmed, each run of ASCII white space one space. */
export function decodeSquashed(input: string, start: number, end: number): Mapped {
  return decodeRange(input, start, end, true);
}

/** The piece holding character `i`. */
function pieceAt(m: Mapped, i: number): Piece {
  let lo = 0;
  let hi = m.pieces.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((m.pieces[mid] as Piece).at <= i) lo = mid;
    else hi = mid - 1;
  }
  return m.pieces[lo] as Piece;
}

/** Where character `i` starts in the input. */
export function startOf(m: Mapped, i: number): number {
  const p = pieceAt(m, i);
  return p.exact ? p.from + (i - p.at) : p.from;
}

/** Where character `i` ends in the input. */
export function endOf(m: Mapped, i: number): number {
  const p = pieceAt(m, i);
  return p.exact ? p.from + (i - p.at) + 1 : p.to;
}

/** `m.text[i, j)` with its map. */
export function sliceMapped(m: Mapped, i: number, j: number): Mapped {
  if (i <= 0 && j >= m.text.length) return m;
  const pieces: Piece[] = [];
  for (let k = 0; k < m.pieces.length; k++) {
    const p = m.pieces[k] as Piece;
    const next = (m.pieces[k + 1] as Piece | undefined)?.at ?? m.text.length;
    if (next <= i || p.at >= j) continue;
    const from = Math.max(p.at, i);
    pieces.push({
      at: from - i,
      from: p.exact ? p.from + (from - p.at) : p.from,
      to: p.to,
      exact: p.exact,
    });
  }
  return { text: m.text.slice(i, j), pieces };
}

/** The pieces joined by one space, which stands for what lay between them. */
export function joinMapped(parts: readonly Mapped[]): Mapped {
  const out = new Builder();
  let lastEnd = -1;
  for (const m of parts) {
    if (m.text.length === 0) continue;
    if (out.text.length > 0) out.standIn(" ", lastEnd, startOf(m, 0));
    const base = out.text.length;
    for (const p of m.pieces) out.pieces.push({ ...p, at: p.at + base });
    out.text += m.text;
    lastEnd = endOf(m, m.text.length - 1);
  }
  return out.done();
}

/** `m.text[i, j)` with the span of its source; null when it is empty. */
export function locate(m: Mapped, i = 0, j = m.text.length): Located | null {
  if (j <= i) return null;
  return { text: m.text.slice(i, j), start: startOf(m, i), end: endOf(m, j - 1) };
}
