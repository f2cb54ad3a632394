/**
 * Every key a labelled line can be recognised as, in a fixed order. `source`,
 * `originalUrl`, `disclaimer`, `byline`, `publishedAt`, `section`,
 * `wordCount`, `copyright`, `id`, `language`, `category`, `topics`, `places`
 * and `keywords` fill the Article fields of the same names (the last three
 * lists, a value split at commas and semicolons, every line of the key adding
 * to them); `originalTitle`, `editor` and `contact` (a press release's
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
 * //  "section", "wordCount", "copyright", "id", "language", "contact", "topics", "places",
 * //  "keywords", "category"]
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
  "topics",
  "places",
  "keywords",
  "category",
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
