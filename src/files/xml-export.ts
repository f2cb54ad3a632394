import { type FactivaField, factivaText } from "./factiva-text.js";
import { fail } from "./failure.js";
import type { FoundDocuments } from "./found.js";
import { type Element, findAll, findFirst, linesOf, parseMarkup, textOf } from "./markup.js";

// Factiva XML exports (`PPSResponse`): one `article` element per document,
// each field an element of its own. Each is written out as Factiva text.

/** The first child element of that name, anywhere under `element`. */
const child = (element: Element, name: string) => findFirst(element, (e) => e.name === name);

/** The text of the first element of that name, or "". */
function fieldValue(element: Element, name: string): string {
  const found = child(element, name);
  return found ? textOf(found) : "";
}

/** The `paragraph` elements under the first element of that name, one line each. */
function paragraphsOf(element: Element, name: string): string[] {
  const found = child(element, name);
  if (!found) return [];
  const paragraphs = findAll(found, (e) => e.name === "paragraph");
  return paragraphs.length > 0 ? paragraphs.map((p) => linesOf(p).join(" ")) : [textOf(found)];
}

/** One `article` as Factiva text. */
function articleText(article: Element): string {
  const date = child(article, "publicationDate");
  const words = fieldValue(article, "wordCount");
  const fields: FactivaField[] = [
    ["SE", [fieldValue(article, "sectionName")]],
    ["HD", [paragraphsOf(article, "headline").join(" ")]],
    ["BY", [fieldValue(article, "byline")]],
    ["WC", [words === "" ? "" : `${words} words`]],
    ["PD", [date ? dayOf(linesOf(date)[0] ?? "") : ""]],
    ["SN", [fieldValue(article, "sourceName")]],
    ["SC", [fieldValue(article, "sourceCode")]],
    ["PG", [fieldValue(article, "pages")]],
    ["LA", [fieldValue(article, "baseLanguage").toLowerCase()]],
    ["CY", [fieldValue(article, "copyright")]],
    ["LP", paragraphsOf(article, "leadParagraph")],
    ["TD", paragraphsOf(article, "tailParagraphs")],
    ["AN", [`Document ${fieldValue(article, "accessionNo")}`]],
  ];
  return factivaText(fields);
}

/** The documents of an XML export. */
export function xmlDocuments(xml: string, maxDepth: number): FoundDocuments {
  const root = parseMarkup(xml, true, maxDepth);
  const articles = findAll(root, (e) => e.name === "article" && child(e, "accessionNo") !== null);
  if (articles.length === 0 && !child(root, "PPSResponse")) {
    fail("not-an-export", "The XML is no export this reader knows: no Factiva article.");
  }
  return {
    layout: "factiva-xml",
    documents: articles.map((a) => ({ text: articleText(a), dialect: "factiva" as const })),
    cover: null,
  };
}

/** The day of an ISO date-time (`2000-04-07T00:00:00` → `2000-04-07`). */
function dayOf(value: string): string {
  const t = value.indexOf("T");
  return t === -1 ? value : value.slice(0, t);
}
