import { stringify } from "csv-stringify/sync";
import { type Cell, TABLE_COLUMNS } from "./table.js";

/** The delimited-text formats and how each is written. */
const DIALECTS = {
  // RFC 4180: comma-separated, CRLF between records, a field holding a comma,
  // a quote or a line break in double quotes with its quotes doubled.
  csv: { delimiter: ",", record_delimiter: "\r\n" },
  // Tab-separated, quoted the same way (as pandas, polars, DuckDB and readr
  // read it), so body text with tabs and line breaks survives.
  tsv: { delimiter: "\t", record_delimiter: "\n" },
} as const;

const LINE_BREAK = /[\r\n]/;

/** `csv` or `tsv`. */
export type Delimited = keyof typeof DIALECTS;

/**
 * One row of delimited text, line end included. Each row is written on its
 * own as its document is parsed: the output streams, and no row waits for
 * the next.
 */
export function delimitedRow(format: Delimited, cells: readonly Cell[]): string {
  // A lone CR or LF inside a field is quoted too: csv-stringify quotes only the
  // record delimiter itself, and CRLF records would leave a bare LF unquoted.
  return stringify([cells as Cell[]], { ...DIALECTS[format], eof: true, quoted_match: LINE_BREAK });
}

/** The header row. */
export function delimitedHeader(format: Delimited): string {
  return delimitedRow(format, TABLE_COLUMNS);
}
