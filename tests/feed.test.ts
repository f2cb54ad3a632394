import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { safeParseArticles, splitArticleSpans, splitArticles } from "../src/index.js";
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
    const results = safeParseArticles("One\n\nBody.\n-----\nTwo\n\nBody.");
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

describe("feeds", () => {
  it("splits at form feeds", () => {
    expect(splitArticles("One\n\nBody one.\f\nTwo\n\nBody two.")).toEqual([
      "One\n\nBody one.",
      "Two\n\nBody two.",
    ]);
  });

  it("splits at ----- and ===== rules", () => {
    expect(
      splitArticles("One\n\nBody one.\n-----\nTwo\n\nBody two.\n\n=====\n\nThree\n\nBody."),
    ).toEqual(["One\n\nBody one.", "Two\n\nBody two.", "Three\n\nBody."]);
  });

  it("splits at a new -- wire header", () => {
    const one =
      "-- One\n-- \n-- Mon Oct 30, 2006 7:48pm EST\n-- http://www.reuters.com/1\n\n \n\n Body one. ";
    const two =
      "-- Two\n-- By  Jane Doe\n-- Tue Oct 31, 2006 8:00am EST\n-- http://www.reuters.com/2";
    const feed = `${one}\n\n${two}\n\n \n\n Body two. `;
    expect(splitArticles(feed)).toEqual([one.trimEnd(), `${two}\n\n \n\n Body two.`]);
    const results = safeParseArticles(feed);
    expect(results.map((r) => r.success && r.data.headline)).toEqual(["One", "Two"]);
    expect(results.map((r) => r.success && r.data.byline)).toEqual([null, "Jane Doe"]);
  });

  it("splits after a trailer of two or more labelled lines", () => {
    const feed =
      "One\n\nBody one.\n\nSource: AFP\nStatement: Ours.\n\nTwo\n\nBody two.\n\nSource: rfi";
    expect(splitArticles(feed)).toEqual([
      "One\n\nBody one.\n\nSource: AFP\nStatement: Ours.",
      "Two\n\nBody two.\n\nSource: rfi",
    ]);
    const results = safeParseArticles(feed);
    expect(results.map((r) => r.success && [r.data.headline, r.data.source])).toEqual([
      ["One", "AFP"],
      ["Two", "rfi"],
    ]);
  });

  it("does not split after a single Source: line", () => {
    const feed = "One\n\nBody one.\n\nSource: AFP\n\nTwo\n\nBody two.";
    expect(splitArticles(feed)).toEqual([feed]);
  });

  it("reads a feed with no separator as one article", () => {
    const feed = "One\n\nBody one.\n\nTwo Words\n\nBody two.";
    expect(splitArticles(feed)).toEqual([feed]);
    expect(safeParseArticles(feed)).toHaveLength(1);
  });

  it("gives every document, one with no body too, with its warning, in order", () => {
    const results = safeParseArticles(
      "One\n\nBody one.\n-----\nOnly A Headline\n-----\nThree\n\nBody.",
    );
    expect(results.map((r) => r.success && r.data.headline)).toEqual([
      "One",
      "Only A Headline",
      "Three",
    ]);
    expect(results.map((r) => r.success && r.warnings.map((w) => w.code))).toEqual([
      [],
      ["no-body"],
      [],
    ]);
  });
});
