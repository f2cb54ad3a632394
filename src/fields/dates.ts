/** Offsets in minutes east of UTC for the zone abbreviations wire copy uses. */
const ZONES: Readonly<Record<string, number>> = {
  UTC: 0,
  GMT: 0,
  Z: 0,
  BST: 60,
  CET: 60,
  CEST: 120,
  EET: 120,
  EEST: 180,
  MSK: 180,
  EST: -300,
  EDT: -240,
  CST: -360,
  CDT: -300,
  MST: -420,
  MDT: -360,
  PST: -480,
  PDT: -420,
  IST: 330,
  SGT: 480,
  HKT: 480,
  JST: 540,
  KST: 540,
  AEST: 600,
  AEDT: 660,
};

// `Mon Oct 23, 2006 6:42pm EDT`, `Oct 23, 2006`, `23 October 2006 18:42 GMT`.
const WIRE_DATE =
  /^(?:[A-Za-z]{3,9},? )?(?:([A-Za-z]{3,9})\.? (\d{1,2}),? (\d{4})|(\d{1,2}) ([A-Za-z]{3,9})\.? (\d{4}))(?:,? (?:at )?(\d{1,2})[:.](\d{2})(?::(\d{2}))? ?([AaPp])?\.?(?:[Mm]\.?)?)?(?: ([A-Z]{1,5}|[+-]\d{2}:?\d{2}))?$/;
// `2025-11-30`, `2025-11-30 10:10`, `2025-11-30T10:10:00+08:00`, `2025/11/30 10:10`.
const NUMERIC_DATE =
  /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)? ?(Z|[+-]\d{2}:?\d{2}|[A-Z]{2,5})?$/;
// `2025年11月30日 10:10`.
const CJK_DATE = /^(\d{4})年(\d{1,2})月(\d{1,2})日 ?(?:(\d{1,2})[:：](\d{2}))?$/;

/**
 * Reads a stated date (and time) into ISO 8601: UTC with `Z` when the text
 * names a zone, without an offset when it does not, and a bare date when it
 * gives no time. Returns null for anything else, so a line that is no date is
 * never taken for one.
 */
export function parseStatedDate(raw: string, months: ReadonlyMap<string, number>): string | null {
  const text = raw.trim().replace(/\s+/g, " ");
  if (text.length > 60) return null;
  let m = WIRE_DATE.exec(text);
  if (m) {
    const word = (m[1] ?? m[5] ?? "").toLowerCase();
    const month = months.get(word) ?? months.get(word.slice(0, 3));
    const day = Number(m[2] ?? m[4]);
    const year = Number(m[3] ?? m[6]);
    if (month === undefined) return null;
    let hour = m[7] === undefined ? undefined : Number(m[7]);
    if (hour !== undefined && m[10] !== undefined) {
      const pm = m[10].toLowerCase() === "p";
      if (hour < 1 || hour > 12) return null;
      hour = (hour % 12) + (pm ? 12 : 0);
    }
    return build(year, month, day, hour, m[8], m[9], m[11]);
  }
  m = NUMERIC_DATE.exec(text);
  if (m) {
    const hour = m[4] === undefined ? undefined : Number(m[4]);
    return build(Number(m[1]), Number(m[2]), Number(m[3]), hour, m[5], m[6], m[7]);
  }
  m = CJK_DATE.exec(text);
  if (m) {
    const hour = m[4] === undefined ? undefined : Number(m[4]);
    return build(Number(m[1]), Number(m[2]), Number(m[3]), hour, m[5], undefined, undefined);
  }
  return null;
}

function build(
  year: number,
  month: number,
  day: number,
  hour: number | undefined,
  minute: string | undefined,
  second: string | undefined,
  zone: string | undefined,
): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1000) return null;
  const dateOnly = new Date(Date.UTC(year, month - 1, day));
  if (dateOnly.getUTCDate() !== day) return null; // 31 April and friends
  const date = `${year}-${pad(month)}-${pad(day)}`;
  if (hour === undefined) return date;
  const min = Number(minute ?? 0);
  const sec = Number(second ?? 0);
  if (hour > 23 || min > 59 || sec > 59) return null;
  if (zone === undefined) return `${date}T${pad(hour)}:${pad(min)}:${pad(sec)}`;
  const offset = zoneOffset(zone);
  if (offset === null) return null;
  const utc = Date.UTC(year, month - 1, day, hour, min, sec) - offset * 60_000;
  return new Date(utc).toISOString();
}

function zoneOffset(zone: string): number | null {
  const named = ZONES[zone];
  if (named !== undefined) return named;
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
  if (!m) return null;
  const minutes = Number(m[2]) * 60 + Number(m[3]);
  return m[1] === "-" ? -minutes : minutes;
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}
