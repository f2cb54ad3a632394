import { isBlank, type Lines, lineText } from "../lines/lines.js";
import type { Lexicon } from "../parser/lexicon.js";
import { findDate, type PageByline, readPageByline } from "./page-byline.js";
import type { Part } from "./parts.js";

// A byline and a date a few lines under the headline, past a standfirst, a
// picture's caption or a credit, read where the header found none right under
// the headline: `By Nelson D. Schwartz`, `Sarah Archer` over `March 9, 2017`,
// `Sarah Gooding March 9, 2017`, `April 28, 2019 at 6:01 am`. A line that opens with a
// byline word needs a name of two words or more (a paragraph that opens `By
// Monday, …` names no one); a name with no byline word counts only over a date
// line; a date line is a date the date reader reads, and nothing else: a
// layout can state it again (a time alone, a time ago, it cannot).

/** Lines of text under the headline in which a byline or date may stand. */
const ZONE = 8;
/** A line longer than this is prose: the byline stands above the article's text. */
const PROSE = 200;
/** A line read for a byline or a date is no longer than this. */
const SHORT = 120;

/** The lines found under the headline and their parts. */
export interface HeadBelow {
  /** The lines the parts take, out of the body. */
  readonly lines: number[];
  readonly parts: Part[];
}

/**
 * Looks for a byline and a date in lines `[from, to)`, before the article's
 * prose: `want` says which the header still lacks. Null
 * when neither is found.
 */
export function bylineBelow(
  lines: Lines,
  from: number,
  to: number,
  lexicon: Lexicon,
  parseDate: (raw: string) => string | null,
  want: { readonly byline: boolean; readonly date: boolean },
): HeadBelow | null {
  const taken: number[] = [];
  const parts: Part[] = [];
  let byline = !want.byline;
  let date = !want.date;
  let seen = 0;
  for (let i = from; i < to && seen < ZONE && !(byline && date); i++) {
    if (isBlank(lines, i)) continue;
    seen++;
    const s = lines.start[i] as number;
    const e = lines.end[i] as number;
    if (e - s > PROSE) break;
    if (e - s > SHORT) continue;
    const text = lineText(lines, s, e);
    const at = located(text, s);
    if (!byline && !SENTENCE_END.test(text)) {
      const found = readPageByline(text, lexicon, parseDate, false);
      if (found !== null && bylineLine(found, text, lexicon, date)) {
        byline = true;
        taken.push(i);
        parts.push({ kind: "byline", ...at(found.name), rule: "byline-below-title" });
        if (found.role)
          parts.push({ kind: "bylineRole", ...at(found.role), rule: "byline-below-role" });
        // The date with the words around it (`Updated`, a comment count) is one
        // part, whose `dateText` the date reader reads; a time ago (`8h`) is
        // the date as stated, which reads as no day (an `invalid-date` warning).
        const from = found.label?.[0] ?? found.date?.[0] ?? found.rest?.[0];
        const to = found.rest?.[1] ?? found.date?.[1];
        if (from !== undefined && to !== undefined && found.date) {
          date = true;
          const whole = at([from, to]);
          const reads = readsDate(text, found.date, parseDate);
          const dateText = reads ? at(found.date).text : undefined;
          parts.push({ kind: "published", ...whole, dateText, rule: "byline-below-date" });
        }
        continue;
      }
      // A name alone over a date line (`Sarah Archer` over `March 9, 2017`), or,
      // right under the title, over a time stated in words the date reader may
      // not know (`před 2 hodinami`).
      const next = nextLine(lines, i, to);
      const bare = readPageByline(text, lexicon, parseDate, true);
      if (
        bare !== null &&
        !bare.prefixed &&
        bare.role === null &&
        bare.date === null &&
        bare.words >= 2 &&
        isName(text.slice(bare.name[0], bare.name[1]), lexicon) &&
        next !== -1 &&
        (dateLine(lineOf(lines, next), parseDate) !== null ||
          (seen === 1 && timeInWords(lineOf(lines, next), lexicon)))
      ) {
        byline = true;
        taken.push(i);
        parts.push({ kind: "byline", ...at(bare.name), rule: "name-above-date" });
        continue;
      }
    }
    if (!date) {
      const whole = dateLine(text, parseDate);
      const found =
        whole === null ? datedLine(text, parseDate) : { date: whole, label: null, rest: null };
      if (found !== null) {
        date = true;
        taken.push(i);
        // The line is the date's text, the words beside the date with it; the reader reads `dateText`.
        const whole = at([found.label?.[0] ?? found.date[0], found.rest?.[1] ?? found.date[1]]);
        const dateText = at(found.date).text;
        parts.push({ kind: "published", ...whole, dateText, rule: "date-below-title" });
      }
    }
  }
  if (parts.length === 0) return null;
  parts.sort((a, b) => a.start - b.start);
  return { lines: taken, parts };
}

// A line that ends a sentence is prose, never a byline.
const SENTENCE_END = /[.!?。！？]$/u;
/** Words a byline's role, or the words after its date, have at most. */
const FEW_WORDS = 6;

/**
 * Whether a byline line found under the title reads as one: a name of two
 * words or more, after a byline word, or with a date or a handle after it
 * (`Sarah Gooding March 9, 2017`) and then a name as people have; its role and
 * the words after its date a few at most.
 */
function bylineLine(
  found: PageByline,
  text: string,
  lexicon: Lexicon,
  dateTaken: boolean,
): boolean {
  if (found.words < 2) return false;
  const short = (range: readonly [number, number] | null) =>
    range === null || wordCount(text.slice(range[0], range[1])) <= FEW_WORDS;
  const handle = found.role !== null && text.charAt(found.role[0]) === "@";
  if (!short(found.role) || !short(found.rest)) return false;
  // A role is a handle, or words after a comma (`By Jane Doe, Staff Writer`):
  // after a colon or a dash comes text (`By Jane Doe: LONDON (Reuters) -`).
  if (found.role !== null && !handle) {
    const role = text.slice(found.role[0], found.role[1]);
    if (
      !text.slice(0, found.role[0]).trimEnd().endsWith(",") ||
      !/^[\p{L}\p{M} .'’-]+$/u.test(role)
    )
      return false;
  }
  // What ran into the name with no date in it (`Nolan22 Dec 2016651`) is no
  // byline's, nor is a date where the header stated one: no writing could put
  // such a note back where it stood.
  if (found.rest !== null && found.date === null) return false;
  if (found.date !== null && dateTaken) return false;
  if (found.prefixed) return true;
  return (
    (found.date !== null || handle) && isName(text.slice(found.name[0], found.name[1]), lexicon)
  );
}

/**
 * A date a line opens with, perhaps after a word or two (`Updated`), and a
 * few words after it (`/ Updated Dec. 7, 2024`, `13` comments): offsets into
 * the line, or null. A wire header's date line is read the same way.
 */
export function datedLine(
  text: string,
  parseDate: (raw: string) => string | null,
): {
  date: [number, number];
  label: [number, number] | null;
  rest: [number, number] | null;
} | null {
  const line = text.trimEnd();
  if (line.length > SHORT || SENTENCE_END.test(line)) return null;
  const lead = line.length - line.trimStart().length;
  const found = findDate(line.slice(lead), parseDate);
  if (found === null) return null;
  const [ds, de] = [found[0] + lead, found[1] + lead];
  const restText = line.slice(de).trim();
  if (restText.length > 0 && wordCount(restText) > FEW_WORDS + 2) return null;
  const labelText = line.slice(lead, ds).trimEnd();
  // `Date: …` is a labelled line, the header's or the trailer's to read.
  if (labelText.endsWith(":") || labelText.endsWith("：")) return null;
  return {
    date: [ds, de],
    label: labelText.length > 0 ? [lead, lead + labelText.length] : null,
    rest: restText.length > 0 ? [line.length - restText.length, line.length] : null,
  };
}

/**
 * Whether a line is a time in words a page prints under a byline, in any
 * language: a few words holding a number, opening with no capital, no
 * sentence (`před 2 hodinami`).
 */
function timeInWords(text: string, lexicon: Lexicon): boolean {
  const line = text.trim();
  // A month names a day (`Tuesday, 1 March`), which the date reader reads or
  // the line is no time: a name over it may be a place's.
  const month = line.split(/[\s,.]+/).some((w) => lexicon.months.has(w.toLowerCase()));
  return (
    line.length <= 30 &&
    wordCount(line) <= 4 &&
    /^[\p{Ll}\p{N}]/u.test(line) &&
    /\p{N}/u.test(line) &&
    !month &&
    !SENTENCE_END.test(line)
  );
}

/** A part's place from offsets into a line that starts at `s`, its spaces trimmed. */
function located(text: string, s: number) {
  return (range: readonly [number, number]) => {
    // The line's text is the input's slice (normalised spaces keep their offsets).
    let a = range[0];
    let b = range[1];
    while (a < b && /\s/.test(text.charAt(a))) a++;
    while (b > a && /\s/.test(text.charAt(b - 1))) b--;
    return { text: text.slice(a, b).replace(/\s+/g, " "), start: s + a, end: s + b };
  };
}

function lineOf(lines: Lines, i: number): string {
  return lineText(lines, lines.start[i] as number, lines.end[i] as number);
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => w.length > 0).length;
}

/**
 * The whole line when it is a date the date reader reads (a date a layout can
 * state again on a line of its own), or null.
 */
function dateLine(
  text: string,
  parseDate: (raw: string) => string | null,
): [number, number] | null {
  const line = text.trim();
  // A date with no digit (`yesterday`, which a caller's reader may read) is a few words at most.
  if (line.length > SHORT || /[.!?]$/.test(line) || (!/\p{N}/u.test(line) && line.length > 30))
    return null;
  return parseDate(line) === null ? null : [text.indexOf(line), text.indexOf(line) + line.length];
}

/** Whether the date a byline line states is one the date reader reads. */
function readsDate(
  text: string,
  [a, b]: readonly [number, number],
  parseDate: (raw: string) => string | null,
): boolean {
  return parseDate(text.slice(a, b).trim()) !== null;
}

// Words that open a date or a label, never a name: `Published Thursday`, `Updated Monday`.
const NOT_NAMES = /^(?:published|updated|posted|last|date|mon|tue|wed|thu|fri|sat|sun)/i;

/**
 * Whether a name found with no byline word reads as a person's: no date or
 * label word in it, and no capitalised function word (`Ministry What Ministry`).
 */
function isName(name: string, lexicon: Lexicon): boolean {
  return name.split(/\s+/).every((word) => {
    const folded = word.toLowerCase().replace(/[.,]$/, "");
    const capital = word !== folded;
    return (
      !NOT_NAMES.test(folded) &&
      !lexicon.months.has(folded) &&
      !(capital && lexicon.stopwords.has(folded))
    );
  });
}

function nextLine(lines: Lines, i: number, to: number): number {
  for (let j = i + 1; j < to; j++) if (!isBlank(lines, j)) return j;
  return -1;
}
