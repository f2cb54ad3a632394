import * as z from "zod";
import { spanSchema } from "./article.js";

/**
 * Every issue code the parser and its command-line tool report. Stable: a
 * code is never renamed or reused. The table in `docs/issue-codes.md`
 * explains each.
 *
 * @category Errors
 * @example
 * ```ts
 * import { articleIssueCodes } from "syndicated-article";
 *
 * articleIssueCodes.includes("no-body"); // true
 * ```
 */
export const articleIssueCodes = [
  "invalid-input",
  "invalid-options",
  "empty-input",
  "no-headline",
  "no-body",
  "invalid-url",
  "invalid-date",
  "duplicate-field",
  "control-character",
  "lone-surrogate",
  "long-headline",
  "guessed-headline",
  "unrecognised-layout",
  "not-utf8",
  "mojibake",
  "invalid-result",
  "internal-error",
  // The command-line tool's own.
  "not-found",
  "unreadable",
  "no-input",
  "binary-file",
  "several-articles",
  "out-collision",
  "unwritable",
  "cover-page",
  "prologue",
  // The export-file reader's (`syndicated-article/files`).
  "unsupported-format",
  "corrupt-file",
  "too-large",
  "too-deep",
  "not-an-export",
  "no-articles",
] as const;

/**
 * One issue code. It includes the command-line tool's own codes (`not-found`,
 * `unreadable`, `no-input`, `binary-file`, `out-collision`, `unwritable`),
 * which a parser's result never holds, so a `switch` over the issues of
 * `safeParseArticle` needs no case for them; `several-articles` and
 * `cover-page` come from the library too.
 *
 * @category Errors
 *
 * @example
 * ```ts
 * import type { ArticleIssueCode } from "syndicated-article";
 *
 * const code: ArticleIssueCode = "empty-input";
 * ```
 */
export type ArticleIssueCode = (typeof articleIssueCodes)[number];

/**
 * The zod schema of an issue.
 *
 * @category Errors
 *
 * @example
 * ```ts
 * import { articleIssueSchema } from "syndicated-article";
 *
 * articleIssueSchema.parse({ code: "no-body", message: "No body.", severity: "error" });
 * ```
 */
export const articleIssueSchema = z.object({
  code: z.enum(articleIssueCodes),
  message: z.string(),
  severity: z.enum(["error", "warning"]),
  span: spanSchema.optional(),
});

/**
 * Something the parser noticed: an `error` (no Article could be made) or a
 * `warning` (an Article was made, but part of the input was doubtful).
 *
 * @category Errors
 * @example
 * ```ts
 * import { type ArticleIssue, safeParseArticle } from "syndicated-article";
 *
 * const result = safeParseArticle("Title\n\nBody.\n\nOriginal: not a link");
 * const warnings: ArticleIssue[] = result.success ? result.warnings : [];
 * warnings[0]?.code; // "invalid-url"
 * ```
 */
export interface ArticleIssue extends z.infer<typeof articleIssueSchema> {}

/**
 * Thrown by `parseArticle` when the text holds no article, and returned by
 * `safeParseArticle` in `{ success: false, error }`. `issues` lists every
 * problem found, each with a stable `code`: the errors and the warnings found
 * before the parse failed.
 *
 * The issues also travel as the error's `cause` (`{ issues }`), which
 * `structuredClone` and `postMessage` keep (they keep no other own property
 * of an error): {@link ArticleParseError.issuesOf} reads them from either.
 *
 * @category Errors
 * @example
 * ```ts
 * import { ArticleParseError, parseArticle } from "syndicated-article";
 *
 * try {
 *   parseArticle("   ");
 * } catch (error) {
 *   if (error instanceof ArticleParseError) error.issues[0]?.code; // "empty-input"
 *   ArticleParseError.issuesOf(structuredClone(error))[0]?.code; // "empty-input"
 * }
 * ```
 */
export class ArticleParseError extends Error {
  /** Every issue found; at least one has `severity: "error"`. */
  readonly issues: ArticleIssue[];

  /**
   * Wraps the issues of a failed parse in one error.
   *
   * @param issues - what went wrong; the first error's message becomes the error's message.
   */
  constructor(issues: ArticleIssue[]) {
    const first = issues.find((issue) => issue.severity === "error") ?? issues[0];
    super(first ? `${first.code}: ${first.message}` : "The text holds no article.", {
      cause: { issues },
    });
    this.name = "ArticleParseError";
    this.issues = issues;
  }

  /**
   * The issues of an `ArticleParseError`, or of a clone of one that went
   * through `structuredClone` or `postMessage` (which keep only its message
   * and `cause`); an empty list for any other value.
   *
   * @param error - a caught or received error.
   * @example
   * ```ts
   * import { ArticleParseError, safeParseArticle } from "syndicated-article";
   *
   * const result = safeParseArticle("");
   * if (!result.success) ArticleParseError.issuesOf(structuredClone(result.error)).length; // 1
   * ```
   */
  static issuesOf(error: unknown): ArticleIssue[] {
    // Not `instanceof ArticleParseError`: a class that names itself in its own
    // body is bundled by esbuild as `class _ArticleParseError`, the name Node
    // prints for it (`util.inspect`, uncaught errors).
    if (isArticleParseError(error)) return error.issues;
    if (typeof error !== "object" || error === null) return [];
    const cause = (error as { cause?: unknown }).cause;
    if (typeof cause !== "object" || cause === null) return [];
    const issues = (cause as { issues?: unknown }).issues;
    return Array.isArray(issues)
      ? issues.filter((i) => articleIssueSchema.safeParse(i).success)
      : [];
  }
}

function isArticleParseError(error: unknown): error is ArticleParseError {
  return error instanceof ArticleParseError;
}

/** Builds an issue; spans are omitted rather than set to `undefined`. */
export function issue(
  code: ArticleIssueCode,
  severity: ArticleIssue["severity"],
  message: string,
  span?: { start: number; end: number },
): ArticleIssue {
  return span ? { code, message, severity, span } : { code, message, severity };
}
