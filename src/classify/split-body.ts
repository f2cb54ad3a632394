import { readPieces } from "../blocks/pieces.js";
import { resolveDefault } from "../default-parser.js";
import { scanLines } from "../lines/lines.js";
import { describe } from "../parser/describe.js";
import type { Section, Span } from "../schema/article.js";
import type { ParseOptions } from "../schema/options.js";
import { isSpaceCode, normalizeInline } from "../text/whitespace.js";
import { chooseHeadings } from "./body.js";
import { isHeadingText, markdownHeading } from "./heading-rule.js";
import type { Part } from "./parts.js";

/**
 * A block of body text with its kind and its span in the input.
 *
 * @category Helpers
 * @example
 * ```ts
 * import { type BodyBlock, splitBodyBlocks } from "syndicated-article";
 *
 * const blocks: BodyBlock[] = splitBodyBlocks("Intro.\n\nA Title Line Here\n\nText.");
 * blocks[1]; // { kind: "heading", text: "A Title Line Here", span: { start: 8, end: 25 } }
 * ```
 */
export interface BodyBlock {
  /** A heading line or a paragraph. */
  kind: "heading" | "paragraph";
  /** Its text, lines joined, heading marks removed. */
  text: string;
  /** Where it is in the input. */
  span: Span;
}

// Headings and paragraphs of body text, by the parser's own rules (no header,
// trailer, notes or dateline: the text is taken to be body text only).
function bodyParts(text: string, options: ParseOptions | undefined): Part[] {
  if (typeof text !== "string")
    throw new TypeError(`Expected the body as a string, got ${describe(text)}.`);
  const { mode, lexicon } = resolveDefault(options);
  const lines = scanLines(text);
  const pieces = readPieces(lines, 0, lines.start.length, mode);
  return chooseHeadings(pieces, pieces, lexicon, false);
}

/**
 * Splits body text (no headline, no trailer) into its blocks, paragraphs and
 * heading lines alike, by the parser's own rules, with their spans: blank
 * lines separate blocks, hard-wrapped lines are joined with one space, list
 * items stay apart.
 *
 * @param text - body text.
 * @param options - `paragraphMode` and locales apply; labels do not.
 * @category Helpers
 * @example
 * ```ts
 * import { splitBodyBlocks } from "syndicated-article";
 *
 * splitBodyBlocks("One line\nwrapped.\n\n- item a\n- item b").map((b) => b.text);
 * // ["One line wrapped.", "- item a", "- item b"]
 * ```
 */
export function splitBodyBlocks(text: string, options?: ParseOptions): BodyBlock[] {
  return bodyParts(text, options).map((p) => ({
    kind: p.kind === "heading" ? "heading" : "paragraph",
    text: p.text as string,
    span: { start: p.start, end: p.end },
  }));
}

/**
 * Splits body text into sections: every heading line opens one, and text before
 * the first heading forms a section whose heading is `null`.
 *
 * @param text - body text.
 * @param options - `paragraphMode` and locales apply; labels do not.
 * @category Helpers
 * @example
 * ```ts
 * import { splitSections } from "syndicated-article";
 *
 * splitSections("Intro.\n\nWhat Comes Next\n\nMore talks.");
 * // [{ heading: null, paragraphs: ["Intro."] },
 * //  { heading: "What Comes Next", paragraphs: ["More talks."] }]
 * ```
 */
export function splitSections(text: string, options?: ParseOptions): Section[] {
  const sections: Section[] = [];
  for (const p of bodyParts(text, options)) {
    if (p.kind === "heading") sections.push({ heading: p.text as string, paragraphs: [] });
    else {
      if (sections.length === 0) sections.push({ heading: null, paragraphs: [] });
      sections[sections.length - 1]?.paragraphs.push(p.text as string);
    }
  }
  return sections;
}

/**
 * Tells whether one line, on its own, reads as a section heading: short, shaped
 * like a title, with no sentence-final punctuation. This is the very rule the
 * parser applies to a one-line block that is followed by body text.
 *
 * @param line - one line of text; surrounding white space is ignored.
 * @category Helpers
 * @example
 * ```ts
 * import { isHeadingLine } from "syndicated-article";
 *
 * isHeadingLine("Oumerov Leads the Ukrainian Delegation"); // true
 * isHeadingLine("The talks began at 10:10 a.m."); // false: a sentence
 * isHeadingLine("K Clark"); // false: a name, not a title
 * ```
 */
export function isHeadingLine(line: string): boolean {
  if (typeof line !== "string" || /[\r\n]/.test(line)) return false;
  let s = 0;
  let e = line.length;
  while (s < e && isSpaceCode(line.charCodeAt(s))) s++;
  while (e > s && isSpaceCode(line.charCodeAt(e - 1))) e--;
  const text = normalizeInline(line.slice(s, e));
  return (
    markdownHeading(text) !== null ||
    isHeadingText(text, resolveDefault(undefined).lexicon.smallWords)
  );
}
