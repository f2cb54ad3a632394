import { isBlank, type Lines, lineText } from "../lines/lines.js";
import type { Lexicon } from "../parser/lexicon.js";
import { readPageByline } from "./page-byline.js";
import type { Part } from "./parts.js";

// A byline a few lines under the headline, past a standfirst, a picture's
// caption or a credit (`By Nelson D. Schwartz`, `By Ana Sandoiu`), read where
// the header found none right under the headline. Only a line that opens with
// a byline word and holds a name of two words or more (and perhaps a date)
// counts: a paragraph that opens `By Monday, …` names no one.

/** Lines of text under the headline in which such a byline may stand. */
const ZONE = 8;
/** A line longer than this is prose: the byline stands above the article's text. */
const PROSE = 200;

/** The byline line found, its parts, or null. */
export interface BylineBelow {
  readonly line: number;
  readonly parts: Part[];
}

/** Looks for a byline line in lines `[from, to)`, before the article's prose. */
export function bylineBelow(
  lines: Lines,
  from: number,
  to: number,
  lexicon: Lexicon,
  parseDate: (raw: string) => string | null,
): BylineBelow | null {
  let seen = 0;
  for (let i = from; i < to && seen < ZONE; i++) {
    if (isBlank(lines, i)) continue;
    seen++;
    const s = lines.start[i] as number;
    const e = lines.end[i] as number;
    if (e - s > PROSE) return null;
    if (e - s > 120) continue;
    const text = lineText(lines, s, e);
    // A name ends no sentence (as the header's byline rule has it).
    if (text.endsWith(".")) continue;
    const found = readPageByline(text, lexicon, parseDate, false);
    if (found === null || !found.prefixed || found.role !== null || found.words < 2) continue;
    if (found.rest !== null) continue;
    const at = (range: readonly [number, number]) => {
      // The line's text is the input's slice (normalised spaces keep their offsets).
      const start = s + range[0];
      return {
        text: text.slice(range[0], range[1]).replace(/\s+/g, " "),
        start,
        end: s + range[1],
      };
    };
    const parts: Part[] = [{ kind: "byline", ...at(found.name), rule: "byline-below-title" }];
    if (found.date) parts.push({ kind: "published", ...at(found.date), rule: "byline-below-date" });
    return { line: i, parts };
  }
  return null;
}
