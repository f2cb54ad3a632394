import {
  type ArticleParseError,
  type DialectName,
  type ParseOptions,
  type SafeParseArticleResult,
  safeParseArticle,
} from "syndicated-article";
import { decodeBytes, decodeMarkup } from "./codec.js";
import { docxParagraphs } from "./docx.js";
import { fail } from "./failure.js";
import type { ExportLayout, FoundDocuments } from "./found.js";
import { htmlDocuments } from "./html-export.js";
import { defaultLimits, type ReadLimits } from "./limits.js";
import { nexisUniDocuments } from "./nexis-uni.js";
import { rtfDocuments } from "./rtf-export.js";
import { detectFileFormat, type FileFormat } from "./sniff.js";
import { textDocuments } from "./text-export.js";
import { xmlDocuments } from "./xml-export.js";
import { readZipEntry, zipEntries } from "./zip.js";

/**
 * Options of {@link readExportFile} and {@link safeReadExportFile}.
 *
 * @category Export files
 * @example
 * ```ts
 * import type { ReadExportOptions } from "syndicated-article/files";
 *
 * const options: ReadExportOptions = { fileName: "export.docx", maxInflatedBytes: 16_000_000 };
 * ```
 */
export interface ReadExportOptions {
  /** The file's name, used in messages only: the format is read from the content. */
  fileName?: string;
  /** Bytes an entry of a ZIP may inflate to before the file is refused as `too-large` (64 MiB). */
  maxInflatedBytes?: number;
  /** How deep markup may nest before the file is refused as `too-deep` (512). */
  maxDepth?: number;
  /** Options for parsing each document, as for `parseArticle` (its `dialect` is set per document). */
  parse?: ParseOptions;
}

/**
 * One document of an export file: what `safeParseArticle` gives for its
 * text, with its place in the file. Spans in `data.spans` are offsets into
 * `text`, the document as read out of the file.
 *
 * @category Export files
 * @example
 * ```ts
 * import type { ExportDocumentResult } from "syndicated-article/files";
 *
 * const headline = (d: ExportDocumentResult) => (d.success ? d.data.headline : null);
 * ```
 */
export type ExportDocumentResult = SafeParseArticleResult & {
  /** 0-based place of the document in the file. */
  index: number;
  /** The document's text as read out of the file, in the layout its dialect reads. */
  text: string;
  /** The dialect the text was read with; null when the parser chose it (a text export). */
  dialect: DialectName | null;
};

/**
 * What an export file holds: its container, its layout, and one result per
 * document, in file order.
 *
 * @category Export files
 * @example
 * ```ts
 * import { type ExportFile, readExportFile } from "syndicated-article/files";
 *
 * const bytes = new TextEncoder().encode("HD\nTalks resume\nPD\n7 April 2000\nSN\nGazeta\nLP\nThey met.\n");
 * const file: ExportFile = readExportFile(bytes);
 * file.format; // "text"
 * file.documents.length; // 1
 * ```
 */
export interface ExportFile {
  /** The container, read from the bytes. */
  format: FileFormat;
  /** The export layout found in it. */
  layout: ExportLayout;
  /** One result per document; a document that is no article is a failed result, never dropped. */
  documents: ExportDocumentResult[];
  /** The cover page (the request and its table of results) left out, as text, or null. */
  cover: string | null;
}

/**
 * What {@link safeReadExportFile} returns: the file's documents, or the error
 * that kept it from being read, with an issue code (`unsupported-format`,
 * `corrupt-file`, `too-large`, `too-deep`, `not-an-export`, `no-articles`).
 *
 * @category Export files
 * @example
 * ```ts
 * import { type SafeReadExportResult, safeReadExportFile } from "syndicated-article/files";
 *
 * const result: SafeReadExportResult = safeReadExportFile(new TextEncoder().encode("%PDF-1.7"));
 * result.error?.issues[0]?.code; // "unsupported-format"
 * ```
 */
export type SafeReadExportResult =
  | { success: true; data: ExportFile; error?: never }
  | { success: false; error: ArticleParseError; data?: never };

function asBytes(input: unknown): Uint8Array {
  if (input instanceof Uint8Array) return input;
  if (input instanceof ArrayBuffer) return new Uint8Array(input);
  throw new TypeError("Expected the file as a Uint8Array or an ArrayBuffer.");
}

function decodeUtf8(bytes: Uint8Array): string {
  return decodeBytes(bytes, "utf-8");
}

/** The layout's documents in a file of a known container. */
function findDocuments(
  bytes: Uint8Array,
  format: Exclude<FileFormat, "docx">,
  limits: ReadLimits,
  name: string,
): { format: FileFormat; found: FoundDocuments } {
  switch (format) {
    case "zip": {
      if (!zipEntries(bytes).has("word/document.xml")) {
        fail("unsupported-format", `${name} is a ZIP file but no DOCX (no word/document.xml).`);
      }
      const xml = decodeUtf8(readZipEntry(bytes, "word/document.xml", limits.maxInflatedBytes));
      return { format: "docx", found: nexisUniDocuments(docxParagraphs(xml, limits.maxDepth)) };
    }
    case "pdf":
      return fail(
        "unsupported-format",
        `${name} is a PDF, which is not read: convert it to text with \`pdftotext -layout ${name}\` and read the text.`,
      );
    case "rtf":
      return { format, found: rtfDocuments(bytes, limits.maxDepth) };
    case "html":
      return { format, found: htmlDocuments(decodeMarkup(bytes), limits.maxDepth) };
    case "xml":
      return { format, found: xmlDocuments(decodeMarkup(bytes), limits.maxDepth) };
    case "text":
      return { format, found: textDocuments(bytes) };
  }
}

/**
 * Reads an export file of a news database — a Nexis Uni or Lexis Advance
 * DOCX, a Nexis UK or Factiva HTML page, a Factiva XML file, an RTF export,
 * or a text export — and parses each document in it with the dialect of its
 * layout. The container is recognised by the bytes, never by the file name.
 * Throws `ArticleParseError` when the file cannot be read or holds no
 * document (see {@link safeReadExportFile} for the codes), `TypeError` for
 * input that is not bytes.
 *
 * @param input - the file's bytes.
 * @param options - a file name for messages, bounds, parse options.
 * @category Export files
 * @example
 * ```ts
 * import { readExportFile } from "syndicated-article/files";
 *
 * const html = `<html><body><div class="article enArticle">
 *   <div id="hd"><span class="enHeadline">Mill to expand</span></div>
 *   <div>40 words</div><div>7 April 2000</div><div>Gazeta Mercantil</div><div>GMES</div><div>English</div>
 *   <p class="articleParagraph enarticleParagraph">The mill will grow.</p>
 *   <p>Document gmes000020010810dw47004yg</p></div></body></html>`;
 * const file = readExportFile(new TextEncoder().encode(html));
 * file.layout; // "factiva-html"
 * const first = file.documents[0];
 * first?.data?.headline; // "Mill to expand"
 * first?.data?.source; // "Gazeta Mercantil"
 * ```
 */
export function readExportFile(
  input: Uint8Array | ArrayBuffer,
  options?: ReadExportOptions,
): ExportFile {
  const result = safeReadExportFile(input, options);
  if (!result.success) throw result.error;
  return result.data;
}

/**
 * Reads an export file like {@link readExportFile}, returning the error
 * instead of throwing it. Its issue code says why: `unsupported-format` (a
 * PDF, a ZIP that is no DOCX), `corrupt-file` (a damaged or truncated ZIP),
 * `too-large` (an entry inflating past `maxInflatedBytes`, as a ZIP bomb
 * does), `too-deep` (markup nested past `maxDepth`), `not-an-export` (HTML or
 * XML of no export layout), `no-articles` (an export holding no document).
 *
 * @param input - the file's bytes.
 * @param options - a file name for messages, bounds, parse options.
 * @category Export files
 * @example
 * ```ts
 * import { safeReadExportFile } from "syndicated-article/files";
 *
 * const result = safeReadExportFile(new TextEncoder().encode("<html><body><p>Hello</p></body></html>"));
 * result.success; // false
 * result.error?.issues[0]?.code; // "not-an-export"
 * ```
 */
export function safeReadExportFile(
  input: Uint8Array | ArrayBuffer,
  options?: ReadExportOptions,
): SafeReadExportResult {
  const bytes = asBytes(input);
  const limits: ReadLimits = {
    maxInflatedBytes: options?.maxInflatedBytes ?? defaultLimits.maxInflatedBytes,
    maxDepth: options?.maxDepth ?? defaultLimits.maxDepth,
  };
  const name = options?.fileName ?? "The file";
  try {
    const { format, found } = findDocuments(bytes, detectFileFormat(bytes), limits, name);
    if (found.documents.length === 0) {
      fail("no-articles", `${name} holds no article: no document of its ${found.layout} layout.`);
    }
    const documents = found.documents.map(({ text, dialect }, index): ExportDocumentResult => {
      const parse = dialect === null ? options?.parse : { ...options?.parse, dialect };
      return { ...safeParseArticle(text, parse), index, text, dialect };
    });
    return { success: true, data: { format, layout: found.layout, documents, cover: found.cover } };
  } catch (error) {
    if ((error as Error)?.name === "ArticleParseError") {
      return { success: false, error: error as ArticleParseError };
    }
    throw error;
  }
}
