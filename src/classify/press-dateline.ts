import type { Lexicon } from "../parser/lexicon.js";
import { type DatelineMatch, MAX_DATELINE } from "./dateline-match.js";

// The press release's dateline: a place, often a date, and a newswire, in one
// of the four shapes the wires write (`NEW YORK, Feb. 3, 2025 /PRNewswire/ -- `).

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
export function pressDateline(
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
