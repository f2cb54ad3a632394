// Small export files made in the tests, with the libraries the reader uses:
// DOCX with fflate's zipSync, the rest as text. Each holds what a real export
// holds, cut down to the lines a test needs.
import { strToU8, zipSync } from "fflate";

/** A paragraph of a Word document: its text, centered or not. */
export interface Para {
  text: string;
  center?: boolean;
  table?: boolean;
}

const escapeXml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

function paragraphXml({ text, center }: Para): string {
  const jc = center ? '<w:pPr><w:jc w:val="center"/></w:pPr>' : "";
  const runs = text
    .split("\n")
    .map((line) => `<w:r><w:t xml:space="preserve">${escapeXml(line)}</w:t></w:r>`)
    .join("<w:r><w:br/></w:r>");
  return `<w:p>${jc}${runs}</w:p>`;
}

/** `word/document.xml` holding the paragraphs; runs of `table` ones in one table. */
export function documentXml(paragraphs: Para[]): string {
  let body = "";
  let inTable = false;
  for (const p of paragraphs) {
    if (p.table && !inTable) body += "<w:tbl><w:tr><w:tc>";
    if (!p.table && inTable) body += "</w:tc></w:tr></w:tbl>";
    inTable = p.table === true;
    body += paragraphXml(p);
  }
  if (inTable) body += "</w:tc></w:tr></w:tbl>";
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`;
}

/** A DOCX (a ZIP) holding `word/document.xml`, and the other entries given. */
export function docx(xml: string, others: Record<string, string> = {}): Uint8Array {
  const files: Record<string, Uint8Array> = {
    "[Content_Types].xml": strToU8('<?xml version="1.0"?><Types/>'),
    "word/document.xml": strToU8(xml),
  };
  for (const [name, text] of Object.entries(others)) files[name] = strToU8(text);
  return zipSync(files);
}

/** One Nexis Uni document, as its DOCX writes it. */
export function nexisUniDocument(title: string, body: string[], fields: string[] = []): Para[] {
  return [
    { text: title, center: true },
    { text: "The Guardian (London)", center: true },
    { text: "March 3, 2004 Wednesday, Final Edition", center: true },
    { text: "" },
    { text: "Copyright 2004 Guardian Newspapers Limited" },
    { text: "Section: HOME PAGES; Pg. 5" },
    { text: "Length: 412 words" },
    { text: "Byline: Jane Doe, Political Editor" },
    ...fields.map((text) => ({ text })),
    { text: "Body" },
    ...body.map((text) => ({ text })),
    { text: "Load-Date: March 4, 2004" },
    { text: "End of Document" },
  ];
}

/** A Nexis Uni export: a cover page with its table of results, then the documents. */
export function nexisUniExport(documents: Para[][]): Uint8Array {
  const cover: Para[] = [
    { text: "Date and Time: Friday, 5. July 2019 09:31:00 CEST" },
    { text: `Documents (${documents.length})` },
    ...documents.map((d, i) => ({ text: `${i + 1}. ${d[0]?.text}` })),
    { text: "Content Type", table: true },
    { text: "News", table: true },
  ];
  return docx(documentXml([...cover, ...documents.flat()]));
}

/** Text as UTF-8 bytes. */
export const bytes = (text: string) => new TextEncoder().encode(text);
