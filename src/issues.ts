import * as z from "zod";
import { spanSchema } from "./schema.js";

/**
 * Every issue code the parser reports. Stable: a code is never renamed or
 * reused. The table in `docs/issue-codes.md` explains each.
 *
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
  "duplicate-field",
  "control-character",
  "lone-surrogate",
  "long-headline",
  "not-utf8",
  "mojibake",
  "invalid-result",
] as const;

/**
 * One issue code.
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
 * @example
 * ```ts
 * import { type ArticleIssue, safeParseArticle } from "syndicated-article";
 *
 * const result = safeParseArticle("Title\n\nBody.\n\nOriginal: not a link");
 * const warnings: ArticleIssue[] = result.success ? result.warnings : [];
 * warnings[0]?.code; // "invalid-url"
 * ```
 */
export type ArticleIssue = z.infer<typeof articleIssueSchema>;

/**
 * Thrown by `parseArticle` when the text holds no article, and returned by
 * `safeParseArticle` in `{ success: false, error }`. `issues` lists every
 * problem found, each with a stable `code`.
 *
 * @example
 * ```ts
 * import { ArticleParseError, parseArticle } from "syndicated-article";
 *
 * try {
 *   parseArticle("   ");
 * } catch (error) {
 *   if (error instanceof ArticleParseError) error.issues[0]?.code; // "empty-input"
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
    super(first ? `${first.code}: ${first.message}` : "The text holds no article.");
    this.name = "ArticleParseError";
    this.issues = issues;
  }
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
