import type { Article, Span } from "../schema/article.js";

// A copied web page written back as one: every part on a line of its own, in
// the order the spans give, with one line break between lines as a browser
// copies them. The page reader then meets the same lines it read the Article
// from (only the blank lines and the words that shared a line with a byline
// or a date are gone), and reads them the same way.

interface Line {
  readonly at: number;
  readonly end: number;
  readonly text: string;
  /** What the part is, where parts that share a line must be told apart. */
  readonly kind: "byline" | "role" | "date" | "note" | "paragraph" | "other";
}

/** Characters at most between two parts the page reader took from one line. */
const SAME_LINE_GAP = 4;
// Which parts the page reader takes from one line: a byline with its role and
// date, a date with the words before and after it (`Updated`, `in Gadgetry`),
// a paragraph and a note run into its end.
// Spans alone cannot tell a line break from a space, so each way of joining is
// a writing of its own, fewest joins first (every part on a line of its own
// depends on the order of the spans alone, so writing the Article read back
// from it gives it again); identical writings are tried once.
const JOINS: readonly ReadonlySet<string>[] = [
  [],
  ["byline>role"],
  ["byline>role", "date>note"],
  ["byline>role", "note>date"],
  ["byline>role", "byline>date", "role>date"],
  ["byline>role", "byline>date", "role>date", "date>note"],
  ["byline>role", "byline>date", "role>date", "note>date", "date>note"],
  // A credit or currency note the body reader cut off the end of a paragraph.
  ["byline>role", "paragraph>note"],
  ["byline>role", "byline>date", "role>date", "note>date", "date>note", "paragraph>note"],
].map((pairs) => new Set(pairs));

/**
 * Writes a `web-page` Article back as a copied page, in the ways that may read
 * back (the parts the reader took from one line on one line or apart,
 * headings marked or not); null when it has no spans to order its parts by.
 */
export function writePage(article: Article): string[] | null {
  const texts = new Set<string>();
  // Headings as they stand first; marked `## ` when only the mark keeps one a heading.
  for (const marked of [false, true]) {
    const lines = pageLines(article, marked);
    if (lines === null) return null;
    for (const blanks of BLANKS) {
      for (const pairs of JOINS) texts.add(joinLines(lines, pairs, blanks));
    }
  }
  return [...texts];
}

/**
 * Where blank lines go: none (a browser's copy); between body paragraphs (so
 * no run of them reads as hard-wrapped lines to join); or wherever two
 * characters or more stood between two parts (a blank line, or a CRLF).
 */
type Blanks = "none" | "body" | "gaps";
const BLANKS: readonly Blanks[] = ["none", "body", "gaps"];

/** The Article's parts as lines, in the order of their spans; null without spans. */
function pageLines(article: Article, markHeadings: boolean): Line[] | null {
  const { spans } = article;
  if (spans === undefined || spans.headline === null) return null;
  const lines: Line[] = [];
  const add = (span: Span | null, text: string | null, kind: Line["kind"] = "other") => {
    if (span !== null && text !== null) lines.push({ at: span.start, end: span.end, text, kind });
  };
  add(spans.headline, article.headline);
  add(spans.standfirst, article.standfirst);
  // A byline read from the dateline (`(서울=연합뉴스) 홍길동 기자 =`) goes back with it.
  const inDateline = (span: Span | null) =>
    span !== null &&
    spans.dateline !== null &&
    span.start >= spans.dateline.start &&
    span.end <= spans.dateline.end;
  if (article.byline !== null && !inDateline(spans.byline)) {
    add(spans.byline, `By ${article.byline}`, "byline");
  }
  if (!inDateline(spans.bylineRole)) add(spans.bylineRole, article.bylineRole, "role");
  add(spans.publishedAt, article.publishedAtText, "date");
  article.sections.forEach((section, s) => {
    const at = spans.sections[s];
    if (at === undefined) return;
    add(
      at.heading,
      section.heading === null || !markHeadings ? section.heading : `## ${section.heading}`,
    );
    section.paragraphs.forEach((p, k) => {
      const first = s === 0 && k === 0;
      // The dateline was cut off the first paragraph: it goes back in front of it.
      const text = first && article.dateline !== null ? `${article.dateline.text}${p}` : p;
      add(at.paragraphs[k] ?? null, text, "paragraph");
    });
  });
  article.notes.forEach((note, n) => {
    add(spans.notes[n] ?? null, note.text, "note");
  });
  return lines.sort((a, b) => a.at - b.at);
}

/**
 * The lines, parts of the kinds `pairs` names joined where their spans stand
 * close, with blank lines where `blanks` puts them.
 */
function joinLines(lines: readonly Line[], pairs: ReadonlySet<string>, blanks: Blanks): string {
  // Parts read from one line go back on one line, so the reader splits them again.
  let out = "";
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    const before = lines[i - 1];
    if (before === undefined) {
      out = line.text;
      continue;
    }
    const gap = line.at - before.end;
    if (gap <= SAME_LINE_GAP && pairs.has(`${before.kind}>${line.kind}`)) {
      out += `${line.kind === "role" ? ", " : " "}${line.text}`;
      continue;
    }
    const blank =
      (blanks === "gaps" && gap >= 2) ||
      (blanks === "body" && before.kind === "paragraph" && line.kind === "paragraph");
    out += `${blank ? "\n\n" : "\n"}${line.text}`;
  }
  return out;
}
