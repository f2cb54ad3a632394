export type { ParagraphMode } from "./body.js";
export { parseArticles, splitArticleSpans, splitArticles } from "./feed.js";
export { formatArticle } from "./format.js";
export { isHeadingLine } from "./heading.js";
export {
  type ArticleIssue,
  type ArticleIssueCode,
  ArticleParseError,
  articleIssueCodes,
  articleIssueSchema,
} from "./issues.js";
export { englishLabels } from "./labels/en.js";
export { defaultLabels } from "./labels/index.js";
export type { LabelTable, TrailerKey } from "./labels/types.js";
export { LineCounter, type LinePos } from "./line-counter.js";
export type { ParseOptions } from "./options.js";
export { parseArticle, type SafeParseArticleResult, safeParseArticle } from "./parse.js";
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
} from "./schema.js";
export { type BodyBlock, splitBodyBlocks, splitParagraphs, splitSections } from "./split.js";
export { parseArticlesStream, splitArticlesStream } from "./stream.js";
