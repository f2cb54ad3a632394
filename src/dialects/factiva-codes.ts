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
  | "section"
  | "body"
  | "id"
  | "field"
  | "index";

/**
 * Every code the export writes alone on a line, in the order the export writes
 * them: `SE` section, `HD` headline, `BY` byline, `CR` credit, `WC` word count, `PD` publication date,
 * `ET` time, `SN` source name, `SC` source code, `ED` edition, `PG` page, `CLM` column, `LA` language,
 * `CY` copyright, `LP` lead paragraphs, `TD` the rest of the text, the
 * indexing lists (`CO` companies, `IN` industries, `NS` subjects, `RE`
 * regions, `IPC`, `IPD`, `RF`), `ART` captions, `PUB` the publisher and `AN` the accession number.
 */
export const factivaCodes: ReadonlyMap<string, FactivaRole> = new Map<string, FactivaRole>([
  ["SE", "section"],
  ["HD", "headline"],
  ["BY", "byline"],
  ["CR", "field"],
  ["WC", "wordCount"],
  ["PD", "date"],
  ["ET", "time"],
  ["SN", "source"],
  ["SC", "field"],
  ["ED", "field"],
  ["PG", "field"],
  ["CLM", "field"],
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
  ["ART", "field"],
  ["PUB", "field"],
  ["AN", "id"],
]);

/** The word before the accession number in an `AN` value (`Document gmes000020010810dw47004yg`). */
export const accessionPrefix = "Document";

/** How far a code line may be indented. */
export const maxCodeIndent = 3;
