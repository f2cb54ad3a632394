import { englishLabels } from "./en.js";
import type { LabelTable, TrailerKey } from "./types.js";

/**
 * Every label recognised when no option says otherwise: the union of the
 * per-language tables.
 *
 * @example
 * ```ts
 * import { defaultLabels } from "syndicated-article";
 *
 * defaultLabels.disclaimer?.includes("Statement"); // true
 * ```
 */
export const defaultLabels: LabelTable = mergeLabelTables([englishLabels]);

/** Concatenates label tables key by key, keeping the first spelling of duplicates. */
export function mergeLabelTables(tables: readonly LabelTable[]): LabelTable {
  const merged: { [K in TrailerKey]?: string[] } = {};
  for (const table of tables) {
    for (const key of Object.keys(table) as TrailerKey[]) {
      const labels = table[key];
      if (!labels) continue;
      const into = merged[key] ?? [];
      for (const label of labels) if (!into.includes(label)) into.push(label);
      merged[key] = into;
    }
  }
  return merged;
}

/** Lower-cased label → key, the form the trailer matcher looks labels up in. */
export type LabelIndex = ReadonlyMap<string, TrailerKey>;

/** The longest label, in characters, that a label index holds; bounds the colon search. */
export function buildLabelIndex(table: LabelTable): { index: LabelIndex; maxLength: number } {
  const index = new Map<string, TrailerKey>();
  let maxLength = 0;
  for (const key of Object.keys(table) as TrailerKey[]) {
    for (const label of table[key] ?? []) {
      const folded = foldLabel(label);
      if (folded.length === 0 || index.has(folded)) continue;
      index.set(folded, key);
      if (folded.length > maxLength) maxLength = folded.length;
    }
  }
  return { index, maxLength };
}

/** Case- and space-insensitive form of a label, so `Original  Link` matches `original link`. */
export function foldLabel(label: string): string {
  return label.trim().replace(/\s+/g, " ").toLowerCase();
}
