/** Hand-made replication results for report tests (the report functions are pure). */
import { METRICS, type MetricId } from '../../sim/model/metrics.ts';
import { SERIES, type SeriesId } from '../../sim/model/series.ts';
import type { ReplicationResult } from '../../sim/model/result.ts';

/**
 * A result whose metric values are `value(metricIndex)` and whose daily series are
 * `daily(seriesIndex, day)`.
 */
export function makeResult(
  replication: number,
  seed: number,
  days: number,
  value: (metric: number) => number,
  daily: (series: number, day: number) => number = (s, d) => replication * 1000 + s * 10 + d,
): ReplicationResult {
  const summary = Object.fromEntries(METRICS.map((m, i) => [m.id, value(i)])) as Record<MetricId, number>;
  const series = Object.fromEntries(SERIES.map((s, i) => [s.id, Float64Array.from({ length: days }, (_, d) => daily(i, d))])) as Record<SeriesId, Float64Array>;
  return { replication, seed, days, summary, daily: series, custodyHistogram: { binHours: 12, counts: new Float64Array(8) }, policyChangeDays: [], events: 0, people: 0 };
}
