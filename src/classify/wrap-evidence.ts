import { Fact, has, type LineFacts } from "../lines/facts.js";
import { isBlank, type Lines } from "../lines/lines.js";

// Whether single line breaks inside a stretch of text are hard wraps or
// paragraph breaks, from the lines' widths: a hard-wrapped text has lines of
// nearly one width, each block's last line shorter, and lines that stop in
// mid-sentence; a browser copy (or one paragraph a line) has lines of any
// length, most of them ending a sentence.

/** Share of a block's inner lines that must look wrapped. */
const WRAPPED_SHARE = 0.6;
/** How close to the stretch's usual width a wrapped line is. */
const WIDTH_SLACK = 0.2;

/** Whether lines `[from, to)` read as hard-wrapped text. */
export function hardWrapped(lines: Lines, facts: LineFacts, from: number, to: number): boolean {
  // The usual width: the longest lines that are not the last of their block.
  const widths: number[] = [];
  for (let i = from; i + 1 < to; i++) {
    if (!isBlank(lines, i) && !isBlank(lines, i + 1)) widths.push(facts.chars[i] as number);
  }
  if (widths.length < 3) return false;
  widths.sort((a, b) => a - b);
  const width = widths[Math.floor(widths.length * 0.75)] as number;
  if (width < 20 || width > 200) return false;
  let wrapped = 0;
  for (let i = from; i + 1 < to; i++) {
    if (isBlank(lines, i) || isBlank(lines, i + 1)) continue;
    const near = Math.abs((facts.chars[i] as number) - width) <= width * WIDTH_SLACK;
    if (near && !has(facts, i, Fact.sentenceEnd)) wrapped++;
  }
  return wrapped >= widths.length * WRAPPED_SHARE;
}
