import { isBlank, type Lines, lineText } from "../lines/lines.js";
import type { Lexicon } from "../parser/lexicon.js";
import { isSpaceCode } from "../text/whitespace.js";
import type { LabelLine } from "./parts.js";

/** Longest unknown label still read as one (`Photo`, `Tags`, `Image credit`). */
const MAX_UNKNOWN_LABEL = 24;
/** Longest value an unknown label may carry: more is a sentence with a colon in it. */
const MAX_UNKNOWN_VALUE = 120;
// An unknown label: one to three capitalised words, or a few CJK characters.
const UNKNOWN_LABEL =
  /^(?:\p{Lu}[\p{L}\p{M}'’.-]*(?: \p{Lu}?[\p{L}\p{M}'’.-]*){0,2}|[\p{Script=Han}]{1,6})$/u;

/**
 * Reads `Label: value` from one trimmed line. The colon may be ASCII or
 * full-width, with spaces before it (French style). The search for it stops
 * after the longest possible label, so a long body line costs a few character
 * reads, not a scan. Unknown labels are returned (with `key: null`) only when
 * `allowUnknown` is set and they are shaped like a label.
 */
export function readLabelLine(
  lines: Lines,
  i: number,
  lexicon: Lexicon,
  allowUnknown = false,
): LabelLine | null {
  const { text } = lines;
  let start = lines.start[i] as number;
  let end = lines.end[i] as number;
  // A labelled line wholly in brackets, as Chinese portals write `（原标题：…）`.
  const bracketed = isBracketed(text, start, end);
  if (bracketed) {
    // Inside the brackets, as outside, the value ends at its last character that is no space.
    start++;
    end--;
    while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
  }
  // Labels may be written with extra inner spaces; allow a few beyond the longest.
  const longest = allowUnknown
    ? Math.max(lexicon.maxLabelLength, MAX_UNKNOWN_LABEL)
    : lexicon.maxLabelLength;
  const limit = Math.min(end, start + longest + 4);
  let colon = -1;
  for (let p = start; p < limit; p++) {
    const c = text.charCodeAt(p);
    if (c === 0x3a || c === 0xff1a) {
      colon = p;
      break;
    }
  }
  if (colon <= start) return null;
  // `https://…` on a line of its own is a link, not a label.
  if (text.startsWith("//", colon + 1)) return null;
  let labelEnd = colon;
  while (labelEnd > start && isSpaceCode(text.charCodeAt(labelEnd - 1))) labelEnd--;
  const label = text.slice(start, labelEnd);
  let valueStart = colon + 1;
  while (valueStart < end && isSpaceCode(text.charCodeAt(valueStart))) valueStart++;
  if (valueStart === end) return null;
  // Most labels are written plainly; fold inner white space only when the plain
  // lookup misses.
  const lower = label.toLowerCase();
  const key =
    lexicon.keys.get(lower) ??
    (/\s/.test(lower) ? lexicon.keys.get(lower.replace(/\s+/g, " ")) : undefined) ??
    null;
  if (key === null) {
    if (!allowUnknown || end - valueStart > MAX_UNKNOWN_VALUE) return null;
    if (!UNKNOWN_LABEL.test(label)) return null;
  }
  // In brackets only a known label counts: `(Photo: AFP)` stays what it was.
  if (bracketed && key === null) return null;
  // Written out rather than spread: spread copies of these objects are slow.
  const value = lineText(lines, valueStart, end);
  if (bracketed)
    return { key, label, value, start: start - 1, end: lines.end[i] as number, valueStart };
  return { key, label, value, start, end, valueStart };
}

function isBracketed(text: string, start: number, end: number): boolean {
  if (end - start < 3) return false;
  const open = text.charCodeAt(start);
  const close = text.charCodeAt(end - 1);
  return (open === 0xff08 && close === 0xff09) || (open === 0x28 && close === 0x29);
}

/**
 * Finds the trailer: the run of labelled lines at the very end of the text
 * (blank lines between them allowed) holding at least one known label. Labels
 * elsewhere are body text, so a paragraph that happens to open with `Source:`
 * stays a paragraph. Unknown labels (`Tags: markets`) join a run that has a known
 * one below them, or in the same block above them.
 *
 * @returns the index of the trailer's first line (`to` when there is none) and
 * its lines in input order.
 */
export function findTrailer(
  lines: Lines,
  from: number,
  to: number,
  lexicon: Lexicon,
): { first: number; fields: LabelLine[] } {
  const run: LabelLine[] = [];
  const runLines: number[] = [];
  for (let i = to - 1; i >= from; i--) {
    if (isBlank(lines, i)) continue;
    const field = readLabelLine(lines, i, lexicon, true);
    if (field === null) break;
    run.push(field);
    runLines.push(i);
  }
  // Unknown-label lines above the topmost known one stay only while they sit in
  // the same block as it (no blank line between): `Tags: markets` right above
  // `Source: rfi` is trailer, `Analysts: …` a paragraph away is body text.
  let top = run.length - 1;
  while (top >= 0 && (run[top] as LabelLine).key === null) top--;
  if (top < 0) return { first: to, fields: [] };
  while (top + 1 < run.length && runLines[top + 1] === (runLines[top] as number) - 1) top++;
  const fields = run.slice(0, top + 1).reverse();
  return { first: runLines[top] as number, fields };
}
