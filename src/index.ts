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
export { germanLabels } from "./labels/de.js";
export { englishLabels } from "./labels/en.js";
export { spanishLabels } from "./labels/es.js";
export { frenchLabels } from "./labels/fr.js";
export { builtinLanguages, defaultLabels } from "./labels/index.js";
export { russianLabels } from "./labels/ru.js";
export {
  type LabelTable,
  type LanguageLabels,
  type TrailerKey,
  trailerKeys,
} from "./labels/types.js";
export { ukrainianLabels } from "./labels/uk.js";
export { chineseLabels } from "./labels/zh.js";
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
