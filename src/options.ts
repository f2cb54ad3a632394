import type { ParagraphMode } from "./body.js";
import {
  buildLabelIndex,
  defaultLabels,
  type LabelIndex,
  mergeLabelTables,
} from "./labels/index.js";
import type { LabelTable, TrailerKey } from "./labels/types.js";

/**
 * Options of `parseArticle`, `safeParseArticle` and the split helpers.
 *
 * @example
 * ```ts
 * import { type ParseOptions, parseArticle } from "syndicated-article";
 *
 * const options: ParseOptions = { labels: { source: ["Via"] } };
 * parseArticle("Title\n\nBody.\n\nVia: AFP", options).source; // "AFP"
 * ```
 */
export interface ParseOptions {
  /** Extra trailer labels per key, added to the built-in ones. */
  labels?: LabelTable;
  /** `false` drops the built-in labels, so only `labels` count. Default `true`. */
  defaultLabels?: boolean;
  /** How body lines become paragraphs; see {@link ParagraphMode}. Default `"auto"`. */
  paragraphMode?: ParagraphMode;
}

/** Options checked and compiled into what the stages use. */
export interface ResolvedOptions {
  labels: { index: LabelIndex; maxLength: number };
  paragraphMode: ParagraphMode;
}

const TRAILER_KEYS: readonly TrailerKey[] = ["source", "originalUrl", "disclaimer"];
const MODES: readonly ParagraphMode[] = ["auto", "blocks", "lines"];
const DEFAULTS: ResolvedOptions = {
  labels: buildLabelIndex(defaultLabels),
  paragraphMode: "auto",
};
// Label tables are compiled once per options object, so a caller that reuses
// one options object across a feed pays for it once.
const cache = new WeakMap<object, ResolvedOptions>();

/**
 * Checks options and compiles their label tables.
 *
 * @throws TypeError naming the offending option.
 */
export function resolveOptions(options: ParseOptions | undefined): ResolvedOptions {
  if (options === undefined) return DEFAULTS;
  if (typeof options !== "object" || options === null) {
    throw new TypeError(`options must be an object, got ${describe(options)}`);
  }
  const cached = cache.get(options);
  if (cached) return cached;
  const mode = options.paragraphMode ?? "auto";
  if (!MODES.includes(mode)) {
    throw new TypeError(`options.paragraphMode must be one of ${MODES.join(", ")}`);
  }
  const extra = options.labels ?? {};
  if (typeof extra !== "object" || extra === null) {
    throw new TypeError("options.labels must be an object of label lists");
  }
  for (const [key, list] of Object.entries(extra)) {
    if (!TRAILER_KEYS.includes(key as TrailerKey)) {
      throw new TypeError(
        `options.labels.${key} is not a trailer key (${TRAILER_KEYS.join(", ")})`,
      );
    }
    if (!Array.isArray(list) || !list.every((l) => typeof l === "string")) {
      throw new TypeError(`options.labels.${key} must be an array of strings`);
    }
  }
  const tables = options.defaultLabels === false ? [extra] : [defaultLabels, extra];
  const resolved: ResolvedOptions = {
    labels: buildLabelIndex(mergeLabelTables(tables)),
    paragraphMode: mode,
  };
  cache.set(options, resolved);
  return resolved;
}

/** A short description of a value's type for error messages. */
export function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "object") return `an object (${Object.prototype.toString.call(value)})`;
  return typeof value;
}
