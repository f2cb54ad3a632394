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
  "builtinLanguages",
  "chineseLabels",
  "datelineSchema",
  "defaultLabels",
  "englishLabels",
  "formatArticle",
  "frenchLabels",
  "germanLabels",
  "isHeadingLine",
  "noteSchema",
  "parseArticle",
  "parseArticles",
  "parseArticlesStream",
  "russianLabels",
  "safeParseArticle",
  "sectionSchema",
  "spanSchema",
  "spanishLabels",
  "splitArticleSpans",
  "splitArticles",
  "splitArticlesStream",
  "splitBodyBlocks",
  "splitParagraphs",
  "splitSections",
  "trailerFieldSchema",
  "trailerKeys",
  "ukrainianLabels",
];

it("exports exactly the documented runtime names", () => {
  expect(Object.keys(lib).sort()).toEqual(expected);
});
