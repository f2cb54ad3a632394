/**
 * The parser: text (or bytes) in, a validated Article out.
 *
 * @module syndicated-article
 */
// The public surface: re-exports only. tests/exports.test.ts pins the list.
export {
  type BodyBlock,
  isHeadingLine,
  splitBodyBlocks,
  splitSections,
} from "./classify/split-body.js";
// Each dialect and locale under a name of its own too, beside the objects that
// hold them all: an app building its own parser imports these to ship only
// what it uses (see dialects/index.ts).
export {
  aggregator as aggregatorDialect,
  cnnDailymail as cnnDailymailDialect,
  dialects,
  factiva as factivaDialect,
  lines as linesDialect,
  markdown as markdownDialect,
  nexis as nexisDialect,
  pressRelease as pressReleaseDialect,
  reutersSgml as reutersSgmlDialect,
  sogouXml as sogouXmlDialect,
  trecSgml as trecSgmlDialect,
  webPage as webPageDialect,
  wireDump as wireDumpDialect,
  xsum as xsumDialect,
} from "./dialects/index.js";
export type { Dialect } from "./dialects/types.js";
export { safeParseArticles } from "./feed/parse-feed.js";
export {
  type SplitFeed,
  splitArticleSpans,
  splitArticles,
  splitFeed,
} from "./feed/split.js";
export type { FeedArticle, FeedSkipped } from "./feed/splitter.js";
export {
  type FeedChunk,
  safeParseArticlesStream,
  splitArticlesStream,
} from "./feed/stream.js";
export type { DateWords } from "./fields/read-date.js";
export { formatArticle } from "./format/format.js";
export { LineCounter, type LinePos } from "./lines/line-counter.js";
export {
  da as daLocale,
  de as deLocale,
  en as enLocale,
  es as esLocale,
  fr as frLocale,
  it as itLocale,
  ko as koLocale,
  locales,
  nl as nlLocale,
  ru as ruLocale,
  uk as ukLocale,
  zh as zhLocale,
} from "./locales/index.js";
export { explainArticle, parseArticle, safeParseArticle } from "./parse.js";
export {
  createParser,
  type Explanation,
  type Parser,
  type SafeParseArticleResult,
} from "./parser/create-parser.js";
export type { Decision } from "./parser/decisions.js";
export type { RuleName } from "./parser/rule-names.js";
export {
  type Article,
  type ArticleSpans,
  articleSchema,
  articleSpansSchema,
  type Dateline,
  datelineSchema,
  type Note,
  noteSchema,
  type Section,
  type Span,
  sectionSchema,
  spanSchema,
  type TrailerField,
  trailerFieldSchema,
} from "./schema/article.js";
export { type DialectName, dialectNames } from "./schema/dialect-names.js";
export { type FieldKey, fieldKeys } from "./schema/field-keys.js";
export {
  type ArticleIssue,
  type ArticleIssueCode,
  ArticleParseError,
  articleIssueCodes,
  articleIssueSchema,
} from "./schema/issues.js";
export { type LabelTable, type Locale, labelTableSchema, localeSchema } from "./schema/locale.js";
export { type NoteKind, noteKinds } from "./schema/note-kinds.js";
export {
  type DateReader,
  type ParagraphMode,
  type ParseOptions,
  paragraphModes,
  parseOptionsSchema,
} from "./schema/options.js";
