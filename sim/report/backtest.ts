/**
 * The model beside the published record: for each observed series that a shipped file can
 * compare with a model series (`sim/observed/manifest.ts`), the model's value in each whole
 * calendar month of the horizon (per replication, aggregated from daily values as the
 * manifest says), against the published value; the error of the replications' mean; whether
 * the published value lies inside the band the replications span; and the same over each
 * fiscal year the horizon covers in full. Pure: files are loaded by the caller.
 */
import { SERIES, type SeriesId } from '../model/series.ts';
// Months, the compared sums and types only: the observed loader's schemas (zod) stay out of the report worker.
import { addMonths, daysInMonth, fiscalYearOf } from '../observed/months.ts';
import { comparisonValues } from '../observed/comparisonValues.ts';
import type { ModelComparison, ObservedFileDef } from '../observed/manifest.ts';
import type { ObservedFile } from '../observed/parseObserved.ts';
import { csvLine } from './csvFormat.ts';

/** A whole calendar month inside the horizon: days [from, to). */
export interface MonthSpan {
  readonly month: string;
  readonly from: number;
  readonly to: number;
}

/** The whole calendar months of a horizon of `days` days starting on `startDate` (YYYY-MM-DD); a month cut by either end is left out. */
export function wholeMonths(startDate: string, days: number): MonthSpan[] {
  const [y, m, d] = startDate.split('-').map(Number) as [number, number, number];
  let month = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`;
  let from = 0;
  if (d !== 1) { from = daysInMonth(month) - d + 1; month = addMonths(month, 1); }
  const out: MonthSpan[] = [];
  for (;;) {
    const to = from + daysInMonth(month);
    if (to > days) return out;
    out.push({ month, from, to });
    from = to; month = addMonths(month, 1);
  }
}

/** What a backtest needs of one replication: its daily series. */
export interface BacktestReplication {
  readonly daily: Readonly<Partial<Record<SeriesId, ArrayLike<number>>>>;
}

/** The model against one published value. */
export interface BacktestPoint {
  /** File id in the manifest. */
  readonly file: string;
  /** What is compared, in words (the observed series' labels). */
  readonly quantity: string;
  /** The model series compared with. */
  readonly series: SeriesId;
  /** `YYYY-MM` for a month; `FY2024` for a fiscal year. */
  readonly period: string;
  readonly observed: number;
  /** Mean over replications. */
  readonly model: number;
  /** The lowest and highest replication (the band the replications span). */
  readonly low: number;
  readonly high: number;
  /** (model − observed) / observed; null when the observed value is 0. */
  readonly error: number | null;
  /** The observed value lies within [low, high]. */
  readonly inside: boolean;
}

export interface Backtest {
  readonly months: readonly BacktestPoint[];
  readonly years: readonly BacktestPoint[];
  /** The source line of each file used, by file id. */
  readonly sources: Readonly<Record<string, string>>;
}

const aggregateDays = (values: ArrayLike<number>, span: MonthSpan, how: ModelComparison['aggregate']): number => {
  if (how === 'end') return values[span.to - 1]!;
  let t = 0;
  for (let i = span.from; i < span.to; i++) t += values[i]!;
  return how === 'sum' ? t : t / (span.to - span.from);
};

function point(file: string, quantity: string, series: SeriesId, period: string, observed: number, values: readonly number[]): BacktestPoint {
  const model = values.reduce((a, b) => a + b, 0) / values.length;
  const low = Math.min(...values), high = Math.max(...values);
  return { file, quantity, series, period, observed, model, low, high, error: observed === 0 ? null : (model - observed) / observed, inside: observed >= low && observed <= high };
}

/**
 * Compares `replications` of a run over `days` days from `startDate` with every shipped file
 * in `files` (each with its manifest entry) that has published values for a whole month of
 * the horizon. Comparisons with a summary metric (not a daily series), and months the file
 * marks as partial, are left out.
 */
export function backtest(
  startDate: string, days: number, replications: readonly BacktestReplication[],
  files: readonly { readonly def: ObservedFileDef; readonly data: ObservedFile }[],
): Backtest {
  if (replications.length === 0) throw new RangeError('a backtest needs at least one replication');
  const spans = wholeMonths(startDate, days);
  const months: BacktestPoint[] = [], years: BacktestPoint[] = [];
  const sources: Record<string, string> = {};
  for (const { def, data } of files) {
    for (const c of def.compare) {
      if (!('series' in c.model)) continue;
      const series = c.model.series;
      const published = comparisonValues(c, data);
      if (!published) continue;
      // A month the publisher covers only in part (ICE's September 2022: 24 days) is not a month's value: left out.
      const partial = new Set(data.meta.partial.map((p) => p.month));
      const byMonth = new Map(spans.filter((s) => published.has(s.month) && !partial.has(s.month)).map((s) => [s.month, published.get(s.month)!]));
      if (byMonth.size === 0) continue;
      sources[def.id] = data.meta.source;
      // One published series: its own label; several added together: the model series' label and the ids added.
      const quantity = c.observed.length === 1
        ? def.series.find((s) => s.id === c.observed[0])?.label ?? c.observed[0]!
        : `${SERIES.find((s) => s.id === series)?.label ?? series}: ${c.observed.join(' + ')}`;
      const perRep = replications.map((r) => {
        const values = r.daily[series];
        if (!values) throw new RangeError(`the replications have no daily series ${series}`);
        return values;
      });
      const used = spans.filter((s) => byMonth.has(s.month));
      for (const span of used) {
        months.push(point(def.id, quantity, series, span.month, byMonth.get(span.month)!, perRep.map((v) => aggregateDays(v, span, c.aggregate))));
      }
      // Fiscal years with all twelve months compared.
      const fys = [...new Set(used.map((s) => fiscalYearOf(s.month)))];
      for (const fy of fys) {
        const inYear = used.filter((s) => fiscalYearOf(s.month) === fy);
        if (inYear.length !== 12) continue;
        const dayCount = inYear.reduce((a, s) => a + s.to - s.from, 0);
        const combine = (value: (s: MonthSpan) => number) => {
          if (c.aggregate === 'sum') return inYear.reduce((a, s) => a + value(s), 0);
          if (c.aggregate === 'mean') return inYear.reduce((a, s) => a + value(s) * (s.to - s.from), 0) / dayCount;
          return value(inYear[inYear.length - 1]!);
        };
        years.push(point(def.id, quantity, series, `FY${fy}`, combine((s) => byMonth.get(s.month)!), perRep.map((v) => combine((s) => aggregateDays(v, s, c.aggregate)))));
      }
    }
  }
  return { months, years, sources };
}

export const BACKTEST_CSV_COLUMNS = ['scenario', 'file', 'quantity', 'series', 'period', 'observed', 'model_mean', 'model_low', 'model_high', 'error', 'inside'] as const;

/** Tidy CSV of backtests: one row per scenario, comparison and period (months, then fiscal years). */
export function backtestCsv(runs: readonly { readonly scenario: string; readonly result: Backtest }[]): string {
  let out = csvLine(BACKTEST_CSV_COLUMNS);
  for (const { scenario, result } of runs) {
    for (const p of [...result.months, ...result.years]) {
      out += csvLine([scenario, p.file, p.quantity, p.series, p.period, p.observed, p.model, p.low, p.high, p.error, p.inside]);
    }
  }
  return out;
}
