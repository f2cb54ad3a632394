import { usDaylight } from "./us-daylight.js";

/**
 * Offsets in minutes east of UTC of the zone abbreviations news copy states.
 * Where an abbreviation names more than one zone, the one wire copy means most
 * often wins: `IST` is India (+5:30), `CST` is US Central (−6).
 *
 * @example
 * ```
 * import { ZONES } from "./zones.js";
 *
 * ZONES.AEST; // 600
 * ZONES.EDT; // -240
 * ```
 */
export const ZONES: Readonly<Record<string, number>> = {
  UTC: 0,
  GMT: 0,
  Z: 0,
  WET: 0,
  BST: 60,
  CET: 60,
  MEZ: 60,
  WEST: 60,
  CEST: 120,
  MESZ: 120,
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
  AWST: 480,
  JST: 540,
  KST: 540,
  ACST: 570,
  AEST: 600,
  AEDT: 660,
  NZST: 720,
  NZDT: 780,
};

/**
 * Offsets in minutes east of UTC of the zones news copy names in full
 * (`February 3, 2025 10:00 AM Eastern Standard Time`, a Nexis time line's
 * `23:22 Central European Time`).
 */
export const ZONE_NAMES: Readonly<Record<string, number>> = {
  "Coordinated Universal Time": 0,
  "Greenwich Mean Time": 0,
  "Western European Time": 0,
  "British Summer Time": 60,
  "Western European Summer Time": 60,
  "Central European Time": 60,
  "Central European Summer Time": 120,
  "Eastern European Time": 120,
  "Eastern European Summer Time": 180,
  "Moscow Standard Time": 180,
  "India Standard Time": 330,
  "China Standard Time": 480,
  "Hong Kong Time": 480,
  "Singapore Standard Time": 480,
  "Japan Standard Time": 540,
  "Korea Standard Time": 540,
  "Australian Eastern Standard Time": 600,
  "Australian Eastern Daylight Time": 660,
  "New Zealand Standard Time": 720,
  "New Zealand Daylight Time": 780,
  "Atlantic Standard Time": -240,
  "Atlantic Daylight Time": -180,
  "Eastern Standard Time": -300,
  "Eastern Daylight Time": -240,
  "Central Standard Time": -360,
  "Central Daylight Time": -300,
  "Mountain Standard Time": -420,
  "Mountain Daylight Time": -360,
  "Pacific Standard Time": -480,
  "Pacific Daylight Time": -420,
};

// US zones named without "standard" or "daylight" (press releases' `ET`):
// their standard offset, an hour more while daylight time is in force.
const US_ZONES: Readonly<Record<string, number>> = {
  ET: -300,
  "Eastern Time": -300,
  CT: -360,
  "Central Time": -360,
  MT: -420,
  "Mountain Time": -420,
  PT: -480,
  "Pacific Time": -480,
};

/** A local date and hour: where a US zone's offset depends on the day. */
export interface LocalHour {
  year: number;
  month: number;
  day: number;
  hour: number;
}

// `+08:00`, `+0800`, `-5`, `UTC+8`, `GMT-03:30`.
const OFFSET = /^(?:UTC|GMT)?([+-])(\d{1,2})(?::?(\d{2}))?$/;

/**
 * The offset in minutes east of UTC of a zone as text states it: an
 * abbreviation of {@link ZONES}, a name of {@link ZONE_NAMES}, a numeric
 * offset, or a US zone named without "standard" or "daylight" (`ET`,
 * `Pacific Time`), whose offset on the local day `on` follows the US rules
 * (null without `on`, or before 1967). Null when it is none of them, or when
 * the offset is out of range (beyond ±14:00).
 *
 * @param zone - the zone as written, e.g. `KST`, `+09:00`, `UTC+9`, `Eastern Standard Time`.
 * @param on - the local date and hour the zone is stated for.
 * @returns minutes east of UTC, or null.
 *
 * @example
 * ```
 * import { zoneOffset } from "./zones.js";
 *
 * zoneOffset("KST"); // 540
 * zoneOffset("-04:00"); // -240
 * zoneOffset("UTC+5:30"); // 330
 * zoneOffset("Central European Time"); // 60
 * zoneOffset("ET", { year: 2025, month: 7, day: 4, hour: 12 }); // -240
 * zoneOffset("XYZ"); // null
 * ```
 */
export function zoneOffset(zone: string, on?: LocalHour): number | null {
  if (Object.hasOwn(ZONES, zone)) return ZONES[zone] ?? null;
  if (Object.hasOwn(ZONE_NAMES, zone)) return ZONE_NAMES[zone] ?? null;
  if (Object.hasOwn(US_ZONES, zone)) {
    const daylight = on ? usDaylight(on.year, on.month, on.day, on.hour) : null;
    return daylight === null ? null : (US_ZONES[zone] as number) + (daylight ? 60 : 0);
  }
  const m = OFFSET.exec(zone);
  if (!m) return null;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
  if (minutes > 14 * 60 || Number(m[3] ?? 0) > 59) return null;
  return m[1] === "-" ? -minutes : minutes;
}
