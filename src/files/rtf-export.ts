import { decodeBytes, encodeText } from "./codec.js";
import type { FoundDocuments } from "./found.js";
import { nexisUniDocuments } from "./nexis-uni.js";
import { rtfParagraphs } from "./rtf-text.js";
import { textDocuments } from "./text-export.js";

/** Whether a paragraph closes a Nexis Uni document. */
const isEndMark = (text: string) => /^\s*end of document\s*$/i.test(text);

/**
 * The documents of an RTF export: a Nexis Uni or Lexis Advance one (its
 * documents closed by `End of Document`, as in its DOCX) is read as the DOCX
 * is; any other (Factiva's) as the text it holds, pages cut by form feeds.
 */
export function rtfDocuments(bytes: Uint8Array, maxDepth: number): FoundDocuments {
  // RTF is 7-bit: each byte one character, escapes decoded by the reader.
  const rtf = decodeBytes(bytes, "latin1");
  const paragraphs = rtfParagraphs(rtf, maxDepth);
  if (paragraphs.some((p) => isEndMark(p.text))) {
    return { ...nexisUniDocuments(paragraphs), layout: "rtf" };
  }
  const text = paragraphs.map((p) => p.text).join("\n");
  return { ...textDocuments(encodeText(text)), layout: "rtf" };
}
