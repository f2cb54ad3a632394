import type { FactivaField } from "./factiva-text.js";
import { factivaText } from "./factiva-text.js";
import type { FoundText } from "./found.js";
import { type Element, findAll, findFirst, hasClass, linesOf, textOf } from "./markup.js";

// Factiva HTML exports. The "Article" view writes each document in a
// `div.article` (class `enArticle`, `deArticle`, …, by the interface's
// language): the headline in `div#hd`, the byline in `div.author`, then
// unlabelled `div`s in Factiva's field order (credit, word count, date, time,
// source name, source code, edition, page, language, copyright), the body in
// `p.articleParagraph`, and `Document <accession number>` last. The field-code
// view writes the same fields in a table, each row's code in `td.index`.

/** A word count in any interface: `877 words`, `877 Wörter`, `295 mots`, `8165 字`. */
const WORD_COUNT =
  /^\d[\d,.\s]*(?:words?|wörter|mots|字|palabras|parole|palavras|woorden|слов\p{L}*|語)$/iu;
/** A time alone: `15:32`, `3:32 PM`. */
// A time zone is a word of its own: one way to read each, no backtracking.
const TIME = /^\d{1,2}:\d{2}(?:\s*[AP]M)?(?:\s+\p{Lu}{2,4})*$/u;
/** A page number. */
const PAGE = /^\d{1,4}$/;
/** A copyright notice. */
const NOTICE = /^(?:\(c\)|©|copyright\b|版权)/i;
/** Factiva's source codes: upper-case letters and digits. */
const SOURCE_CODE = /^[A-Z0-9]{2,10}$/;
/** A year: every date line holds one. */
const YEAR = /(?:^|\D)(?:1[89]|20)\d{2}(?:\D|$)/;

/** The accession number line that closes a document: `Document nytf000020050408dp1900j9s`. */
const ACCESSION = /^(?:Document|Dokument|Documento|文件|Документ)\s+(\S+)$/iu;

/** The fields of the unlabelled header lines of the Article view, in Factiva's order. */
function headerFields(lines: string[], before: string[]): FactivaField[] {
  const fields: FactivaField[] = [];
  if (before.length > 0) fields.push(["SE", [before.join("; ")]]);
  const wc = lines.findIndex((l) => WORD_COUNT.test(l));
  // Lines before the word count: credits (`Special to The New York Times`).
  for (const line of lines.slice(0, Math.max(wc, 0))) fields.push(["CR", [line]]);
  let rest = lines.slice(wc + 1);
  if (wc !== -1) fields.push(["WC", [lines[wc] as string]]);
  const date = rest.findIndex((l) => YEAR.test(l));
  if (date === -1) return fields;
  fields.push(["PD", [rest[date] as string]]);
  rest = rest.slice(date + 1);
  if (rest[0] !== undefined && TIME.test(rest[0])) {
    fields.push(["ET", [rest[0]]]);
    rest = rest.slice(1);
  }
  const notice = rest.findIndex((l) => NOTICE.test(l));
  const copyright = notice === -1 ? [] : rest.slice(notice);
  if (notice !== -1) rest = rest.slice(0, notice);
  if (rest[0] !== undefined) fields.push(["SN", [rest.shift() as string]]);
  if (rest[0] !== undefined && SOURCE_CODE.test(rest[0]))
    fields.push(["SC", [rest.shift() as string]]);
  // What stands between the source code and the copyright: edition, page, language (last).
  const language = rest.length > 0 ? (rest.pop() as string) : null;
  for (const line of rest) fields.push([PAGE.test(line) ? "PG" : "ED", [line]]);
  if (language !== null) fields.push(["LA", [language]]);
  if (copyright.length > 0) fields.push(["CY", [copyright.join(" ")]]);
  return fields;
}

/** One document of the Article view, as Factiva text. */
function articleViewText(article: Element): string {
  const fields: FactivaField[] = [];
  const header: string[] = [];
  const before: string[] = [];
  const body: string[] = [];
  const tail: FactivaField[] = [];
  let headline: string | null = null;
  let byline: string | null = null;
  const visit = (element: Element) => {
    for (const child of element.children) {
      if (typeof child === "string") continue;
      if (child.attrs.id === "hd") headline = textOf(child);
      else if (hasClass(child, "author")) byline = textOf(child);
      else if (hasClass(child, "articleParagraph")) body.push(linesOf(child).join(" "));
      else if (
        child.name === "div" &&
        !child.children.some((c) => typeof c !== "string" && c.name === "div")
      ) {
        const text = textOf(child);
        if (text === "") continue;
        const an = ACCESSION.exec(text);
        if (an && body.length > 0) tail.push(["AN", [`Document ${an[1]}`]]);
        else if (body.length > 0) tail.push(["ART", [text]]);
        else if (headline === null) before.push(text);
        else header.push(text);
      } else if (child.name === "p" && body.length > 0) {
        // After the body, a plain `p` is a caption or a publisher's line, kept
        // out of the body under Factiva's code for captions.
        const text = textOf(child);
        const an = ACCESSION.exec(text);
        if (an) tail.push(["AN", [`Document ${an[1]}`]]);
        else if (text !== "") tail.push(["ART", [text]]);
      } else visit(child);
    }
  };
  visit(article);
  if (headline !== null) fields.push(["HD", [headline]]);
  if (byline !== null) fields.push(["BY", [byline]]);
  fields.push(...headerFields(header, before));
  fields.push(["TD", body], ...tail);
  return factivaText(fields);
}

/** One document of the field-code view (`td.index` codes), as Factiva text. */
function codeViewText(article: Element): string {
  const fields: FactivaField[] = [];
  for (const row of findAll(article, (e) => e.name === "tr")) {
    const cells = row.children.filter(
      (c): c is Element => typeof c !== "string" && c.name === "td",
    );
    const [codeCell, valueCell] = cells;
    if (!codeCell || !valueCell || !hasClass(codeCell, "index")) continue;
    const code = textOf(codeCell);
    const paragraphs = findAll(valueCell, (e) => hasClass(e, "articleParagraph"));
    const lines =
      paragraphs.length > 0
        ? paragraphs.map((p) => linesOf(p).join(" "))
        : [linesOf(valueCell).join(" ")];
    fields.push([code, lines]);
  }
  return factivaText(fields);
}

/** The `div.article` elements that hold one document each (not those nested in another). */
function articleElements(root: Element): Element[] {
  const found: Element[] = [];
  const visit = (element: Element) => {
    for (const child of element.children) {
      if (typeof child === "string") continue;
      const isArticle =
        child.name === "div" &&
        hasClass(child, "article") &&
        (findFirst(child, (e) => e.attrs.id === "hd") !== null ||
          findFirst(child, (e) => e.name === "td" && hasClass(e, "index")) !== null);
      if (isArticle && !hasArticleChild(child)) found.push(child);
      else visit(child);
    }
  };
  visit(root);
  return found;
}

/** Whether a `div.article` wraps another one (`div#article-… > div.article.enArticle`). */
function hasArticleChild(element: Element): boolean {
  return element.children.some(
    (c) => typeof c !== "string" && c.name === "div" && hasClass(c, "article"),
  );
}

/** The Factiva documents of an HTML page, and which view wrote them; null when it holds none. */
export function factivaHtmlDocuments(
  root: Element,
): { layout: "factiva-html" | "factiva-codes-html"; documents: FoundText[] } | null {
  const articles = articleElements(root);
  if (articles.length === 0) return null;
  const codes = articles.some((a) => findFirst(a, (e) => e.name === "td" && hasClass(e, "index")));
  const documents = articles.map((a) => ({
    text: codes ? codeViewText(a) : articleViewText(a),
    dialect: "factiva" as const,
  }));
  return { layout: codes ? "factiva-codes-html" : "factiva-html", documents };
}
