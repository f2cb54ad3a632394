import { readBody, toSections } from "./body.js";
import { checkCharacters } from "./characters.js";
import { unquotedRange } from "./headline.js";
import { type ArticleIssue, ArticleParseError, issue } from "./issues.js";
import { isBlank, lineText, scanLines } from "./lines.js";
import { describe, type ParseOptions, resolveOptions } from "./options.js";
import { type Article, articleSchema, type Span } from "./schema.js";
import { findTrailer } from "./trailer.js";
import { normalizeUrl } from "./url.js";

/** Headlines longer than this are reported: the first line is probably body text. */
const LONG_HEADLINE = 300;

/**
 * What `safeParseArticle` returns: the shape of zod's `safeParse`, plus the
 * warnings of a successful parse.
 *
 * @example
 * ```ts
 * import { type SafeParseArticleResult, safeParseArticle } from "syndicated-article";
 *
 * const result: SafeParseArticleResult = safeParseArticle("Title\n\nBody.");
 * if (result.success) result.data.headline; // "Title"
 * else result.error.issues;
 * ```
 */
export type SafeParseArticleResult =
  | { success: true; data: Article; warnings: ArticleIssue[] }
  | { success: false; error: ArticleParseError };

/**
 * Parses syndicated article text into a validated {@link Article}.
 *
 * @param input - the article text: headline line, body, optional trailer.
 * @param options - labels and paragraph mode; see {@link ParseOptions}.
 * @returns the Article, validated with {@link articleSchema}.
 * @throws {@link ArticleParseError} when the text holds no article (empty,
 * no headline, no body paragraph); `TypeError` when `input` is not a string or
 * an option is malformed.
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
export function parseArticle(input: string, options?: ParseOptions): Article {
  if (typeof input !== "string") {
    throw new TypeError(
      `parseArticle expects the article text as a string, got ${describe(input)}`,
    );
  }
  const outcome = parseText(input, options);
  if (outcome.success) return outcome.data;
  throw outcome.error;
}

/**
 * Parses like {@link parseArticle} but never throws, whatever it is given.
 *
 * @param input - anything; only a string can succeed.
 * @param options - as for {@link parseArticle}.
 * @example
 * ```ts
 * import { safeParseArticle } from "syndicated-article";
 *
 * const result = safeParseArticle("");
 * if (!result.success) result.error.issues[0]?.code; // "empty-input"
 * ```
 */
export function safeParseArticle(input: unknown, options?: ParseOptions): SafeParseArticleResult {
  if (typeof input !== "string") {
    return failure([
      issue(
        "invalid-input",
        "error",
        `Expected the article text as a string, got ${describe(input)}.`,
      ),
    ]);
  }
  try {
    return parseText(input, options);
  } catch (error) {
    // Malformed options are the only documented throw; anything else is a bug,
    // still reported as data because this function promises not to throw.
    const code = error instanceof TypeError ? "invalid-options" : "invalid-result";
    return failure([issue(code, "error", error instanceof Error ? error.message : String(error))]);
  }
}

function failure(issues: ArticleIssue[]): SafeParseArticleResult {
  return { success: false, error: new ArticleParseError(issues) };
}

/** Runs the stages: lines → headline, trailer and body → sections → validated Article. */
function parseText(text: string, options: ParseOptions | undefined): SafeParseArticleResult {
  const resolved = resolveOptions(options);
  const lines = scanLines(text);
  const count = lines.start.length;
  let head = 0;
  while (head < count && isBlank(lines, head)) head++;
  if (head === count) {
    return failure([issue("empty-input", "error", "The text is empty or holds only white space.")]);
  }

  const trailer = findTrailer(lines, head, count, resolved.labels);
  if (trailer.first === head) {
    return failure([
      issue("no-headline", "error", "The text holds only trailer lines, no headline or body.", {
        start: lines.start[head] as number,
        end: lines.end[count - 1] as number,
      }),
    ]);
  }
  const warnings: ArticleIssue[] = checkCharacters(text);

  const [headStart, headEnd] = unquotedRange(
    text,
    lines.start[head] as number,
    lines.end[head] as number,
  );
  const headline = lineText(lines, headStart, headEnd);
  if (headline.length > LONG_HEADLINE) {
    warnings.push(
      issue(
        "long-headline",
        "warning",
        `The headline is ${headline.length} characters long; the first line may be body text.`,
        {
          start: headStart,
          end: headEnd,
        },
      ),
    );
  }

  const parts = readBody(lines, head + 1, trailer.first, resolved.paragraphMode);
  if (parts.length === 0) {
    return failure([
      issue("no-body", "error", "The text has a headline but no body paragraph.", {
        start: headStart,
        end: headEnd,
      }),
    ]);
  }
  const grouped = toSections(parts);

  const fields: Pick<Article, "source" | "originalUrl" | "disclaimer"> = {
    source: null,
    originalUrl: null,
    disclaimer: null,
  };
  const fieldSpans: Record<keyof typeof fields, Span | null> = {
    source: null,
    originalUrl: null,
    disclaimer: null,
  };
  const seen = new Set<string>();
  for (const line of trailer.fields) {
    const valueSpan = { start: line.valueStart, end: line.end };
    if (seen.has(line.key)) {
      warnings.push(
        issue(
          "duplicate-field",
          "warning",
          `A second "${line.label}" line; the first one fills ${line.key}.`,
          valueSpan,
        ),
      );
      continue;
    }
    seen.add(line.key);
    if (line.key === "originalUrl") {
      const url = normalizeUrl(line.value);
      if (url === null) {
        warnings.push(
          issue(
            "invalid-url",
            "warning",
            `"${line.value}" is not a link; originalUrl is null.`,
            valueSpan,
          ),
        );
        continue;
      }
      fields.originalUrl = url;
    } else {
      fields[line.key] = line.value;
    }
    fieldSpans[line.key] = valueSpan;
  }

  const article: Article = {
    headline,
    sections: grouped.map((s) => ({
      heading: s.heading ? s.heading.text : null,
      paragraphs: s.paragraphs.map((p) => p.text),
    })),
    ...fields,
    trailer: trailer.fields.map((f) => ({ key: f.key, label: f.label, value: f.value })),
    spans: {
      headline: { start: headStart, end: headEnd },
      sections: grouped.map((s) => ({
        heading: s.heading ? { start: s.heading.start, end: s.heading.end } : null,
        paragraphs: s.paragraphs.map((p) => ({ start: p.start, end: p.end })),
      })),
      ...fieldSpans,
      trailer: trailer.fields.map((f) => ({ start: f.start, end: f.end })),
    },
  };

  const checked = articleSchema.safeParse(article);
  if (!checked.success) {
    // The parser built something its own schema rejects: a bug, reported as data.
    return failure([issue("invalid-result", "error", checked.error.message)]);
  }
  return { success: true, data: checked.data, warnings };
}
