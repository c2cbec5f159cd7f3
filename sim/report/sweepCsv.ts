/** Tidy CSV of a parameter sweep: one row per grid point and metric. */
import { METRICS } from '../model/metrics.ts';
import type { ScenarioSummary } from '../model/result.ts';
import { csvLine, type CsvValue } from './csvFormat.ts';

/** One point of a sweep grid: the values set at that point and the summary of its replications. */
export interface SweepPoint {
  /** 0-based position in the grid (the last parameter varies fastest). */
  readonly index: number;
  /** The value of each swept parameter path at this point. */
  readonly values: Readonly<Record<string, unknown>>;
  readonly summary: ScenarioSummary;
}

const cell = (v: unknown): CsvValue =>
  v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? v : JSON.stringify(v);

/**
 * `sweep.csv`: columns `point`, one column per swept path (named by the path), then
 * `metric,unit,mean,ci95_lo,ci95_hi,sd,n`. Values that are not numbers, text or booleans
 * are written as JSON.
 */
export function sweepCsv(paths: readonly string[], points: readonly SweepPoint[]): string {
  let out = csvLine(['point', ...paths, 'metric', 'unit', 'mean', 'ci95_lo', 'ci95_hi', 'sd', 'n']);
  for (const p of points) {
    const head = [p.index, ...paths.map((path) => cell(p.values[path]))];
    for (const def of METRICS) {
      const m = p.summary.metrics[def.id];
      out += csvLine([...head, def.id, m.unit, m.mean, m.ci95[0], m.ci95[1], m.sd, m.n]);
    }
  }
  return out;
}
