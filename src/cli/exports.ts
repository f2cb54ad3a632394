import { detectFileFormat, safeReadExportFile } from "../files/index.js";
import {
  diagnostic,
  forCommandLine,
  type Outcome,
  outcome,
  parseOne,
  refuseSeveral,
  type Settings,
  severalArticles,
} from "./work.js";

// Export files of news databases (DOCX, HTML, XML, RTF, PDF) on the command
// line: recognised by their content, read with the library's export reader,
// one record per document. Text goes on to the text reader.

/** Whether the bytes are an export file's container rather than text. */
export function isExportFile(bytes: Uint8Array): boolean {
  return detectFileFormat(bytes) !== "text";
}

/**
 * Reads one export file and parses each of its documents into one record.
 * A file that cannot be read, or holds no document, is one failure with its
 * code (`corrupt-file`, `no-articles`, …). Issue positions are in the text
 * read out of the document, which the record's `index` names.
 */
export function parseExportFile(name: string, bytes: Uint8Array, settings: Settings): Outcome {
  const into = outcome();
  const result = safeReadExportFile(bytes, { fileName: name, parse: settings.parse });
  if (!result.success) {
    into.failed = 1;
    for (const issue of result.error.issues) {
      into.diagnostics.push(`${name}: ${issue.code}: ${forCommandLine(issue.message)}`);
    }
    return into;
  }
  const start = { line: 1, col: 1 };
  if (result.data.cover !== null && !settings.quiet) {
    const message = "the cover page before the first document is no article; skipped.";
    into.diagnostics.push(diagnostic(name, start, "cover-page", message));
  }
  for (const document of result.data.documents) {
    if (settings.oneArticle && document.index === 1) {
      refuseSeveral(into, severalArticles(name, start));
      break;
    }
    const parse =
      document.dialect === null ? settings.parse : { ...settings.parse, dialect: document.dialect };
    parseOne(name, document.index, document.text, start, { ...settings, parse }, into);
  }
  return into;
}
