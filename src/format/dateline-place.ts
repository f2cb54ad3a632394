import { findDateline } from "../classify/dateline-rule.js";
import { isHeadingText, markdownHeading } from "../classify/heading-rule.js";
import type { Lexicon } from "../parser/lexicon.js";
import type { Article } from "../schema/article.js";

// Where the shared layout's writer puts the dateline back, and where the
// parser will look for it in what was written.

/**
 * The block of `written` (notes first) the parser finds a dateline in, or -1:
 * it looks in the first block not shaped like a heading, and there only.
 */
export function datelineAt(written: readonly string[], lead: number, lexicon: Lexicon): number {
  for (let i = lead; i < written.length; i++) {
    const text = written[i] as string;
    // An empty block was written into the one above it.
    if (text === "") continue;
    const wrapped = text.indexOf("\n");
    if (markdownHeading(text) !== null && wrapped === -1) continue;
    if (wrapped === -1 && isHeadingText(text, lexicon.smallWords)) continue;
    const joined = text.replace("\n", " ");
    return findDateline(joined, wrapped === -1 ? text.length : wrapped, lexicon) === null ? -1 : i;
  }
  return -1;
}

/**
 * Which paragraph (counted across sections) the dateline was cut from: the
 * first whose span starts after the dateline's; the first when spans do not say.
 */
export function datelineParagraph(article: Article): number {
  const at = article.spans?.dateline;
  if (!at) return 0;
  let ordinal = 0;
  for (const section of article.spans.sections ?? []) {
    for (const span of section.paragraphs ?? []) {
      if (span && span.start >= at.end) return ordinal;
      ordinal++;
    }
  }
  return 0;
}

/** The text of the first block the body will have: a note, a heading or a paragraph. */
export function firstBodyBlock(article: Article): string | null {
  const note = article.notes[0];
  if (note?.kind === "editorsNote") return note.text;
  const section = article.sections[0];
  if (section === undefined) return null;
  if (section.heading !== null) return section.heading;
  const paragraph = section.paragraphs[0];
  if (paragraph === undefined) return null;
  return article.dateline && datelineParagraph(article) === 0
    ? `${article.dateline.text}${paragraph}`
    : paragraph;
}
