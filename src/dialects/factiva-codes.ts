// The field codes of a Factiva text export, as data: what each code's value
// is. The rules that read them live in `factiva.ts`.

/** What a Factiva field holds, which decides the part its value becomes. */
export type FactivaRole =
  | "headline"
  | "byline"
  | "wordCount"
  | "date"
  | "time"
  | "source"
  | "language"
  | "copyright"
  | "body"
  | "id"
  | "field"
  | "index";

/**
 * Every code the export writes alone on a line, in the order the export writes
 * them: `HD` headline, `BY` byline, `WC` word count, `PD` publication date,
 * `ET` time, `SN` source name, `SC` source code, `PG` page, `LA` language,
 * `CY` copyright, `LP` lead paragraphs, `TD` the rest of the text, the
 * indexing lists (`CO` companies, `IN` industries, `NS` subjects, `RE`
 * regions, `IPC`, `IPD`, `RF`) and `AN` the accession number.
 */
export const factivaCodes: ReadonlyMap<string, FactivaRole> = new Map<string, FactivaRole>([
  ["HD", "headline"],
  ["BY", "byline"],
  ["WC", "wordCount"],
  ["PD", "date"],
  ["ET", "time"],
  ["SN", "source"],
  ["SC", "field"],
  ["PG", "field"],
  ["LA", "language"],
  ["CY", "copyright"],
  ["LP", "body"],
  ["TD", "body"],
  ["CO", "index"],
  ["IN", "index"],
  ["NS", "index"],
  ["RE", "index"],
  ["IPC", "index"],
  ["IPD", "index"],
  ["RF", "index"],
  ["AN", "id"],
]);

/** The word before the accession number in an `AN` value (`Document gmes000020010810dw47004yg`). */
export const accessionPrefix = "Document";

/** How far a code line may be indented. */
export const maxCodeIndent = 3;
