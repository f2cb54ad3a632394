/**
 * Every key a labelled line can be recognised as, in a fixed order. `source`,
 * `originalUrl`, `disclaimer`, `byline`, `publishedAt`, `section`,
 * `wordCount`, `copyright`, `id` and `language` fill the Article fields of
 * the same names; `originalTitle` and `editor` are kept in `trailer` with
 * their key.
 *
 * @category Types and schemas
 * @example
 * ```ts
 * import { fieldKeys } from "syndicated-article";
 *
 * fieldKeys;
 * // ["source", "originalUrl", "disclaimer", "originalTitle", "editor", "byline", "publishedAt",
 * //  "section", "wordCount", "copyright", "id", "language"]
 * ```
 */
export const fieldKeys = [
  "source",
  "originalUrl",
  "disclaimer",
  "originalTitle",
  "editor",
  "byline",
  "publishedAt",
  "section",
  "wordCount",
  "copyright",
  "id",
  "language",
] as const;

/**
 * One of {@link fieldKeys}.
 *
 * @category Types and schemas
 * @example
 * ```ts
 * import type { FieldKey } from "syndicated-article";
 *
 * const key: FieldKey = "originalUrl";
 * ```
 */
export type FieldKey = (typeof fieldKeys)[number];
