// How the document picker names a document: its place and its headline.
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
