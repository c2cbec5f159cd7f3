/** What one replication of the model returns, and what aggregation across replications gives. */
import type { MetricId, Unit } from './metrics.ts';
import type { SeriesId } from './series.ts';

/** The output of one replication. Size is bounded by days × series, never by people simulated. */
export interface ReplicationResult {
  /** Replication index (0-based); with the seed it identifies the random streams used. */
  readonly replication: number;
  readonly seed: number;
  readonly days: number;
  /** One value per summary metric. */
  readonly summary: Record<MetricId, number>;
  /** One Float64Array of length `days` per series. */
  readonly daily: Record<SeriesId, Float64Array>;
  /** Histogram of Border Patrol time in custody: counts per `binHours`-wide bin, last bin open-ended. */
  readonly custodyHistogram: { readonly binHours: number; readonly counts: Float64Array };
  /** Policy change days (for marking chart axes). */
  readonly policyChangeDays: readonly number[];
  /** Kernel events processed and people simulated (for throughput reports). */
  readonly events: number;
  readonly people: number;
}

/** A metric aggregated over replications with a Student-t 95% confidence interval. */
export interface MetricSummary {
  readonly unit: Unit;
  readonly mean: number;
  readonly ci95: readonly [number, number];
  readonly sd: number;
  readonly n: number;
}

/** Summary JSON as written by the CLI and shown by the UI. */
export interface ScenarioSummary {
  readonly scenario: string;
  readonly reps: number;
  readonly seed: number;
  readonly metrics: Record<MetricId, MetricSummary>;
}
