import { decodeBytes } from "./codec.js";

// Which container a file is, read from its first bytes, never from its name:
// exports are renamed, and a `.doc` from Nexis is often HTML inside.

/**
 * The containers the reader tells apart: a ZIP (a DOCX when it holds
 * `word/document.xml`), RTF, XML, HTML, PDF, or anything else (`text`).
 *
 * @category Export files
 * @example
 * ```ts
 * import type { FileFormat } from "syndicated-article/files";
 *
 * const format: FileFormat = "docx";
 * ```
 */
export type FileFormat = "docx" | "zip" | "rtf" | "xml" | "html" | "pdf" | "text";

const HEAD = 2048;

/** The start of `bytes` as text, a UTF-8 or UTF-16 byte order mark skipped. */
function headText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return decodeBytes(bytes.subarray(2, 2 + HEAD), "utf-16le");
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return decodeBytes(bytes.subarray(2, 2 + HEAD), "utf-16be");
  }
  const from = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  return decodeBytes(bytes.subarray(from, from + HEAD));
}

/** Whether the bytes open with `PK\3\4` (or an empty ZIP's `PK\5\6`). */
function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5);
}

/**
 * The container of a file, read from its first bytes, never from its name: a
 * ZIP (`PK`), `%PDF-`, `{\rtf`, HTML (`<!DOCTYPE html`, `<html`), XML
 * (`<?xml`, a root element), else `text`. A ZIP is reported as `zip`: the
 * reader looks inside for `word/document.xml` to call it a DOCX.
 *
 * @param bytes - the file's bytes, or its first few kilobytes.
 * @category Export files
 * @example
 * ```ts
 * import { detectFileFormat } from "syndicated-article/files";
 *
 * detectFileFormat(new TextEncoder().encode("{\\rtf1\\ansi Hello}")); // "rtf"
 * detectFileFormat(new TextEncoder().encode("<!DOCTYPE html><html></html>")); // "html"
 * detectFileFormat(new TextEncoder().encode("Title\n\nBody.")); // "text"
 * ```
 */
export function detectFileFormat(bytes: Uint8Array): Exclude<FileFormat, "docx"> {
  if (isZip(bytes)) return "zip";
  const head = headText(bytes).trimStart();
  if (head.startsWith("%PDF-")) return "pdf";
  if (head.startsWith("{\\rtf")) return "rtf";
  const lower = head.slice(0, 1024).toLowerCase();
  if (lower.startsWith("<!doctype html") || /<html[\s>]/.test(lower)) return "html";
  if (lower.startsWith("<?xml")) {
    // XHTML says `<?xml` too: its root is `html`.
    return /<html[\s>]/.test(lower) ? "html" : "xml";
  }
  if (/^<(?:head|body|meta|title|div|p|table)[\s>]/.test(lower)) return "html";
  if (/^<[a-z_][\w:.-]*[\s>/]/.test(lower)) return "xml";
  return "text";
}
