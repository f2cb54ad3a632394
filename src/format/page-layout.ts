import type { Article, Span } from "../schema/article.js";

// A copied web page written back as one: every part on a line of its own, in
// the order the spans give, with one line break between lines as a browser
// copies them. The page reader then meets the same lines it read the Article
// from (only the blank lines and the words that shared a line with a byline
// or a date are gone), and reads them the same way.

interface Line {
  readonly at: number;
  readonly text: string;
}

/** Writes a `web-page` Article back as a copied page; null when it has no spans to order its parts by. */
export function writePage(article: Article): string | null {
  const { spans } = article;
  if (spans === undefined || spans.headline === null) return null;
  const lines: Line[] = [];
  const add = (span: Span | null, text: string | null) => {
    if (span !== null && text !== null) lines.push({ at: span.start, text });
  };
  add(spans.headline, article.headline);
  add(spans.standfirst, article.standfirst);
  if (article.byline !== null && spans.byline !== null) {
    // The role (a handle, a job) stays on the byline's line, after a comma.
    const role = article.bylineRole === null ? "" : `, ${article.bylineRole}`;
    add(spans.byline, `By ${article.byline}${role}`);
  }
  add(spans.publishedAt, article.publishedAtText);
  article.sections.forEach((section, s) => {
    const at = spans.sections[s];
    if (at === undefined) return;
    add(at.heading, section.heading);
    section.paragraphs.forEach((p, k) => {
      const first = s === 0 && k === 0;
      // The dateline was cut off the first paragraph: it goes back in front of it.
      const text = first && article.dateline !== null ? `${article.dateline.text}${p}` : p;
      add(at.paragraphs[k] ?? null, text);
    });
  });
  article.notes.forEach((note, n) => {
    add(spans.notes[n] ?? null, note.text);
  });
  lines.sort((a, b) => a.at - b.at);
  return lines.map((l) => l.text).join("\n");
}
