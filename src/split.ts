import { type BodyPart, readBody, toSections } from "./body.js";
import { scanLines } from "./lines.js";
import { describe, type ParseOptions, resolveOptions } from "./options.js";
import type { Section, Span } from "./schema.js";

/**
 * A block of body text with its kind and its span in the input.
 *
 * @example
 * ```ts
 * import { type BodyBlock, splitBodyBlocks } from "syndicated-article";
 *
 * const blocks: BodyBlock[] = splitBodyBlocks("Intro.\n\nA Title Line Here\n\nText.");
 * blocks[1]; // { kind: "heading", text: "A Title Line Here", span: { start: 8, end: 25 } }
 * ```
 */
export interface BodyBlock {
  kind: "heading" | "paragraph";
  text: string;
  span: Span;
}

function bodyParts(text: string, options: ParseOptions | undefined): BodyPart[] {
  if (typeof text !== "string") throw new TypeError(`Expected a string, got ${describe(text)}`);
  const { paragraphMode } = resolveOptions(options);
  const lines = scanLines(text);
  return readBody(lines, 0, lines.start.length, paragraphMode);
}

/**
 * Splits body text (no headline, no trailer) into its blocks, paragraphs and
 * heading lines alike, by the parser's own rules, with their spans.
 *
 * @param text - body text.
 * @param options - `paragraphMode` applies; labels do not.
 * @example
 * ```ts
 * import { splitBodyBlocks } from "syndicated-article";
 *
 * splitBodyBlocks("First.\n\nSecond.").map((b) => b.span); // [{ start: 0, end: 6 }, { start: 8, end: 15 }]
 * ```
 */
export function splitBodyBlocks(text: string, options?: ParseOptions): BodyBlock[] {
  return bodyParts(text, options).map((p) => ({
    kind: p.kind,
    text: p.text,
    span: { start: p.start, end: p.end },
  }));
}

/**
 * Splits body text into its blocks, paragraphs and heading lines, in order:
 * blank lines separate blocks, hard-wrapped lines are joined with one space,
 * list items stay apart.
 *
 * @param text - body text.
 * @param options - `paragraphMode` applies; labels do not.
 * @example
 * ```ts
 * import { splitParagraphs } from "syndicated-article";
 *
 * splitParagraphs("One line\nwrapped.\n\n- item a\n- item b");
 * // ["One line wrapped.", "- item a", "- item b"]
 * ```
 */
export function splitParagraphs(text: string, options?: ParseOptions): string[] {
  return bodyParts(text, options).map((p) => p.text);
}

/**
 * Splits body text into sections: every heading line opens one, and text before
 * the first heading forms a section whose heading is `null`.
 *
 * @param text - body text.
 * @param options - `paragraphMode` applies; labels do not.
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
  return toSections(bodyParts(text, options)).map((s) => ({
    heading: s.heading ? s.heading.text : null,
    paragraphs: s.paragraphs.map((p) => p.text),
  }));
}
