/**
 * Every key a labelled line can be recognised as, in a fixed order. `source`,
 * `originalUrl`, `disclaimer`, `byline`, `publishedAt`, `section`,
 * `wordCount`, `copyright`, `id` and `language` fill the Article fields of
 * the same names; `originalTitle`, `editor` and `contact` (a press release's
 * contact lines: `Media Contact: Jane Doe`) are kept in `trailer` with their
 * key.
 *
 * @category Types and schemas
 * @example
 * ```ts
 * import { fieldKeys } from "syndicated-article";
 *
 * fieldKeys;
 * // ["source", "originalUrl", "disclaimer", "originalTitle", "editor", "byline", "publishedAt",
 * //  "section", "wordCount", "copyright", "id", "language", "contact"]
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
  "contact",
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
