import type { Lexicon } from "../parser/lexicon.js";
import { isSpaceCode } from "../text/whitespace.js";
import { noteKind } from "./note-rule.js";

/** A dateline split off the first paragraph. */
export interface DatelineMatch {
  /** The dateline as written, with the dash and spaces after it. */
  text: string;
  place: string | null;
  agency: string | null;
  /** A byline run into the dateline (`By  Paritosh Bansal NEW YORK …`, `홍길동 기자 = `). */
  byline: string | null;
  /** The byline's role word, kept out of `byline` (`기자`, `记者`), or null. */
  role: string | null;
  /** The date a press release's dateline states (`Feb. 3, 2025`), at offset `at` of `text`. */
  date: { text: string; at: number } | null;
  /** Length of `text`: where the paragraph proper starts. */
  length: number;
  /** The rule that found it. */
  rule: "agency-dateline" | "agency-dateline-cjk" | "place-agency-dateline" | "press-wire-dateline";
}

/** How far into a paragraph a dateline may reach. */
const MAX_DATELINE = 160;
// `(Reuters) - `, `(Xinhua) -- `, `(AP) — `: the agency in brackets, then a dash.
const AGENCY = /\(([^()]{1,40})\)[ \t\u00a0]{0,4}(?:--?|–|—)[ \t\u00a0]{0,4}/;
// A place in capitals: `WASHINGTON`, `LOS ANGELES`, `ABU DHABI/VIENNA`, `ST. LOUIS`.
const PLACE =
  /^[\p{Lu}][\p{Lu}\p{M}.'’&/-]*(?=[ ,]|$)(?: [\p{Lu}][\p{Lu}\p{M}.'’&/-]*(?=[ ,]|$))*/u;
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
    const [byline, role] = bracketByline(cjk[4], lexicon);
    return {
      text: cjk[0],
      place: cjk[2] || null,
      agency: cjk[1] as string,
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
  if (!agency || agency.index + (agency[1] as string).length + 2 > firstLine) return null;
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
    const found = PLACE.exec(prefix) ?? (known ? TITLE_PLACE.exec(prefix) : null);
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
  const name = (role === null ? text : text.slice(role.length)).trim();
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

// The four shapes the wires use, each with its date (`Feb. 3, 2025`, `February 03, 2025`,
// `3 February 2025`) where it has one; the wire is checked against the locales' list afterwards.
const PRESS_FORMS: readonly { re: RegExp; place: number; wire: number; date: number }[] = [
  // PR Newswire: `NEW YORK, Feb. 3, 2025 /PRNewswire/ -- `.
  {
    re: /^([^/()\n]{2,60}?), (\p{Lu}\p{Ll}{2,8}\.? \d{1,2},? \d{4}|\d{1,2} \p{Lu}\p{Ll}{2,8}\.? \d{4}) ?\/([^/\n]{2,40})\/[ \t\u00a0]*(?:--|–|—)?[ \t\u00a0]*/u,
    place: 1,
    date: 2,
    wire: 3,
  },
  // GlobeNewswire: `TORONTO, Feb. 03, 2025 (GLOBE NEWSWIRE) -- `.
  {
    re: /^([^/()\n]{2,60}?), (\p{Lu}\p{Ll}{2,8}\.? \d{1,2},? \d{4}|\d{1,2} \p{Lu}\p{Ll}{2,8}\.? \d{4}) \(([^()\n]{2,40})\)[ \t\u00a0]*(?:--|–|—)[ \t\u00a0]*/u,
    place: 1,
    date: 2,
    wire: 3,
  },
  // Business Wire: `CUPERTINO, Calif.--(BUSINESS WIRE)--`.
  {
    re: /^([^/()\n]{2,60}?)[ \t\u00a0]?(?:--|–|—)[ \t\u00a0]?\(([^()\n]{2,40})\)[ \t\u00a0]?(?:--|–|—)[ \t\u00a0]*/u,
    place: 1,
    date: 0,
    wire: 2,
  },
  // ACCESSWIRE: `NEW YORK, NY / ACCESSWIRE / February 3, 2025 / `.
  {
    re: /^([^/()\n]{2,60}?) \/ ([^/\n]{2,40}) \/ (\p{Lu}\p{Ll}{2,8}\.? \d{1,2},? \d{4}|\d{1,2} \p{Lu}\p{Ll}{2,8}\.? \d{4}) \/[ \t\u00a0]*/u,
    place: 1,
    wire: 2,
    date: 3,
  },
];

/**
 * Whether `paragraph` may open with one of the four press shapes: each has a
 * place of 2 to 60 characters holding no `/ ( )` or line break, and the first
 * such character after it, within the first `MAX_DATELINE` characters they
 * read, is the `/` or `(` around the wire, with what the shape puts right
 * before it: a date's last digit or a space (`, Feb. 3, 2025 /`, `NY / `), a
 * date and a space (`, Feb. 03, 2025 (`), a dash and maybe a space (`Calif.--(`).
 * Most prose fails this at once, so the four regular expressions run on few lines.
 */
function mayOpenPressDateline(paragraph: string): boolean {
  // A regular expression scans for the first mark several times as fast as a
  // loop over character codes.
  const head = paragraph.length > MAX_DATELINE ? paragraph.slice(0, MAX_DATELINE) : paragraph;
  // Most lines hold neither mark: two searches of one character each say so.
  if (head.indexOf("(") === -1 && head.indexOf("/") === -1) return false;
  const at = head.search(PRESS_MARK);
  if (at < 2) return false;
  const mark = head.charCodeAt(at);
  const before = head.charCodeAt(at - 1);
  const twoBefore = head.charCodeAt(at - 2);
  if (mark === SLASH) return isDigit(before) || before === SPACE;
  if (mark !== OPEN_BRACKET) return false;
  if (before === SPACE && isDigit(twoBefore)) return true;
  return isDash(before) || (isPressSpace(before) && isDash(twoBefore));
}
const PRESS_MARK = /[/()\n]/;
const SLASH = 0x2f;
const OPEN_BRACKET = 0x28;
const SPACE = 0x20;
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
// `-` (of `--`), en dash, em dash; and the spaces the shapes allow around them.
const isDash = (c: number) => c === 0x2d || c === 0x2013 || c === 0x2014;
const isPressSpace = (c: number) => c === SPACE || c === 0x09 || c === 0xa0;

/**
 * Whether `paragraph` opens with a press wire's dateline, as `findDateline`
 * would report it (`rule` `press-wire-dateline`): the press shapes first, which
 * fail fast on prose, then the two datelines `findDateline` tries before them.
 */
export function isPressWireDateline(
  paragraph: string,
  firstLine: number,
  lexicon: Lexicon,
): boolean {
  if (pressDateline(paragraph, firstLine, lexicon) === null) return false;
  return !lexicon.cjkDateline?.test(paragraph) && !lexicon.placeAgencyDateline?.test(paragraph);
}

/**
 * A press release's dateline: a place, often a date, and a newswire the
 * locales name (`PRNewswire`, `BUSINESS WIRE`), in one of the wires' four
 * shapes. It must end within the paragraph's first line.
 */
function pressDateline(
  paragraph: string,
  firstLine: number,
  lexicon: Lexicon,
): DatelineMatch | null {
  if (lexicon.pressWires.size === 0 || !mayOpenPressDateline(paragraph)) return null;
  const head = paragraph.slice(0, MAX_DATELINE);
  for (const form of PRESS_FORMS) {
    const m = form.re.exec(head);
    if (!m || m[0].trimEnd().length > firstLine || m[0].length >= paragraph.length) continue;
    const wire = (m[form.wire] as string).trim();
    // `PRNewswire-FirstCall`, `PRNewswire-HISPANIC PR WIRE`: the wire before the dash.
    const named = wire.split("-", 1)[0] as string;
    if (!lexicon.pressWires.has(wire.toLowerCase()) && !lexicon.pressWires.has(named.toLowerCase()))
      continue;
    const dateText = form.date === 0 ? null : (m[form.date] as string);
    return {
      text: m[0],
      place: (m[form.place] as string).trim(),
      agency: wire,
      byline: null,
      role: null,
      date:
        dateText === null
          ? null
          : { text: dateText, at: m[0].indexOf(dateText, (m[1] as string).length) },
      length: m[0].length,
      rule: "press-wire-dateline",
    };
  }
  return null;
}

// Read from the end by hand: an end-anchored pattern would retry at every comma.
function withoutTrailingCommas(word: string): string {
  let end = word.length;
  while (end > 0 && ",，、".includes(word.charAt(end - 1))) end--;
  return word.slice(0, end);
}
