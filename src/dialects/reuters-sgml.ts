import type { Lines } from "../lines/lines.js";
import { formatRecord } from "./record-format.js";
import { countRecords, firstRecord } from "./record-marks.js";
import { classifyRecords, type RecordLayout } from "./records.js";
import type { Claim, ClassifyContext, Dialect, DialectRules } from "./types.js";

/**
 * Reuters-21578 (Lewis 1997): `<REUTERS NEWID="1" OLDID="5544" …>` records
 * with `<DATE>`, the `<D>` lists of `<TOPICS>`, `<PLACES>`, `<PEOPLE>`,
 * `<ORGS>`, `<EXCHANGES>`, `<COMPANIES>`, the control junk of `<UNKNOWN>`,
 * and a `<TEXT>` of `<TITLE>`, `<AUTHOR>`, `<DATELINE>` and a hard-wrapped
 * `<BODY>` (a new paragraph on each indented line) closing with `Reuter`.
 */
const layout: RecordLayout = {
  record: "REUTERS",
  roles: {
    DATE: "date",
    TOPICS: "topics",
    PLACES: "places",
    TEXT: "container",
    TITLE: "headline",
    AUTHOR: "byline",
    DATELINE: "dateline",
    BODY: "body",
  },
  attributes: { NEWID: "id" },
  items: "D",
  paragraphs: "indent",
  credits: ["reuter", "reuters", "reute"],
  placeholder: { attribute: "TYPE", value: "BRIEF" },
};

/** A text whose first record is a `<REUTERS …>` element (after a `<!DOCTYPE lewis …>` line, if any). */
function detect(lines: Lines): Claim | null {
  return firstRecord(lines, "REUTERS") === null ? null : { score: 1, rule: "reuters-sgml-record" };
}

const rules: DialectRules = {
  name: "reuters-sgml",
  strongest: 1,
  detect,
  documents: (lines) => countRecords(lines, "REUTERS"),
  classify: (lines, context: ClassifyContext) => classifyRecords(lines, context, layout),
  format: (article) => formatRecord(article, layout),
  // The shared layout cannot carry a record's fields where they stood.
  ownWritingLast: true,
};

/**
 * Reuters-21578 SGML records, the `reut2-*.sgm` files of the dataset: the
 * `<TITLE>` is the headline, `<DATE>` the date, `<DATELINE>` the dateline,
 * `<AUTHOR>` the byline, `NEWID` the id, each `<D>` of `<TOPICS>` and
 * `<PLACES>` one item of `topics` and `places`; the other lists, `<UNKNOWN>`
 * and the other attributes stay in `trailer` under their names. The
 * `<BODY>` is hard-wrapped, a new paragraph on each indented line; its
 * closing `Reuter` is a credit note. Entities are decoded (`&lt;` is `<`) and
 * the control characters the records are bracketed with (`&#2;`, `&#3;`)
 * dropped. A file of records is a feed: `safeParseArticles` reads each.
 *
 * @category Locales and dialects
 * @example
 * ```ts
 * import { parseArticle } from "syndicated-article";
 *
 * const article = parseArticle(
 *   '<REUTERS NEWID="1">\n<DATE>26-FEB-1987 15:01:01.79</DATE>\n<TOPICS><D>cocoa</D></TOPICS>\n<TEXT>&#2;\n<TITLE>BAHIA COCOA REVIEW</TITLE>\n<DATELINE>    SALVADOR, Feb 26 - </DATELINE><BODY>Showers continued\nin the Bahia zone.\n    The dry period ends.\n Reuter\n&#3;</BODY></TEXT>\n</REUTERS>',
 * );
 * article.dialect; // "reuters-sgml"
 * article.headline; // "BAHIA COCOA REVIEW"
 * article.dateline?.place; // "SALVADOR"
 * article.topics; // ["cocoa"]
 * article.id; // "1"
 * article.sections[0]?.paragraphs; // ["Showers continued in the Bahia zone.", "The dry period ends."]
 * ```
 */
export const reutersSgml: Dialect = rules;
