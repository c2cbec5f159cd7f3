/** Tidy CSV of paired comparisons: one row per compared scenario and metric. */
import { METRICS } from '../model/metrics.ts';
import type { ScenarioComparison } from './compareResults.ts';
import { csvLine } from './csvFormat.ts';

/** Column names of {@link comparisonCsv}. */
export const COMPARISON_CSV_COLUMNS = ['scenario', 'reference', 'seed', 'reps', 'metric', 'unit', 'difference', 'ci95_lo', 'ci95_hi', 'sd', 'n'] as const;

/** `comparison.csv`: a header, then one row per compared scenario and metric (scenario − reference). */
export function comparisonCsv(comparisons: readonly ScenarioComparison[]): string {
  let out = csvLine(COMPARISON_CSV_COLUMNS);
  for (const c of comparisons) {
    for (const def of METRICS) {
      const m = c.metrics[def.id];
      out += csvLine([c.scenario, c.reference, c.seed, c.reps, def.id, m.unit, m.mean, m.ci95[0], m.ci95[1], m.sd, m.n]);
    }
  }
  return out;
}
