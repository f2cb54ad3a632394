import { expect, it } from "vitest";
import * as lib from "../src/index.js";

// The public runtime surface, written by hand: adding, renaming or removing an
// export must change this list (and come with a changeset).
const expected = [
  "ArticleParseError",
  "LineCounter",
  "aggregatorDialect",
  "articleIssueCodes",
  "articleIssueSchema",
  "articleSchema",
  "articleSpansSchema",
  "cnnDailymailDialect",
  "createParser",
  "daLocale",
  "datelineSchema",
  "deLocale",
  "dialectNames",
  "dialects",
  "enLocale",
  "esLocale",
  "explainArticle",
  "factivaDialect",
  "fieldKeys",
  "formatArticle",
  "frLocale",
  "isHeadingLine",
  "itLocale",
  "koLocale",
  "labelTableSchema",
  "linesDialect",
  "localeSchema",
  "locales",
  "markdownDialect",
  "nexisDialect",
  "nlLocale",
  "noteKinds",
  "noteSchema",
  "paragraphModes",
  "parseArticle",
  "parseOptionsSchema",
  "pressReleaseDialect",
  "reutersSgmlDialect",
  "ruLocale",
  "safeParseArticle",
  "safeParseArticles",
  "safeParseArticlesStream",
  "sectionSchema",
  "sogouXmlDialect",
  "spanSchema",
  "splitArticleSpans",
  "splitArticles",
  "splitArticlesStream",
  "splitBodyBlocks",
  "splitFeed",
  "splitSections",
  "trailerFieldSchema",
  "trecSgmlDialect",
  "ukLocale",
  "webPageDialect",
  "wireDumpDialect",
  "xsumDialect",
  "zhLocale",
];

it("exports exactly the documented runtime names", () => {
  expect(Object.keys(lib).sort()).toEqual(expected);
});

it("exports each dialect and locale under its own name too, the same object", () => {
  expect(lib.aggregatorDialect).toBe(lib.dialects.aggregator);
  expect(lib.factivaDialect).toBe(lib.dialects.factiva);
  expect(lib.linesDialect).toBe(lib.dialects.lines);
  expect(lib.markdownDialect).toBe(lib.dialects.markdown);
  expect(lib.nexisDialect).toBe(lib.dialects.nexis);
  expect(lib.wireDumpDialect).toBe(lib.dialects.wireDump);
  expect(lib.webPageDialect).toBe(lib.dialects.webPage);
  expect(lib.cnnDailymailDialect).toBe(lib.dialects.cnnDailymail);
  expect(lib.xsumDialect).toBe(lib.dialects.xsum);
  for (const code of ["da", "de", "en", "es", "fr", "it", "ko", "nl", "ru", "uk", "zh"] as const) {
    expect((lib as Record<string, unknown>)[`${code}Locale`]).toBe(lib.locales[code]);
  }
});

it("exports the built-in dialects and locales as namespaces", () => {
  expect(Object.keys(lib.dialects).sort()).toEqual([
    "aggregator",
    "cnnDailymail",
    "factiva",
    "lines",
    "markdown",
    "nexis",
    "pressRelease",
    "reutersSgml",
    "sogouXml",
    "trecSgml",
    "webPage",
    "wireDump",
    "xsum",
  ]);
  expect(Object.keys(lib.locales).sort()).toEqual([
    "da",
    "de",
    "en",
    "es",
    "fr",
    "it",
    "ko",
    "nl",
    "ru",
    "uk",
    "zh",
  ]);
});
