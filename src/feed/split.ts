import { resolveDefault } from "../default-parser.js";
import { describe } from "../parser/describe.js";
import type { Span } from "../schema/article.js";
import type { ParseOptions } from "../schema/options.js";
import { type SplitFeed, splitFeedWith } from "./split-with.js";

export type { SplitFeed } from "./split-with.js";

/**
 * Where each article of a feed lies: UTF-16 spans into `feed`, trimmed of the
 * blank lines around them. Articles are separated by form feeds, by rule lines
 * (`-----`, `=====`), by a new `-- ` wire header, or by the end of a trailer:
 * after a run of two or more known trailer lines (or one `Original:` line with a
 * link), the next line of text starts a new article. A Factiva document (one
 * that opens with its `HD` code line) ends only at a form feed; a Nexis export
 * is cut at its `N of M DOCUMENTS` lines only, its request header left out (see
 * {@link splitFeed}). A feed with no separator is one article.
 *
 * @param feed - text holding one or more articles back to back.
 * @param options - trailer labels, as for `parseArticle`.
 * @category Feeds and streams
 * @example
 * ```ts
 * import { splitArticleSpans } from "syndicated-article";
 *
 * splitArticleSpans("One\n\nBody.\n-----\nTwo\n\nBody.");
 * // [{ start: 0, end: 10 }, { start: 17, end: 27 }]
 * ```
 */
export function splitArticleSpans(feed: string, options?: ParseOptions): Span[] {
  return splitFeed(feed, options).articles.map((a) => ({ start: a.start, end: a.end }));
}

/**
 * Splits a feed holding several articles back to back into the text of each,
 * by the rules of {@link splitArticleSpans}.
 *
 * @param feed - text holding one or more articles.
 * @param options - trailer labels, as for `parseArticle`.
 * @category Feeds and streams
 * @example
 * ```ts
 * import { splitArticles } from "syndicated-article";
 *
 * splitArticles("One\n\nBody.\n\nSource: AFP\nOriginal: example.com/1\n\nTwo\n\nBody.");
 * // ["One\n\nBody.\n\nSource: AFP\nOriginal: example.com/1", "Two\n\nBody."]
 * ```
 */
export function splitArticles(feed: string, options?: ParseOptions): string[] {
  return splitArticleSpans(feed, options).map((s) => feed.slice(s.start, s.end));
}

/**
 * Splits a feed by the rules of {@link splitArticleSpans}, and reports what
 * it leaves out: the request header (cover page) before the first
 * `N of M DOCUMENTS` line of a Nexis export is no article, so it is listed in
 * `skipped` (reason `cover-page`) rather than among the articles.
 *
 * @param feed - text holding one or more articles.
 * @param options - trailer labels, as for `parseArticle`.
 * @category Feeds and streams
 * @example
 * ```ts
 * import { splitFeed } from "syndicated-article";
 *
 * const feed = "Download Request: Selected Items: 1-2\n\n1 of 2 DOCUMENTS\n\nOne\n\n2 of 2 DOCUMENTS\n\nTwo";
 * const { articles, skipped } = splitFeed(feed);
 * articles.length; // 2
 * skipped[0]?.reason; // "cover-page"
 * ```
 */
export function splitFeed(feed: string, options?: ParseOptions): SplitFeed {
  if (typeof feed !== "string")
    throw new TypeError(`Expected the feed as a string, got ${describe(feed)}.`);
  return splitFeedWith(resolveDefault(options).lexicon, feed);
}
