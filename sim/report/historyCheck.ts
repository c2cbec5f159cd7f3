/**
 * A history preset's run against the targets stated for its year (`sim/observed/historyTargets.ts`):
 * for each target the model's value (mean over replications, with the lowest and highest
 * replication), its error against the published figure and whether it is within tolerance.
 * Pure: it reads only the replications' daily series.
 */
import { HISTORY_QUANTITIES, HISTORY_TOLERANCE, type HistoryQuantity, type HistoryYear } from '../observed/historyTargets.ts';
import { fiscalYearOf } from '../observed/months.ts';
import type { BacktestReplication } from './backtest.ts';
import { wholeMonths, type MonthSpan } from './backtest.ts';

export interface HistoryCheck {
  readonly preset: string;
  readonly fiscalYear: number;
  readonly quantity: HistoryQuantity;
  readonly label: string;
  readonly published: number | string;
  /** Mean over replications; for the peak month, the month of the highest mean. */
  readonly model: number | string;
  readonly low: number | null;
  readonly high: number | null;
  /** (model − published) / published; null for the peak month. */
  readonly error: number | null;
  readonly within: boolean;
  readonly source: string;
}

const sumOver = (v: ArrayLike<number>, from: number, to: number) => { let t = 0; for (let i = from; i < to; i++) t += v[i]!; return t; };

/** The value of an annual quantity in one replication over the fiscal year's months. */
function annual(q: Exclude<HistoryQuantity, 'encounters.bp.peakMonth'>, rep: BacktestReplication, months: readonly MonthSpan[]): number {
  const from = months[0]!.from, to = months.at(-1)!.to;
  const series = (id: 'encounters.bp' | 'encounters.ofo' | 'detention.occupancy' | 'court.backlog') => {
    const v = rep.daily[id];
    if (!v) throw new Error(`history check: the replication has no daily series ${id}`);
    return v;
  };
  switch (q) {
    case 'encounters.bp': return sumOver(series('encounters.bp'), from, to);
    case 'encounters.ofo': return sumOver(series('encounters.ofo'), from, to);
    case 'detention.adp': return sumOver(series('detention.occupancy'), from, to) / (to - from);
    case 'court.pendingEnd': return series('court.backlog')[to - 1]!;
  }
}

/**
 * Checks `reps` (replications of a horizon of `days` days from `startDate`) against `year`'s
 * targets. The fiscal year must lie whole inside the horizon.
 */
export function historyChecks(year: HistoryYear, startDate: string, days: number, reps: readonly BacktestReplication[]): HistoryCheck[] {
  const months = wholeMonths(startDate, days).filter((m) => fiscalYearOf(m.month) === year.fiscalYear);
  if (months.length !== 12) throw new Error(`history check: FY${year.fiscalYear} is not whole inside ${days} days from ${startDate}`);
  if (reps.length === 0) throw new Error('history check: no replications');
  return year.targets.map((t) => {
    const base = { preset: year.preset, fiscalYear: year.fiscalYear, quantity: t.quantity, label: HISTORY_QUANTITIES[t.quantity].label, published: t.published, source: t.source };
    if (t.quantity === 'encounters.bp.peakMonth') {
      const mean = months.map((m) => reps.reduce((a, r) => a + sumOver(r.daily['encounters.bp']!, m.from, m.to), 0) / reps.length);
      const peak = months[mean.indexOf(Math.max(...mean))]!.month;
      return { ...base, model: peak, low: null, high: null, error: null, within: peak === t.published };
    }
    const values = reps.map((r) => annual(t.quantity as Exclude<HistoryQuantity, 'encounters.bp.peakMonth'>, r, months));
    const model = values.reduce((a, b) => a + b, 0) / values.length;
    const error = model / (t.published as number) - 1;
    return { ...base, model, low: Math.min(...values), high: Math.max(...values), error, within: Math.abs(error) <= HISTORY_TOLERANCE };
  });
}

/** One line per check, for a reviewer: "fy2019 ICE average daily population: model 47,300 (46,900-47,700), published 50,165, -5.7% (within ±10%)". */
export function historyCheckLine(c: HistoryCheck): string {
  const n = (x: number) => Math.round(x).toLocaleString('en-US');
  if (typeof c.model === 'string') return `${c.preset} ${c.label}: model ${c.model}, published ${c.published} (${c.within ? 'right' : 'wrong'})`;
  const pct = `${c.error! >= 0 ? '+' : ''}${(c.error! * 100).toFixed(1)}%`;
  return `${c.preset} ${c.label}: model ${n(c.model)} (${n(c.low!)}-${n(c.high!)}), published ${n(c.published as number)}, ${pct} (${c.within ? 'within' : 'outside'} ±${HISTORY_TOLERANCE * 100}%)`;
}
