/**
 * Calendar-month arithmetic for observed series. A month is `YYYY-MM`; the US federal
 * fiscal year runs October to September and is named after the year it ends in.
 */

/** `YYYY-MM` with a month from 01 to 12. */
export const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;

/** Months since year 0 (January of year 0 is 0), for gap and step checks. */
export function monthIndex(month: string): number {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return y * 12 + (m - 1);
}

/** The month `steps` months after `month` (negative steps go back). */
export function addMonths(month: string, steps: number): string {
  const i = monthIndex(month) + steps;
  const y = Math.floor(i / 12);
  return `${String(y).padStart(4, '0')}-${String(i - y * 12 + 1).padStart(2, '0')}`;
}

/** The fiscal year a month belongs to: October 2023 is in FY2024. */
export function fiscalYearOf(month: string): number {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m >= 10 ? y + 1 : y;
}

/** The twelve months of a fiscal year, October first. */
export function fiscalYearMonths(fiscalYear: number): string[] {
  return Array.from({ length: 12 }, (_, k) => addMonths(`${fiscalYear - 1}-10`, k));
}

/** Days in a calendar month (Gregorian leap years). */
export function daysInMonth(month: string): number {
  const [y, m] = month.split('-').map(Number) as [number, number];
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(m) ? 30 : 31;
}
