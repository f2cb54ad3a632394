import type { Article } from "../index.js";

/** One value of a table cell: text, a whole number, or nothing. */
export type Cell = string | number | null;

/**
 * The columns of `csv`, `tsv` and `parquet` output, in order: where the row
 * came from, the Article's scalar fields, and the body as plain text. Nested
 * parts (sections, notes, trailer, spans) stay in the JSON formats.
 */
export const TABLE_COLUMNS = [
  "file",
  "index",
  "headline",
  "standfirst",
  "byline",
  "publishedAt",
  "source",
  "originalUrl",
  "section",
  "wordCount",
  "language",
  "id",
  "dialect",
  "text",
] as const;

/** A column's name. */
export type Column = (typeof TABLE_COLUMNS)[number];

/** The columns holding whole numbers; every other column holds text. */
export const NUMBER_COLUMNS: ReadonlySet<Column> = new Set(["index", "wordCount"]);

/** The columns that are never empty. */
export const REQUIRED_COLUMNS: ReadonlySet<Column> = new Set(["file", "index", "text"]);

/** The row of one Article, its cells in the order of {@link TABLE_COLUMNS}. */
export function tableRow(file: string, index: number, article: Article): Cell[] {
  return [
    file,
    index,
    article.headline,
    article.standfirst,
    article.byline,
    article.publishedAt,
    article.source,
    article.originalUrl,
    article.section,
    article.wordCount,
    article.language,
    article.id,
    article.dialect,
    bodyText(article),
  ];
}

/**
 * The body as plain text: each heading and paragraph in order, apart by a
 * blank line, so a reader of the table can split it back into paragraphs.
 */
export function bodyText(article: Article): string {
  const parts: string[] = [];
  for (const section of article.sections) {
    if (section.heading !== null) parts.push(section.heading);
    parts.push(...section.paragraphs);
  }
  return parts.join("\n\n");
}
