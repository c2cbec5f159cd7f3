/** Aggregation of replications into the summary JSON written by the CLI and shown by the UI. */
import { METRICS, type MetricId } from '../model/metrics.ts';
import type { MetricSummary, ReplicationResult, ScenarioSummary } from '../model/result.ts';
import { summarize } from '../stats/index.ts';

/**
 * Replications sorted by replication index, so that every aggregate is computed in the
 * same order (and so gives bit-identical sums) however the replications were scheduled.
 */
export function byReplication(results: readonly ReplicationResult[]): ReplicationResult[] {
  return [...results].sort((a, b) => a.replication - b.replication);
}

/** A metric's values over replications, leaving out replications where it has none (null). */
export function valuesOf(results: readonly ReplicationResult[], id: MetricId): number[] {
  const out: number[] = [];
  for (const r of results) { const v = r.summary[id]; if (v !== null) out.push(v); }
  return out;
}

/**
 * Summarizes replications of one scenario: for each summary metric of the model, the mean
 * over replications with a Student-t 95% confidence interval, the sample standard
 * deviation and the number of replications (see `summarize` in `sim/stats`: with one
 * replication the deviation is 0 and the interval collapses to the mean, which is not
 * certainty). A metric without a value in some replications (a mean over nobody) is
 * summarized over the replications that have one; `n` says how many.
 *
 * @param scenario name shown for the scenario (a preset name or a file name).
 * @param seed the run's seed (the same for every replication).
 * @param results the replications, in any order.
 */
export function summarizeScenario(scenario: string, seed: number, results: readonly ReplicationResult[]): ScenarioSummary {
  const ordered = byReplication(results);
  const metrics = {} as Record<MetricId, MetricSummary>;
  for (const def of METRICS) {
    const s = summarize(valuesOf(ordered, def.id));
    metrics[def.id] = { unit: def.unit, mean: s.mean, ci95: [s.ci95[0], s.ci95[1]], sd: s.sd, n: s.n };
  }
  return { scenario, reps: ordered.length, seed, metrics };
}
