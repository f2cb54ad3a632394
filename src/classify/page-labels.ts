import type { Lexicon } from "../parser/lexicon.js";

// The labels that open page lines (`Read more:`), captions (`Photo:`) and
// published lines (`Published 1 May …`), arranged by first character so a
// line is compared with the few labels that open as it does.

/** Longest label of a caption or page-furniture line, in characters. */
const MAX_LABEL = 24;
// What a caption label is followed by: a colon or ` - ` (`Logo - https://…`).
const CAPTION_SEPARATOR = /^[ \t]*(?:[:：]|[ \t][-–—][ \t])[ \t]*/;
// After a label of two words or more, a comma too: `Image source, Reuters`.
const CAPTION_SEPARATOR_LONG = /^[ \t]*(?:[:：,]|[ \t][-–—][ \t])[ \t]*/;
// What a page label is followed by: a colon.
const LABEL_COLON = /^[ \t]*[:：][ \t]*/;

/**
 * The lexicon's page words arranged for a line-by-line test: the longest
 * whole page line, and the labels by their first character, so a line is
 * compared with the few labels that open as it does.
 */
export interface PageTables {
  readonly longestPageLine: number;
  readonly pageLabels: ReadonlyMap<string, readonly string[]>;
  readonly captionLabels: ReadonlyMap<string, readonly string[]>;
  /** The labels of `publishedAt`, folded, by first character; and the longest. */
  readonly dateLabels: ReadonlyMap<string, readonly string[]>;
  readonly longestDateLabel: number;
  /** The first characters of all those labels; `""` among them when one is empty. */
  readonly openers: ReadonlySet<string>;
}

/**
 * Whether `text` may open with a page, caption or date label: its first
 * character, lower-cased, opens one. Lower-casing a first character alone
 * gives what it gives at the start of the line (no final sigma stands first);
 * a line opening with a surrogate pair is read in full.
 */
export function mayOpenWithLabel(text: string, tables: PageTables): boolean {
  if (tables.openers.has("")) return true;
  const c = text.charCodeAt(0);
  if (c >= 0xd800 && c <= 0xdbff) return true;
  // Kana, CJK and Hangul have no case; lower-casing one is a call into the runtime.
  if ((c >= 0x3040 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7a3))
    return tables.openers.has(text.charAt(0));
  return tables.openers.has(text.charAt(0).toLowerCase().charAt(0));
}

const tableCache = new WeakMap<Lexicon, PageTables>();

export function tablesOf(lexicon: Lexicon): PageTables {
  let tables = tableCache.get(lexicon);
  if (tables === undefined) {
    let longestPageLine = 0;
    for (const line of lexicon.pageLines) longestPageLine = Math.max(longestPageLine, line.length);
    const dateLabels = new Set<string>();
    let longestDateLabel = 0;
    for (const [label, key] of lexicon.keys) {
      if (key !== "publishedAt") continue;
      dateLabels.add(label);
      longestDateLabel = Math.max(longestDateLabel, label.length);
    }
    const pageLabels = byFirstCharacter(lexicon.pageLabels);
    const captionLabels = byFirstCharacter(lexicon.captionLabels);
    const byFirst = byFirstCharacter(dateLabels);
    tables = {
      longestPageLine,
      pageLabels,
      captionLabels,
      dateLabels: byFirst,
      longestDateLabel,
      openers: new Set([...pageLabels.keys(), ...captionLabels.keys(), ...byFirst.keys()]),
    };
    tableCache.set(lexicon, tables);
  }
  return tables;
}

/** Labels by their first character (the empty label under `""`), in the set's order. */
function byFirstCharacter(labels: ReadonlySet<string>): ReadonlyMap<string, readonly string[]> {
  const map = new Map<string, string[]>();
  for (const label of labels) {
    const first = label.charAt(0);
    const list = map.get(first);
    if (list) list.push(label);
    else map.set(first, [label]);
  }
  return map;
}

/**
 * Whether `text` opens with a page label and a colon (`Read more: …`, a
 * `page` line) or a caption label and its separator (`Photo: Reuters`,
 * `Logo - https://…`, a `caption`), with a value after it; null when neither.
 */
export function labelKind(text: string, tables: PageTables): "page" | "caption" | null {
  const folded = text.slice(0, MAX_LABEL + 1).toLowerCase();
  if (labelled(text, folded, tables.pageLabels, LABEL_COLON)) return "page";
  if (labelled(text, folded, tables.captionLabels, CAPTION_SEPARATOR)) return "caption";
  return null;
}

/**
 * Whether `text` opens with one of `labels` (folded, by first character), then
 * `separator` and a value. `folded` is the start of `text`, lower-cased.
 */
function labelled(
  text: string,
  folded: string,
  labels: ReadonlyMap<string, readonly string[]>,
  separator: RegExp,
): boolean {
  if (labels.size === 0) return false;
  return (
    labelledBy(text, folded, labels.get(folded.charAt(0)), separator) ||
    labelledBy(text, folded, labels.get(""), separator)
  );
}

function labelledBy(
  text: string,
  folded: string,
  labels: readonly string[] | undefined,
  separator: RegExp,
): boolean {
  if (labels === undefined) return false;
  for (const label of labels) {
    if (!folded.startsWith(label)) continue;
    const after = text.slice(label.length, label.length + 4);
    const rest =
      separator === CAPTION_SEPARATOR && label.includes(" ")
        ? CAPTION_SEPARATOR_LONG.exec(after)
        : separator.exec(after);
    if (rest && rest[0].length > 0 && label.length + rest[0].length < text.length) return true;
  }
  return false;
}

/**
 * Whether the line opens with a label of `publishedAt`, lower-cased: what
 * the published line needs before it reads words, which most lines fail at once.
 */
export function opensWithDateLabel(text: string, tables: PageTables): boolean {
  const folded = text.slice(0, tables.longestDateLabel).toLowerCase();
  const opens = (label: string) => folded.startsWith(label);
  return (
    (tables.dateLabels.get(folded.charAt(0))?.some(opens) ?? false) ||
    (tables.dateLabels.get("")?.some(opens) ?? false)
  );
}
