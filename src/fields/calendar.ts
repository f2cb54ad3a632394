// Calendar arithmetic of the date reader: month lengths, and ISO strings
// written without `Date` (whose methods cost microseconds a call on V8).

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeap(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * `new Date(utc).toISOString()` for whole seconds, by arithmetic: on V8 the
 * Date method costs microseconds a call. Years outside 1000–9999 go to it.
 */
export function isoOfUtc(utc: number): string {
  const days = Math.floor(utc / 86_400_000);
  const seconds = (utc - days * 86_400_000) / 1000;
  // Days since 1970-01-01 to a civil date (H. Hinnant's algorithm).
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  if (year < 1000 || year > 9999 || !Number.isInteger(seconds)) return new Date(utc).toISOString();
  const hour = Math.floor(seconds / 3600);
  const minute = Math.floor((seconds % 3600) / 60);
  return `${year}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:${pad(seconds % 60)}.000Z`;
}

export function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}
