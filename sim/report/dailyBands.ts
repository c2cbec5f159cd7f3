/** Day-by-day mean and 95% band of every daily series across replications (for charts). */
import { SERIES, type SeriesId } from '../model/series.ts';
import type { ReplicationResult } from '../model/result.ts';
import { aggregateSeries, type SeriesBand } from '../stats/index.ts';
import { byReplication } from './summarizeScenario.ts';

/**
 * One daily series aggregated across replications: per day the mean, the Student-t 95%
 * band of the mean (`lo`, `hi`; point-wise, not simultaneous), the sd and the count.
 */
export type DailyBand = SeriesBand;

/**
 * For every daily series of the model, the mean over replications and its 95% band, day
 * by day (`aggregateSeries` of `sim/stats`). Replications are taken in index order, so the
 * numbers do not depend on the order they finished in.
 */
export function dailyBands(results: readonly ReplicationResult[]): Record<SeriesId, DailyBand> {
  const ordered = byReplication(results);
  const bands = {} as Record<SeriesId, DailyBand>;
  for (const def of SERIES) bands[def.id] = aggregateSeries(ordered.map((r) => r.daily[def.id]));
  return bands;
}
