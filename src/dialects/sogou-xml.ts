import type { Lines } from "../lines/lines.js";
import { formatRecord } from "./record-format.js";
import { countRecords, firstRecord, holdsTag } from "./record-marks.js";
import { classifyRecords, type RecordLayout } from "./records.js";
import type { Claim, ClassifyContext, Dialect, DialectRules } from "./types.js";

/**
 * SogouCS / SogouCA (Sogou Labs): `<doc>` records of `<url>`, `<docno>`,
 * `<contenttitle>` and `<content>`, the content on one line.
 */
const layout: RecordLayout = {
  record: "DOC",
  roles: {
    URL: "originalUrl",
    DOCNO: "id",
    CONTENTTITLE: "headline",
    CONTENT: "body",
  },
  // The content is one line: paragraphs only where a run of ideographic spaces marks one.
  lowerCase: true,
  paragraphs: "ideographic",
};

const LOOK = 8;

/** A text whose first record is a `<doc>` holding `<contenttitle>` or `<content>`. */
function detect(lines: Lines): Claim | null {
  const first = firstRecord(lines, "DOC");
  if (first === null) return null;
  return holdsTag(lines, first, LOOK, "contenttitle") || holdsTag(lines, first, LOOK, "content")
    ? { score: 1, rule: "sogou-doc-record" }
    : null;
}

const rules: DialectRules = {
  name: "sogou-xml",
  strongest: 1,
  detect,
  documents: (lines) => countRecords(lines, "DOC"),
  classify: (lines, context: ClassifyContext) => classifyRecords(lines, context, layout),
  format: (article) => formatRecord(article, layout),
  // The shared layout cannot carry a record's fields where they stood.
  ownWritingLast: true,
};

/**
 * SogouCS (and SogouCA) records, `<doc>` after `<doc>`: `<url>` is
 * `originalUrl`, `<docno>` the id, `<contenttitle>` the headline and
 * `<content>` the body. The content is one line; it is one paragraph, cut only
 * where two or more ideographic spaces stand together (a single one parts the
 * pieces of a newspaper lead, `南都讯　记者刘凡　`, which the agency-dateline
 * rules read). An empty `<content>` gives the `no-body` warning.
 *
 * @category Locales and dialects
 * @example
 * ```ts
 * import { parseArticle } from "syndicated-article";
 *
 * const article = parseArticle(
 *   "<doc>\n<url>http://gongyi.sohu.com/20120706/n347457739.shtml</url>\n<docno>98590b972ad2f0ea</docno>\n<contenttitle>深圳地铁将设立头等车厢</contenttitle>\n<content>继推出日票后，深圳今后将设地铁头等车厢。</content>\n</doc>",
 * );
 * article.dialect; // "sogou-xml"
 * article.headline; // "深圳地铁将设立头等车厢"
 * article.originalUrl; // "http://gongyi.sohu.com/20120706/n347457739.shtml"
 * article.id; // "98590b972ad2f0ea"
 * ```
 */
export const sogouXml: Dialect = rules;
