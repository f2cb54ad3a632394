import { expect, it } from "vitest";
import * as lib from "../src/index.js";

// The public runtime surface, written by hand: adding, renaming or removing an
// export must change this list (and come with a changeset).
const expected = [
  "ArticleParseError",
  "LineCounter",
  "articleIssueCodes",
  "articleIssueSchema",
  "articleSchema",
  "articleSpansSchema",
  "createParser",
  "datelineSchema",
  "dialectNames",
  "dialects",
  "explainArticle",
  "fieldKeys",
  "formatArticle",
  "isHeadingLine",
  "labelTableSchema",
  "localeSchema",
  "locales",
  "noteKinds",
  "noteSchema",
  "paragraphModes",
  "parseArticle",
  "parseOptionsSchema",
  "safeParseArticle",
  "safeParseArticles",
  "safeParseArticlesStream",
  "sectionSchema",
  "spanSchema",
  "splitArticleSpans",
  "splitArticles",
  "splitArticlesStream",
  "splitBodyBlocks",
  "splitFeed",
  "splitSections",
  "trailerFieldSchema",
];

it("exports exactly the documented runtime names", () => {
  expect(Object.keys(lib).sort()).toEqual(expected);
});

it("exports the built-in dialects and locales as namespaces", () => {
  expect(Object.keys(lib.dialects).sort()).toEqual([
    "aggregator",
    "factiva",
    "lines",
    "markdown",
    "nexis",
    "pressRelease",
    "wireDump",
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
