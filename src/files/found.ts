import type { DialectName } from "syndicated-article";

/**
 * The layouts of export files the reader knows: `nexis-uni` (Nexis Uni and
 * Lexis Advance DOCX), `nexis-html` (Nexis UK), `factiva-html` (Factiva's
 * Article view), `factiva-codes-html` (its field-code view), `factiva-xml`,
 * `europresse-html` (Europresse), `proquest-html` (ProQuest), `rtf` (Nexis
 * Uni or Factiva RTF) and
 * `text` (text exports).
 *
 * @category Export files
 * @example
 * ```ts
 * import type { ExportLayout } from "syndicated-article/files";
 *
 * const layout: ExportLayout = "nexis-uni";
 * ```
 */
export type ExportLayout =
  | "nexis-uni"
  | "nexis-html"
  | "factiva-html"
  | "factiva-codes-html"
  | "factiva-xml"
  | "europresse-html"
  | "proquest-html"
  | "rtf"
  | "text";

/** One document found in a file: its text, written the way `dialect` reads it (null: any). */
export interface FoundText {
  text: string;
  dialect: DialectName | null;
}

/** What a layout's reader found in a file. */
export interface FoundDocuments {
  layout: ExportLayout;
  documents: FoundText[];
  /** The cover page (request and table of results) left out, as text, or null. */
  cover: string | null;
}
