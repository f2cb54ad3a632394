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

// `+08:00`, `+0800`, `-5`, `UTC+8`, `GMT-03:30`.
const OFFSET = /^(?:UTC|GMT)?([+-])(\d{1,2})(?::?(\d{2}))?$/;

/**
 * The offset in minutes east of UTC of a zone as text states it: an
 * abbreviation of {@link ZONES} or a numeric offset. Null when it is neither,
 * or when the offset is out of range (beyond ±14:00).
 *
 * @param zone - the zone as written, e.g. `KST`, `+09:00`, `UTC+9`.
 * @returns minutes east of UTC, or null.
 *
 * @example
 * ```
 * import { zoneOffset } from "./zones.js";
 *
 * zoneOffset("KST"); // 540
 * zoneOffset("-04:00"); // -240
 * zoneOffset("UTC+5:30"); // 330
 * zoneOffset("XYZ"); // null
 * ```
 */
export function zoneOffset(zone: string): number | null {
  if (Object.hasOwn(ZONES, zone)) return ZONES[zone] ?? null;
  const m = OFFSET.exec(zone);
  if (!m) return null;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
  if (minutes > 14 * 60 || Number(m[3] ?? 0) > 59) return null;
  return m[1] === "-" ? -minutes : minutes;
}
