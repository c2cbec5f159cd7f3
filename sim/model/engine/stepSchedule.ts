/** Piecewise-constant schedules (a number, or steps `{ fromDay, value }`) compiled for fast lookup by day. */
import type { ScheduleInput } from '../schema/fields.ts';

/** Value of a schedule on each day 0..days-1 (the first step's value also holds before it). */
export function scheduleByDay(schedule: ScheduleInput, days: number): Float64Array {
  const out = new Float64Array(days);
  if (typeof schedule === 'number') return out.fill(schedule);
  const steps = [...schedule].sort((a, b) => a.fromDay - b.fromDay);
  let k = 0;
  for (let d = 0; d < days; d++) {
    while (k + 1 < steps.length && steps[k + 1]!.fromDay <= d) k++;
    out[d] = steps[k]!.value;
  }
  return out;
}

/** Day of the year structure: calendar month (0 = January) of each day since `startDate` (YYYY-MM-DD). */
export function monthsByDay(startDate: string, days: number): Uint8Array {
  const [y0, m0, d0] = startDate.split('-').map(Number) as [number, number, number];
  const out = new Uint8Array(days);
  const leap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const len = (y: number, m: number) => [31, leap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m]!;
  let y = y0, m = m0 - 1, dd = d0;
  for (let i = 0; i < days; i++) {
    out[i] = m;
    if (++dd > len(y, m)) { dd = 1; if (++m === 12) { m = 0; y++; } }
  }
  return out;
}

/** Daily rate of a flow: perDay x monthly factor x surge multipliers, for each day. */
export function flowRateByDay(
  flow: { perDay: number; monthlyFactors?: number[] | undefined; surges: { fromDay: number; toDay: number; multiplier: number }[] },
  months: Uint8Array,
): Float64Array {
  const out = new Float64Array(months.length);
  for (let d = 0; d < out.length; d++) {
    let r = flow.perDay * (flow.monthlyFactors ? flow.monthlyFactors[months[d]!]! : 1);
    for (const s of flow.surges) if (d >= s.fromDay && d < s.toDay) r *= s.multiplier;
    out[d] = r;
  }
  return out;
}
