import { germanLabels } from "./de.js";
import { englishLabels } from "./en.js";
import { spanishLabels } from "./es.js";
import { frenchLabels } from "./fr.js";
import { russianLabels } from "./ru.js";
import type { LabelTable, LanguageLabels, TrailerKey } from "./types.js";
import { ukrainianLabels } from "./uk.js";
import { chineseLabels } from "./zh.js";

/**
 * The languages recognised when no option says otherwise, all at once: a text
 * need not say which language it is in.
 *
 * @example
 * ```ts
 * import { defaultLabels } from "syndicated-article";
 *
 * // English, Chinese, French, Spanish, German, Russian and Ukrainian, merged:
 * defaultLabels.source;
 * // ["Source", "Sources", "Via", "来源", "本文来源", "消息来源", "稿源", "Fuente", "Quelle", "Источник", "Джерело"]
 * ```
 */
export const builtinLanguages: readonly LanguageLabels[] = [
  englishLabels,
  chineseLabels,
  frenchLabels,
  spanishLabels,
  germanLabels,
  russianLabels,
  ukrainianLabels,
];

/**
 * Every built-in label, merged across languages, key by key.
 *
 * @example
 * ```ts
 * import { defaultLabels } from "syndicated-article";
 *
 * defaultLabels.disclaimer?.includes("Statement"); // true
 * defaultLabels.source?.includes("来源"); // true
 * ```
 */
export const defaultLabels: LabelTable = mergeLabelTables(builtinLanguages.map((l) => l.labels));

/** Concatenates label tables key by key, keeping the first spelling of duplicates. */
export function mergeLabelTables(tables: readonly LabelTable[]): LabelTable {
  const merged: { [K in TrailerKey]?: string[] } = {};
  for (const table of tables) {
    for (const key of Object.keys(table) as TrailerKey[]) {
      const into = merged[key] ?? [];
      for (const label of table[key] ?? []) if (!into.includes(label)) into.push(label);
      merged[key] = into;
    }
  }
  return merged;
}

/** Folded label → key, plus what bounds the search for a label's colon. */
export interface LabelIndex {
  readonly keys: ReadonlyMap<string, TrailerKey>;
  /** Longest label, in characters. */
  readonly maxLength: number;
  /** Words that open a byline with no colon, folded: `by`, `记者`. */
  readonly bylinePrefixes: ReadonlySet<string>;
}

/** Compiles label tables and byline prefixes into the form the matchers look up. */
export function buildLabelIndex(
  table: LabelTable,
  bylinePrefixes: readonly string[] = [],
): LabelIndex {
  const keys = new Map<string, TrailerKey>();
  let maxLength = 0;
  for (const key of Object.keys(table) as TrailerKey[]) {
    for (const label of table[key] ?? []) {
      const folded = foldLabel(label);
      if (folded.length === 0 || keys.has(folded)) continue;
      keys.set(folded, key);
      if (folded.length > maxLength) maxLength = folded.length;
    }
  }
  return { keys, maxLength, bylinePrefixes: new Set(bylinePrefixes.map(foldLabel)) };
}

/** Case- and space-insensitive form of a label, so `Original  Link` matches `original link`. */
export function foldLabel(label: string): string {
  return label.trim().replace(/\s+/g, " ").toLowerCase();
}
