import { isBlank, type Lines } from "../lines/lines.js";
import { isSpaceCode } from "../text/whitespace.js";
import {
  companyForms,
  copyrightWords,
  coverLabels,
  danglingWords,
  editionWords,
  type NexisField,
  nexisFields,
  nexisMarkers,
  rightsPhrases,
  wordUnits,
} from "./nexis-fields.js";

// The marks of the Nexis layout, read from one line at a time: the document
// marker, indentation (centered lines), upper-case labels, copyright notices.

/** The marker templates as words, `#` standing for a number, folded to lower case. */
const MARKERS: readonly (readonly string[])[] = nexisMarkers.map((m) => m.toLowerCase().split(" "));
/** Longer lines are never markers: the test costs nothing on body lines. */
const MARKER_MAX = 48;

/**
 * The ASCII characters a marker may open with, either case: a digit for a
 * template that opens with a number, else its first letter. Most short lines
 * open with another one and are ruled out before being split into words.
 */
const OPENERS: ReadonlySet<string> = new Set(
  MARKERS.flatMap(([first = ""]) =>
    first === "#" ? [..."0123456789"] : [first.charAt(0), first.charAt(0).toUpperCase()],
  ),
);

/** The ASCII characters a marker may end with, either case, as {@link OPENERS} for its start. */
const ENDINGS: ReadonlySet<string> = new Set(
  MARKERS.flatMap((template) => {
    const last = template[template.length - 1] ?? "";
    return last === "#" ? [..."0123456789"] : [last.slice(-1), last.slice(-1).toUpperCase()];
  }),
);

/** Whether a trimmed line is a document marker: `1 of 10 DOCUMENTS`, `Dokument 234 von 456`. */
export function isMarkerText(text: string): boolean {
  if (text.length > MARKER_MAX) return false;
  // Lower-cased, a character other than ASCII opens with the same code unit
  // as the whole line lower-cased does (`İ` gives `i̇`).
  const first = text.charCodeAt(0) < 0x80 ? text.charAt(0) : text.charAt(0).toLowerCase().charAt(0);
  if (!OPENERS.has(first)) return false;
  // An ASCII last character must be one a template ends with; a wider one is
  // left to the full test (lower-cased, it might be one).
  if (text.charCodeAt(text.length - 1) < 0x80 && !ENDINGS.has(text.charAt(text.length - 1)))
    return false;
  const words = text.toLowerCase().split(/ +/);
  return MARKERS.some(
    (template) =>
      template.length === words.length &&
      template.every((t, i) => (t === "#" ? /^\d{1,7}$/.test(words[i] as string) : t === words[i])),
  );
}

/** Whether a trimmed line opens a Nexis request header: `Download Request: …`, `Printopdracht: …`. */
export function isCoverLine(text: string): boolean {
  const colon = text.slice(0, 32).indexOf(":");
  return colon > 0 && coverLabels.includes(text.slice(0, colon).toLowerCase());
}

/** Whether line `i` of `lines` is a document marker. */
export function isMarkerLine(lines: Lines, i: number): boolean {
  const s = lines.start[i] as number;
  const e = lines.end[i] as number;
  return e - s <= MARKER_MAX && isMarkerText(lines.text.slice(s, e));
}

/** Whether line `i` starts after white space: Nexis centers its front lines with spaces. */
export function isIndented(lines: Lines, i: number): boolean {
  const { text } = lines;
  for (let p = (lines.start[i] as number) - 1; p >= 0; p--) {
    const c = text.charCodeAt(p);
    if (c === 0x0a || c === 0x0d) return false;
    if (c === 0x20 || c === 0x09) return true;
    if (!isSpaceCode(c)) return false;
  }
  return false;
}

/** An upper-case label at the start of a line: `BYLINE:`, `LOAD-DATE:`, `VIEW ORIGINAL PAGE:`. */
const UPPER_LABEL = /^(\p{Lu}[\p{Lu}\p{N}&/-]*(?: \p{Lu}[\p{Lu}\p{N}&/-]*){0,3}) ?:(?=\s|$)/u;

/** Whether a trimmed line opens with an upper-case label, known or not: `F-15: …`, `LENGTH: …`. */
export function opensWithUpperLabel(text: string): boolean {
  return UPPER_LABEL.test(text.slice(0, 40));
}

/** An upper-case labelled line, with the field the label names (null when the table has none). */
export interface UpperLabel {
  label: string;
  field: NexisField | null;
  /** Offset of the value's first character, the line's end when it has none. */
  valueStart: number;
}

/** Reads `LABEL: value` from line `i`; null when the line does not open with an upper-case label. */
export function readUpperLabel(lines: Lines, i: number): UpperLabel | null {
  const s = lines.start[i] as number;
  const e = lines.end[i] as number;
  // A label opens with a capital: in ASCII, `A` to `Z` alone.
  const c = lines.text.charCodeAt(s);
  if (s === e || (c < 0x80 && (c < 0x41 || c > 0x5a))) return null;
  const head = lines.text.slice(s, Math.min(e, s + 40));
  // Most lines hold no colon near their start: one search says so.
  if (head.indexOf(":") === -1) return null;
  const m = UPPER_LABEL.exec(head);
  if (!m) return null;
  const label = m[1] as string;
  let valueStart = s + m[0].length;
  while (valueStart < e && isSpaceCode(lines.text.charCodeAt(valueStart))) valueStart++;
  return { label, field: nexisFields.get(label) ?? null, valueStart };
}

/** Words to find at the start of a line, folded once, and how much of a line to fold for them. */
interface Openings {
  words: readonly string[];
  folded: readonly string[];
  /**
   * Folding never drops a character and makes at most two code units of one,
   * so the first `n` folded code units come from at most the first `2n` of the
   * line. Only a final sigma folds by what follows it; a word holding none is
   * matched at the start of a folded head as at the start of the folded line.
   */
  head: number;
}

function openings(words: readonly string[]): Openings {
  const folded = words.map((w) => w.toLowerCase());
  const longest = Math.max(0, ...folded.map((w) => w.length));
  const sigma = folded.some((w) => /[σς]/.test(w));
  return { words, folded, head: sigma ? Number.POSITIVE_INFINITY : 2 * longest + 2 };
}

const COPYRIGHT = openings(copyrightWords);
const RIGHTS = openings(rightsPhrases);
const COMPANY_FORMS = openings(companyForms);

function startsWithWord(text: string, { words, folded, head }: Openings): boolean {
  // Lines of a body run long: only the head a word can reach is folded.
  const lower = (text.length > head ? text.slice(0, head) : text).toLowerCase();
  return words.some((w, k) => {
    if (!lower.startsWith(folded[k] as string)) return false;
    const next = text.charCodeAt(w.length);
    return Number.isNaN(next) || !/[\p{L}\p{N}]/u.test(text[w.length] as string);
  });
}

/** Whether a trimmed line opens a copyright notice. */
export function isCopyrightText(text: string): boolean {
  return startsWithWord(text, COPYRIGHT);
}

/**
 * Whether `next` continues the notice that `previous` holds: a rights phrase
 * (`All Rights Reserved`), a company form (`GmbH & Co. KG`), or a previous line
 * that ends on a word that cannot end it (`…, All`).
 */
export function continuesNotice(previous: string, next: string): boolean {
  if (startsWithWord(next, RIGHTS) || startsWithWord(next, COMPANY_FORMS)) return true;
  const last = previous.slice(previous.lastIndexOf(" ") + 1);
  return previous.endsWith(",") || danglingWords.includes(last);
}

const UNITS: ReadonlySet<string> = new Set(wordUnits.map((u) => u.toLowerCase()));

/** Whether a trimmed line is an unlabelled word count: `184 words`. */
export function isWordCountText(text: string): boolean {
  const m = text.length <= 24 ? /^\d[\d,.]* +(\S+)$/.exec(text) : null;
  return m !== null && UNITS.has((m[1] as string).toLowerCase());
}

/** Whether a trimmed line is a link: `http://…`, `www.…`. */
export function isLinkText(text: string): boolean {
  return /^(?:https?:\/\/|www\.)\S+$/i.test(text);
}

/** A time on a line of its own: `23:22 Central European Time`, `8:27 PM AEST`. */
export function isTimeText(text: string): boolean {
  return /^\d{1,2}[:.]\d{2}(?:\s|$)/.test(text) && text.length <= 40;
}

/** The blocks of lines `[from, to)`: runs of non-blank lines, as `[first, last)` pairs. */
export function blocksOf(lines: Lines, from: number, to: number): [number, number][] {
  const blocks: [number, number][] = [];
  let i = from;
  while (i < to) {
    if (isBlank(lines, i)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < to && !isBlank(lines, j)) j++;
    blocks.push([i, j]);
    i = j;
  }
  return blocks;
}

const EDITION_WORDS: ReadonlySet<string> = new Set(editionWords);

/**
 * Where the edition starts on a date line that names one after the date
 * (`March 3, 2004, FINAL EDITION`, `November 5, 2002 Tuesday Final Edition`):
 * the offset of the first of the last few words when one of them names an
 * edition and a comma or a weekday stands before them; -1 when none does.
 */
export function editionStart(text: string): number {
  const words = text.split(" ");
  if (words.length > 16) return -1;
  const at = words.findIndex((w) => EDITION_WORDS.has(w.toLowerCase().replace(/[,.]$/, "")));
  if (at < 1) return -1;
  // The edition's words run back to a comma, or to the word after a year or a weekday.
  let from = at;
  while (from > 0 && at - from < 3 && !(words[from - 1] as string).endsWith(",")) {
    const previous = words[from - 1] as string;
    if (/^\d{4}$/.test(previous) || /day$/i.test(previous)) break;
    from--;
  }
  if (from === 0) return -1;
  return words.slice(0, from).join(" ").length + 1;
}
