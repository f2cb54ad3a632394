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
import { readMetaHeader } from "./meta-header.js";
import { modeAfterBlanking, takePageLines } from "./page-lines.js";
import { readsAsParagraph } from "./paragraph-first-line.js";
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

function classifyLines(input: Lines, lines: Lines, context: ClassifyContext, from = 0): Classified {
  const count = lines.start.length;
  let head = from;
  while (head < count && isBlank(lines, head)) head++;
  // Only page furniture and captions: an Article of notes, which no-headline and
  // no-body warnings describe, never a failure that drops them.
  if (head === count && lines !== input) return { parts: [], failure: null };
  if (head === count) {
    const failure = issue("empty-input", "error", "The text is empty or holds only white space.");
    return { parts: [], failure };
  }
  const trailer = findTrailer(lines, head, count, context.lexicon);
  const trailerParts: Part[] = trailer.fields.map((f) =>
    fieldPart(f, f.key === null ? "unknown-label-beside-trailer" : "trailer-label"),
  );
  // Only trailer lines: their fields are the Article, with no headline or body.
  if (trailer.first === head) return { parts: trailerParts, failure: null };
  // Metadata above the title: a message's header block, or bare lines (a link, a date, an id).
  const meta = from > 0 ? null : readMetaHeader(lines, head, trailer.first, context.parseDate);
  if (meta?.subject) {
    const mode = modeAfterBlanking(input, lines, meta.next, trailer.first, context.mode);
    const pieces = readPieces(lines, meta.next, trailer.first, mode);
    const body = classifyBody(lines, pieces, context.lexicon);
    return { parts: [...meta.parts, ...body, ...trailerParts], failure: null };
  }
  if (meta !== null) {
    const rest = classifyLines(input, lines, context, meta.next);
    return { ...rest, parts: mergeByStart(rest.parts, meta.parts) };
  }
  const header = readHeader(lines, head, trailer.first, context.lexicon, context.parseDate);
  // A plain first line that reads as a paragraph is no title: the text has none
  // (a dataset's story), and its body starts there.
  if (header.rule === "first-line" && header.slug === null && readsAsParagraph(lines, head)) {
    const mode = modeAfterBlanking(input, lines, head, trailer.first, context.mode);
    const body = classifyBody(lines, readPieces(lines, head, trailer.first, mode), context.lexicon);
    return { parts: [...body, ...trailerParts], failure: null };
  }
  const headerParts = partsOfHeader(header, lines, context.lexicon);
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
  // A wire header with no title (`-- ` alone) has no headline; its marker line,
  // like an empty `--` line under it, holds no text to keep.
  const parts: Part[] =
    header.headline.text.length > 0 ? [part("headline", header.headline, header.rule)] : [];
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
