import { isHeadingText, isProse, LIST_ITEM, markdownHeading } from "./heading.js";
import { isBlank, type Lines, lineText } from "./lines.js";
import { normalizeInline } from "./whitespace.js";

/**
 * How body lines become paragraphs. `"blocks"`: blank-line separated blocks,
 * hard-wrapped lines joined, list items apart. `"lines"`: every non-blank line
 * is a paragraph. `"auto"` (the default) picks `"lines"` only when the body has
 * no blank line at all.
 *
 * @example
 * ```ts
 * import { type ParagraphMode, splitParagraphs } from "syndicated-article";
 *
 * const mode: ParagraphMode = "lines";
 * splitParagraphs("One.\nTwo.", { paragraphMode: mode }); // ["One.", "Two."]
 * ```
 */
export type ParagraphMode = "auto" | "blocks" | "lines";

/** A classified piece of body text with its offsets into the input. */
export interface BodyPart {
  kind: "heading" | "paragraph";
  text: string;
  start: number;
  end: number;
}

/**
 * Reads lines `[from, to)` as body text: paragraphs and heading lines, in order.
 * Blocks are formed first; classification then runs backwards, because a line
 * is a heading only when a prose paragraph follows it (Markdown headings,
 * `## Heading` and `**Heading**`, are headings wherever they stand).
 */
export function readBody(lines: Lines, from: number, to: number, mode: ParagraphMode): BodyPart[] {
  const { parts, single } =
    mode === "lines" || (mode === "auto" && !hasInnerBlank(lines, from, to))
      ? lineParts(lines, from, to)
      : blockParts(lines, from, to);
  // Whether the part after the current one is a prose paragraph.
  let proseFollows = false;
  for (let i = parts.length - 1; i >= 0; i--) {
    const part = parts[i] as BodyPart;
    const marked = single[i] === true ? markdownHeading(part.text) : null;
    if (marked) {
      // Inline normalising keeps lengths, so offsets into the text are offsets into the input.
      part.kind = "heading";
      part.text = part.text.slice(marked.from, marked.to);
      part.end = part.start + marked.to;
      part.start += marked.from;
      proseFollows = false;
    } else if (single[i] === true && proseFollows && isHeadingText(part.text)) {
      part.kind = "heading";
      proseFollows = false;
    } else {
      proseFollows = isProse(part.text);
    }
  }
  return parts;
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

/** Body parts before classification; `single[i]` marks a part that is a one-line block. */
interface Drafts {
  parts: BodyPart[];
  single: boolean[];
}

function lineParts(lines: Lines, from: number, to: number): Drafts {
  const parts: BodyPart[] = [];
  const single: boolean[] = [];
  for (let i = from; i < to; i++) {
    if (isBlank(lines, i)) continue;
    const start = lines.start[i] as number;
    const end = lines.end[i] as number;
    const text = lineText(lines, start, end);
    parts.push({ kind: "paragraph", text, start, end });
    single.push(true);
  }
  return { parts, single };
}

function blockParts(lines: Lines, from: number, to: number): Drafts {
  const parts: BodyPart[] = [];
  const single: boolean[] = [];
  const { text } = lines;
  let i = from;
  while (i < to) {
    if (isBlank(lines, i)) {
      i++;
      continue;
    }
    let blockEnd = i + 1;
    while (blockEnd < to && !isBlank(lines, blockEnd)) blockEnd++;
    if (blockEnd - i === 1) {
      const start = lines.start[i] as number;
      const end = lines.end[i] as number;
      parts.push({
        kind: "paragraph",
        text: lineText(lines, start, end),
        start,
        end,
      });
      single.push(true);
    } else {
      // A block of several lines: hard-wrapped lines join with one space, and
      // each list item opens a paragraph of its own.
      let pieceStart = i;
      for (let j = i + 1; j <= blockEnd; j++) {
        if (j < blockEnd && !LIST_ITEM.test(text.slice(lines.start[j], lines.end[j]))) continue;
        parts.push(joinLines(lines, pieceStart, j));
        single.push(false);
        pieceStart = j;
      }
    }
    i = blockEnd;
  }
  return { parts, single };
}

function joinLines(lines: Lines, from: number, to: number): BodyPart {
  const { text } = lines;
  const start = lines.start[from] as number;
  const end = lines.end[to - 1] as number;
  if (to - from === 1) {
    return { kind: "paragraph", text: lineText(lines, start, end), start, end };
  }
  const pieces: string[] = [];
  for (let k = from; k < to; k++) pieces.push(text.slice(lines.start[k], lines.end[k]));
  const joined = pieces.join(" ");
  return { kind: "paragraph", text: lines.noisy ? normalizeInline(joined) : joined, start, end };
}

/** Groups body parts into sections: each heading opens one; text before any heading has none. */
export function toSections(parts: readonly BodyPart[]): {
  heading: BodyPart | null;
  paragraphs: BodyPart[];
}[] {
  const sections: { heading: BodyPart | null; paragraphs: BodyPart[] }[] = [];
  let current: { heading: BodyPart | null; paragraphs: BodyPart[] } | undefined;
  for (const part of parts) {
    if (part.kind === "heading") {
      current = { heading: part, paragraphs: [] };
      sections.push(current);
    } else {
      if (current === undefined) {
        current = { heading: null, paragraphs: [] };
        sections.push(current);
      }
      current.paragraphs.push(part);
    }
  }
  return sections;
}
