import type { Lexicon } from "../parser/lexicon.js";
import { isSpaceCode } from "../text/whitespace.js";

/** A dateline split off the first paragraph. */
export interface DatelineMatch {
  /** The dateline as written, with the dash and spaces after it. */
  text: string;
  place: string | null;
  agency: string | null;
  /** A byline run into the dateline (`By  Paritosh Bansal NEW YORK …`). */
  byline: string | null;
  /** Length of `text`: where the paragraph proper starts. */
  length: number;
}

/** How far into a paragraph a dateline may reach. */
const MAX_DATELINE = 160;
// `(Reuters) - `, `(Xinhua) -- `, `(AP) — `: the agency in brackets, then a dash.
const AGENCY = /\(([^()]{1,40})\)[ \t\u00a0]{0,4}(?:--?|–|—)[ \t\u00a0]{0,4}/;
// A place in capitals: `WASHINGTON`, `LOS ANGELES`, `ABU DHABI/VIENNA`, `ST. LOUIS`.
const PLACE =
  /^[\p{Lu}][\p{Lu}\p{M}.'’&/-]*(?=[ ,]|$)(?: [\p{Lu}][\p{Lu}\p{M}.'’&/-]*(?=[ ,]|$))*/u;
// What may follow a place after a comma: `, Peru`, `, Nov. 30`, `, Calif.`.
const PLACE_QUALIFIER = /^, ?([\p{Lu}][\p{L}.]*(?: [\p{Lu}][\p{L}.]*)?)/u;

/**
 * Finds a dateline at the start of a paragraph: `WASHINGTON (Reuters) - `,
 * `LIMA, Peru  (Reuters) - `, ` (Reuters) - `, `BEIJING, Nov. 30 (Xinhua) -- `,
 * `By  Jane Doe NEW YORK  Dec 13 (Reuters) - `, `新华社北京11月30日电`.
 * What comes before the bracketed agency must read as a place (in capitals),
 * a date, and optionally a byline; anything else is ordinary prose. The
 * bracketed agency must close within the first `firstLine` characters (the
 * paragraph's first line): a dateline starts a line, it is not found in prose
 * that wraps onto one.
 */
export function findDateline(
  paragraph: string,
  firstLine: number,
  lexicon: Lexicon,
): DatelineMatch | null {
  const cjk = lexicon.cjkDateline?.exec(paragraph);
  if (cjk) {
    if (cjk[0].length >= paragraph.length) return null;
    return {
      text: cjk[0],
      place: cjk[2] as string,
      agency: cjk[1] as string,
      byline: null,
      length: cjk[0].length,
    };
  }
  const head = paragraph.slice(0, MAX_DATELINE);
  const agency = AGENCY.exec(head);
  if (!agency || agency.index + (agency[1] as string).length + 2 > firstLine) return null;
  const length = agency.index + agency[0].length;
  if (length >= paragraph.length) return null;
  let prefix = head.slice(0, agency.index).replace(/\s+/g, " ").trim();
  let byline: string | null = null;
  if (/^By /.test(prefix)) {
    // The name runs up to the first word in capitals: the place.
    const words = prefix.slice(3).split(" ");
    const at = words.findIndex((w) => w.length > 1 && w === w.toUpperCase() && /\p{Lu}/u.test(w));
    if (at <= 0) return null;
    byline = words.slice(0, at).join(" ");
    prefix = words.slice(at).join(" ");
  }
  let place: string | null = null;
  if (prefix.length > 0) {
    const found = PLACE.exec(prefix);
    // One capital letter is no place (`A (B) - C`): a place is a word or more.
    if (!found || found[0].replace(/[^\p{Lu}]/gu, "").length < 2) return null;
    place = found[0];
    let rest = prefix.slice(place.length);
    const qualifier = PLACE_QUALIFIER.exec(rest);
    if (qualifier && !isMonth((qualifier[1] as string).split(" ")[0] as string, lexicon)) {
      place += `, ${qualifier[1]}`;
      rest = rest.slice(qualifier[0].length);
    }
    if (!isDateRemainder(rest.trim())) return null;
  }
  return {
    text: paragraph.slice(0, length),
    place,
    agency: (agency[1] as string).trim(),
    byline,
    length,
  };
}

// After the place only a date may stand: `Dec 13`, `, Nov. 30`, `Nov 30, 2025`.
function isDateRemainder(rest: string): boolean {
  if (rest.length === 0) return true;
  return /^,? ?(?:[A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?|\d{1,2} [A-Z][a-z]{2,8}\.?)$/.test(rest);
}

function isMonth(word: string, lexicon: Lexicon): boolean {
  const folded = word.toLowerCase();
  return lexicon.months.has(folded.endsWith(".") ? folded.slice(0, -1) : folded);
}

/** Index of the first non-space character at or after `from`. */
export function skipSpaces(text: string, from: number): number {
  let p = from;
  while (p < text.length && isSpaceCode(text.charCodeAt(p))) p++;
  return p;
}
