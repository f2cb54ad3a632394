// How the page names a document: its place and headline in the picker, its
// headline and body beside the Article.
import type { ShownDocument } from "./worker.js";

/** What the page shows for a headline that is null: the Article has none. */
export const NO_HEADLINE = "(no headline)";

/** The headline to show: the Article's, "(no headline)", or "(no article)" for a failed parse. */
export function shownHeadline(doc: ShownDocument): string {
  if (doc.article === null) return "(no article)";
  const headline = doc.article.headline;
  return typeof headline === "string" && headline !== "" ? headline : NO_HEADLINE;
}

/** "Document 3 of 10 — Talks resume". */
export function documentLabel(doc: ShownDocument, index: number, count: number): string {
  return `Document ${index + 1} of ${count} — ${shownHeadline(doc)}`;
}

/** "3 paragraphs in 2 sections", or "(no body)" for an Article with none. */
export function bodySummary(doc: ShownDocument): string {
  if (doc.article === null) return "—";
  const sections = Array.isArray(doc.article.sections) ? doc.article.sections : [];
  let paragraphs = 0;
  for (const section of sections) {
    const list = (section as { paragraphs?: unknown }).paragraphs;
    if (Array.isArray(list)) paragraphs += list.length;
  }
  if (paragraphs === 0) return "(no body)";
  const p = paragraphs === 1 ? "1 paragraph" : `${paragraphs} paragraphs`;
  return `${p} in ${sections.length === 1 ? "1 section" : `${sections.length} sections`}`;
}
