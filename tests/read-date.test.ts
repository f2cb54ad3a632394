import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type DateWords, readDate, readDateAndTime } from "../src/fields/read-date.js";
import { ZONES, zoneOffset } from "../src/fields/zones.js";
import { daDateWords } from "../src/locales/dates/da.js";
import { deDateWords } from "../src/locales/dates/de.js";
import { enDateWords } from "../src/locales/dates/en.js";
import { esDateWords } from "../src/locales/dates/es.js";
import { frDateWords } from "../src/locales/dates/fr.js";
import { koDateWords } from "../src/locales/dates/ko.js";
import { nlDateWords } from "../src/locales/dates/nl.js";
import { zhDateWords } from "../src/locales/dates/zh.js";

const ALL = [
  enDateWords,
  deDateWords,
  frDateWords,
  nlDateWords,
  esDateWords,
  koDateWords,
  zhDateWords,
  daDateWords,
];
const iso = (raw: string, words: readonly DateWords[] = ALL) => readDate(raw, words)?.iso ?? null;

// One seed per run, printed on failure; SEED=<n> replays a run.
const seed = Number(globalThis.process?.env?.SEED ?? Math.floor(Math.random() * 2 ** 31));
const runs = { seed, numRuns: 500 };
const assertProperty = (property: fc.IProperty<never> | fc.IProperty<unknown[]>) => {
  try {
    fc.assert(property as fc.IProperty<unknown>, runs);
  } catch (error) {
    console.error(`read-date property failed with SEED=${seed}`);
    throw error;
  }
};

describe("readDate: the forms wire copy used so far", () => {
  it.each([
    ["Mon Oct 23, 2006 6:42pm EDT", "2006-10-23T22:42:00.000Z"],
    ["Oct 23, 2006", "2006-10-23"],
    ["23 October 2006 18:42 GMT", "2006-10-23T18:42:00.000Z"],
    ["2025-11-30T10:10:00+08:00", "2025-11-30T02:10:00.000Z"],
    ["2025-11-30T10:10:00Z", "2025-11-30T10:10:00.000Z"],
    ["2025/11/30 10:10", "2025-11-30T10:10:00"],
    ["2025年11月30日 10:10", "2025-11-30T10:10:00"],
    ["Oct 23, 2006 12:05am", "2006-10-23T00:05:00"],
    ["Oct 23, 2006 at 12:05 p.m.", "2006-10-23T12:05:00"],
    ["1 Sept. 2023 at 12p.m. AEST", "2023-09-01T02:00:00.000Z"],
  ])("%s → %s", (raw, expected) => {
    expect(iso(raw)).toBe(expected);
  });
});

describe("readDate: the forms of news-database exports, releases and web pages", () => {
  it.each([
    // Nexis
    ["January 11, 2010 Monday", "2010-01-11"],
    ["   Mittwoch 31. August 2011   ", "2011-08-31"],
    ["17 mai 2003", "2003-05-17"],
    ["January 20, 2009 Tuesday 8:27 PM AEST", "2009-01-20T10:27:00.000Z"],
    ["January 14, 2009 Wednesday 6:49 PM PST", "2009-01-15T02:49:00.000Z"],
    ["20. Januar 2009", "2009-01-20"],
    ["15. April 2003", "2003-04-15"],
    ["11 januari 2010 maandag", "2010-01-11"],
    ["3 april 2016 zondag", "2016-04-03"],
    ["1 mei 2015 vrijdag", "2015-05-01"],
    ["April 20, 2003, Sunday", "2003-04-20"],
    ["30 août 2002", "2002-08-30"],
    ["Onsdag 6. Januar 2010", "2010-01-06"],
    ["11 de enero de 2010", "2010-01-11"],
    ["martes, 11 de enero de 2011", "2011-01-11"],
    // Factiva PD alone
    ["7 April 2000", "2000-04-07"],
    // press releases and web pages
    ["Feb. 3, 2025", "2025-02-03"],
    ["Sept. 9, 2025", "2025-09-09"],
    ["1 May 2026, 10:05 BST", "2026-05-01T09:05:00.000Z"],
    ["Montag, 20. Januar 2025 um 10.05 Uhr MEZ", "2025-01-20T09:05:00.000Z"],
    ["lundi 12 mai 2025 à 10h30", "2025-05-12T10:30:00"],
    ["05.03.2024", "2024-03-05"],
    // Korean
    ["2024년 3월 5일 10시 30분", "2024-03-05T10:30:00"],
    ["2024년 3월 5일 (화) 10:30", "2024-03-05T10:30:00"],
    ["2024년 3월 5일 화요일", "2024-03-05"],
    ["2024-03-05 10:30", "2024-03-05T10:30:00"],
    ["2024.03.05", "2024-03-05"],
    ["2024.03.05(화)", "2024-03-05"],
    ["2024. 3. 5. 10:30 KST", "2024-03-05T01:30:00.000Z"],
    // Chinese
    ["2024年3月5日", "2024-03-05"],
    ["2024年3月5日星期二", "2024-03-05"],
    ["2024年3月5日（周二）10时30分", "2024-03-05T10:30:00"],
    ["２０２４年３月５日 １０：３０", "2024-03-05T10:30:00"],
  ])("%s → %s", (raw, expected) => {
    expect(iso(raw)).toBe(expected);
  });

  it("combines a date line and a time line", () => {
    expect(readDateAndTime("7 April 2000", "06:04 GMT", ALL)).toEqual({
      iso: "2000-04-07T06:04:00.000Z",
      certain: { year: true, time: true, zone: true },
    });
    expect(readDateAndTime("7 April 2000", "06:04", ALL)?.iso).toBe("2000-04-07T06:04:00");
    expect(readDateAndTime("7 April 2000", "GMT", ALL)).toBeNull();
    expect(readDateAndTime("7 April 2000", "Gazeta Mercantil", ALL)).toBeNull();
    expect(readDateAndTime("Gazeta Mercantil", "06:04 GMT", ALL)).toBeNull();
  });

  it("reads a month only in the languages it is given", () => {
    expect(iso("17 mai 2003", [enDateWords])).toBeNull();
    expect(iso("11 januari 2010 maandag", [deDateWords])).toBeNull();
    expect(iso("May 23, 2006", [frDateWords])).toBeNull();
    // Numeric and CJK forms need no words.
    expect(iso("2024年3月5日", [])).toBe("2024-03-05");
  });
});

describe("readDate: what was stated and what was implied", () => {
  it("says which parts the text stated", () => {
    expect(readDate("Mon Oct 23, 2006 6:42pm EDT", ALL)?.certain).toEqual({
      year: true,
      time: true,
      zone: true,
    });
    expect(readDate("2025/11/30 10:10", ALL)?.certain).toEqual({
      year: true,
      time: true,
      zone: false,
    });
    expect(readDate("Oct 23, 2006", ALL)?.certain).toEqual({
      year: true,
      time: false,
      zone: false,
    });
  });

  it("takes an unstated year from referenceYear, and gives null without one", () => {
    expect(readDate("3月5日", ALL, { referenceYear: 2024 })).toEqual({
      iso: "2024-03-05",
      certain: { year: false, time: false, zone: false },
    });
    expect(readDate("3월 5일 10시", ALL, { referenceYear: 2025 })).toEqual({
      iso: "2025-03-05T10:00:00",
      certain: { year: false, time: true, zone: false },
    });
    expect(readDate("Nov. 30", ALL, { referenceYear: 2025 })?.iso).toBe("2025-11-30");
    expect(readDate("3月5日", ALL)).toBeNull();
    expect(readDate("Nov. 30", ALL)).toBeNull();
    // A year the text states wins over the reference.
    expect(readDate("2024年3月5日", ALL, { referenceYear: 1999 })?.iso).toBe("2024-03-05");
    // 29 February exists only in a leap reference year.
    expect(readDate("2月29日", ALL, { referenceYear: 2023 })).toBeNull();
    expect(readDate("2月29日", ALL, { referenceYear: 2024 })?.iso).toBe("2024-02-29");
  });
});

describe("readDate: zones", () => {
  it.each([
    ["UTC", "2020-01-01T12:00:00.000Z"],
    ["GMT", "2020-01-01T12:00:00.000Z"],
    ["Z", "2020-01-01T12:00:00.000Z"],
    ["BST", "2020-01-01T11:00:00.000Z"],
    ["CET", "2020-01-01T11:00:00.000Z"],
    ["CEST", "2020-01-01T10:00:00.000Z"],
    ["EET", "2020-01-01T10:00:00.000Z"],
    ["EEST", "2020-01-01T09:00:00.000Z"],
    ["MSK", "2020-01-01T09:00:00.000Z"],
    ["EST", "2020-01-01T17:00:00.000Z"],
    ["EDT", "2020-01-01T16:00:00.000Z"],
    ["CST", "2020-01-01T18:00:00.000Z"],
    ["CDT", "2020-01-01T17:00:00.000Z"],
    ["MST", "2020-01-01T19:00:00.000Z"],
    ["MDT", "2020-01-01T18:00:00.000Z"],
    ["PST", "2020-01-01T20:00:00.000Z"],
    ["PDT", "2020-01-01T19:00:00.000Z"],
    ["IST", "2020-01-01T06:30:00.000Z"],
    ["SGT", "2020-01-01T04:00:00.000Z"],
    ["HKT", "2020-01-01T04:00:00.000Z"],
    ["JST", "2020-01-01T03:00:00.000Z"],
    ["KST", "2020-01-01T03:00:00.000Z"],
    ["AEST", "2020-01-01T02:00:00.000Z"],
    ["AEDT", "2020-01-01T01:00:00.000Z"],
    ["+08:00", "2020-01-01T04:00:00.000Z"],
    ["+0530", "2020-01-01T06:30:00.000Z"],
    ["-03:30", "2020-01-01T15:30:00.000Z"],
    ["UTC+9", "2020-01-01T03:00:00.000Z"],
  ])("1 January 2020 12:00 %s → %s", (zone, expected) => {
    expect(iso(`1 January 2020 12:00 ${zone}`)).toBe(expected);
  });

  it("crosses a day, a month and a year boundary", () => {
    expect(iso("Jan 1, 2020 1:00am AEDT")).toBe("2019-12-31T14:00:00.000Z");
  });

  it.each([
    ["Eastern Standard Time", "2020-01-01T17:00:00.000Z"],
    ["Pacific Daylight Time", "2020-01-01T19:00:00.000Z"],
    ["Central European Time", "2020-01-01T11:00:00.000Z"],
    ["Australian Eastern Daylight Time", "2020-01-01T01:00:00.000Z"],
  ])("reads a zone named in full: 1 January 2020 12:00 %s → %s", (zone, expected) => {
    expect(iso(`1 January 2020 12:00 ${zone}`)).toBe(expected);
  });

  it("reads a press release's whole line with a zone named in full", () => {
    expect(iso("Monday, February 03, 2025 10:00 AM Eastern Standard Time")).toBe(
      "2025-02-03T15:00:00.000Z",
    );
  });

  it("gives a US zone named without standard or daylight the offset of that day", () => {
    // 2025: daylight time from 9 March, 02:00, to 2 November, 02:00.
    expect(iso("February 3, 2025 09:00 ET")).toBe("2025-02-03T14:00:00.000Z");
    expect(iso("July 4, 2025 09:00 ET")).toBe("2025-07-04T13:00:00.000Z");
    expect(iso("March 9, 2025 1:30 AM PT")).toBe("2025-03-09T09:30:00.000Z");
    expect(iso("March 9, 2025 3:30 AM PT")).toBe("2025-03-09T10:30:00.000Z");
    // The hour the clocks go back is shown twice: read as daylight time.
    expect(iso("November 2, 2025 1:30 AM Eastern Time")).toBe("2025-11-02T05:30:00.000Z");
    expect(iso("November 2, 2025 2:30 AM Eastern Time")).toBe("2025-11-02T07:30:00.000Z");
    // 2006, under the older rule: first Sunday of April to last Sunday of October.
    expect(iso("April 1, 2006 12:00 CT")).toBe("2006-04-01T18:00:00.000Z");
    expect(iso("April 2, 2006 12:00 CT")).toBe("2006-04-02T17:00:00.000Z");
    expect(iso("October 29, 2006 12:00 MT")).toBe("2006-10-29T19:00:00.000Z");
    // Before 1967 the rules were local: no offset to give.
    expect(iso("June 1, 1960 10:00 ET")).toBeNull();
  });

  it("reads offsets in range only", () => {
    expect(zoneOffset("+14:00")).toBe(840);
    expect(zoneOffset("+15:00")).toBeNull();
    expect(zoneOffset("+05:75")).toBeNull();
    expect(zoneOffset("ABC")).toBeNull();
    expect(zoneOffset("constructor")).toBeNull();
  });
});

describe("readDate: what is no date", () => {
  it.each([
    "31 April 2010",
    "2010-02-30",
    "29 February 2023",
    "0 May 2020",
    "32 May 2020",
    "1 May 0999",
    "2020-13-01",
    "1 May 2026 25:00",
    "1 May 2026 24:00",
    "1 May 2026 10:60",
    "1 May 2026 13:00 PM",
    "1 May 2026 0:30 am",
    "1 May 2026 10",
    "2024.1.3010:10",
    "Oct 23, 200610:30",
    "2023-11-29T+08:00",
    "Oct 23, 2006 6:42pm XYZ",
    "January was cold.",
    "May the force be with you",
    "Monday",
    "Monday, 2010",
    "October 2006",
    "1 of 1 DOCUMENT",
    "12 of 169 DOCUMENTS",
    "Chapter 11, 2006",
    "Sao Paulo, 04/07/00 - Norske Skog",
    "LENGTH: 355 words",
    "2006",
    "10:30",
    "",
    "   ",
    "Published 1 May 2026, 10:05 BST",
    `1 May 2026 ${"x".repeat(60)}`,
    `Monday${" ".repeat(3)}${"and ".repeat(20)}1 May 2026`,
  ])("%j → null", (raw) => {
    expect(readDate(raw, ALL)).toBeNull();
  });

  it("rejects a date inside a longer line", () => {
    expect(iso("On 29 April 2017, the Turkish authorities blocked")).toBeNull();
  });
});

describe("the date words", () => {
  const tables = Object.entries({
    en: enDateWords,
    de: deDateWords,
    fr: frDateWords,
    nl: nlDateWords,
    es: esDateWords,
    ko: koDateWords,
    zh: zhDateWords,
    da: daDateWords,
  });
  const months = new Set(tables.flatMap(([, w]) => Object.keys(w.months)));

  it("are folded: lower case, composed, no final dot", () => {
    for (const [, w] of tables) {
      for (const word of [...Object.keys(w.months), ...(w.weekdays ?? []), ...(w.fillers ?? [])]) {
        expect(word).toBe(word.toLowerCase().normalize("NFKC"));
        expect(word.endsWith(".")).toBe(false);
      }
      for (const n of Object.values(w.months)) expect(n >= 1 && n <= 12).toBe(true);
    }
  });

  it("hold no weekday or filler that is a month in any language", () => {
    const ignored = tables.flatMap(([, w]) => [...(w.weekdays ?? []), ...(w.fillers ?? [])]);
    expect(ignored.filter((word) => months.has(word))).toEqual([]);
  });

  it("name every zone the brief of the dialects lists", () => {
    const listed =
      "UTC GMT Z BST CET CEST EET EEST MSK EST EDT CST CDT MST MDT PST PDT IST SGT HKT JST KST AEST AEDT";
    expect(listed.split(" ").filter((z) => ZONES[z] === undefined)).toEqual([]);
  });
});

// Hand-written month and weekday names (Monday first) for rendering generated dates.
const EN_MONTHS =
  "January February March April May June July August September October November December";
const DE_MONTHS =
  "Januar Februar März April Mai Juni Juli August September Oktober November Dezember";
const FR_MONTHS =
  "janvier février mars avril mai juin juillet août septembre octobre novembre décembre";
const NL_MONTHS =
  "januari februari maart april mei juni juli augustus september oktober november december";
const ES_MONTHS =
  "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre";
const names = (list: string) => list.split(" ");

interface Rendering {
  weekdays: string[];
  render: (y: number, m: number, d: number) => string;
  /** Where a weekday goes: before the date (with what after it) or after. */
  weekday: (date: string, weekday: string) => string;
}
const RENDERINGS: Record<string, Rendering> = {
  en: {
    weekdays: names("Monday Tuesday Wednesday Thursday Friday Saturday Sunday"),
    render: (y, m, d) => `${names(EN_MONTHS)[m - 1]} ${d}, ${y}`,
    weekday: (date, w) => `${date} ${w}`,
  },
  enDayFirst: {
    weekdays: names("Mon Tue Wed Thu Fri Sat Sun"),
    render: (y, m, d) => `${d} ${names(EN_MONTHS)[m - 1]?.slice(0, 3)} ${y}`,
    weekday: (date, w) => `${w}, ${date}`,
  },
  de: {
    weekdays: names("Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag"),
    render: (y, m, d) => `${d}. ${names(DE_MONTHS)[m - 1]} ${y}`,
    weekday: (date, w) => `${w} ${date}`,
  },
  fr: {
    weekdays: names("lundi mardi mercredi jeudi vendredi samedi dimanche"),
    render: (y, m, d) => `${d} ${names(FR_MONTHS)[m - 1]} ${y}`,
    weekday: (date, w) => `${w} ${date}`,
  },
  nl: {
    weekdays: names("maandag dinsdag woensdag donderdag vrijdag zaterdag zondag"),
    render: (y, m, d) => `${d} ${names(NL_MONTHS)[m - 1]} ${y}`,
    weekday: (date, w) => `${date} ${w}`,
  },
  es: {
    weekdays: names("lunes martes miércoles jueves viernes sábado domingo"),
    render: (y, m, d) => `${d} de ${names(ES_MONTHS)[m - 1]} de ${y}`,
    weekday: (date, w) => `${w}, ${date}`,
  },
  ko: {
    weekdays: names("월요일 화요일 수요일 목요일 금요일 토요일 일요일"),
    render: (y, m, d) => `${y}년 ${m}월 ${d}일`,
    weekday: (date, w) => `${date} ${w}`,
  },
  koDotted: {
    weekdays: names("(월) (화) (수) (목) (금) (토) (일)"),
    render: (y, m, d) => `${y}.${String(m).padStart(2, "0")}.${String(d).padStart(2, "0")}`,
    weekday: (date, w) => `${date}${w}`,
  },
  zh: {
    weekdays: names("星期一 星期二 星期三 星期四 星期五 星期六 星期日"),
    render: (y, m, d) => `${y}年${m}月${d}日`,
    weekday: (date, w) => `${date}${w}`,
  },
};

describe("readDate: generated dates", () => {
  const day = fc.date({
    min: new Date(Date.UTC(1900, 0, 1)),
    max: new Date(Date.UTC(2099, 11, 31)),
    noInvalidDate: true,
  });
  const isoDay = (d: Date) => d.toISOString().slice(0, 10);

  it("read back to the same day in every language's format, with or without its weekday", () => {
    assertProperty(
      fc.property(
        day,
        fc.constantFrom(...Object.keys(RENDERINGS)),
        fc.boolean(),
        (d, language, withWeekday) => {
          const r = RENDERINGS[language] as Rendering;
          let text = r.render(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
          if (withWeekday) text = r.weekday(text, r.weekdays[(d.getUTCDay() + 6) % 7] as string);
          expect(readDate(text, ALL)).toEqual({
            iso: isoDay(d),
            certain: { year: true, time: false, zone: false },
          });
        },
      ),
    );
  });

  it("read a time with a zone as that instant in UTC", () => {
    const zones: [string, number][] = [
      ["GMT", 0],
      ["KST", 540],
      ["EDT", -240],
      ["AEST", 600],
      ["+05:30", 330],
    ];
    assertProperty(
      fc.property(
        day,
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        fc.constantFrom(...zones),
        (d, hour, minute, [zone, offset]) => {
          const [y, m, dd] = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
          const hm = `${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}`;
          const text = `${dd} ${names(EN_MONTHS)[m - 1]} ${y} ${hm} ${zone}`;
          const expected = new Date(Date.UTC(y, m - 1, dd, hour, minute) - offset * 60_000);
          expect(iso(text)).toBe(expected.toISOString());
          expect(iso(`${y}-${m}-${dd} ${hm}`)).toBe(`${isoDay(d)}T${hm}:00`);
        },
      ),
    );
  });

  it("never throw, and give a date in ISO form or null", () => {
    const pieces = fc.constantFrom(
      "1",
      "31",
      "2024",
      "May",
      "mai",
      "Monday",
      ",",
      ".",
      " ",
      "年",
      "月",
      "日",
      "일",
      "(",
      ")",
      ":",
      "10:30",
      "PM",
      "GMT",
      "+08:00",
      "de",
      "T",
      "x",
    );
    assertProperty(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.array(pieces).map((p) => p.join("")),
        ),
        (text) => {
          const result = readDate(text, ALL, { referenceYear: 2024 });
          if (result !== null) {
            expect(result.iso).toMatch(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}(\.000Z)?)?$/);
            expect(text.trim().length).toBeLessThanOrEqual(60);
          }
        },
      ),
    );
  });
});
