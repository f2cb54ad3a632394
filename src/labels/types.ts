/**
 * What a labelled line can be recognised as. `source`, `originalUrl`,
 * `disclaimer`, `byline` and `publishedAt` fill the Article fields of the same
 * names; `originalTitle` and `editor` are kept in `trailer` with their key.
 *
 * @example
 * ```ts
 * import type { TrailerKey } from "syndicated-article";
 *
 * const key: TrailerKey = "originalUrl";
 * ```
 * @useDeclaredType
 */
export type TrailerKey = (typeof trailerKeys)[number];

/**
 * Every {@link TrailerKey}, in a fixed order.
 *
 * @example
 * ```ts
 * import { trailerFieldSchema } from "syndicated-article";
 *
 * // The same list, as the schema of a trailer field's key:
 * trailerFieldSchema.shape.key.unwrap().options;
 * // ["source", "originalUrl", "disclaimer", "originalTitle", "editor", "byline", "publishedAt"]
 * ```
 */
export const trailerKeys = [
  "source",
  "originalUrl",
  "disclaimer",
  "originalTitle",
  "editor",
  "byline",
  "publishedAt",
] as const;

/**
 * Labels per key, e.g. `{ source: ["Source", "Via"] }`. Matching ignores case
 * and white space around the label; the colon may be `:` or `：`.
 *
 * @example
 * ```ts
 * import type { LabelTable } from "syndicated-article";
 *
 * const mine: LabelTable = { source: ["Quelle"] };
 * ```
 */
export type LabelTable = { readonly [K in TrailerKey]?: readonly string[] };

/**
 * The labels of one language, and the words that open a byline without a
 * colon (`By Jane Doe`, `记者 张三`).
 *
 * @example
 * ```ts
 * import { type ParseOptions, parseArticle } from "syndicated-article";
 *
 * const options: ParseOptions = {
 *   languages: [
 *     { language: "nl", labels: { source: ["Bron"], originalUrl: ["Origineel"] }, bylinePrefixes: ["Door"] },
 *   ],
 * };
 * parseArticle("Titel\n\nDe tekst.\n\nBron: ANP", options).source; // "ANP"
 * ```
 * @inline
 */
export interface LanguageLabels {
  /** A BCP 47 language tag, for people reading the table. */
  readonly language: string;
  readonly labels: LabelTable;
  readonly bylinePrefixes?: readonly string[];
}
