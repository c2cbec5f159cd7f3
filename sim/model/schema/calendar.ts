/**
 * The scenario calendar: day 0 is `startDate` (YYYY-MM-DD, proleptic Gregorian), day d is d
 * days later. One leap-year rule, one month table, used by validation, the engine's monthly
 * factors and every date shown for a day.
 */

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in month `m` (0 = January) of year `y`. */
export const daysInMonth = (y: number, m: number): number => (m === 1 && isLeap(y) ? 29 : DAYS_IN_MONTH[m] ?? 0);

/** Year, month (1-12) and day of a `YYYY-MM-DD` string (not checked). */
const parts = (date: string) => date.split('-').map(Number) as [number, number, number];

/** True for a real calendar date `YYYY-MM-DD` (month 01-12, day within the month, leap years counted). */
export function isCalendarDate(date: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return false;
  const [y, m, d] = parts(date);
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m - 1);
}

/** Calendar month (0 = January) of each day 0..days-1 since `startDate`. */
export function monthsByDay(startDate: string, days: number): Uint8Array {
  const [y0, m0, d0] = parts(startDate);
  const out = new Uint8Array(days);
  let y = y0, m = m0 - 1, dd = d0;
  for (let i = 0; i < days; i++) {
    out[i] = m;
    if (++dd > daysInMonth(y, m)) { dd = 1; if (++m === 12) { m = 0; y++; } }
  }
  return out;
}

/** Days from 1970-01-01 to a date (Howard Hinnant's days_from_civil). */
function epochDay(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The date (`YYYY-MM-DD`) of day `day` since `startDate`. */
export function dateOfDay(startDate: string, day: number): string {
  const z = epochDay(...parts(startDate)) + Math.floor(day) + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The day index of `date` since `startDate` (negative before it). */
export function dayOfDate(startDate: string, date: string): number {
  return epochDay(...parts(date)) - epochDay(...parts(startDate));
}
