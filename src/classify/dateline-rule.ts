import type { Lexicon } from "../parser/lexicon.js";
import { isSpaceCode } from "../text/whitespace.js";
import { type DatelineMatch, MAX_DATELINE } from "./dateline-match.js";
import { noteKind } from "./note-rule.js";
import { pressDateline } from "./press-dateline.js";

// The dateline at the start of a paragraph: a place and a bracketed agency
// (`WASHINGTON (Reuters) - `), a Chinese agency's (`新华社北京11月30日电`), a
// Korean one's (`(서울=연합뉴스) `), or a press release's (press-dateline.ts).

// `(Reuters) - `, `(Xinhua) -- `, `(AP) — `: the agency in brackets, then a dash.
const AGENCY = /\(([^()]{1,40})\)[ \t\u00a0]{0,4}(?:--?|–|—)[ \t\u00a0]{0,4}/;
// A place in capitals: `WASHINGTON`, `LOS ANGELES`, `ABU DHABI/VIENNA`, `ST. LOUIS`;
// each word ends at a space, a comma or the end (placeInCapitals checks it:
// a lookahead here would keep the pattern from being proved linear).
const PLACE_WORDS = /^[\p{Lu}][\p{Lu}\p{M}.'’&/-]*(?: [\p{Lu}][\p{Lu}\p{M}.'’&/-]*)*/u;
// A place in title case, one to three words: `Paris`, `Hong Kong`, `Rio de Janeiro`.
const TITLE_PLACE =
  /^\p{Lu}[\p{L}\p{M}.'’-]*(?: (?:de |da |do |el |la )?\p{Lu}[\p{L}\p{M}.'’-]*){0,2}(?=,|$)/u;
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
    // Groups: agency, place, date, a paper's short name, reporters in brackets or not.
    const [byline, role] = bracketByline(cjk[5] ?? cjk[6], lexicon);
    return {
      text: cjk[0],
      place: cjk[2] || null,
      agency: cjk[1] ?? null,
      byline,
      role,
      date: null,
      length: cjk[0].length,
      rule: "agency-dateline-cjk",
    };
  }
  const placeAgency = lexicon.placeAgencyDateline?.exec(paragraph);
  if (placeAgency) return wireLine(paragraph, placeAgency, lexicon);
  const press = pressDateline(paragraph, firstLine, lexicon);
  if (press) return press;
  const head = paragraph.slice(0, MAX_DATELINE);
  const agency = AGENCY.exec(head);
  if (!agency) return bareAgency(paragraph, lexicon);
  if (agency.index + (agency[1] as string).length + 2 > firstLine) return null;
  // A bracketed wire note (`(Reporting by Jane Doe.) -- `) names no agency.
  if (noteKind(`(${agency[1]})`, lexicon) !== null) return null;
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
    // A known agency also takes a place in title case (`Paris (AFP) - `).
    const known = lexicon.agencies.has((agency[1] as string).trim().toLowerCase());
    const found = placeInCapitals(prefix) ?? (known ? TITLE_PLACE.exec(prefix) : null);
    // One capital letter is no place (`A (B) - C`): a place is a word or more.
    if (!found) return null;
    const capitals = found[0].replace(/[^\p{Lu}]/gu, "").length;
    if (capitals < 2 && !(known && found[0].length > 1)) return null;
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
    role: null,
    date: null,
    length,
    rule: "agency-dateline",
  };
}

// Names and a role before ` = ` (`홍길동 기자 = `, `윤동영 차대운 기자 = `).
// Up to seven words of at most 12 characters, each followed by spaces, then `=`.
// Names and separators take any white space the line may hold (`\u3000`, `\u2028`).
const NAMES_BEFORE_EQUALS = /^((?:[^\s=()]{1,12}\s+){1,7})=(?:\s+|$)/;
// Where a date starts in the place part of `(구톈, 중국 2019년 5월 16일 AsiaNet=연합뉴스)`.
const YEAR = /\d{4}년/u;

/**
 * The Yonhap wire line: `(서울=연합뉴스) 홍길동 특파원 = `. The bracket gives the
 * place and the agency; what stands before ` = ` is the byline, its last
 * word the role when it is a role word. With no ` = ` after a short run of
 * names, the dateline is the bracket alone (`(서울=연합뉴스) 2018년은 …`).
 */
function wireLine(paragraph: string, found: RegExpExecArray, lexicon: Lexicon): DatelineMatch {
  let length = found[0].length;
  let byline: string | null = null;
  let role: string | null = null;
  const names = NAMES_BEFORE_EQUALS.exec(paragraph.slice(length, length + 60));
  if (names && length + names[0].length < paragraph.length) {
    const words = (names[1] as string).trim().split(/\s+/);
    // A role run onto the name by its comma (`심재훈 ,특파원`, `심재훈,특파원`)
    // is a word of its own, as after `, `.
    const tail = words[words.length - 1] as string;
    const comma = tail.lastIndexOf(",");
    if (comma !== -1 && lexicon.bylineRoles.has(tail.slice(comma + 1).toLowerCase())) {
      words.splice(-1, 1, ...(comma > 0 ? [tail.slice(0, comma + 1)] : []), tail.slice(comma + 1));
    }
    const last = words[words.length - 1] as string;
    const hasRole = lexicon.bylineRoles.has(last.toLowerCase());
    // `김진방, 특파원`: the comma before the role is no part of the name.
    const people = (hasRole ? words.slice(0, -1) : words)
      .map((w, k, all) => (k === all.length - 1 ? withoutTrailingCommas(w) : w))
      .filter((w) => w.length > 0);
    byline = people.length > 0 ? people.join(" ") : null;
    role = hasRole ? last : null;
    length += names[0].length;
  }
  // `구톈, 중국 2019년 5월 16일 AsiaNet`: the place is what comes before the date.
  const inside = found[1] as string;
  const year = YEAR.exec(inside);
  const place = (year ? inside.slice(0, year.index) : inside).trim();
  return {
    text: paragraph.slice(0, length),
    place: place.length > 0 ? place : null,
    agency: found[2] as string,
    byline,
    role,
    date: null,
    length,
    rule: "place-agency-dateline",
  };
}

/** `记者 李明` → [`李明`, `记者`]: the reporter in a Chinese dateline's brackets. */
function bracketByline(
  inside: string | undefined,
  lexicon: Lexicon,
): [string | null, string | null] {
  const text = inside?.trim() ?? "";
  if (text.length === 0) return [null, null];
  // The longest role word the text opens with (`特约记者` before `记者`).
  let role: string | null = null;
  for (const word of lexicon.bylineRoles) {
    if (text.startsWith(word) && (role === null || word.length > role.length)) role = word;
  }
  // Names apart by ideographic spaces (`刘凡　周昌和`) are read apart by one space.
  const name = (role === null ? text : text.slice(role.length)).trim().replace(/[ \u3000]+/g, " ");
  return [name.length > 0 ? name : null, role];
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

// Read from the end by hand: an end-anchored pattern would retry at every comma.
function withoutTrailingCommas(word: string): string {
  let end = word.length;
  while (end > 0 && ",，、".includes(word.charAt(end - 1))) end--;
  return word.slice(0, end);
}

// `(CNN)Never mind …`: a known agency in brackets opening the paragraph, run
// into its first word with no dash (CNN's later copy writes its dateline so).
const BARE_AGENCY = /^\(([^()]{1,40})\)(?=[\p{Lu}"“‘'])/u;

function bareAgency(paragraph: string, lexicon: Lexicon): DatelineMatch | null {
  const found = BARE_AGENCY.exec(paragraph);
  if (!found || !lexicon.agencies.has((found[1] as string).trim().toLowerCase())) return null;
  return {
    text: found[0],
    place: null,
    agency: (found[1] as string).trim(),
    byline: null,
    role: null,
    date: null,
    length: found[0].length,
    rule: "agency-dateline",
  };
}

/**
 * The words in capitals `prefix` opens with, each ending at a space, a comma
 * or the end (`LOS ANGELES` of `LOS ANGELES, Calif.`; `NEW` of `NEW YORK(`):
 * as a match, or null when the first word ends otherwise.
 */
function placeInCapitals(prefix: string): [string] | null {
  const m = PLACE_WORDS.exec(prefix);
  if (m === null) return null;
  let end = m[0].length;
  const ends = (at: number) => at === prefix.length || prefix[at] === " " || prefix[at] === ",";
  while (!ends(end)) {
    const space = prefix.lastIndexOf(" ", end - 1);
    if (space <= 0) return null;
    end = space;
  }
  return [prefix.slice(0, end)];
}
