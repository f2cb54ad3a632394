// Which stretches of the input the page colours, and how they nest. Pure
// functions over plain data, so the Node tests can check them without a page.

export interface Range {
  start: number;
  end: number;
}

/** One highlighted part: what it is and where it sits in the Article. */
export interface Part extends Range {
  part: string;
  path: string;
}

/** A decision as `explainArticle` reports it (only the fields the page reads). */
export interface DecisionLike {
  span: Range | null;
  part: string;
  path: string | null;
  rule: string;
  key?: string | null;
  label?: string;
  value?: string;
  /** How strongly the evidence chose this part, where the library scores the choice (a page's headline). */
  score?: number;
}

/** Parts that come only from decisions: the Article has no field (and no span) for them. */
const DECISION_ONLY = new Set(["boilerplate", "caption", "header", "slug", "byline", "dateline"]);

function isRange(value: unknown): value is Range {
  if (typeof value !== "object" || value === null) return false;
  const { start, end } = value as Partial<Range>;
  return typeof start === "number" && typeof end === "number" && end >= start;
}

/**
 * The parts of `article.spans`, in input order: the headline and slug, byline,
 * dateline, every heading and paragraph, notes and trailer lines. Value-only
 * spans (`source`, `originalUrl`, `disclaimer`, `publishedAt`) sit inside a
 * trailer or header line and are left out.
 */
export function partsFromSpans(spans: unknown): Part[] {
  if (typeof spans !== "object" || spans === null) return [];
  const s = spans as Record<string, unknown>;
  const parts: Part[] = [];
  const add = (part: string, path: string, span: unknown) => {
    if (isRange(span)) parts.push({ part, path, start: span.start, end: span.end });
  };
  add("headline", "headline", s.headline);
  add("slug", "slug", s.slug);
  add("byline", "byline", s.byline);
  add("dateline", "dateline", s.dateline);
  const sections = Array.isArray(s.sections) ? s.sections : [];
  for (const [i, section] of sections.entries()) {
    if (typeof section !== "object" || section === null) continue;
    const { heading, paragraphs } = section as { heading?: unknown; paragraphs?: unknown };
    add("heading", `sections[${i}].heading`, heading);
    const list = Array.isArray(paragraphs) ? paragraphs : [];
    for (const [j, p] of list.entries()) add("paragraph", `sections[${i}].paragraphs[${j}]`, p);
  }
  const notes = Array.isArray(s.notes) ? s.notes : [];
  for (const [i, n] of notes.entries()) add("note", `notes[${i}]`, n);
  const trailer = Array.isArray(s.trailer) ? s.trailer : [];
  for (const [i, t] of trailer.entries()) add("trailer", `trailer[${i}]`, t);
  return sortParts(parts);
}

/**
 * Adds the decisions' parts that the Article's spans do not show (boilerplate,
 * captions, header lines), skipping any that would cut across a part already there.
 */
export function withDecisionParts(parts: Part[], decisions: readonly DecisionLike[]): Part[] {
  const extra: Part[] = [];
  for (const d of decisions) {
    if (!DECISION_ONLY.has(d.part) || !isRange(d.span)) continue;
    const span = d.span;
    const same = parts.some((p) => p.part === d.part && p.start === span.start);
    const crosses = parts.some(
      (p) =>
        p.start < span.end &&
        span.start < p.end &&
        !(p.start <= span.start && span.end <= p.end) &&
        !(span.start <= p.start && p.end <= span.end),
    );
    if (same || crosses) continue;
    extra.push({ part: d.part, path: d.path ?? d.part, start: span.start, end: span.end });
  }
  return sortParts([...parts, ...extra]);
}

/** Input order; of two parts starting together, the longer (outer) one first. */
export function sortParts(parts: Part[]): Part[] {
  return parts.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** A piece of the highlighted view: plain text, or a part holding pieces. */
export type Piece = string | { part: Part; children: Piece[] };

/**
 * The input cut into nested pieces: every character appears exactly once, a
 * part inside another (a dateline inside a paragraph) becomes its child, and a
 * part crossing the end of an enclosing one is cut at that end.
 */
export function nest(text: string, parts: readonly Part[]): Piece[] {
  const root: Piece[] = [];
  const stack: { end: number; children: Piece[] }[] = [{ end: text.length, children: root }];
  let cursor = 0;
  const emit = (upTo: number) => {
    if (upTo > cursor) {
      stack[stack.length - 1]?.children.push(text.slice(cursor, upTo));
      cursor = upTo;
    }
  };
  for (const original of parts) {
    const start = Math.max(original.start, cursor);
    while (stack.length > 1 && (stack[stack.length - 1]?.end ?? 0) <= start) {
      emit(stack[stack.length - 1]?.end ?? cursor);
      stack.pop();
    }
    const top = stack[stack.length - 1];
    if (top === undefined) break;
    const end = Math.min(original.end, top.end, text.length);
    if (end <= start) continue;
    emit(start);
    const node = { part: { ...original, start, end }, children: [] as Piece[] };
    top.children.push(node);
    stack.push({ end, children: node.children });
  }
  while (stack.length > 1) {
    emit(stack[stack.length - 1]?.end ?? cursor);
    stack.pop();
  }
  emit(text.length);
  return root;
}

/** 1-based line and column of a UTF-16 offset. */
export function lineCol(text: string, offset: number): { line: number; col: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, col: offset - lineStart + 1 };
}
