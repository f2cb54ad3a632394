import type { Located } from "../classify/parts.js";
import { decodeSquashed, endOf, type Mapped, sliceMapped, startOf } from "../markup/mapped.js";
import { isSpaceCode } from "../text/whitespace.js";

// The paragraphs of a record's body text, by the rule its layout states:
// - `indent`: hard-wrapped lines, a new paragraph on each indented line or
//   after a blank one (Reuters-21578's `<BODY>`);
// - `blank-line`: paragraphs apart by blank lines, wrapped lines joined (the
//   text of a TREC `<P>`, or a `<TEXT>` without them);
// - `ideographic`: one paragraph a line, and a new one where a run of two or
//   more ideographic spaces stands inside a line (SogouCS `<content>`, one line
//   a record; a single ideographic space only parts a lead's pieces, `南都讯　记者刘凡　`).

/** How a layout breaks its body text into paragraphs. */
export type ParagraphRule = "indent" | "blank-line" | "ideographic";

const IDEOGRAPHIC_SPACE = 0x3000;
const LF = 0x0a;
const CR = 0x0d;

/** One line of `input[start, end)`: where it stands, whether it opens indented, whether it holds text. */
interface RawLine {
  from: number;
  to: number;
  indented: boolean;
  blank: boolean;
}

function rawLines(input: string, start: number, end: number): RawLine[] {
  const found: RawLine[] = [];
  let from = start;
  while (from <= end) {
    let to = from;
    let reference = false;
    let text = false;
    for (; to < end; to++) {
      const c = input.charCodeAt(to);
      if (c === LF || c === CR) break;
      if (c === 0x26) reference = true;
      else if (!isSpaceCode(c)) text = true;
    }
    const c = input.charCodeAt(from);
    // A line of references alone may hold no text once decoded (`&#3;`): decoded to tell.
    const blank = reference && text ? decodeSquashed(input, from, to).text.length === 0 : !text;
    found.push({ from, to, indented: from < to && (c === 0x20 || c === 0x09), blank });
    if (to >= end) break;
    from = to + (input.charCodeAt(to) === CR && input.charCodeAt(to + 1) === LF ? 2 : 1);
  }
  return found;
}

/** Cuts a line at runs of two or more ideographic spaces. */
function ideographicPieces(line: Mapped): Mapped[] {
  const pieces: Mapped[] = [];
  let from = 0;
  for (let i = 0; i < line.text.length; i++) {
    if (
      line.text.charCodeAt(i) !== IDEOGRAPHIC_SPACE ||
      line.text.charCodeAt(i + 1) !== IDEOGRAPHIC_SPACE
    )
      continue;
    let j = i;
    while (line.text.charCodeAt(j) === IDEOGRAPHIC_SPACE) j++;
    pieces.push(slice(line, from, i));
    from = j;
    i = j - 1;
  }
  pieces.push(slice(line, from, line.text.length));
  return pieces.filter((p) => p.text.length > 0);
}

const slice = sliceMapped;

/**
 * The paragraphs of `input[start, end)` by `rule`, decoded, each with the span
 * of its source: from its first character's to its last's.
 */
export function bodyParagraphs(
  input: string,
  start: number,
  end: number,
  rule: ParagraphRule,
): Mapped[] {
  const paragraphs: Mapped[] = [];
  // The lines of the paragraph being read: decoded once, whole (their breaks
  // read as single spaces), not line by line.
  let first = -1;
  let last = -1;
  const close = () => {
    if (first !== -1) paragraphs.push(trimEdges(decodeSquashed(input, first, last)));
    first = -1;
  };
  for (const line of rawLines(input, start, end)) {
    if (line.blank) {
      close();
      continue;
    }
    if (rule === "ideographic") {
      for (const piece of ideographicPieces(decodeSquashed(input, line.from, line.to))) {
        const trimmed = trimEdges(piece);
        if (trimmed.text.length > 0) paragraphs.push(trimmed);
      }
      continue;
    }
    if (rule === "indent" && line.indented) close();
    if (first === -1) first = line.from;
    last = line.to;
  }
  close();
  return paragraphs;
}

/** `m` without the white space of any kind at its edges (an ideographic space opening a line). */
function trimEdges(m: Mapped): Mapped {
  let i = 0;
  let j = m.text.length;
  while (i < j && isSpaceCode(m.text.charCodeAt(i))) i++;
  while (j > i && isSpaceCode(m.text.charCodeAt(j - 1))) j--;
  return i === 0 && j === m.text.length ? m : slice(m, i, j);
}

/** The whole of `input[start, end)` as one value: decoded, white space made single spaces. */
export function readValue(input: string, start: number, end: number): Mapped {
  return trimEdges(decodeSquashed(input, start, end));
}

/** A mapped text as a located piece, or null when it is empty. */
export function located(m: Mapped): Located | null {
  if (m.text.length === 0) return null;
  return { text: m.text, start: startOf(m, 0), end: endOf(m, m.text.length - 1) };
}
