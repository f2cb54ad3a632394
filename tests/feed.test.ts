import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseArticles, splitArticleSpans, splitArticles } from "../src/index.js";
import { ARTICLES, generateFeed } from "./support/feed-gen.js";
import { referenceSplitArticleSpans } from "./support/feed-reference.js";
import { seed, withSeed } from "./support/seed.js";

// Lines that exercise every rule of the splitter: rules, form feeds, wire
// headers, trailer labels (with and without a link), and plain text. Labels are
// English ones: the reference knows no others.
const LINES = [
  "",
  " ",
  "\f",
  " \f ",
  "-----",
  "=====",
  "----",
  "-- Wire Headline",
  "-- By  Jane Doe",
  "--",
  "-- ",
  "Headline",
  "Body text.",
  "  Indented body text.  ",
  "Source: AFP",
  "Source : rfi",
  "Source： 新华社",
  "Original: www.example.com/a/1",
  "Original: see below",
  "Statement: The views of the author.",
  "Disclaimer: None.",
  "SOURCE: Reuters",
  "original  LINK: example.com/x",
  "Original: <www.example.com/b>",
  "Link: //example.org/c",
  "URL: example.com:8080/d",
  "Original: localhost/e",
  "Original: 127.0.0.1/f",
  "URL: javascript:alert(1)",
  "Original: https://",
  "Original:",
  "Photo: AFP",
  "Published: Mon Oct 23, 2006 6:42pm EDT",
  "See https://example.com/g",
  "Café 😀 北京",
];
const BREAKS = ["\n", "\r\n", "\r", "\f\n", " \n"];

const feeds = fc
  .array(fc.tuple(fc.constantFrom(...LINES), fc.constantFrom(...BREAKS)), { maxLength: 40 })
  .map((lines) => lines.map(([line, brk]) => line + brk).join(""));

describe("splitArticleSpans", () => {
  it("gives the spans of the reference written from the documented rules, on any feed", () => {
    fc.assert(
      fc.property(feeds, (feed) => {
        expect(splitArticleSpans(feed)).toEqual(referenceSplitArticleSpans(feed));
      }),
      { numRuns: 3000 },
    );
  });

  it("gives the same spans on a generated 1 MB feed", () => {
    const { text } = generateFeed(1_000_000, seed);
    expect(splitArticleSpans(text), withSeed()).toEqual(referenceSplitArticleSpans(text));
  });

  it("keeps the documented examples", () => {
    expect(splitArticleSpans("One\n\nBody.\n-----\nTwo\n\nBody.")).toEqual([
      { start: 0, end: 10 },
      { start: 17, end: 27 },
    ]);
    expect(
      splitArticles("One\n\nBody.\n\nSource: AFP\nOriginal: example.com/1\n\nTwo\n\nBody."),
    ).toEqual(["One\n\nBody.\n\nSource: AFP\nOriginal: example.com/1", "Two\n\nBody."]);
    const results = parseArticles("One\n\nBody.\n-----\nTwo\n\nBody.");
    expect(results.map((r) => (r.success ? r.data.headline : r.error.message))).toEqual([
      "One",
      "Two",
    ]);
  });

  it("splits a wire dump at each new `-- ` header, not at a lone `-- ` line", () => {
    const dump = "-- A\n-- By X\n\nBody a.\n-- not a header\nMore a.\n-- B\n-- By Y\n\nBody b.";
    expect(splitArticles(dump)).toEqual([
      "-- A\n-- By X\n\nBody a.\n-- not a header\nMore a.",
      "-- B\n-- By Y\n\nBody b.",
    ]);
  });

  it("splits at a form feed between lines, not inside one", () => {
    expect(splitArticles("A\n\nBody.  \f\nB\n\nBody.")).toEqual(["A\n\nBody.", "B\n\nBody."]);
    expect(splitArticles("A\n\nBody \f text.")).toEqual(["A\n\nBody \f text."]);
  });

  it("rejects what is not text, and bad options, with a TypeError", () => {
    expect(() => splitArticleSpans(42 as unknown as string)).toThrow(TypeError);
    expect(() => splitArticleSpans("A", { paragraphMode: "x" as "auto" })).toThrow(TypeError);
  });

  it("finds each generated article once", () => {
    const { text, articles } = generateFeed(200_000, seed + 1);
    expect(splitArticles(text), withSeed()).toHaveLength(articles);
    expect(ARTICLES.length).toBe(5);
  });
});
