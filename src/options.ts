import type { ParagraphMode } from "./body.js";
import {
  buildLabelIndex,
  builtinLanguages,
  type LabelIndex,
  mergeLabelTables,
} from "./labels/index.js";
import {
  type LabelTable,
  type LanguageLabels,
  type TrailerKey,
  trailerKeys,
} from "./labels/types.js";

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
  /** Extra labels per key, added to the built-in ones. */
  labels?: LabelTable;
  /** Extra languages (labels and byline words), added to the built-in ones. */
  languages?: readonly LanguageLabels[];
  /** `false` drops the built-in languages, so only `labels` and `languages` count. Default `true`. */
  defaultLabels?: boolean;
  /**
   * Repair classic mojibake (UTF-8 read as windows-1252: `â€™`, `Ã©`) instead of
   * only reporting it. Spans then point into the repaired text. Default `false`.
   */
  repairMojibake?: boolean;
  /** How body lines become paragraphs; see {@link ParagraphMode}. Default `"auto"`. */
  paragraphMode?: ParagraphMode;
}

/** Options checked and compiled into what the stages use. */
export interface ResolvedOptions {
  labels: LabelIndex;
  paragraphMode: ParagraphMode;
  repairMojibake: boolean;
}

const TRAILER_KEYS: readonly TrailerKey[] = trailerKeys;
const MODES: readonly ParagraphMode[] = ["auto", "blocks", "lines"];
const DEFAULTS: ResolvedOptions = {
  labels: compileLanguages([...builtinLanguages]),
  paragraphMode: "auto",
  repairMojibake: false,
};

function compileLanguages(languages: readonly LanguageLabels[]): LabelIndex {
  return buildLabelIndex(
    mergeLabelTables(languages.map((l) => l.labels)),
    languages.flatMap((l) => l.bylinePrefixes ?? []),
  );
}
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
  const languages = options.languages ?? [];
  if (!Array.isArray(languages) || !languages.every(isLanguage)) {
    throw new TypeError(
      "options.languages must be an array of { language, labels, bylinePrefixes? }",
    );
  }
  // The caller's labels come first, so they win over built-in ones they clash with.
  const chosen = [
    { language: "options", labels: extra },
    ...languages,
    ...(options.defaultLabels === false ? [] : builtinLanguages),
  ];
  const resolved: ResolvedOptions = {
    labels: compileLanguages(chosen),
    paragraphMode: mode,
    repairMojibake: options.repairMojibake === true,
  };
  cache.set(options, resolved);
  return resolved;
}

function isLanguage(value: unknown): value is LanguageLabels {
  if (typeof value !== "object" || value === null) return false;
  const { labels, bylinePrefixes } = value as Partial<LanguageLabels>;
  if (typeof labels !== "object" || labels === null) return false;
  return bylinePrefixes === undefined || Array.isArray(bylinePrefixes);
}

/** A short description of a value's type for error messages. */
export function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "object") return `an object (${Object.prototype.toString.call(value)})`;
  return typeof value;
}
