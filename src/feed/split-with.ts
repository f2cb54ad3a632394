import type { Lexicon } from "../parser/lexicon.js";
import { type FeedArticle, type FeedSkipped, FeedSplitter } from "./splitter.js";

/**
 * What {@link splitFeed} found: the articles, and the text that is no article
 * (a Nexis export's request header), each with its span, line and column.
 *
 * @category Feeds and streams
 * @example
 * ```ts
 * import { type SplitFeed, splitFeed } from "syndicated-article";
 *
 * const found: SplitFeed = splitFeed("One\n\nBody.");
 * found.skipped; // []
 * ```
 */
export interface SplitFeed {
  articles: FeedArticle[];
  skipped: FeedSkipped[];
}

/**
 * Splits a whole feed with the labels of `lexicon`: the work of `splitFeed`,
 * for the default parser and for the feed functions of a parser built with
 * `createParser` alike, so that neither pulls in the other's dialects.
 */
export function splitFeedWith(lexicon: Lexicon, feed: string): SplitFeed {
  const found: SplitFeed = { articles: [], skipped: [] };
  const splitter = new FeedSplitter(
    lexicon,
    (a) => found.articles.push(a),
    (s) => found.skipped.push(s),
  );
  splitter.push(feed);
  splitter.end();
  return found;
}
