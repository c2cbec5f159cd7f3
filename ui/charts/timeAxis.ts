/**
 * Calendar dates on time axes, from the scenario calendar (`sim/model/schema/calendar.ts`):
 * day d of a scenario is its start date plus d days. Ticks fall on the first of a month, every
 * one, two, three, six or twelve months, as many as fit; without a start date they are day
 * numbers.
 */
import { dateOfDay, dayOfDate } from '../../sim/model/schema/calendar.ts';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** The date of day `day` as "12 Oct 2023". */
export function formatDay(startDate: string | null, day: number): string {
  if (!startDate) return `day ${day}`;
  const [y, m, d] = dateOfDay(startDate, day).split('-').map(Number) as [number, number, number];
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

/** A month `YYYY-MM` as "Oct 2023". */
export function formatMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return `${MONTHS[m - 1]} ${y}`;
}

/** A tick: the day it marks and its label. */
export interface TimeTick {
  readonly day: number;
  readonly label: string;
}

/**
 * Ticks for days 0…lastDay, at most `maxTicks`. With a start date: month starts, labelled
 * "Oct", with the year at January and on the first tick ("Oct 2023", "Jan 2024").
 */
export function timeTicks(startDate: string | null, lastDay: number, maxTicks: number): TimeTick[] {
  if (!startDate) {
    const step = [1, 2, 5, 10, 20, 30, 50, 60, 90, 100, 180, 200, 365, 500, 730, 1000].find((s) => lastDay / s + 1 <= maxTicks) ?? Math.ceil(lastDay / maxTicks);
    const out: TimeTick[] = [];
    for (let d = 0; d <= lastDay; d += step) out.push({ day: d, label: `day ${d}` });
    return out;
  }
  const [y0, m0, d0] = startDate.split('-').map(Number) as [number, number, number];
  const months: { day: number; year: number; month: number }[] = [];
  // First of each month from the start's (kept if on or after the start) to past the last day.
  for (let k = 0; ; k++) {
    const year = y0 + Math.floor((m0 - 1 + k) / 12);
    const month = (m0 - 1 + k) % 12;
    if (k === 0 && d0 !== 1) continue;
    const day = dayOfDate(startDate, `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}-01`);
    if (day > lastDay) break;
    months.push({ day, year, month });
  }
  const every = [1, 2, 3, 6, 12, 24, 60].find((e) => Math.ceil(months.length / e) <= maxTicks) ?? 120;
  // Keep months on a grid of `every` counted from January, so ticks fall on quarters and years.
  const kept = months.filter((m) => (m.year * 12 + m.month) % every === 0);
  return kept.map((m, i) => ({ day: m.day, label: i === 0 || m.month === 0 ? (every >= 12 ? String(m.year) : `${MONTHS[m.month]} ${m.year}`) : MONTHS[m.month]! }));
}
