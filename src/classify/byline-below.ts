import { isBlank, type Lines, lineText } from "../lines/lines.js";
import type { Lexicon } from "../parser/lexicon.js";
import { readPageByline } from "./page-byline.js";
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
    const at = (range: readonly [number, number]) => {
      // The line's text is the input's slice (normalised spaces keep their offsets).
      let a = range[0];
      let b = range[1];
      while (a < b && /\s/.test(text.charAt(a))) a++;
      while (b > a && /\s/.test(text.charAt(b - 1))) b--;
      return { text: text.slice(a, b).replace(/\s+/g, " "), start: s + a, end: s + b };
    };
    if (!byline && !text.endsWith(".")) {
      const found = readPageByline(text, lexicon, parseDate, false);
      // With a byline word, or with no byline word but a date after the name
      // (`Sarah Gooding March 9, 2017`); the whole line, nothing left over.
      if (
        found !== null &&
        found.words >= 2 &&
        found.role === null &&
        found.rest === null &&
        (found.prefixed || found.date !== null) &&
        (found.date === null || readsDate(text, found.date, parseDate)) &&
        (found.prefixed || isName(text.slice(found.name[0], found.name[1]), lexicon))
      ) {
        byline = true;
        taken.push(i);
        parts.push({ kind: "byline", ...at(found.name), rule: "byline-below-title" });
        if (found.date && !date) {
          date = true;
          parts.push({ kind: "published", ...at(found.date), rule: "byline-below-date" });
        } else if (found.date) {
          // A second date stays in the body's line: the byline takes the name only.
          parts.pop();
          taken.pop();
          byline = false;
        }
        if (byline) continue;
      }
      // A name alone over a date line: `Sarah Archer` over `March 9, 2017`.
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
        dateLine(lineText(lines, lines.start[next] as number, lines.end[next] as number), parseDate)
      ) {
        byline = true;
        taken.push(i);
        parts.push({ kind: "byline", ...at(bare.name), rule: "name-above-date" });
        continue;
      }
    }
    if (!date) {
      const found = dateLine(text, parseDate);
      if (found !== null) {
        date = true;
        taken.push(i);
        parts.push({ kind: "published", ...at(found), rule: "date-below-title" });
      }
    }
  }
  if (parts.length === 0) return null;
  parts.sort((a, b) => a.start - b.start);
  return { lines: taken, parts };
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
