import { type FactivaField, factivaText } from "./factiva-text.js";
import type { FoundDocuments } from "./found.js";
import { type Element, type TaggedLine, taggedLinesOf } from "./markup.js";

// Europresse HTML exports. Each document opens with its publication
// (`span.DocPublicationName`), then a header line (`span.DocHeader`: section,
// weekday and date, page), the title (`.titreArticleVisu`), in newer exports
// an author line in the `header`, the text (`.DocText`, or the lines after the
// title in older ones), asides (illustrations, notes), the copyright (`©`) and
// `Numéro de document : …`, which closes it. Each document is written out as
// Factiva text (source, section, date, page, headline, byline, body,
// copyright, id), which the `factiva` dialect reads.

const PUBLICATION = "DocPublicationName";
const HEADER = "DocHeader";
const TITLES = ["titreArticleVisu", "TitreArticleVisu"];
/** The line that closes a document: its number. */
// The value is trimmed where it is used: a `\s*` before `(.+)` would let the two
// share the spaces (a pattern that backtracks).
const NUMBER = /^Num[ée]ro de document\s*:(.+)$/i;
const NOTICE = /^(?:©|\(c\)|copyright\b)/i;
const PAGE = /^p\.\s*\d+/i;
const YEAR = /\b(?:1[89]|20)\d{2}\b/;
const WEEKDAY = /^(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)$/i;

const isTitle = (line: TaggedLine) => TITLES.some((t) => line.tags.has(t));

/** The fields of a `DocHeader` line: `Communication, mardi 14 mars 2006, p. 16`. */
function headerFields(text: string): FactivaField[] {
  const fields: FactivaField[] = [];
  const sections: string[] = [];
  for (const piece of text.split(/,\s*/)) {
    const value = piece.trim();
    if (value === "") continue;
    if (PAGE.test(value)) fields.push(["PG", [value]]);
    else if (YEAR.test(value)) {
      // The weekday, when it stands before the date, is dropped: `14 mars 2006` reads alone.
      const words = value.split(" ");
      fields.push(["PD", [WEEKDAY.test(words[0] ?? "") ? words.slice(1).join(" ") : value]]);
    } else sections.push(value);
  }
  if (sections.length > 0) fields.unshift(["SE", [sections.join(", ")]]);
  return fields;
}

/** One document's lines as Factiva text. */
function documentText(lines: TaggedLine[], id: string | null): string {
  const fields: FactivaField[] = [];
  const body: string[] = [];
  const asides: string[] = [];
  const copyright: string[] = [];
  let headline: string | null = null;
  let byline: string | null = null;
  const subsections: string[] = [];
  for (const line of lines) {
    if (line.tags.has(PUBLICATION)) fields.push(["SN", [line.text]]);
    else if (line.tags.has(HEADER)) fields.push(...headerFields(line.text));
    else if (isTitle(line)) headline = headline === null ? line.text : `${headline} ${line.text}`;
    else if (NOTICE.test(line.text)) copyright.push(line.text);
    else if (line.tags.has("aside")) asides.push(line.text);
    else if (headline === null) subsections.push(line.text);
    else if (line.tags.has("header") && byline === null) byline = line.text;
    else body.push(line.text);
  }
  if (subsections.length > 0) fields.push(["CLM", [subsections.join(" ")]]);
  return factivaText([
    ["HD", [headline ?? ""]],
    ["BY", [byline ?? ""]],
    ...fields,
    ["CY", [copyright.join(" ")]],
    ["TD", body],
    ["ART", [asides.join(" ")]],
    ["AN", [id === null ? "" : `Document ${id.replace(/\u00b7/g, "-")}`]],
  ]);
}

/** The Europresse documents of an HTML page; null when it holds none. */
export function europresseHtmlDocuments(root: Element): FoundDocuments | null {
  const lines = taggedLinesOf(root);
  if (!lines.some((l) => l.tags.has(PUBLICATION))) return null;
  const documents: FoundDocuments["documents"] = [];
  let open: TaggedLine[] | null = null;
  for (const line of lines) {
    if (line.tags.has(PUBLICATION)) {
      if (open !== null) documents.push({ text: documentText(open, null), dialect: "factiva" });
      open = [line];
      continue;
    }
    if (open === null) continue;
    const number = NUMBER.exec(line.text);
    if (number) {
      documents.push({
        text: documentText(open, (number[1] as string).trim()),
        dialect: "factiva",
      });
      open = null;
    } else open.push(line);
  }
  if (open !== null) documents.push({ text: documentText(open, null), dialect: "factiva" });
  return { layout: "europresse-html", documents, cover: null };
}
