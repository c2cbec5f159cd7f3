/** Day-by-day mean and 95% band of every daily series across replications (for charts). */
import { SERIES, type SeriesId } from '../model/series.ts';
import type { ReplicationResult } from '../model/result.ts';
import { summarize } from '../stats/index.ts';
import { byReplication } from './summarizeScenario.ts';

/** One daily series aggregated across replications; each array has one value per day. */
export interface DailyBand {
  /** Mean over replications of the day's value. */
  readonly mean: Float64Array;
  /** Lower end of the Student-t 95% confidence interval of the mean (NaN with one replication). */
  readonly lo: Float64Array;
  /** Upper end of the Student-t 95% confidence interval of the mean (NaN with one replication). */
  readonly hi: Float64Array;
}

/**
 * For every daily series of the model, the mean over replications and its 95% confidence
 * band, day by day. The number of days is the shortest horizon among the replications
 * (they normally all have the same).
 */
export function dailyBands(results: readonly ReplicationResult[]): Record<SeriesId, DailyBand> {
  const ordered = byReplication(results);
  const days = ordered.length ? Math.min(...ordered.map((r) => r.days)) : 0;
  const bands = {} as Record<SeriesId, DailyBand>;
  const values = new Array<number>(ordered.length);
  for (const def of SERIES) {
    const mean = new Float64Array(days);
    const lo = new Float64Array(days);
    const hi = new Float64Array(days);
    for (let day = 0; day < days; day++) {
      for (let i = 0; i < ordered.length; i++) values[i] = ordered[i].daily[def.id][day];
      const s = summarize(values);
      mean[day] = s.mean;
      lo[day] = s.ci95[0];
      hi[day] = s.ci95[1];
    }
    bands[def.id] = { mean, lo, hi };
  }
  return bands;
}
