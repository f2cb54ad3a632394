import { type ArticleIssueCode, ArticleParseError } from "syndicated-article";

/**
 * Stops reading a file: the error the safe readers return and the throwing
 * ones throw, with one issue of `code`. The core is imported by its package
 * name, so this entry and the core share one `ArticleParseError` class.
 */
export function fail(code: ArticleIssueCode, message: string): never {
  throw new ArticleParseError([{ code, message, severity: "error" }]);
}
