import type { LabelIndex } from "./labels/index.js";
import type { TrailerKey } from "./labels/types.js";
import { isBlank, type Lines } from "./lines.js";
import { isSpaceCode, normalizeInline } from "./whitespace.js";

/** One labelled line of the trailer, with offsets into the input. */
export interface TrailerLine {
  key: TrailerKey;
  label: string;
  value: string;
  start: number;
  end: number;
  valueStart: number;
}

/**
 * Reads `Label: value` from one trimmed line when the label is a known one.
 * The colon may be ASCII or full-width, with spaces before it (French style);
 * the search for it stops after the longest known label, so a long body line
 * costs a few character reads, not a scan.
 */
export function readLabelLine(
  lines: Lines,
  i: number,
  labels: { index: LabelIndex; maxLength: number },
): TrailerLine | null {
  const { text } = lines;
  const start = lines.start[i] as number;
  const end = lines.end[i] as number;
  // Labels may be written with extra inner spaces; allow a few beyond the longest.
  const limit = Math.min(end, start + labels.maxLength + 4);
  let colon = -1;
  for (let p = start; p < limit; p++) {
    const c = text.charCodeAt(p);
    if (c === 0x3a || c === 0xff1a) {
      colon = p;
      break;
    }
  }
  if (colon <= start) return null;
  let labelEnd = colon;
  while (labelEnd > start && isSpaceCode(text.charCodeAt(labelEnd - 1))) labelEnd--;
  const label = text.slice(start, labelEnd);
  const key = labels.index.get(label.replace(/\s+/g, " ").toLowerCase());
  if (key === undefined) return null;
  let valueStart = colon + 1;
  while (valueStart < end && isSpaceCode(text.charCodeAt(valueStart))) valueStart++;
  if (valueStart === end) return null;
  return {
    key,
    label,
    value: normalizeInline(text.slice(valueStart, end)),
    start,
    end,
    valueStart,
  };
}

/**
 * Finds the trailer: the run of known-label lines at the very end of the text
 * (blank lines between them allowed). Labels elsewhere are body text, so a
 * paragraph that happens to open with `Source:` stays a paragraph.
 *
 * @returns the index of the trailer's first line (`to` when there is none) and
 * its lines in input order.
 */
export function findTrailer(
  lines: Lines,
  from: number,
  to: number,
  labels: { index: LabelIndex; maxLength: number },
): { first: number; fields: TrailerLine[] } {
  const fields: TrailerLine[] = [];
  let first = to;
  for (let i = to - 1; i >= from; i--) {
    if (isBlank(lines, i)) continue;
    const field = readLabelLine(lines, i, labels);
    if (field === null) break;
    fields.push(field);
    first = i;
  }
  fields.reverse();
  return { first, fields };
}
