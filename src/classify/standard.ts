import { readPieces } from "../blocks/pieces.js";
import type { Classified, ClassifyContext } from "../dialects/types.js";
import { isBlank, type Lines } from "../lines/lines.js";
import type { Lexicon } from "../parser/lexicon.js";
import type { RuleName } from "../parser/rule-names.js";
import { issue } from "../schema/issues.js";
import { classifyBody } from "./body.js";
import { bylineBelow } from "./byline-below.js";
import { splitBylineRole } from "./byline-role.js";
import { type Header, readHeader } from "./header.js";
import { modeAfterBlanking, takePageLines } from "./page-lines.js";
import { type LabelLine, mergeByStart, type Part, part } from "./parts.js";
import { findTrailer } from "./trailer.js";

/**
 * The classification most layouts share: a header (a headline line with
 * labelled lines and a byline under it, or a `-- ` wire header), a trailer of
 * labelled lines at the end, and the body between them.
 */
export function classifyStandard(input: Lines, context: ClassifyContext): Classified {
  // Page furniture and captions first: no later step may take one for text.
  const page = takePageLines(input, context.lexicon, context.parseDate);
  const { lines } = page;
  const classified = classifyLines(input, lines, context);
  return page.parts.length === 0
    ? classified
    : { ...classified, parts: mergeByStart(classified.parts, page.parts) };
}

function classifyLines(input: Lines, lines: Lines, context: ClassifyContext): Classified {
  const count = lines.start.length;
  let head = 0;
  while (head < count && isBlank(lines, head)) head++;
  if (head === count && lines !== input) {
    const message = "The text holds only page furniture and captions, no headline or body.";
    return { parts: [], failure: issue("no-headline", "error", message) };
  }
  if (head === count) {
    const failure = issue("empty-input", "error", "The text is empty or holds only white space.");
    return { parts: [], failure };
  }
  const trailer = findTrailer(lines, head, count, context.lexicon);
  const trailerParts: Part[] = trailer.fields.map((f) =>
    fieldPart(f, f.key === null ? "unknown-label-beside-trailer" : "trailer-label"),
  );
  if (trailer.first === head) {
    const failure = issue(
      "no-headline",
      "error",
      "The text holds only trailer lines, no headline or body.",
      { start: lines.start[head] as number, end: lines.end[count - 1] as number },
    );
    return { parts: trailerParts, failure };
  }
  const header = readHeader(lines, head, trailer.first, context.lexicon, context.parseDate);
  const headerParts = partsOfHeader(header, lines, context.lexicon);
  if (header.headline.text.length === 0) {
    const failure = issue(
      "no-headline",
      "error",
      "The headline line is empty (a wire header with no title).",
      { start: lines.start[head] as number, end: lines.end[head] as number },
    );
    return { parts: headerParts, failure };
  }
  // No byline right under the headline: one may stand a few lines down.
  const below =
    header.byline === null && !header.wire
      ? bylineBelow(lines, header.next, trailer.first, context.lexicon, context.parseDate)
      : null;
  let bodyLines = lines;
  if (below !== null) {
    const start = [...lines.start];
    start[below.line] = lines.end[below.line] as number;
    bodyLines = { ...lines, start };
  }
  const mode = modeAfterBlanking(input, bodyLines, header.next, trailer.first, context.mode);
  const pieces = readPieces(bodyLines, header.next, trailer.first, mode);
  const body = classifyBody(bodyLines, pieces, context.lexicon);
  const parts = [...headerParts, ...body, ...trailerParts];
  return { parts: below === null ? parts : mergeByStart(parts, below.parts), failure: null };
}

/** The parts of a header: headline, slug, then the lines under it in input order. */
export function partsOfHeader(header: Header, lines: Lines, lexicon: Lexicon): Part[] {
  const parts: Part[] = [part("headline", header.headline, header.rule)];
  if (header.slug) parts.push(part("slug", header.slug, "desk-slug"));
  const under: Part[] = [];
  if (header.byline) {
    const rule = header.wire ? "wire-header-byline" : "byline-word";
    const split = splitBylineRole(lines, header.byline, lexicon);
    under.push(part("byline", split?.name ?? header.byline, rule));
    if (split) under.push(part("bylineRole", split.role, "byline-role-after-comma"));
  }
  if (header.published) under.push(part("published", header.published, "wire-header-date"));
  if (header.link) {
    const { text, start, end, lineStart } = header.link;
    under.push({ kind: "link", text, start, end, lineStart, rule: "wire-header-link" });
  }
  for (const f of header.fields) {
    under.push(fieldPart(f, header.wire ? "wire-header-line" : "header-label"));
  }
  under.sort((a, b) => a.start - b.start);
  return [...parts, ...under];
}

/** A `field` part of a labelled line, its properties written out (a spread copy is slow). */
function fieldPart(f: LabelLine, rule: RuleName): Part {
  const { key, label, value, start, end, valueStart } = f;
  return { key, label, value, start, end, valueStart, kind: "field", rule };
}
