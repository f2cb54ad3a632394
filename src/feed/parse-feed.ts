import { safeParseArticle } from "../parse.js";
import type { SafeParseArticleResult } from "../parser/create-parser.js";
import type { ParseOptions } from "../schema/options.js";
import { splitArticles } from "./split.js";

/**
 * Splits a feed with {@link splitArticles} and parses each article with
 * {@link safeParseArticle}: one result per article, in order. Never throws for
 * a bad article; a malformed option throws `TypeError` before any text is read.
 *
 * @param feed - text holding one or more articles.
 * @param options - as for `parseArticle`.
 * @category Feeds and streams
 * @example
 * ```ts
 * import { safeParseArticles } from "syndicated-article";
 *
 * const results = safeParseArticles("One\n\nBody.\n-----\nTwo\n\nBody.");
 * results.map((r) => (r.success ? r.data.headline : r.error.message)); // ["One", "Two"]
 * ```
 */
export function safeParseArticles(feed: string, options?: ParseOptions): SafeParseArticleResult[] {
  return splitArticles(feed, options).map((text) => safeParseArticle(text, options));
}
