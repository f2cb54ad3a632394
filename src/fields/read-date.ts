import { daysInMonth, isoOfUtc, pad } from "./calendar.js";
import { monthOf, withoutIgnoredWords } from "./date-words.js";
import { zoneOffset } from "./zones.js";

/**
 * The words one language writes dates with, as data: a {@link Locale}'s
 * `dates`. Every word is folded: lower case, without its final dot (`sept`
 * for `Sept.`).
 *
 * @category Locales and dialects
 * @example
 * ```ts
 * import { type DateWords, type Locale, parseArticle } from "syndicated-article";
 *
 * const dates: DateWords = { months: { maggio: 5 }, weekdays: ["lunedì"], fillers: ["alle"] };
 * const italian: Locale = { language: "it", labels: { publishedAt: ["Data"] }, dates };
 * parseArticle("T\n\nTesto.\n\nData: lunedì 5 maggio 2025", { locales: [italian] }).publishedAt;
 * // "2025-05-05"
 * ```
 */
export interface DateWords {
  /** Month word (full or abbreviated) → its number, 1 to 12. */
  months: Readonly<Record<string, number>>;
  /** Weekday words: accepted anywhere in a date and ignored. */
  weekdays?: readonly string[];
  /** Words that may stand between the parts of a date and mean nothing for it (`de`, `at`). */
  fillers?: readonly string[];
}

/**
 * A date read from text: its ISO 8601 form and which parts the text stated
 * (`true`) rather than left implied (`false`), as chrono-node does.
 *
 * @example
 * ```
 * import { readDate } from "./read-date.js";
 *
 * readDate("3月5日", [], { referenceYear: 2024 });
 * // { iso: "2024-03-05", certain: { year: false, time: false, zone: false } }
 * ```
 */
export interface StatedDate {
  /** UTC with `Z` when a zone is stated, local without offset when not, a bare date without a time. */
  iso: string;
  /** Which components the text stated. */
  certain: { year: boolean; time: boolean; zone: boolean };
}

/** Options of {@link readDate}. */
export interface ReadDateOptions {
  /** The year of a date that states none (`3月5日`); without it such a date reads as null. */
  referenceYear?: number;
}

/** Longer lines are sentences, not dates. */
const MAX_LENGTH = 80;

// The date, at the start of the text once weekdays and fillers are gone.
// `Oct 23`, `Feb. 3, 2025`, `23 October 2006`, `31. August 2011`.
const NAMED = /^(?:(\p{L}+)\.? (\d{1,2})|(\d{1,2})\.? (\p{L}+)\.?)(?:,? (\d{4}))?/u;
// `2025-11-30`, `2025/11/30`, `2024.03.05`, `2024. 3. 5.`.
const NUMERIC = /^(\d{4})[-/.] ?(\d{1,2})[-/.] ?(\d{1,2})\.?/;
// `05.03.2024`: day first, as the dotted form is written in Europe.
const DOTTED = /^(\d{1,2})\.(\d{1,2})\.(\d{4})/;
// `26-FEB-1987`: day, month word and year joined by hyphens (Reuters-21578, database dumps).
const DASHED = /^(\d{1,2})-(\p{L}+)-(\d{4})/u;
// `2025年11月30日`, `3月5日`, `2024년 3월 5일`.
const CJK = /^(?:(\d{4}) ?[年년] ?)?(\d{1,2}) ?[月월] ?(\d{1,2}) ?[日일]/;

// What may follow the date: a time, then a zone. `, 10:05`, ` 6:42pm`, ` 12 p.m.`,
// `T10:10:00.5`, ` 10h30`; ` 10시 30분`, ` 10时30分`; ` BST`, `+08:00`, ` UTC+9`.
const TIME =
  /^(?:,? ?|T)(\d{1,2})(?:[:.h](\d{2})(?::(\d{2})(?:\.\d+)?)?)? ?(?:([AaPp])\.?[Mm]\.?)?/;
const CJK_TIME = /^ ?(\d{1,2}) ?[时時点點시](?: ?(\d{1,2}) ?[分분])?/;
// A zone may also be named in full: ` Eastern Standard Time`, ` Central European Time`.
const ZONE = /^ ?(Z|[A-Z]{2,5}|(?:UTC|GMT)?[+-]\d{1,2}(?::?\d{2})?|(?:[A-Z][a-z]+ ){1,3}Time)?$/;

interface Tail {
  hour?: string | undefined;
  minute?: string | undefined;
  second?: string | undefined;
  meridiem?: string | undefined;
  zone?: string | undefined;
}

type Ymd = [year: string | undefined, month: number | undefined, day: string];

const FORMS: readonly {
  re: RegExp;
  ymd: (m: RegExpExecArray, words: readonly DateWords[]) => Ymd;
}[] = [
  { re: NAMED, ymd: (m, words) => [m[5], monthOf(m[1] ?? m[4] ?? "", words), m[2] ?? m[3] ?? ""] },
  { re: NUMERIC, ymd: (m) => [m[1], Number(m[2]), m[3] ?? ""] },
  { re: DOTTED, ymd: (m) => [m[3], Number(m[2]), m[1] ?? ""] },
  { re: DASHED, ymd: (m, words) => [m[3], monthOf(m[2] ?? "", words), m[1] ?? ""] },
  { re: CJK, ymd: (m) => [m[1], Number(m[2]), m[3] ?? ""] },
];

/**
 * Reads a line that states a date, with or without a time and a zone, in the
 * languages of `words` (numeric and CJK forms need no words). Weekdays are
 * accepted before, after or inside the date and ignored. The ISO form is UTC
 * with `Z` when a zone is named, carries no offset when none is, and is a bare
 * date when no time is given. Null for anything that is not a whole date: a
 * sentence, a day that does not exist (31 April), a time that does not (25:00),
 * an unknown zone, a line over 80 characters.
 *
 * @param raw - the text, e.g. a line of an export; outer and repeated white space is ignored.
 * @param words - the month and weekday words of the languages to accept.
 * @param options - the year to assume when the text states none.
 * @returns the date and which of its parts the text stated, or null.
 *
 * @example
 * ```
 * import { readDate } from "./read-date.js";
 * import { deDateWords } from "../locales/dates/de.js";
 * import { enDateWords } from "../locales/dates/en.js";
 *
 * const words = [enDateWords, deDateWords];
 * readDate("January 20, 2009 Tuesday 8:27 PM AEST", words)?.iso; // "2009-01-20T10:27:00.000Z"
 * readDate("Mittwoch 31. August 2011", words)?.iso; // "2011-08-31"
 * readDate("2025/11/30 10:10", words)?.iso; // "2025-11-30T10:10:00"
 * readDate("January was cold.", words); // null
 * ```
 */
export function readDate(
  raw: string,
  words: readonly DateWords[],
  options: ReadDateOptions = {},
): StatedDate | null {
  // Every form holds a digit, and NFKC makes ASCII digits only of the digit
  // forms in these blocks (`²`, `①`, `１`, astral ones): text with none of
  // them is no date, and is not normalised to find that out.
  if (!MAY_HOLD_DIGIT.test(raw)) return null;
  // ASCII text is its own NFKC form: only wider text is normalised.
  const text = (NON_ASCII.test(raw) ? raw.normalize("NFKC") : raw).trim().replace(/\s+/g, " ");
  // Every form holds a digit: text with none is no date, whatever its words.
  if (text.length === 0 || text.length > MAX_LENGTH || !DIGIT.test(text)) return null;
  const core = withoutIgnoredWords(text, words);
  for (const form of FORMS) {
    const m = form.re.exec(core);
    const rest = m ? core.slice(m[0].length) : "";
    // `2024.1.3010:10` is no day 30 at 10:10: digits of the date and the time never touch.
    const tail = m && !(/\d$/.test(m[0]) && /^\d/.test(rest)) ? readTail(rest) : null;
    if (!m || !tail) continue;
    const result = build(form.ymd(m, words), tail, options);
    if (result) return result;
  }
  return null;
}

// The last texts `readIsoDate` read, and what it found, for each list of
// words: a parse reads a date line more than once (to decide what the line
// is, then to build the Article), and an export's documents state the same
// few dates, with other lines read in between. Bounded, so a stream of
// distinct lines holds no more than this many.
const RECENT = 8;
const recent = new WeakMap<readonly DateWords[], Map<string, string | null>>();

// A copy of `text` that holds no reference to the text it was cut from:
// engines keep a slice's whole parent alive (a document, a feed's buffer), and
// a kept slice would keep it past its parse. Joined to a space, the text is
// copied into a new string when the slice flattens it: one copy, where
// splitting it into characters and joining them costs an array and a string
// per character.
const detached = (text: string) => ` ${text}`.slice(1);

/**
 * `readDate(raw, words)?.iso ?? null`, remembering the last answers: the same
 * text with the same words is not read again.
 *
 * @param raw - the text, as for {@link readDate}.
 * @param words - the month and weekday words of the languages to accept.
 * @returns the date in ISO 8601, or null.
 *
 * @example
 * ```
 * import { readIsoDate } from "./read-date.js";
 * import { enDateWords } from "../locales/dates/en.js";
 *
 * readIsoDate("Mon Oct 23, 2006 6:42pm EDT", [enDateWords]); // "2006-10-23T22:42:00.000Z"
 * ```
 */
export function readIsoDate(raw: string, words: readonly DateWords[]): string | null {
  let known = recent.get(words);
  if (known === undefined) {
    known = new Map();
    recent.set(words, known);
  }
  const found = known.get(raw);
  if (found !== undefined) return found;
  const iso = readDate(raw, words)?.iso ?? null;
  // Lines longer than a date can be are answered at once, and not kept.
  if (raw.length <= 4 * MAX_LENGTH) {
    if (known.size >= RECENT) known.clear();
    known.set(detached(raw), iso);
  }
  return iso;
}

/**
 * Reads a date and a time stated on separate lines, as Factiva's `PD` and
 * `ET` fields give them. Null when the time line holds anything but a time
 * (and optionally a zone), or when the two do not read as one date; read the
 * date line alone with {@link readDate} to keep the day then.
 *
 * @param date - the date line, e.g. `7 April 2000`.
 * @param time - the time line, e.g. `06:04 GMT`.
 * @param words - the month and weekday words of the languages to accept.
 * @param options - the year to assume when the date states none.
 * @returns the combined date, or null.
 *
 * @example
 * ```
 * import { readDateAndTime } from "./read-date.js";
 * import { enDateWords } from "../locales/dates/en.js";
 *
 * readDateAndTime("7 April 2000", "06:04 GMT", [enDateWords])?.iso; // "2000-04-07T06:04:00.000Z"
 * readDateAndTime("7 April 2000", "Sao Paulo", [enDateWords]); // null
 * ```
 */
export function readDateAndTime(
  date: string,
  time: string,
  words: readonly DateWords[],
  options: ReadDateOptions = {},
): StatedDate | null {
  const tail = readTail(` ${time.normalize("NFKC").trim().replace(/\s+/g, " ")}`);
  if (tail?.hour === undefined) return null;
  const result = readDate(`${date.trim()} ${time.trim()}`, words, options);
  return result?.certain.time ? result : null;
}

function build(
  [statedYear, month, dayText]: Ymd,
  tail: Tail,
  options: ReadDateOptions,
): StatedDate | null {
  const year = statedYear === undefined ? options.referenceYear : Number(statedYear);
  const day = Number(dayText);
  if (year === undefined || month === undefined || !Number.isInteger(year)) return null;
  if (month < 1 || month > 12 || day < 1 || year < 1000 || year > 9999) return null;
  if (day > daysInMonth(year, month)) return null; // 31 April
  const zone = tail.zone;
  // A US zone's offset depends on the day and hour (noon when none is stated).
  const offset =
    zone === undefined ? 0 : zoneOffset(zone, { year, month, day, hour: hourOf(tail) });
  if (offset === null) return null;
  const certain = { year: statedYear !== undefined, time: false, zone: zone !== undefined };
  const date = `${year}-${pad(month)}-${pad(day)}`;
  if (tail.hour === undefined) return { iso: date, certain };
  let hour = Number(tail.hour);
  const minute = Number(tail.minute ?? 0);
  const second = Number(tail.second ?? 0);
  const meridiem = tail.meridiem?.toLowerCase();
  if (meridiem !== undefined) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (meridiem === "p" ? 12 : 0);
  }
  if (hour > 23 || minute > 59 || second > 59) return null;
  certain.time = true;
  if (zone === undefined) {
    return { iso: `${date}T${pad(hour)}:${pad(minute)}:${pad(second)}`, certain };
  }
  const utc = Date.UTC(year, month - 1, day, hour, minute, second) - offset * 60_000;
  return { iso: isoOfUtc(utc), certain };
}

/** The tail's hour on a 24-hour clock, as written (checked later); noon when none is stated. */
function hourOf(tail: Tail): number {
  if (tail.hour === undefined) return 12;
  const hour = Number(tail.hour);
  if (tail.meridiem === undefined) return hour;
  return (hour % 12) + (tail.meridiem.toLowerCase() === "p" ? 12 : 0);
}

/** The time and zone after a date: nothing else may follow it. */
function readTail(rest: string): Tail | null {
  let time = TIME.exec(rest);
  if (time && time[2] === undefined && time[4] === undefined) time = null; // an hour alone is no time
  const cjk = time ? null : CJK_TIME.exec(rest);
  const zone = ZONE.exec(rest.slice((time ?? cjk)?.[0].length ?? 0));
  if (!zone) return null;
  if (time)
    return { hour: time[1], minute: time[2], second: time[3], meridiem: time[4], zone: zone[1] };
  return { hour: cjk?.[1], minute: cjk?.[2], zone: zone[1] };
}

const NON_ASCII = /[^\0-\x7f]/;
const MAY_HOLD_DIGIT =
  /[0-9\u00b2-\u00be\u2070-\u218f\u2460-\u24ff\u3200-\u33ff\uff00-\uffef\ud800-\udfff]/;
const DIGIT = /\d/;
