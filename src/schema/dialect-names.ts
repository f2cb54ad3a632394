/**
 * Every layout the built-in dialects read, by the name `article.dialect`
 * reports and the `dialect` option takes:
 * - `aggregator`: the aggregator repost (a quoted headline, title-case
 *   subheads, a `Source:` / `Original:` / `Statement:` trailer);
 * - `lines`: one paragraph a line, no blank lines in the body (BBC-style copy);
 * - `wire-dump`: a `-- ` header of headline, byline, time and link (Reuters dumps);
 * - `markdown`: a `# Headline` and `## Heading` lines, or bold subheads;
 * - `factiva`: the Factiva text export, field codes (`HD`, `PD`, `SN`, `LP`,
 *   `TD`, `AN`, …) alone on their lines with the values under them;
 * - `nexis`: Nexis (LexisNexis) text exports: `1 of 10 DOCUMENTS` markers,
 *   centered publication and date lines, upper-case `BYLINE:` / `LENGTH:` fields;
 * - `press-release`: a press release as the newswires send it (PR Newswire,
 *   Business Wire, GlobeNewswire, ACCESSWIRE): a dateline naming the wire
 *   (`NEW YORK, Feb. 3, 2025 /PRNewswire/ -- `), `About …` boilerplate,
 *   contact blocks, `SOURCE …`, `View original content: …`;
 * - `web-page`: a news page copied out of a browser, menus, share bars and
 *   related links around the article, read by evidence (prose against
 *   furniture, the title above the prose);
 * - `reuters-sgml`: Reuters-21578 SGML records (`<REUTERS NEWID="1" …>`,
 *   `<TITLE>`, `<DATE>`, `<TOPICS><D>…</D></TOPICS>`, a hard-wrapped `<BODY>`);
 * - `trec-sgml`: TREC / LDC `<DOC>` records of newswire collections (AP, NYT,
 *   Xinhua in TREC and Gigaword: `<DOCNO>`, `<HEADLINE>`, `<DATELINE>`, `<TEXT>`
 *   of `<P>` paragraphs);
 * - `sogou-xml`: SogouCS `<doc>` records (`<url>`, `<docno>`,
 *   `<contenttitle>`, `<content>`);
 * - `cnn-dailymail`: a story file of the CNN/DailyMail dataset, the article one
 *   paragraph a line with no title, then `@highlight` lines over its summary
 *   bullets;
 * - `xsum`: a file of the XSum dataset, `[XSUM]URL[XSUM]`,
 *   `[XSUM]INTRODUCTION[XSUM]` and `[XSUM]RESTBODY[XSUM]` over the page's
 *   address, its summary and its body.
 *
 * @category Locales and dialects
 * @example
 * ```ts
 * import { dialectNames } from "syndicated-article";
 *
 * dialectNames.includes("wire-dump"); // true
 * ```
 */
export const dialectNames = [
  "aggregator",
  "lines",
  "wire-dump",
  "markdown",
  "factiva",
  "nexis",
  "press-release",
  "web-page",
  "reuters-sgml",
  "trec-sgml",
  "sogou-xml",
  "cnn-dailymail",
  "xsum",
] as const;

/**
 * The name of a layout; see {@link dialectNames}.
 *
 * @category Locales and dialects
 * @example
 * ```ts
 * import { parseArticle, type DialectName } from "syndicated-article";
 *
 * const dialect: DialectName = parseArticle("-- Talks Resume\n-- By Jane Doe\n\nThey met.").dialect;
 * dialect; // "wire-dump"
 * ```
 */
export type DialectName = (typeof dialectNames)[number];
