/**
 * What the charts know about one scenario of a comparison: its style and the aggregates
 * `sim/report` computed from its replications so far. Charts never aggregate replications
 * themselves.
 */
import type { MetricId } from '../../sim/model/metrics.ts';
import type { ScenarioSummary } from '../../sim/model/result.ts';
import type { SeriesId } from '../../sim/model/series.ts';
import type { ScenarioStyle } from './palette.ts';
import type { Band } from './timeSeriesChart.ts';

/** One scenario's aggregates, as far as the run has got. */
export interface ScenarioView {
  readonly style: ScenarioStyle;
  /** Daily mean and 95% band of every series (from `dailyBands`), or null before any data. */
  readonly bands: Readonly<Record<SeriesId, Band>> | null;
  /** Days that have data: the horizon once a replication has finished, fewer while the first one runs. */
  readonly days: number;
  /** Summary over finished replications (from `summarizeScenario`), or null before the first finishes. */
  readonly summary: ScenarioSummary | null;
  /** Share of people per custody-time bin, pooled over finished replications, or null. */
  readonly custody: { readonly binHours: number; readonly shares: Float64Array } | null;
  /** Policy change days of the scenario. */
  readonly policyChangeDays: readonly number[];
  /** Finished replications. */
  readonly reps: number;
}

/** The mean of a summary metric, or NaN when there is no summary yet. */
export function metricMean(view: ScenarioView, id: MetricId): number {
  return view.summary ? view.summary.metrics[id].mean : Number.NaN;
}
