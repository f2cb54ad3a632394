import type { Located } from "../classify/parts.js";
import { entityNames } from "./entity-names.js";

// Text read out of markup differs from its slice of the input: references are
// decoded (`&lt;` is one character), control characters dropped, runs of white
// space and line breaks made one space. A `Mapped` text keeps, for each of its
// characters, the input range it came from, so any piece of it (a paragraph,
// a dateline cut from one) gets the span of its source.

/** Text with the input offsets of each character: `from[i]` to `to[i]`. */
export interface Mapped {
  readonly text: string;
  readonly from: readonly number[];
  readonly to: readonly number[];
}

const AMPERSAND = 0x26;
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

/**
 * `input[start, end)` with its character references decoded: every numeric
 * one (`&#60;`, `&#x3C;`) and the named ones of `entityNames` (`&lt;`,
 * `&amp;`, `&eacute;`, `&mdash;`). A reference with no closing `;`, or a name
 * the table lacks, is text and stays as written; control characters written
 * as references are dropped.
 */
export function decodeRange(input: string, start: number, end: number): Mapped {
  let text = "";
  const from: number[] = [];
  const to: number[] = [];
  for (let p = start; p < end; ) {
    const c = input.charCodeAt(p);
    if (c === AMPERSAND) {
      const stop = input.indexOf(";", p + 1);
      const decoded =
        stop !== -1 && stop < end && stop - p <= MAX_REFERENCE
          ? reference(input.slice(p + 1, stop))
          : null;
      if (decoded !== null) {
        for (let k = 0; k < decoded.length; k++) {
          from.push(p);
          to.push(stop + 1);
        }
        text += decoded;
        p = stop + 1;
        continue;
      }
    }
    // A raw control character is the input's own: kept, as every layout keeps
    // it (with the `control-character` warning), so a span still reads as its value.
    text += input[p];
    from.push(p);
    to.push(p + 1);
    p++;
  }
  return { text, from, to };
}

/** The decoded text of `input[start, end)`, as {@link decodeRange} reads it. */
export function decodeText(input: string, start: number, end: number): string {
  return decodeRange(input, start, end).text;
}

const isWhite = (c: number) =>
  c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0c || c === 0x0b;

/**
 * `m` trimmed, each run of white space inside it one space (ASCII white space
 * only: the ideographic space of Chinese leads is text).
 */
export function collapse(m: Mapped): Mapped {
  let text = "";
  const from: number[] = [];
  const to: number[] = [];
  let space = -1;
  for (let i = 0; i < m.text.length; i++) {
    if (isWhite(m.text.charCodeAt(i))) {
      if (space === -1) space = i;
      continue;
    }
    if (space !== -1 && text.length > 0) {
      text += " ";
      from.push(m.from[space] as number);
      to.push(m.to[i - 1] as number);
    }
    space = -1;
    text += m.text[i];
    from.push(m.from[i] as number);
    to.push(m.to[i] as number);
  }
  return { text, from, to };
}

/** The pieces joined by one space, which stands for what lay between them. */
export function joinMapped(pieces: readonly Mapped[]): Mapped {
  let text = "";
  const from: number[] = [];
  const to: number[] = [];
  for (const m of pieces) {
    if (m.text.length === 0) continue;
    if (text.length > 0) {
      text += " ";
      from.push(to[to.length - 1] as number);
      to.push(m.from[0] as number);
    }
    text += m.text;
    // One at a time: a spread of a long body's offsets would overflow the stack.
    for (let i = 0; i < m.text.length; i++) {
      from.push(m.from[i] as number);
      to.push(m.to[i] as number);
    }
  }
  return { text, from, to };
}

/** `m.text[i, j)` with the span of its source; null when it is empty. */
export function locate(m: Mapped, i = 0, j = m.text.length): Located | null {
  if (j <= i) return null;
  return { text: m.text.slice(i, j), start: m.from[i] as number, end: m.to[j - 1] as number };
}
