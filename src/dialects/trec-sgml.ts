import type { Lines } from "../lines/lines.js";
import { formatRecord } from "./record-format.js";
import { countRecords, firstRecord, holdsTag } from "./record-marks.js";
import { classifyRecords, type RecordLayout } from "./records.js";
import type { Claim, ClassifyContext, Dialect, DialectRules } from "./types.js";

/**
 * The TREC / LDC `<DOC>` family (AP, NYT, Xinhua, AFP newswire in TREC and
 * Gigaword): `<DOCNO>` the id, `<HEADLINE>` or `<HL>` the headline, `<DATE>`
 * or `<DATE_TIME>`, `<DATELINE>`, `<BYLINE>`, `<SLUG>`, and `<TEXT>` holding
 * `<P>` paragraphs or plain paragraphs apart by blank lines.
 */
const layout: RecordLayout = {
  record: "DOC",
  roles: {
    DOCNO: "id",
    HEADLINE: "headline",
    HL: "headline",
    HEAD: "headline",
    TITLE: "headline",
    DATE: "date",
    DATE_TIME: "date",
    DATELINE: "dateline",
    BYLINE: "byline",
    SLUG: "slug",
    SO: "source",
    KEYWORD: "keywords",
    KEYWORDS: "keywords",
    TEXT: "body",
    BODY: "container",
  },
  // Gigaword's `<DOC id="AFP_ENG_20050101.0001" type="story">`: its id when no `<DOCNO>` gives one.
  attributes: { ID: "id" },
  // AP's `<TEXT>` indents each paragraph's first line; others part them by blank lines.
  paragraphs: "indent",
};

// The elements that tell a TREC record from other `<DOC>` layouts, looked for in its first lines.
const MARKS = ["DOCNO", "TEXT", "HEADLINE", "HL"];
const LOOK = 40;

/** A text whose first record is a `<DOC>` holding TREC's elements (and no SogouCS `<contenttitle>`). */
function detect(lines: Lines): Claim | null {
  const first = firstRecord(lines, "DOC");
  if (first === null || holdsTag(lines, first, LOOK, "contenttitle")) return null;
  return MARKS.some((tag) => holdsTag(lines, first, LOOK, tag))
    ? { score: 1, rule: "trec-doc-record" }
    : null;
}

const rules: DialectRules = {
  name: "trec-sgml",
  strongest: 1,
  detect,
  documents: (lines) => countRecords(lines, "DOC"),
  classify: (lines, context: ClassifyContext) => classifyRecords(lines, context, layout),
  format: (article) => formatRecord(article, layout),
  // The shared layout cannot carry a record's fields where they stood.
  ownWritingLast: true,
};

/**
 * TREC / LDC `<DOC>` records, as the AP, NYT, Xinhua and AFP newswire
 * collections (TREC, Gigaword) ship them: `<DOCNO>` (or a `<DOC id="…">`)
 * is the id, `<HEADLINE>` / `<HL>` the headline, `<DATE>` the date,
 * `<DATELINE>` the dateline, `<BYLINE>` the byline, `<SLUG>` the slug, and
 * `<TEXT>` the body: each `<P>` a paragraph, or hard-wrapped paragraphs, a
 * new one on an indented line or after a blank one (AP); a body with no `<DATELINE>` may open with one (`WASHINGTON (AP) --`).
 * Other elements (`<DOCID>`, `<FILEID>`, `<NOTE>` …) stay in `trailer`
 * under their names. A file of records is a feed.
 *
 * @category Locales and dialects
 * @example
 * ```ts
 * import { parseArticle } from "syndicated-article";
 *
 * const article = parseArticle(
 *   "<DOC>\n<DOCNO> AP880212-0001 </DOCNO>\n<HEADLINE>Talks Resume</HEADLINE>\n<DATELINE>WASHINGTON</DATELINE>\n<TEXT>\n<P>\nNegotiators met on Sunday.\n</P>\n<P>\nEnvoys are expected &amp; welcome.\n</P>\n</TEXT>\n</DOC>",
 * );
 * article.dialect; // "trec-sgml"
 * article.id; // "AP880212-0001"
 * article.dateline?.place; // "WASHINGTON"
 * article.sections[0]?.paragraphs; // ["Negotiators met on Sunday.", "Envoys are expected & welcome."]
 * ```
 */
export const trecSgml: Dialect = rules;
