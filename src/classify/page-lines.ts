import type { PieceMode } from "../blocks/pieces.js";
import { isBlank, type Lines, lineText } from "../lines/lines.js";
import type { Lexicon } from "../parser/lexicon.js";
import type { FieldKey } from "../schema/field-keys.js";
import { isSpaceCode } from "../text/whitespace.js";
import {
  labelKind,
  mayOpenWithLabel,
  opensWithDateLabel,
  type PageTables,
  tablesOf,
} from "./page-labels.js";
import type { Part } from "./parts.js";

/** Longest caption or page-furniture line: more is body text. */
const MAX_LINE = 300;
// Marks that close a press release or a wire story: `###`, `# # #`, `-30-`.
const END_MARK = /^(?:#{3}|# # #|-{1,2} ?30 ?-{1,2})$/;
// A published line: `Published 1 May 2026, 10:05 BST`, with no colon: `Published: …` is a
// labelled line, which the header and the trailer read.
const AFTER_LABEL = /^[ \t]+/;

/** What the step found: the lines with page lines blanked, and their parts. */
export interface PageLines {
  /** The input lines with every recognised page line made blank: later steps pass over them. */
  readonly lines: Lines;
  /** A note or `published` part for each recognised line, in input order. */
  readonly parts: Part[];
}

/**
 * Finds the lines a copied web page leaves behind, in any layout: page
 * furniture (`Skip to main content`, `Advertisement`, `Read more: …`) and end
 * marks (`###`) become `boilerplate` notes, captions and photo credits
 * (`Photo: Reuters`, `…/摄`) `caption` notes, and the first `Published 1 May
 * 2026, 10:05 BST` line (no colon) a `published` part. Those lines are blanked in the
 * lines handed on, so no later step takes one for a headline, a body
 * paragraph or a trailer line; none is dropped.
 */
export function takePageLines(
  lines: Lines,
  lexicon: Lexicon,
  parseDate: (raw: string) => string | null,
): PageLines {
  const parts: Part[] = [];
  let start: number[] | null = null;
  let published = false;
  const count = lines.start.length;
  const tables = tablesOf(lexicon);
  for (let i = 0; i < count; i++) {
    if (isBlank(lines, i)) continue;
    const s = lines.start[i] as number;
    const e = lines.end[i] as number;
    if (e - s > MAX_LINE) continue;
    const text = lineText(lines, s, e);
    const mayOpenLabel = mayOpenWithLabel(text, tables);
    let found: Part | null = pageNote(text, s, e, lexicon, tables, mayOpenLabel);
    if (found === null && !published && mayOpenLabel) {
      found = opensWithDateLabel(text, tables)
        ? publishedLine(lines, s, e, lexicon, parseDate)
        : null;
      if (found) published = true;
    }
    if (found === null) continue;
    parts.push(found);
    start ??= [...lines.start];
    start[i] = e;
  }
  if (start === null) return { lines, parts };
  // A blanked line has start = end: the end offsets stay as they are.
  return { lines: { ...lines, start }, parts };
}

/** Whether a line reading `text` (trimmed) would be taken for page furniture or a caption. */
export function isPageLine(text: string, lexicon: Lexicon): boolean {
  if (text.length > MAX_LINE) return false;
  const tables = tablesOf(lexicon);
  return pageNote(text, 0, text.length, lexicon, tables, mayOpenWithLabel(text, tables)) !== null;
}

function pageNote(
  text: string,
  s: number,
  e: number,
  lexicon: Lexicon,
  tables: PageTables,
  mayOpenLabel: boolean,
): Part | null {
  // An end mark opens with `#` or `-`; lower-casing never shortens a line, so one
  // longer than every page line is none of them.
  const first = text.charCodeAt(0);
  const endMark = (first === HASH || first === HYPHEN) && END_MARK.test(text);
  if (endMark)
    return { kind: "note", note: "boilerplate", text, start: s, end: e, rule: "end-mark" };
  const bare = withoutTrailingMarks(text);
  if (bare.length <= tables.longestPageLine && lexicon.pageLines.has(bare.toLowerCase())) {
    return {
      kind: "note",
      note: "boilerplate",
      text,
      start: s,
      end: e,
      rule: "page-furniture-line",
    };
  }
  const label = mayOpenLabel ? labelKind(text, tables) : null;
  if (label === "page")
    return { kind: "note", note: "boilerplate", text, start: s, end: e, rule: "page-link-line" };
  if (label === "caption")
    return { kind: "note", note: "caption", text, start: s, end: e, rule: "caption-label" };
  if (creditEnding(text, lexicon.captionEndings)) {
    return { kind: "note", note: "caption", text, start: s, end: e, rule: "photo-credit-ending" };
  }
  return null;
}
const HASH = 0x23;
const HYPHEN = 0x2d;

/** `Read more ›`, `Share:`: the line without the marks a link or button leaves at its end. */
function withoutTrailingMarks(text: string): string {
  let e = text.length;
  while (e > 0 && TRAILING_MARKS.includes(text.charAt(e - 1))) e--;
  return text.slice(0, e);
}
const TRAILING_MARKS = " \t\u00a0:：›»→>|";

/** `新华社记者 李明 摄`, `中国经济网张相成/摄`, `（记者 张三/摄）`: a credit word after a slash or space. */
function creditEnding(text: string, endings: readonly string[]): boolean {
  let t = text;
  const last = t.charCodeAt(t.length - 1);
  if (last === 0x29 || last === 0xff09) t = t.slice(0, -1);
  for (const word of endings) {
    if (!t.endsWith(word) || t.length <= word.length + 1) continue;
    const before = t.charCodeAt(t.length - word.length - 1);
    if (before === 0x2f || before === 0xff0f || isSpaceCode(before)) return true;
  }
  return false;
}

/** `Published 1 May 2026, 10:05 BST`: a date label, then a date the reader reads. */
function publishedLine(
  lines: Lines,
  s: number,
  e: number,
  lexicon: Lexicon,
  parseDate: (raw: string) => string | null,
): Part | null {
  const { text } = lines;
  let p = s;
  // Lower-casing never shortens a word: past the longest label, no label can
  // follow, so a line is read no further than that.
  const limit = Math.min(e, s + lexicon.maxLabelLength + 1);
  // The label's words: up to three, then the date.
  for (let words = 0; words < 3 && p < e; words++) {
    while (p < limit && !isSpaceCode(text.charCodeAt(p)) && text.charCodeAt(p) !== 0x3a) p++;
    if (p - s > lexicon.maxLabelLength) break;
    const key: FieldKey | undefined = lexicon.keys.get(text.slice(s, p).toLowerCase());
    const gap = key === "publishedAt" ? AFTER_LABEL.exec(text.slice(p, Math.min(e, p + 8))) : null;
    if (gap) {
      const from = p + gap[0].length;
      const value = lineText(lines, from, e);
      if (from < e && parseDate(value) !== null) {
        return { kind: "published", text: value, start: from, end: e, rule: "published-line" };
      }
    }
    while (p < e && isSpaceCode(text.charCodeAt(p))) p++;
  }
  return null;
}

/**
 * The piece mode for a range once page lines are blanked: in `auto` mode a
 * body with no blank line of its own is still read one paragraph a line, the
 * blanked lines notwithstanding.
 */
export function modeAfterBlanking(
  original: Lines,
  blanked: Lines,
  from: number,
  to: number,
  mode: PieceMode,
): PieceMode {
  if (mode !== "auto" || original === blanked) return mode;
  let seenText = false;
  let pendingBlank = false;
  for (let i = from; i < to; i++) {
    const blank = isBlank(original, i);
    // A blanked line is passed over, as if it were not there.
    if (!blank && isBlank(blanked, i)) continue;
    if (blank) {
      if (seenText) pendingBlank = true;
    } else {
      if (pendingBlank) return "auto";
      seenText = true;
    }
  }
  return "lines";
}
