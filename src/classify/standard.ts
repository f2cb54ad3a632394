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
import { readPageByline } from "./page-byline.js";
import { modeAfterBlanking, takePageLines } from "./page-lines.js";
import { readsAsParagraph } from "./paragraph-first-line.js";
import { type LabelLine, type Located, mergeByStart, type Part, part } from "./parts.js";
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
  const headerParts = partsOfHeader(header, lines, context.lexicon, context.parseDate);
  // No byline or date right under the headline: they may stand a few lines down.
  const want = {
    byline: header.byline === null,
    // A dated line under the headline (`Date: …`) states it already: a second date would be lost.
    // So does a `Date:` line of the trailer, where the writer puts a labelled date back.
    date:
      header.published === null &&
      ![...headerParts, ...trailerParts].some(
        (p) => p.kind === "published" || (p.kind === "field" && p.key === "publishedAt"),
      ),
  };
  const below =
    (want.byline || want.date) && !header.wire
      ? bylineBelow(lines, header.next, trailer.first, context.lexicon, context.parseDate, want)
      : null;
  let bodyLines = lines;
  if (below !== null) {
    const start = [...lines.start];
    for (const line of below.lines) start[line] = lines.end[line] as number;
    bodyLines = { ...lines, start };
  }
  const mode = modeAfterBlanking(input, bodyLines, header.next, trailer.first, context.mode);
  const pieces = readPieces(bodyLines, header.next, trailer.first, mode);
  const body = classifyBody(bodyLines, pieces, context.lexicon);
  const parts = [...headerParts, ...body, ...trailerParts];
  return { parts: below === null ? parts : mergeByStart(parts, below.parts), failure: null };
}

/** The parts of a header: headline, slug, then the lines under it in input order. */
export function partsOfHeader(
  header: Header,
  lines: Lines,
  lexicon: Lexicon,
  parseDate?: (raw: string) => string | null,
): Part[] {
  // A wire header with no title (`-- ` alone) has no headline; its marker line,
  // like an empty `--` line under it, holds no text to keep.
  const parts: Part[] =
    header.headline.text.length > 0 ? [part("headline", header.headline, header.rule)] : [];
  if (header.slug) parts.push(part("slug", header.slug, "desk-slug"));
  const under: Part[] = [];
  if (header.byline) {
    const rule = header.wire ? "wire-header-byline" : "byline-word";
    // A date after the name (`By Jane Doe July 10, 2015`) is the date, not the byline's.
    const dated =
      header.wire || header.published || !parseDate
        ? null
        : bylineDate(header.byline, lexicon, parseDate);
    const byline = dated?.name ?? header.byline;
    const split = dated?.role ? null : splitBylineRole(lines, byline, lexicon);
    under.push(part("byline", split?.name ?? byline, rule));
    if (split) under.push(part("bylineRole", split.role, "byline-role-after-comma"));
    if (dated?.role) under.push(part("bylineRole", dated.role, "byline-below-role"));
    if (dated?.date) {
      const { dateText, ...at } = dated.date;
      under.push({ kind: "published", ...at, dateText, rule: "byline-date" });
    }
    if (dated?.rest) under.push(note(dated.rest, "page-date-rest"));
  }
  if (header.published) {
    const { text, start, end, dateText } = header.published;
    under.push({ kind: "published", text, start, end, dateText, rule: "wire-header-date" });
  }
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

/** The pieces of a byline line besides its name, each where the line holds one. */
interface BylinePieces {
  readonly name: Located;
  /** A handle after the name (`@jdoe`). */
  readonly role: Located | null;
  /** The date with the words around it (`Updated …`), and the piece the date reader reads. */
  readonly date: (Located & { dateText: string | undefined }) | null;
  /** What is left that states no date. */
  readonly rest: Located | null;
}

/** Words a byline line's pieces after the name have at most, each. */
const FEW_WORDS = 6;

/**
 * The name and what a byline states after it: a date (`By Jane Doe July 10,
 * 2015`), a handle, the words around them, or what ran into the name; null
 * when the line states none of these (a role stays the comma rule's).
 */
function bylineDate(
  byline: Located,
  lexicon: Lexicon,
  parseDate: (raw: string) => string | null,
): BylinePieces | null {
  // Read after a byline word, as the line had it: names joined by `and` or `et` are one byline.
  const found = readPageByline(`By ${byline.text}`, lexicon, parseDate, true);
  if (found === null) return null;
  const handle = found.role !== null && byline.text.charAt(found.role[0] - 3) === "@";
  // What ran into the name with no date in it (`Nolan22 Dec 2016651`) stays the byline's.
  if ((found.role !== null && !handle) || (found.date === null && (!handle || found.rest !== null)))
    return null;
  const piece = (range: readonly [number, number]) => ({
    text: byline.text.slice(range[0] - 3, range[1] - 3),
    start: byline.start + range[0] - 3,
    end: byline.start + range[1] - 3,
  });
  const few = (range: readonly [number, number] | null) =>
    range === null || piece(range).text.split(/\s+/).length <= FEW_WORDS;
  if (!few(found.rest) || !few(found.label)) return null;
  const from = found.label?.[0] ?? found.date?.[0] ?? found.rest?.[0];
  const to = found.rest?.[1] ?? found.date?.[1];
  const after = from === undefined || to === undefined ? null : piece([from, to]);
  const dateText = found.date === null ? null : piece(found.date).text;
  const reads = dateText !== null && parseDate(dateText) !== null;
  return {
    name: piece(found.name),
    role: handle && found.role ? piece(found.role) : null,
    // A time ago (`8h`) is the date as stated, which reads as no day.
    date:
      after !== null && found.date !== null
        ? { ...after, dateText: reads ? dateText : undefined }
        : null,
    rest: found.date === null ? after : null,
  };
}

/** A boilerplate note of a piece of a byline line. */
function note(at: Located, rule: RuleName): Part {
  return { kind: "note", note: "boilerplate", ...at, rule };
}

/** A `field` part of a labelled line, its properties written out (a spread copy is slow). */
function fieldPart(f: LabelLine, rule: RuleName): Part {
  const { key, label, value, start, end, valueStart } = f;
  return { key, label, value, start, end, valueStart, kind: "field", rule };
}
