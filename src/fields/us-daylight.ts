import { daysInMonth } from "./calendar.js";

// Whether US daylight saving time is in force at a local date and hour: what
// a zone named without "standard" or "daylight" (`ET`, `Pacific Time`) means
// on that day. The rules of the Uniform Time Act and its amendments.

/** Day of the week, 0 for Sunday (Sakamoto's method: no `Date`). */
function weekday(year: number, month: number, day: number): number {
  const t = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4] as const;
  const y = month < 3 ? year - 1 : year;
  return (
    (y +
      Math.floor(y / 4) -
      Math.floor(y / 100) +
      Math.floor(y / 400) +
      (t[month - 1] ?? 0) +
      day) %
    7
  );
}

/** The day of month of the `n`th Sunday (0: the last) of a month. */
function sunday(year: number, month: number, n: number): number {
  if (n === 0) {
    const last = daysInMonth(year, month);
    return last - weekday(year, month, last);
  }
  return 1 + ((7 - weekday(year, month, 1)) % 7) + 7 * (n - 1);
}

/** [month, day] when daylight time begins and ends, at 02:00 local; null before 1967. */
function daylightPeriod(year: number): [[number, number], [number, number]] | null {
  if (year >= 2007)
    return [
      [3, sunday(year, 3, 2)],
      [11, sunday(year, 11, 1)],
    ];
  if (year >= 1987)
    return [
      [4, sunday(year, 4, 1)],
      [10, sunday(year, 10, 0)],
    ];
  // The energy crisis's two years began early.
  if (year === 1974)
    return [
      [1, 6],
      [10, sunday(year, 10, 0)],
    ];
  if (year === 1975)
    return [
      [2, 23],
      [10, sunday(year, 10, 0)],
    ];
  if (year >= 1967)
    return [
      [4, sunday(year, 4, 0)],
      [10, sunday(year, 10, 0)],
    ];
  return null;
}

/**
 * Whether daylight time is in force in the US at `hour` local time on that
 * day; null before 1967, when the rules were local. The hour the clocks go
 * back, which a clock shows twice, counts as daylight time.
 *
 * @example
 * ```
 * import { usDaylight } from "./us-daylight.js";
 *
 * usDaylight(2025, 7, 4, 12); // true
 * usDaylight(2025, 2, 3, 10); // false
 * ```
 */
export function usDaylight(year: number, month: number, day: number, hour: number): boolean | null {
  const period = daylightPeriod(year);
  if (period === null) return null;
  const [[startMonth, startDay], [endMonth, endDay]] = period;
  const at = (month * 32 + day) * 24 + hour;
  return at >= (startMonth * 32 + startDay) * 24 + 2 && at < (endMonth * 32 + endDay) * 24 + 2;
}
