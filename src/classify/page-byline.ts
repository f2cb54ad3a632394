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
  /** The words before the date after a handle (`Updated`), or null. */
  readonly label: readonly [number, number] | null;
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
// Words that label a date after a byline's name, never a name's: `By Jane Doe Updated Jul 24, 2018`.
const DATE_LABELS = new Set([
  "published",
  "updated",
  "posted",
  "modified",
  "aktualisiert",
  "veröffentlicht",
  "publié",
  "actualisé",
  "publicado",
  "actualizado",
  "atualizado",
  "pubblicato",
  "aggiornato",
]);
const JOINERS = new Set(["and", "&", "und", "et", "y", "e", "en", "og", "i"]);
const NAME_WORD = /^[\p{Lu}][\p{L}\p{M}'’.-]*$/u;
// The last word of a name run into what follows it, as a copy of inline
// elements with no space between them gives it: `Nolan22 Dec`, `Wilkinson@alissamarie`.
const GLUED = /^[\p{Lu}][\p{L}\p{M}'’-]*(?=[\p{N}@])/u;
// A handle after a name: `@jdoe`.
const HANDLE = /^@[\p{L}\p{N}_.]+/u;
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
  let gluedEnd = -1;
  while (k < words.length && names < (prefixed ? NAME_WORDS : BARE_NAME_WORDS)) {
    const match = words[k] as RegExpMatchArray;
    const raw = match[0];
    const word = trimEnd(raw, ",;:|");
    const folded = word.toLowerCase().replace(/\.$/, "");
    // A month word followed by a number opens a date, not a name (`June` of `June Carter` is a name).
    const next = words[k + 1]?.[0];
    if (names > 0 && lexicon.months.has(folded) && next !== undefined && /^\d/.test(next)) break;
    // A word that labels a date (`Updated Jul 24, 2018`) ends the name.
    if (names > 0 && DATE_LABELS.has(folded)) break;
    const isName = NAME_WORD.test(word) || INITIAL.test(word);
    const inside = names > 0 && (PARTICLES.has(word) || (prefixed && JOINERS.has(word)));
    if (!isName && !inside) {
      // The name's last word run into a date or a handle ends the name inside that word.
      const glued = names > 0 ? GLUED.exec(word) : null;
      if (glued !== null) {
        gluedEnd = (match.index as number) + glued[0].length;
        k++;
        names++;
      }
      break;
    }
    k++;
    names += isName ? 1 : 0;
    // A comma or bar after a word ends the name, unless another name follows after `and`.
    if (word !== raw && !(prefixed && raw.endsWith(",") && nextIsName(words, k))) break;
  }
  if (names === 0 || (!prefixed && names < 2)) return null;
  const first = words[nameFrom] as RegExpMatchArray;
  const last = words[k - 1] as RegExpMatchArray;
  const nameStart = first.index as number;
  let nameEnd =
    gluedEnd !== -1 ? gluedEnd : (last.index as number) + trimEnd(last[0], ",;:|").length;
  // A joiner never ends a name.
  if (JOINERS.has(last[0])) nameEnd = nameStart + line.slice(nameStart, nameEnd).trimEnd().length;
  const restStart = skipSeparators(line, nameEnd);
  const rest = line.slice(restStart);
  const name: [number, number] = [nameStart, nameEnd];
  if (rest.length === 0) {
    return prefixed || bare
      ? { name, role: null, date: null, label: null, rest: null, prefixed, words: names }
      : null;
  }
  const handle = HANDLE.exec(rest);
  if (handle !== null)
    return afterHandle(line, name, restStart + handle[0].length, prefixed, names, parseDate);
  const date = findDate(rest, parseDate) ?? relativeTime(rest);
  if (!prefixed && date === null) return null;
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
      name,
      role,
      date: [restStart + ds, restStart + de],
      label: null,
      rest: tail,
      prefixed,
      words: names,
    };
  }
  // What runs into the name's last word (`Nolan22 Dec 2016651`) is no role.
  const glued = gluedEnd !== -1;
  return {
    name,
    role: glued ? null : [restStart, line.length],
    date: null,
    label: null,
    rest: glued ? [restStart, line.length] : null,
    prefixed,
    words: names,
  };
}

/**
 * A byline whose name a handle follows (`Jane Doe, @jdoe`, `By Jane
 * Doe@jdoe Updated Jul 24, 2018`): the handle is the role; a date after it,
 * the words before that date (its label) and the words after it each their own.
 */
function afterHandle(
  line: string,
  name: [number, number],
  handleEnd: number,
  prefixed: boolean,
  words: number,
  parseDate: (raw: string) => string | null,
): PageByline {
  const role: [number, number] = [skipSeparators(line, name[1]), handleEnd];
  const from = skipSeparators(line, handleEnd);
  const after = line.slice(from);
  const found = after.length === 0 ? null : (findDate(after, parseDate) ?? relativeTime(after));
  if (found === null) {
    const rest: [number, number] | null = after.length > 0 ? [from, line.length] : null;
    return { name, role, date: null, label: null, rest, prefixed, words };
  }
  const [ds, de] = found;
  const labelText = after.slice(0, ds).trimEnd();
  const tail = after.slice(de).trim();
  return {
    name,
    role,
    date: [from + ds, from + de],
    label: labelText.length > 0 ? [from, from + labelText.length] : null,
    rest: tail.length > 0 ? [line.length - tail.length, line.length] : null,
    prefixed,
    words,
  };
}

/** The first offset from `at` that is no space or separator (`,`, `|`, `•`, a dash). */
function skipSeparators(line: string, at: number): number {
  let i = at;
  while (i < line.length && " \t,;|•·-–—".includes(line.charAt(i))) i++;
  return i;
}

// `1 day ago`, `3 hours ago`: a time a page states relative to now, which reads as no day.
const RELATIVE = /^\d{1,3}\s+(?:min(?:ute)?s?|hours?|hrs?|days?|weeks?|months?)\s+ago\b/iu;
// The short form a page prints beside a byline, the whole of what is left: `8h`, `3d`, `45m`.
const RELATIVE_SHORT = /^\d{1,3}\s?(?:[mhdw]|mins?|hrs?)\s*$/iu;

/** Where a time relative to now (`1 day ago`, `8h`) opens `text`, or null. */
export function relativeTime(text: string): [number, number] | null {
  const m = RELATIVE.exec(text) ?? RELATIVE_SHORT.exec(text);
  return m ? [0, m[0].trimEnd().length] : null;
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
  // A word or two before the date: `Published`, `Updated:`, `Last updated:`;
  // the fewest words first (`Updated` of `Updated Jul 24, 2018`).
  const opener = OPENER.exec(whole);
  if (opener === null) return null;
  for (
    let at = whole.indexOf(" ");
    at !== -1 && at < opener[0].length;
    at = whole.indexOf(" ", at + 1)
  ) {
    const from = at + 1;
    const after = dateAtStart(whole.slice(from), parseDate);
    if (after !== null) return [from + after[0], from + after[1]];
  }
  return null;
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
