import type { Lexicon } from "../parser/lexicon.js";

// A byline as pages print it, anywhere near the title: `By Jane Doe`, `Jane
// Doe, @jdoe`, `Jane Doe - Apr 16, 2015 8:02 pm UTC`, `By JANE DOE JAN. 13,
// 2017`, `BY JANE DOE, Staff Writer`, `Par Jean Dupont`. The name is a run of
// capitalised words (with the particles names carry); what follows it is a
// date, a handle or a role, each read into its own part.

/** Offsets into the line of what a byline line holds; `null` where it holds none. */
export interface PageByline {
  readonly name: readonly [number, number];
  /** A handle, a role or any other words after the name (`@jdoe`, `Staff Writer`). */
  readonly role: readonly [number, number] | null;
  /** A date the line states after the name. */
  readonly date: readonly [number, number] | null;
  /** Words after the date (`Good Morning America`), or null. */
  readonly rest: readonly [number, number] | null;
  /** Whether a byline word (`By`, `Par`) opens the line. */
  readonly prefixed: boolean;
  /** How many words the name has. */
  readonly words: number;
}

// Lower-case words that stand inside names: `Ludwig van Beethoven`, `Ana de Armas`.
const PARTICLES = new Set([
  "de",
  "da",
  "do",
  "dos",
  "das",
  "del",
  "della",
  "di",
  "du",
  "la",
  "le",
  "van",
  "von",
  "der",
  "den",
  "ter",
  "ten",
  "bin",
  "al",
  "y",
  "e",
]);
const JOINERS = new Set(["and", "&", "und", "et", "y", "e", "en", "og", "i"]);
const NAME_WORD = /^[\p{Lu}][\p{L}\p{M}'’.-]*$/u;
const INITIAL = /^[\p{Lu}]\.$/u;
const WORD = /\S+/gu;
const FIRST_WORD = /\S+/u;
// What NAME_WORD and INITIAL open with.
const CAPITAL_FIRST = /^\p{Lu}/u;
/** Words a name has at most, with no byline word before it. */
const BARE_NAME_WORDS = 4;
/** Words a name has at most after a byline word, several names joined included. */
const NAME_WORDS = 12;

/**
 * Reads `line` as a byline, or returns null. `bare`: a name with nothing
 * before or after it counts (a line right under a title); otherwise a name
 * needs a byline word before it, or a handle or date after it.
 */
export function readPageByline(
  line: string,
  lexicon: Lexicon,
  parseDate: (raw: string) => string | null,
  bare: boolean,
): PageByline | null {
  if (line.length > 200) return null;
  // A name opens with a capital, so a line opening with neither a capital
  // nor a byline word is none: most lines are told so by their first word,
  // without reading the others.
  const opening = FIRST_WORD.exec(line);
  if (opening === null) return null;
  const prefixed = lexicon.bylinePrefixes.has(opening[0].toLowerCase());
  if (!prefixed && !CAPITAL_FIRST.test(opening[0])) return null;
  const words = [...line.matchAll(WORD)];
  let k = 0;
  if (prefixed) k = 1;
  const nameFrom = k;
  let names = 0;
  while (k < words.length && names < (prefixed ? NAME_WORDS : BARE_NAME_WORDS)) {
    const raw = (words[k] as RegExpMatchArray)[0];
    const word = trimEnd(raw, ",;:|");
    const folded = word.toLowerCase().replace(/\.$/, "");
    // A month word followed by a number opens a date, not a name (`June` of `June Carter` is a name).
    const next = words[k + 1]?.[0];
    if (names > 0 && lexicon.months.has(folded) && next !== undefined && /^\d/.test(next)) break;
    const isName = NAME_WORD.test(word) || INITIAL.test(word);
    const inside = names > 0 && (PARTICLES.has(word) || (prefixed && JOINERS.has(word)));
    if (!isName && !inside) break;
    k++;
    names += isName ? 1 : 0;
    // A comma or bar after a word ends the name, unless another name follows after `and`.
    if (word !== raw && !(prefixed && raw.endsWith(",") && nextIsName(words, k))) break;
  }
  if (names === 0 || (!prefixed && names < 2)) return null;
  const first = words[nameFrom] as RegExpMatchArray;
  const last = words[k - 1] as RegExpMatchArray;
  const nameStart = first.index as number;
  let nameEnd = (last.index as number) + trimEnd(last[0], ",;:|").length;
  // A joiner never ends a name.
  if (JOINERS.has(last[0])) nameEnd = nameStart + line.slice(nameStart, nameEnd).trimEnd().length;
  let restStart = nameEnd;
  while (restStart < line.length && " \t,;|•·-–—".includes(line.charAt(restStart))) restStart++;
  const rest = line.slice(restStart);
  if (rest.length === 0) {
    return prefixed || bare
      ? { name: [nameStart, nameEnd], role: null, date: null, rest: null, prefixed, words: names }
      : null;
  }
  const date = findDate(rest, parseDate) ?? relativeTime(rest);
  const handle = rest.startsWith("@");
  if (!prefixed && !handle && date === null) return null;
  if (date !== null) {
    const [ds, de] = date;
    const before = trimEnd(rest.slice(0, ds), " \t,;|•·-–—");
    const role: [number, number] | null =
      before.length > 0 ? [restStart, restStart + before.length] : null;
    // Words after the date (`in Gadgetry`) are kept apart: nothing of the line is left out.
    const after = rest.slice(de).trim();
    const tail: [number, number] | null =
      after.length > 0 ? [line.length - after.length, line.length] : null;
    return {
      name: [nameStart, nameEnd],
      role,
      date: [restStart + ds, restStart + de],
      rest: tail,
      prefixed,
      words: names,
    };
  }
  return {
    name: [nameStart, nameEnd],
    role: [restStart, line.length],
    date: null,
    rest: null,
    prefixed,
    words: names,
  };
}

// `1 day ago`, `3 hours ago`: a time a page states relative to now, which reads as no day.
const RELATIVE = /^\d{1,3}\s+(?:min(?:ute)?s?|hours?|hrs?|days?|weeks?|months?)\s+ago\b/iu;

/** Where a time relative to now (`1 day ago`) opens `text`, or null. */
export function relativeTime(text: string): [number, number] | null {
  const m = RELATIVE.exec(text);
  return m ? [0, m[0].length] : null;
}

// A time of day alone, as pages print it under a title: `1:39 PM ET`, `18:42`.
const TIME_OF_DAY = /^\d{1,2}[:.]\d{2}(?:\s?[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,4})?$/;

/** The whole of `text` when it is a time of day alone (`1:39 PM ET`), or null. */
export function timeOfDay(text: string): [number, number] | null {
  return TIME_OF_DAY.test(text) ? [0, text.length] : null;
}

function nextIsName(words: RegExpMatchArray[], k: number): boolean {
  const next = words[k]?.[0];
  return next !== undefined && NAME_WORD.test(next);
}

/**
 * Where a date stands in `text` (offsets of the part the date reader reads),
 * trying the whole text, then its piece before a bar, ` in ` or a bullet,
 * then what follows a word like `Updated` or `Published:`.
 */
export function findDate(
  text: string,
  parseDate: (raw: string) => string | null,
): [number, number] | null {
  if (text.length > 100 || !/\p{N}/u.test(text)) return null;
  const whole = trimEnd(text, " \t|•·,");
  const found = dateAtStart(whole, parseDate);
  if (found !== null) return found;
  // A word or two before the date: `Published`, `Updated:`, `Last updated:`.
  const opener = OPENER.exec(whole);
  if (opener === null) return null;
  const from = opener[0].length;
  const after = dateAtStart(whole.slice(from), parseDate);
  return after && [from + after[0], from + after[1]];
}

// Up to three words, perhaps a colon, then a space: what may stand before a date.
const OPENER = /^\p{L}{2,12}(?: \p{L}{2,12}){0,2}:? /u;
// What may stand between a date and the words after it.
const CUTS = ["|", " in ", " •", " ·", " - "];

/** `text` without the characters of `chars` at its end. */
function trimEnd(text: string, chars: string): string {
  let e = text.length;
  while (e > 0 && chars.includes(text.charAt(e - 1))) e--;
  return text.slice(0, e);
}

/** The date `text` opens with: all of it, or its piece before a bar, ` in `, a bullet or a space. */
function dateAtStart(
  text: string,
  parseDate: (raw: string) => string | null,
): [number, number] | null {
  if (parseDate(text) !== null) return [0, text.length];
  for (const cut of CUTS) {
    const at = text.indexOf(cut);
    if (at > 0) {
      const date = text.slice(0, at).trimEnd();
      if (parseDate(date) !== null) return [0, date.length];
    }
  }
  // The date first, then words the reader does not take (`3/09/15 8:00am 3/09/15 8:00am`).
  const spaces: number[] = [];
  for (let at = text.indexOf(" "); at !== -1 && spaces.length < 8; at = text.indexOf(" ", at + 1)) {
    spaces.push(at);
  }
  for (let k = spaces.length - 1; k >= 0; k--) {
    const at = spaces[k] as number;
    if (at > 5 && parseDate(text.slice(0, at)) !== null) return [0, at];
  }
  return null;
}
