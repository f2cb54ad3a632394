import type { Dialect, DialectRules } from "../dialects/types.js";
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
 * import { createParser, dialects, locales, type Parser } from "syndicated-article";
 *
 * const parser: Parser = createParser({ dialects: [dialects.aggregator], locales: [locales.en] });
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
   * import { createParser, dialects, locales } from "syndicated-article";
   *
   * createParser({ dialects: [dialects.aggregator], locales: [locales.en] }).parse("T\n\nBody.").headline; // "T"
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
   * import { createParser, dialects, locales } from "syndicated-article";
   *
   * createParser({ dialects: [dialects.aggregator], locales: [locales.en] }).safeParse(42).success; // false
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
   * import { createParser, dialects, locales } from "syndicated-article";
   *
   * const parser = createParser({ dialects: [dialects.aggregator], locales: [locales.en] });
   * parser.explain("T\n\nBody.").decisions[1]?.rule; // "first-line"
   * ```
   */
  explain(input: unknown, options?: ParseOptions): Explanation;
  /** The names of the parser's dialects, in the order they were given. */
  readonly dialects: readonly DialectName[];
}

/**
 * Builds a parser from only the dialects and locales it is given, so a bundle
 * holds just those: `createParser({ dialects: [dialects.aggregator], locales:
 * [locales.en] })` leaves every other layout and language out of an app.
 * `parseArticle` and its siblings are such a parser, built from all of them.
 *
 * @param config - `dialects`: the layouts to recognise, strongest claim first
 * on a tie; `locales`: the language data the stages use.
 * @throws `TypeError` when `dialects` is empty.
 * @category Parsing
 * @example
 * ```ts
 * import { createParser, dialects, locales } from "syndicated-article";
 *
 * const parser = createParser({ dialects: [dialects.aggregator], locales: [locales.en] });
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
    safeParse: (input, options) => run(input, options, false).result,
    explain: (input, options) => run(input, options, true),
  };
}

function failed(issues: ArticleIssue[]): Explanation {
  return { result: { success: false, error: new ArticleParseError(issues) }, decisions: [] };
}
