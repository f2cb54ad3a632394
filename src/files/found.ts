import type { DialectName } from "syndicated-article";

/** The layouts of export files the reader knows. */
export type ExportLayout =
  | "nexis-uni"
  | "nexis-html"
  | "factiva-html"
  | "factiva-codes-html"
  | "factiva-xml"
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
