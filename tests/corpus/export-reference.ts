// What the corpus suite of export files compares the reader against, taken
// from the raw files with the plainest means (regular expressions over the
// markup, fflate for the ZIP), never with the reader's own code: the body
// paragraphs of each document, and which documents state a byline.
import { strFromU8, unzipSync } from "fflate";

const decode = (text: string) =>
  text
    .replace(/<[^>]+>/g, " ")
    .replace(/&nbsp;/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;|&#39;/g, "'")
    .replace(/\s+/g, " ")
    .trim();

/** What a reference reading of one document gives. */
export interface Reference {
  body: string[];
  byline: boolean;
}

/** Nexis Uni DOCX: the paragraphs between `Body` and the fields after it, per document. */
export function docxReference(file: Uint8Array): Reference[] {
  const xml = strFromU8(
    unzipSync(file, { filter: (f) => f.name === "word/document.xml" })[
      "word/document.xml"
    ] as Uint8Array,
  );
  // A paragraph's text is its `w:t` runs: drawings hold numbers of their own.
  const paragraphs = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) =>
    decode(
      [...m[0].replace(/<w:br\/>/g, "<w:t> </w:t>").matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
        .map((t) => t[1])
        .join(""),
    ),
  );
  const docs: Reference[] = [];
  let body: string[] | null = null;
  let byline = false;
  let inTrailer = false;
  for (const p of paragraphs) {
    if (p === "End of Document") {
      // A document without `Body` (a photo, a flash) is a document with no body.
      if (body || byline) docs.push({ body: body ?? [], byline });
      body = null;
      byline = false;
      inTrailer = false;
    } else if (p.startsWith("Byline:")) byline = true;
    else if (p === "Body" && body === null) body = [];
    else if (body && (p === "Classification" || /^Load-Date:/.test(p))) inTrailer = true;
    else if (body && !inTrailer && p !== "") body.push(p);
  }
  return docs;
}

/** Factiva HTML, Article view: the `articleParagraph`s of each article, and its `author`. */
export function factivaReference(html: string): Reference[] {
  const parts = html.split(/<div[^>]*class=["']article [a-z]+Article["']/).slice(1);
  return parts.map((part) => ({
    body: [...part.matchAll(/<p class="articleParagraph[^"]*"\s*>([\s\S]*?)<\/p>/g)]
      .map((m) => decode(m[1] as string))
      .filter((p) => p !== ""),
    byline: /class="author"/.test(part.slice(0, 2000)),
  }));
}

/**
 * Nexis UK HTML: each document's body paragraphs are the `P`s of the class
 * its style sheet gives a top margin of 1em, which only body paragraphs have.
 */
export function nexisHtmlReference(html: string): Reference[] {
  const style = /<STYLE[\s\S]*?<\/STYLE>/i.exec(html)?.[0] ?? "";
  const bodyClass = /\.(c\d+) \{ text-align: left; margin-top: 1em; margin-bottom: 0em; \}/.exec(
    style,
  )?.[1];
  const docs = html.split(/<DOC NUMBER=\d+>/).slice(1);
  return docs.map((doc) => ({
    body: [...doc.matchAll(new RegExp(`<P CLASS="${bodyClass}">([\\s\\S]*?)</P>`, "g"))]
      .map((m) => decode((m[1] as string).replace(/<BR>/gi, " ")))
      .filter((p) => p !== ""),
    byline: /BYLINE: </.test(doc),
  }));
}
