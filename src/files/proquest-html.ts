import type { FoundDocuments } from "./found.js";
import { type Element, taggedLinesOf } from "./markup.js";

// ProQuest HTML exports: each document is its title, then labelled fields, a
// label alone on its line (`Author:`, `Publication info:`, `Abstract:`) with
// its value on the lines under it, the article under `Full text:`, and more
// fields after it, ending with `Database:`. Each document is written out in
// the shared layout: the title, the body, then every field as a labelled line
// (the ones the library knows fill their fields: byline, source, date,
// section, id, link, copyright, language, topics, places), which the
// `aggregator` dialect reads; nothing of the page is dropped.

/** Labels of the fields, as ProQuest writes them, with the label the shared layout reads. */
const FIELDS: Readonly<Record<string, string>> = {
  Author: "Author",
  "Publication title": "Source",
  "Publication date": "Date",
  Section: "Section",
  "ProQuest document ID": "Document ID",
  "Document URL": "Original",
  Copyright: "Copyright",
  "Language of publication": "Language",
  Subject: "Topics",
  Location: "Places",
  // A slash is no part of a label the shared layout reads.
  "Company / organization": "Companies",
  "Identifier / keyword": "Keywords",
};
const BODY = "Full text";
const ABSTRACT = "Abstract";
/** The field that closes a document. */
const LAST = "Database";
// `Label: value`, or a label alone with its value on the lines under it.
const LABELLED = /^([^:]{2,40}):(.*)$/;
/** A link's text ProQuest puts under the fields, not the document's. */
const LINK_TEXT = "ProQuest document link";

/** The ProQuest documents of an HTML page; null when it is no ProQuest export. */
export function proquestHtmlDocuments(root: Element): FoundDocuments | null {
  const lines = taggedLinesOf(root).map((l) => l.text);
  if (!lines.some((l) => l === "ProQuest document ID:" || l === "ProQuest document link")) {
    return null;
  }
  const documents: FoundDocuments["documents"] = [];
  let open: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    open.push(line);
    if (line.startsWith(`${LAST}:`)) {
      // The database's name closes the document: on its line, or on the next.
      if (line === `${LAST}:` && i + 1 < lines.length) open.push(lines[++i] as string);
      documents.push({ text: documentText(open), dialect: "aggregator" });
      open = [];
    }
  }
  if (open.length > 0) documents.push({ text: documentText(open), dialect: "aggregator" });
  return { layout: "proquest-html", documents, cover: null };
}

/**
 * One document's lines in the shared layout: the title, the body (the
 * abstract first), then every field as a labelled line, in one block, which
 * the trailer reads.
 */
function documentText(lines: readonly string[]): string {
  const title = lines[0] ?? "";
  const body: string[] = [];
  const fields: string[] = [];
  let label: string | null = null;
  for (const line of lines.slice(1)) {
    const m = LABELLED.exec(line);
    // Only a known label opens a field: a paragraph may hold a colon.
    if (m && isLabel(m[1] as string)) {
      label = m[1] as string;
      const value = (m[2] as string).trim();
      if (value !== "" && label === ABSTRACT) body.push(value);
      else if (value !== "") fields.push(...fieldLines(label, value));
      continue;
    }
    // The abstract, sentences of its own, is read as the body's first paragraph:
    // as a labelled line it would read as prose and end the fields' block.
    if (label === BODY || label === ABSTRACT) body.push(line);
    else if (line === LINK_TEXT) continue;
    else if (label !== null) fields.push(...fieldLines(label, line));
    else body.push(line);
  }
  return [title, body.join("\n\n"), fields.join("\n")].filter((b) => b !== "").join("\n\n");
}

/**
 * A field as labelled lines: a list of companies (`Name: …; NAICS: …; Name: …`)
 * a line per company, which a trailer's labelled line holds whole.
 */
function fieldLines(label: string, value: string): string[] {
  const name = FIELDS[label] ?? label;
  const items = value.startsWith("Name: ") ? value.slice(6).split("; Name: ") : [value];
  return items.map((item) => `${name}: ${item}`);
}

// Fields ProQuest puts after the text, beside those of FIELDS.
const TRAILING = new Set([
  "Company / organization",
  "People",
  "Identifier / keyword",
  "Pages",
  "Publication year",
  "Publisher",
  "Place of publication",
  "Country of publication",
  "Publication subject",
  "ISSN",
  "Source type",
  "Document type",
  "Last updated",
  "Credit",
  "Illustration",
  "Caption",
]);

// Fields ProQuest puts before the text.
const LEADING = new Set(["Publication info", "Abstract", "Links", BODY, LAST]);

function isLabel(label: string): boolean {
  return label in FIELDS || TRAILING.has(label) || LEADING.has(label);
}
