/** What one replication of the model returns, and what aggregation across replications gives. */
import type { MetricId, MetricValues, Unit } from './metrics.ts';
import type { SeriesId } from './series.ts';

/** The output of one replication. Size is bounded by days × series, never by people simulated. */
export interface ReplicationResult {
  /** Replication index (0-based); with the seed it identifies the random streams used. */
  readonly replication: number;
  readonly seed: number;
  readonly days: number;
  /** One value per summary metric; null for a mean or share whose denominator is empty (see `MetricDef.emptyWhen`). */
  readonly summary: MetricValues;
  /** One Float64Array of length `days` per series. */
  readonly daily: Record<SeriesId, Float64Array>;
  /** Histogram of Border Patrol time in custody: counts per `binHours`-wide bin, last bin open-ended. */
  readonly custodyHistogram: { readonly binHours: number; readonly counts: Float64Array };
  /** Policy change days (for marking chart axes). */
  readonly policyChangeDays: readonly number[];
  /** Kernel events processed and people simulated (for throughput reports). */
  readonly events: number;
  readonly people: number;
  /**
   * Checks and breakdowns behind the summary: the conservation ledger (entries, people in
   * each place, exits by kind), per-facility flows (for Little's law), station queue waits
   * and court dockets. Optional for consumers; always filled by the model.
   */
  readonly diagnostics?: ReplicationDiagnostics;
}

/** Per-facility flow figures: people entered and left, present now, time-average level, mean stay of leavers (days). */
export interface FacilityFlow {
  readonly entries: number;
  readonly exits: number;
  readonly level: number;
  readonly meanLevel: number;
  readonly meanStayDays: number;
}

export interface ReplicationDiagnostics {
  /** Days actually simulated (less than `days` after a partial advance). */
  readonly simulatedDays: number;
  readonly ledger: {
    readonly entries: Record<string, number>;
    readonly places: Record<string, number>;
    readonly exits: Record<string, number>;
  };
  readonly facilities: Record<string, FacilityFlow>;
  /** Processing stations: parties started, mean queue wait (days), people served, people queued now, cohort entries held for them. */
  readonly stations: Record<string, { readonly started: number; readonly meanWaitDays: number; readonly served: number; readonly queued: number; readonly queueEntries: number }>;
  readonly court: { readonly detained: number; readonly nonDetained: number; readonly mpp: number; readonly intake: number; readonly initial: number; readonly completions: number };
}

/**
 * A metric aggregated over replications with a Student-t 95% confidence interval. `n` counts
 * the replications with a value; with none, mean, interval and sd are NaN (null in JSON,
 * NA in CSV, a dash in tables).
 */
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
