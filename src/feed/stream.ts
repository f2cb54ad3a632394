import { resolveDefault } from "../default-parser.js";
import { safeParseArticle } from "../parse.js";
import type { SafeParseArticleResult } from "../parser/create-parser.js";
import type { ParseOptions } from "../schema/options.js";
import type { FeedArticle } from "./splitter.js";
import { type FeedChunk, resultStream, splitChunks } from "./stream-with.js";

export type { FeedChunk } from "./stream-with.js";

/**
 * A `TransformStream` that splits a feed arriving in chunks (text, or bytes
 * decoded as `parseArticle` decodes them) into the text
 * of each article, exactly as {@link splitArticles} splits the whole feed,
 * however the chunks are cut (inside a line, a label or a CRLF pair). Memory is
 * bounded by the longest article, not the feed, and the work is linear in the
 * feed's length. Runs wherever Web Streams do: browsers, Node >= 18, Deno, Bun.
 *
 * @param options - trailer labels, as for `parseArticle`; a malformed option
 * throws `TypeError` here, before any text is read.
 * @returns a stream taking text or byte chunks and giving one string per article.
 * @category Feeds and streams
 * @example
 * ```ts
 * import { splitArticlesStream } from "syndicated-article";
 *
 * const response = await fetch("https://example.com/feed.txt");
 * const articles = response.body!.pipeThrough(splitArticlesStream());
 * for await (const text of articles) console.log(text.split("\n", 1)[0]);
 * ```
 */
export function splitArticlesStream(options?: ParseOptions): TransformStream<FeedChunk, string> {
  return splitChunks<string>(resolveDefault(options).lexicon, (text, _, controller) =>
    controller.enqueue(text),
  );
}

/**
 * A `TransformStream` that splits a feed arriving in chunks (text, or bytes,
 * with a `not-utf8` warning on each result once they show not to be UTF-8) and parses each
 * article with `safeParseArticle`: the same results, in the same order, as
 * {@link safeParseArticles} on the whole feed, never erroring on a bad article.
 * Spans in the results point into each article's text, as with `safeParseArticles`.
 *
 * @param options - as for `parseArticle`; a malformed option throws `TypeError`
 * here, before any text is read.
 * @returns a stream taking text or byte chunks and giving one result per article.
 * @category Feeds and streams
 * @example
 * ```ts
 * import { safeParseArticlesStream } from "syndicated-article";
 *
 * const response = await fetch("https://example.com/feed.txt");
 * const results = response.body!.pipeThrough(safeParseArticlesStream());
 * for await (const result of results) {
 *   if (result.success) console.log(result.data.headline);
 *   else console.error(result.error.message);
 * }
 * ```
 */
export function safeParseArticlesStream(
  options?: ParseOptions,
): TransformStream<FeedChunk, SafeParseArticleResult> {
  return resultStream(resolveDefault(options).lexicon, (text) => safeParseArticle(text, options));
}

/**
 * An article of a streamed feed with where it starts in the feed, for tools
 * that report positions in the whole feed (the command-line tool does).
 * Not part of the package's public surface.
 */
export interface LocatedArticle extends FeedArticle {
  text: string;
}

/**
 * Like {@link splitArticlesStream}, with each article's feed offsets, line and
 * column. Internal: used by the command-line tool.
 */
export function splitLocatedArticlesStream(
  options?: ParseOptions,
): TransformStream<FeedChunk, LocatedArticle> {
  return splitChunks<LocatedArticle>(resolveDefault(options).lexicon, (text, article, controller) =>
    controller.enqueue({ ...article, text }),
  );
}
