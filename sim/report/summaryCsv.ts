/** Tidy CSV of scenario summaries: one row per scenario and metric. */
import { METRICS } from '../model/metrics.ts';
import type { ScenarioSummary } from '../model/result.ts';
import { csvLine } from './csvFormat.ts';

/** Column names of {@link summaryCsv}. */
export const SUMMARY_CSV_COLUMNS = ['scenario', 'seed', 'reps', 'metric', 'unit', 'mean', 'ci95_lo', 'ci95_hi', 'sd', 'n'] as const;

/**
 * `summary.csv`: a header, then one row per scenario and metric (metrics in the model's
 * order), ready for `pandas.read_csv` or R's `read.csv`.
 */
export function summaryCsv(summaries: readonly ScenarioSummary[]): string {
  let out = csvLine(SUMMARY_CSV_COLUMNS);
  for (const s of summaries) {
    for (const def of METRICS) {
      const m = s.metrics[def.id];
      out += csvLine([s.scenario, s.seed, s.reps, def.id, m.unit, m.mean, m.ci95[0], m.ci95[1], m.sd, m.n]);
    }
  }
  return out;
}
