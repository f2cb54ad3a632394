import { Parser } from "htmlparser2";
import { fail } from "./failure.js";

/** A paragraph of a Word document, with what the export readers need of its form. */
export interface DocxParagraph {
  /** Its text; a line break inside it (`w:br`) is a `\n`, a tab a space. */
  text: string;
  /** Centered (`w:jc w:val="center"`): Nexis Uni centers a document's title, publication and date. */
  centered: boolean;
  /** Inside a table (`w:tbl`): the cover page's table of results. */
  inTable: boolean;
}

/**
 * The paragraphs of `word/document.xml`, in order, read in one pass of
 * htmlparser2's XML mode: text runs (`w:t`), tabs, line breaks, the
 * paragraph's alignment and whether a table holds it. Deleted text and field
 * codes are no part of what Word shows, so they are left out.
 */
export function docxParagraphs(xml: string, maxDepth: number): DocxParagraph[] {
  const paragraphs: DocxParagraph[] = [];
  let depth = 0;
  let tables = 0;
  let current: DocxParagraph | null = null;
  let inText = false;
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (++depth > maxDepth) {
          fail("too-deep", `The document nests deeper than ${maxDepth} elements; it was not read.`);
        }
        if (name === "w:p") current = { text: "", centered: false, inTable: tables > 0 };
        else if (name === "w:tbl") tables++;
        else if (current === null) return;
        else if (name === "w:t") inText = true;
        else if (name === "w:tab") current.text += " ";
        else if (name === "w:br" || name === "w:cr") current.text += "\n";
        else if (name === "w:jc") current.centered = attrs["w:val"] === "center";
      },
      ontext(data) {
        if (inText && current !== null) current.text += data;
      },
      onclosetag(name) {
        depth--;
        if (name === "w:t") inText = false;
        else if (name === "w:tbl") tables--;
        else if (name === "w:p" && current !== null) {
          paragraphs.push(current);
          current = null;
        }
      },
    },
    { xmlMode: true, decodeEntities: true, recognizeSelfClosing: true },
  );
  parser.write(xml);
  parser.end();
  return paragraphs;
}
