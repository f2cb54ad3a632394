import { defaultParser } from "./default-parser.js";
import type { Explanation, SafeParseArticleResult } from "./parser/create-parser.js";
import { describe } from "./parser/describe.js";
import { isInput } from "./parser/input-guards.js";
import type { Article } from "./schema/article.js";
import type { ParseOptions } from "./schema/options.js";

/**
 * Parses syndicated article text into a validated {@link Article}, in
 * whichever layout it is (see {@link dialectNames}).
 *
 * @param input - the article: text, or bytes (UTF-8, UTF-16 with a BOM, or
 * windows-1252 as a fallback). Spans point into the text as given, or into
 * the decoded text for bytes.
 * @param options - labels, locales, paragraph mode, dialect; see {@link ParseOptions}.
 * @returns the Article, validated with {@link articleSchema}.
 * @throws {@link ArticleParseError} when the text holds no article (empty,
 * no headline, no body paragraph); `TypeError` when `input` is neither a string
 * nor a `Uint8Array`, or an option is malformed.
 * @category Parsing
 * @example
 * ```ts
 * import { parseArticle } from "syndicated-article";
 *
 * const article = parseArticle('"Talks Resume"\n\nThe talks resumed on Monday.\n\nSource: rfi');
 * article.headline; // "Talks Resume"
 * article.sections[0]?.paragraphs; // ["The talks resumed on Monday."]
 * article.source; // "rfi"
 * ```
 */
export function parseArticle(input: string | Uint8Array, options?: ParseOptions): Article {
  // Checked here so the message names the function the caller called.
  if (!isInput(input)) {
    throw new TypeError(
      `parseArticle expects the article as a string or a Uint8Array, got ${describe(input)}.`,
    );
  }
  return defaultParser.parse(input, options);
}

/**
 * Parses like {@link parseArticle} but never throws, whatever it is given:
 * zod's `safeParse` shape.
 *
 * @param input - anything; only a string or a `Uint8Array` can succeed.
 * @param options - as for {@link parseArticle}; malformed ones give `invalid-options`.
 * @category Parsing
 * @example
 * ```ts
 * import { safeParseArticle } from "syndicated-article";
 *
 * const result = safeParseArticle("");
 * if (!result.success) result.error.issues[0]?.code; // "empty-input"
 * ```
 */
export function safeParseArticle(input: unknown, options?: ParseOptions): SafeParseArticleResult {
  return defaultParser.safeParse(input, options);
}

/**
 * Parses like {@link safeParseArticle}, and tells for every line or block what
 * it became and which rule decided it, from the same code that parses.
 * Costs nothing unless called.
 *
 * @param input - as for {@link safeParseArticle}.
 * @param options - as for {@link parseArticle}.
 * @category Parsing
 * @example
 * ```ts
 * import { explainArticle } from "syndicated-article";
 *
 * const { result, decisions } = explainArticle("Talks Resume\n\nThey met.\n\nWhat Comes Next\n\nMore talks.");
 * result.success; // true
 * decisions.map((d) => `${d.part}: ${d.rule}`);
 * // ["dialect: one-paragraph-a-line", "headline: first-line", "paragraph: one-line-block",
 * //  "heading: title-case-followed-by-prose", "paragraph: one-line-block"]
 * ```
 */
export function explainArticle(input: unknown, options?: ParseOptions): Explanation {
  return defaultParser.explain(input, options);
}
