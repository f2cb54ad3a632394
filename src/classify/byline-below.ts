import { isBlank, type Lines, lineText } from "../lines/lines.js";
import type { Lexicon } from "../parser/lexicon.js";
import type { RuleName } from "../parser/rule-names.js";
import { findDate, readPageByline, relativeTime, timeOfDay } from "./page-byline.js";
import type { Part } from "./parts.js";

// A byline and a date a few lines under the headline, past a standfirst, a
// picture's caption or a credit, read where the header found none right under
// the headline: `By Nelson D. Schwartz`, `Sarah Archer` over `1:39 PM ET`,
// `April 28, 2019 at 6:01 am Updated April 29, 2019`. A line that opens with a
// byline word needs a name of two words or more (a paragraph that opens `By
// Monday, …` names no one); a name with no byline word counts only over a date
// line; a date line is a date the date reader reads, a time, or a time ago.

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
      // (`Sarah Gooding March 9, 2017 13`: what follows the date is kept as a note).
      const dated = found !== null && !found.prefixed && found.date !== null;
      if (
        found !== null &&
        found.words >= 2 &&
        found.role === null &&
        ((found.prefixed && found.rest === null) || dated)
      ) {
        byline = true;
        taken.push(i);
        parts.push({ kind: "byline", ...at(found.name), rule: "byline-below-title" });
        const note = (range: readonly [number, number], rule: RuleName) =>
          parts.push({ kind: "note", note: "boilerplate", ...at(range), rule });
        if (found.date && !date) {
          date = true;
          parts.push({ kind: "published", ...at(found.date), rule: "byline-below-date" });
        } else if (found.date) note(found.date, "page-date-again");
        if (found.rest) note(found.rest, "page-date-rest");
        continue;
      }
      // A name alone over a date line: `Sarah Archer` over `1:39 PM ET`.
      const next = nextLine(lines, i, to);
      const bare = readPageByline(text, lexicon, parseDate, true);
      if (
        bare !== null &&
        !bare.prefixed &&
        bare.role === null &&
        bare.date === null &&
        bare.words >= 2 &&
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
        const note = (range: [number, number], rule: RuleName) =>
          parts.push({ kind: "note", note: "boilerplate", ...at(range), rule });
        if (found[0] > 0) note([0, found[0]], "page-date-label");
        if (found[1] < text.trimEnd().length) note([found[1], text.length], "page-date-rest");
      }
    }
  }
  if (parts.length === 0) return null;
  parts.sort((a, b) => a.start - b.start);
  return { lines: taken, parts };
}

/** Where a line that is a date (perhaps with a word before it and words after) holds it, or null. */
function dateLine(
  text: string,
  parseDate: (raw: string) => string | null,
): [number, number] | null {
  const found = findDate(text, parseDate) ?? relativeTime(text) ?? timeOfDay(text);
  if (found === null) return null;
  // The date is most of the line: what stands around it is a label or an update, not prose.
  const around = text.length - (found[1] - found[0]);
  return around <= 60 && !/[.!?]$/.test(text) ? found : null;
}

function nextLine(lines: Lines, i: number, to: number): number {
  for (let j = i + 1; j < to; j++) if (!isBlank(lines, j)) return j;
  return -1;
}
