import type { Dialect, DialectRules } from "../dialects/types.js";
import { splitFeedWith } from "../feed/split-with.js";
import { type FeedChunk, resultStream, splitChunks } from "../feed/stream-with.js";
import type { Article } from "../schema/article.js";
import type { DialectName } from "../schema/dialect-names.js";
import { type ArticleIssue, ArticleParseError, issue } from "../schema/issues.js";
import type { Locale } from "../schema/locale.js";
import type { ParseOptions } from "../schema/options.js";
import type { Decision } from "./decisions.js";
import { describe } from "./describe.js";
import { isInput, safeString } from "./input-guards.js";
import type { Lexicon } from "./lexicon.js";
import { parseInput } from "./parse-input.js";
import { defaultResolved, OptionsError, type Resolved, resolveOptions } from "./resolve.js";

/**
 * What `safeParse` returns: zod's `safeParse` shape, plus the warnings of a
 * successful parse. `data` and `error` are declared on both branches (as
 * `never` on the other), so `result.data?.headline` type-checks before the
 * result is narrowed.
 *
 * @category Parsing
 * @example
 * ```ts
 * import { type SafeParseArticleResult, safeParseArticle } from "syndicated-article";
 *
 * const result: SafeParseArticleResult = safeParseArticle("Title\n\nBody.");
 * result.data?.headline; // "Title"
 * if (!result.success) result.error.issues;
 * ```
 */
export type SafeParseArticleResult =
  | { success: true; data: Article; warnings: ArticleIssue[]; error?: never }
  | { success: false; error: ArticleParseError; data?: never; warnings?: never };

/**
 * What `explainArticle` returns: the result `safeParseArticle` gives, and
 * every decision that led to it.
 *
 * @category Parsing
 * @example
 * ```ts
 * import { type Explanation, explainArticle } from "syndicated-article";
 *
 * const explained: Explanation = explainArticle("Title\n\nBody.");
 * explained.decisions[0]?.part; // "dialect"
 * ```
 */
export interface Explanation {
  /** Exactly what `safeParse` returns for the same input and options. */
  result: SafeParseArticleResult;
  /** The dialect chosen, then one decision per part, in input order. */
  decisions: Decision[];
}

/**
 * A parser built by {@link createParser}: the functions of the package's
 * default parser, limited to the dialects and locales it was given.
 *
 * @category Parsing
 * @example
 * ```ts
 * import { aggregatorDialect, createParser, enLocale, type Parser } from "syndicated-article";
 *
 * const parser: Parser = createParser({ dialects: [aggregatorDialect], locales: [enLocale] });
 * parser.parse("Title\n\nBody.\n\nSource: rfi").source; // "rfi"
 * ```
 */
export interface Parser {
  /**
   * Parses text or bytes into a validated Article; throws `ArticleParseError`,
   * or `TypeError` for input that is neither a string nor a `Uint8Array`, or
   * for malformed options.
   *
   * @param input - the article, as text or bytes.
   * @param options - as for `parseArticle`; a `dialect` must be one of the parser's.
   * @example
   * ```ts
   * import { aggregatorDialect, createParser, enLocale } from "syndicated-article";
   *
   * createParser({ dialects: [aggregatorDialect], locales: [enLocale] }).parse("T\n\nBody.").headline; // "T"
   * ```
   */
  parse(input: string | Uint8Array, options?: ParseOptions): Article;
  /**
   * Parses like `parse`, but never throws, whatever it is given.
   *
   * @param input - anything; only a string or a `Uint8Array` can succeed.
   * @param options - as for `parse`.
   * @example
   * ```ts
   * import { aggregatorDialect, createParser, enLocale } from "syndicated-article";
   *
   * createParser({ dialects: [aggregatorDialect], locales: [enLocale] }).safeParse(42).success; // false
   * ```
   */
  safeParse(input: unknown, options?: ParseOptions): SafeParseArticleResult;
  /**
   * Parses like `safeParse`, and tells which rule decided every part.
   *
   * @param input - as for `safeParse`.
   * @param options - as for `parse`.
   * @example
   * ```ts
   * import { aggregatorDialect, createParser, enLocale } from "syndicated-article";
   *
   * const parser = createParser({ dialects: [aggregatorDialect], locales: [enLocale] });
   * parser.explain("T\n\nBody.").decisions[1]?.rule; // "first-line"
   * ```
   */
  explain(input: unknown, options?: ParseOptions): Explanation;
  /**
   * Splits a feed into the text of each article, as `splitArticles` does, with
   * the trailer labels of the parser's locales.
   *
   * @param feed - text holding one or more articles back to back.
   * @param options - trailer labels, as for `parse`; a malformed option throws `TypeError`.
   * @example
   * ```ts
   * import { aggregatorDialect, createParser, enLocale } from "syndicated-article";
   *
   * const parser = createParser({ dialects: [aggregatorDialect], locales: [enLocale] });
   * parser.splitArticles("One\n\nBody.\n-----\nTwo\n\nBody."); // ["One\n\nBody.", "Two\n\nBody."]
   * ```
   */
  splitArticles(feed: string, options?: ParseOptions): string[];
  /**
   * Splits a feed as `splitArticles` does and parses each article with
   * `safeParse`: one result per article, in order.
   *
   * @param feed - text holding one or more articles.
   * @param options - as for `parse`; a malformed option throws `TypeError`.
   * @example
   * ```ts
   * import { aggregatorDialect, createParser, enLocale } from "syndicated-article";
   *
   * const parser = createParser({ dialects: [aggregatorDialect], locales: [enLocale] });
   * parser.safeParseArticles("One\n\nBody.\n-----\nTwo\n\nBody.").map((r) => r.data?.headline); // ["One", "Two"]
   * ```
   */
  safeParseArticles(feed: string, options?: ParseOptions): SafeParseArticleResult[];
  /**
   * A `TransformStream` of a feed's chunks (text, or bytes decoded as `parse`
   * decodes them) to the text of each article, as `splitArticlesStream`.
   *
   * @param options - trailer labels, as for `parse`; a malformed option throws `TypeError` here.
   * @example
   * ```ts
   * import { aggregatorDialect, createParser, enLocale } from "syndicated-article";
   *
   * const parser = createParser({ dialects: [aggregatorDialect], locales: [enLocale] });
   * const response = await fetch("https://example.com/feed.txt");
   * for await (const text of response.body!.pipeThrough(parser.splitArticlesStream())) {
   *   console.log(text.length);
   * }
   * ```
   */
  splitArticlesStream(options?: ParseOptions): TransformStream<FeedChunk, string>;
  /**
   * A `TransformStream` of a feed's chunks (text, or bytes) to one `safeParse`
   * result per article, as `safeParseArticlesStream`.
   *
   * @param options - as for `parse`; a malformed option throws `TypeError` here.
   * @example
   * ```ts
   * import { aggregatorDialect, createParser, enLocale } from "syndicated-article";
   *
   * const parser = createParser({ dialects: [aggregatorDialect], locales: [enLocale] });
   * const response = await fetch("https://example.com/feed.txt");
   * for await (const result of response.body!.pipeThrough(parser.safeParseArticlesStream())) {
   *   if (result.success) console.log(result.data.headline);
   * }
   * ```
   */
  safeParseArticlesStream(
    options?: ParseOptions,
  ): TransformStream<FeedChunk, SafeParseArticleResult>;
  /** The names of the parser's dialects, in the order they were given. */
  readonly dialects: readonly DialectName[];
}

/**
 * Builds a parser from only the dialects and locales it is given, so a bundle
 * holds just those: `createParser({ dialects: [aggregatorDialect], locales:
 * [enLocale] })` leaves every other layout and language out of an app. Import
 * them by those names: the `dialects` and `locales` objects hold every one,
 * and a bundler keeps all that an object holds (`dialects.aggregator` gives no
 * smaller bundle than the default parser). `parseArticle` and its siblings are
 * such a parser, built from all of them.
 *
 * @param config - `dialects`: the layouts to recognise, strongest claim first
 * on a tie; `locales`: the language data the stages use.
 * @throws `TypeError` when `dialects` is empty.
 * @category Parsing
 * @example
 * ```ts
 * import { aggregatorDialect, createParser, enLocale } from "syndicated-article";
 *
 * const parser = createParser({ dialects: [aggregatorDialect], locales: [enLocale] });
 * parser.safeParse("Title\n\nBody.").data?.dialect; // "aggregator"
 * ```
 */
export function createParser(config: {
  dialects: readonly Dialect[];
  locales: readonly Locale[];
}): Parser {
  if (!Array.isArray(config?.dialects) || config.dialects.length === 0) {
    throw new TypeError("createParser needs at least one dialect.");
  }
  // Every Dialect value comes from a built-in module, which holds its rules.
  const frozen = {
    dialects: [...config.dialects] as DialectRules[],
    locales: [...(config.locales ?? [])],
  };
  const defaults = defaultResolved(frozen);
  const cache = new Map<string, Lexicon>();
  const resolve = (options: unknown) => resolveOptions(options, frozen, defaults, cache);
  // The feed functions read trailer labels with the parser's own locales.
  const lexiconOf = (options: unknown): Lexicon => {
    try {
      return resolve(options).lexicon;
    } catch (error) {
      if (error instanceof OptionsError) throw new TypeError(error.message);
      throw error;
    }
  };
  const safeParse = (input: unknown, options?: unknown) => run(input, options, false).result;
  const splitArticles = (feed: string, options?: ParseOptions): string[] => {
    if (typeof feed !== "string") {
      throw new TypeError(`Expected the feed as a string, got ${describe(feed)}.`);
    }
    return splitFeedWith(lexiconOf(options), feed).articles.map((a) => feed.slice(a.start, a.end));
  };

  const run = (input: unknown, options: unknown, explain: boolean): Explanation => {
    // Nothing a caller hands in may make this throw: hostile getters and
    // proxies are read inside the guard.
    let resolved: Resolved;
    try {
      if (!isInput(input)) {
        const message = `Expected the article as a string or a Uint8Array, got ${describe(input)}.`;
        return failed([issue("invalid-input", "error", message)]);
      }
      try {
        resolved = resolve(options);
      } catch (error) {
        // Options that cannot even be read (a getter that throws, a revoked
        // proxy) are malformed options too.
        const message =
          error instanceof OptionsError
            ? error.message
            : `options could not be read: ${safeString(error)}.`;
        return failed([issue("invalid-options", "error", message)]);
      }
      return parseInput(input, resolved, frozen.dialects, explain);
    } catch (error) {
      return failed([
        issue("internal-error", "error", `The parser failed unexpectedly: ${safeString(error)}`),
      ]);
    }
  };

  return {
    dialects: frozen.dialects.map((d) => d.name),
    parse(input, options) {
      if (!isInput(input)) {
        throw new TypeError(
          `parse expects the article as a string or a Uint8Array, got ${describe(input)}.`,
        );
      }
      let resolved: Resolved;
      try {
        resolved = resolve(options);
      } catch (error) {
        if (error instanceof OptionsError) throw new TypeError(error.message);
        throw error;
      }
      const { result } = parseInput(input, resolved, frozen.dialects, false);
      if (result.success) return result.data;
      throw result.error;
    },
    safeParse,
    explain: (input, options) => run(input, options, true),
    splitArticles,
    safeParseArticles: (feed, options) =>
      splitArticles(feed, options).map((text) => safeParse(text, options)),
    splitArticlesStream: (options) =>
      splitChunks<string>(lexiconOf(options), (text, _, controller) => controller.enqueue(text)),
    safeParseArticlesStream: (options) =>
      resultStream(lexiconOf(options), (text) => safeParse(text, options)),
  };
}

function failed(issues: ArticleIssue[]): Explanation {
  return { result: { success: false, error: new ArticleParseError(issues) }, decisions: [] };
}
