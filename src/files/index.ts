/**
 * The export-file reader: DOCX, HTML, XML and RTF exports of news databases,
 * one parsed result per document.
 *
 * @module syndicated-article/files
 */
// The export-file reader, `syndicated-article/files`: re-exports only. An
// entry of its own, so that its dependencies (fflate, htmlparser2) never
// reach the core's bundle.
export type { ExportLayout } from "./found.js";
export {
  type ExportDocumentResult,
  type ExportFile,
  type ReadExportOptions,
  readExportFile,
  type SafeReadExportResult,
  safeReadExportFile,
} from "./read-export.js";
export { detectFileFormat, type FileFormat } from "./sniff.js";
