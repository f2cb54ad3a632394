import { Fact, has, type LineFacts, SENTENCE_END } from "../lines/facts.js";
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

/**
 * Whether lines `[from, to)` read as hard-wrapped text. Without `facts`, each
 * line's width and sentence end are read from the line itself.
 */
export function hardWrapped(
  lines: Lines,
  facts: LineFacts | null,
  from: number,
  to: number,
): boolean {
  const chars = (i: number) =>
    facts === null
      ? (lines.end[i] as number) - (lines.start[i] as number)
      : (facts.chars[i] as number);
  const endsSentence = (i: number) =>
    facts === null
      ? SENTENCE_END.test(
          lines.text.slice(
            Math.max(lines.start[i] as number, (lines.end[i] as number) - 8),
            lines.end[i],
          ),
        )
      : has(facts, i, Fact.sentenceEnd);
  // The usual width: the longest lines that are not the last of their block.
  const widths: number[] = [];
  for (let i = from; i + 1 < to; i++) {
    if (!isBlank(lines, i) && !isBlank(lines, i + 1)) widths.push(chars(i));
  }
  if (widths.length < 3) return false;
  widths.sort((a, b) => a - b);
  const width = widths[Math.floor(widths.length * 0.75)] as number;
  if (width < 20 || width > 200) return false;
  let wrapped = 0;
  for (let i = from; i + 1 < to; i++) {
    if (isBlank(lines, i) || isBlank(lines, i + 1)) continue;
    const near = Math.abs(chars(i) - width) <= width * WIDTH_SLACK;
    if (near && !endsSentence(i)) wrapped++;
  }
  return wrapped >= widths.length * WRAPPED_SHARE;
}
