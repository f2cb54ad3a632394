import { isTightCjk, LIST_ITEM } from "../blocks/pieces.js";
import { readByline } from "../classify/header.js";
import { endsSentence, isHeadingText, isProse, markdownHeading } from "../classify/heading-rule.js";
import { noteKind, trailingNoteStart } from "../classify/note-rule.js";
import { isPageLine } from "../classify/page-lines.js";
import { readLabelLine } from "../classify/trailer.js";
import { factivaCodes, maxCodeIndent } from "../dialects/factiva-codes.js";
import { scanLines } from "../lines/lines.js";
import type { Lexicon } from "../parser/lexicon.js";
import { isSpaceCode } from "../text/whitespace.js";

// What the shared layout's writer asks before writing a block: would the
// parser read it back as something else (a header line, a note, a labelled
// line)? And how to wrap a paragraph so that it is read back as itself.

const DEEPER = " ".repeat(maxCodeIndent + 1);
const deeper = (line: string) => (factivaCodes.has(line) ? `${DEEPER}${line}` : line);

// Splits a paragraph at its last (or, `early`, its first) single space between
// two other characters, where the second line opens no list item, neither line
// is a page line (`###`, `Advertisement`, `Photo: AFP`) and the two lines pass
// `accept`: two lines that join back into it. A split that leaves a Factiva code
// alone on a line (`PD`) is taken only when there is no other: codes on lines of
// their own are what make a text a Factiva export.
export function wrap(
  text: string,
  lexicon: Lexicon,
  early = false,
  accept?: (wrapped: string) => boolean,
): string {
  return (
    split(text, lexicon, early, false, accept) ?? split(text, lexicon, early, true, accept) ?? text
  );
}

function split(
  text: string,
  lexicon: Lexicon,
  early: boolean,
  codeLines: boolean,
  accept?: (wrapped: string) => boolean,
): string | null {
  // Each try of `accept` reads the text again: a few tries, not one per space.
  let tries = 16;
  for (let k = 1; k < text.length - 1 && tries > 0; k++) {
    const i = early ? k : text.length - 1 - k;
    // Chinese and Japanese break between two characters (the lines join back
    // with no space), never before a punctuation mark.
    // A space on either side (an ideographic one) would be trimmed off the line's end or start.
    const tight =
      isTightCjk(text.charCodeAt(i - 1)) &&
      isTightCjk(text.charCodeAt(i)) &&
      !isCjkMark(text.charCodeAt(i)) &&
      !isSpaceCode(text.charCodeAt(i - 1)) &&
      !isSpaceCode(text.charCodeAt(i));
    if (
      tight ||
      (text.charCodeAt(i) === 0x20 &&
        !isSpaceCode(text.charCodeAt(i - 1)) &&
        !isSpaceCode(text.charCodeAt(i + 1)) &&
        !LIST_ITEM.test(text.slice(i + 1)))
    ) {
      const head = text.slice(0, i);
      const tail = text.slice(tight ? i : i + 1);
      const refused =
        isPageLine(head, lexicon) ||
        isPageLine(tail, lexicon) ||
        (!codeLines && (factivaCodes.has(head) || factivaCodes.has(tail)));
      // Taken only when there is no other, a line that is a code alone is
      // indented past where a code line may stand: it reads as text.
      const wrapped = codeLines ? `${deeper(head)}\n${deeper(tail)}` : `${head}\n${tail}`;
      if (!refused && (accept === undefined || accept(wrapped))) return wrapped;
      tries--;
    }
  }
  return null;
}

/**
 * `text` broken at every single space between two other characters where
 * the next line opens no list item and no line is a page line (a code alone
 * indented): the last resort for a paragraph no one break keeps from being
 * misread. Null when there is no such space.
 */
export function wrapEverywhere(text: string, lexicon: Lexicon): string | null {
  const out: string[] = [];
  let from = 0;
  for (let i = 1; i < text.length - 1; i++) {
    if (
      text.charCodeAt(i) === 0x20 &&
      !isSpaceCode(text.charCodeAt(i - 1)) &&
      !isSpaceCode(text.charCodeAt(i + 1)) &&
      !LIST_ITEM.test(text.slice(i + 1))
    ) {
      out.push(text.slice(from, i));
      from = i + 1;
    }
  }
  if (out.length === 0) return null;
  out.push(text.slice(from));
  if (out.some((line) => isPageLine(line, lexicon))) return null;
  return out.map(deeper).join("\n");
}

/**
 * Whether `block`, the body's last, would start the trailer: the run of
 * labelled lines that ends it holds a known label (`Source:`), or is the whole
 * block (it would join labelled lines above), as the trailer is read. With
 * `alone` (the body's only block) there are no lines above to join: unknown
 * labels alone (`He said: "no".`) start no trailer.
 */
export function endsInTrailer(block: string, lexicon: Lexicon, alone = false): boolean {
  const lines = scanLines(block);
  let i = lines.start.length - 1;
  for (; i >= 0; i--) {
    const field = readLabelLine(lines, i, lexicon, true);
    if (field === null) return false;
    if (field.key !== null) return true;
  }
  return !alone;
}

/** Whether the first line of `text` would be read as a line under the headline. */
export function readsAsHeaderLine(text: string, lexicon: Lexicon, bylineFree: boolean): boolean {
  const lines = scanLines(text);
  const field = readLabelLine(lines, 0, lexicon);
  if (field !== null) return field.key !== "disclaimer" && !endsSentence(field.value);
  if (!bylineFree) return false;
  const end = lines.end[0] as number;
  return (
    readByline(
      lines,
      lines.start[0] as number,
      end,
      lexicon.bylinePrefixes,
      lexicon.cjkBylinePrefixes,
    ) !== null
  );
}

/** Whether a block of `text` alone would be taken for a wire note. */
export function readsAsNote(text: string, lexicon: Lexicon): boolean {
  return noteKind(text, lexicon) !== null || lexicon.creditSentence?.test(text) === true;
}

export function isLabelLine(text: string, lexicon: Lexicon): boolean {
  const lines = scanLines(text);
  return readLabelLine(lines, lines.start.length - 1, lexicon, true) !== null;
}

export function isByline(name: string, lexicon: Lexicon): boolean {
  const line = `By ${name}`;
  if (/[\r\n]/.test(line)) return false;
  const lines = scanLines(line);
  const end = lines.end[0] as number;
  const read = readByline(lines, lines.start[0] as number, end, lexicon.bylinePrefixes);
  return read !== null && read.text === name && readLabelLine(lines, 0, lexicon) === null;
}

/**
 * Whether `heading`, written plain on a line of its own above the paragraph
 * `next`, is read back as that heading (title-shaped, prose after it, no
 * Markdown mark of its own); else it needs a mark.
 */
export function readsAsPlainHeading(
  heading: string,
  next: string | undefined,
  smallWords: ReadonlySet<string>,
): boolean {
  return (
    next !== undefined &&
    isProse(next) &&
    isHeadingText(heading, smallWords) &&
    markdownHeading(heading) === null
  );
}

/**
 * A heading with a Markdown mark that reads back as it: `## Heading`; else
 * `**Heading**` (where the first would end in what reads as a note run into it,
 * `## Title($1 = 0.78 euros)`, or lose a closing run of its own, `## By ##`);
 * else `## Heading #`, whose closing `#` is what the reader takes off.
 */
export function markedHeading(heading: string, lexicon?: Lexicon): string {
  const reads = (text: string) => {
    const read = markdownHeading(text);
    return read !== null && text.slice(read.from, read.to) === heading;
  };
  const runsIn = (text: string) => lexicon !== undefined && trailingNoteStart(text, lexicon) !== -1;
  const atx = `## ${heading}`;
  for (const text of [atx, `**${heading}**`, `${atx} #`])
    if (reads(text) && !runsIn(text)) return text;
  return atx;
}

/** CJK punctuation and full-width marks, which no line may open with. */
function isCjkMark(c: number): boolean {
  return (
    (c >= 0x3000 && c <= 0x303f) || (c >= 0xff01 && c <= 0xff0f) || (c >= 0xff1a && c <= 0xff20)
  );
}
