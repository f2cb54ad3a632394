/**
 * The keys a trailer line can be recognised as. `source`, `originalUrl` and
 * `disclaimer` fill the Article fields of the same names.
 *
 * @example
 * ```ts
 * import type { TrailerKey } from "syndicated-article";
 *
 * const key: TrailerKey = "originalUrl";
 * ```
 */
export type TrailerKey = "source" | "originalUrl" | "disclaimer";

/**
 * Labels per trailer key, e.g. `{ source: ["Source", "Via"] }`. Matching ignores
 * case and white space around the label.
 *
 * @example
 * ```ts
 * import type { LabelTable } from "syndicated-article";
 *
 * const mine: LabelTable = { source: ["Quelle"] };
 * ```
 */
export type LabelTable = { readonly [K in TrailerKey]?: readonly string[] };
