/** Piecewise-constant schedules and arrival-flow rates, evaluated day by day over a horizon. */
import type { ScheduleInput } from './fields.ts';

/** Value of a schedule (a number, or steps `{ fromDay, value }`) on each day 0..days-1; the first step's value also holds before it. */
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

/** A flow's fields as the schema gives them. */
export interface FlowRate { perDay: number; monthlyFactors?: readonly number[] | undefined; surges: readonly { fromDay: number; toDay: number; multiplier: number }[] }

/** Daily rate of a flow: perDay x monthly factor x surge multipliers, for each day (`months` from `monthsByDay`). */
export function flowRateByDay(flow: FlowRate, months: Uint8Array): Float64Array {
  const out = new Float64Array(months.length);
  for (let d = 0; d < out.length; d++) {
    let r = flow.perDay * (flow.monthlyFactors ? flow.monthlyFactors[months[d]!]! : 1);
    for (const s of flow.surges) if (d >= s.fromDay && d < s.toDay) r *= s.multiplier;
    out[d] = r;
  }
  return out;
}
