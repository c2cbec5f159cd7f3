/**
 * Paired comparison of two scenarios run with common random numbers: the same seed and
 * the same replication indices, so replication k of both scenarios draws the same
 * arrivals and the difference per replication carries less noise than two independent
 * runs would.
 */
import { METRICS, type MetricId, type Unit } from '../model/metrics.ts';
import type { ReplicationResult } from '../model/result.ts';
import { pairedDifference } from '../stats/index.ts';
import { byReplication } from './summarizeScenario.ts';

/** The difference (scenario minus reference) of one metric, with a paired 95% interval. */
export interface MetricDifference {
  readonly unit: Unit;
  /** Mean over replications of (scenario − reference). */
  readonly mean: number;
  /** Student-t 95% confidence interval of that mean difference. */
  readonly ci95: readonly [number, number];
  /** Sample standard deviation of the per-replication differences. */
  readonly sd: number;
  /** Number of pairs. */
  readonly n: number;
}

/** Every metric's difference between one scenario and the reference scenario. */
export interface ScenarioComparison {
  readonly scenario: string;
  readonly reference: string;
  readonly reps: number;
  readonly seed: number;
  readonly metrics: Record<MetricId, MetricDifference>;
}

/** Replications of one named scenario. */
export interface NamedResults {
  readonly scenario: string;
  readonly results: readonly ReplicationResult[];
}

/**
 * Compares `other` with `reference`, pairing replications by index.
 *
 * @throws Error if the two sets do not use the same seed and the same replication
 *   indices (the pairing would then not be common random numbers).
 */
export function compareResults(reference: NamedResults, other: NamedResults): ScenarioComparison {
  const a = byReplication(reference.results);
  const b = byReplication(other.results);
  const key = (r: ReplicationResult) => `${r.seed}:${r.replication}`;
  if (a.length !== b.length || a.some((r, i) => key(r) !== key(b[i]!))) {
    throw new Error(`cannot pair '${other.scenario}' with '${reference.scenario}': they must use the same seed and replication indices`);
  }
  const metrics = {} as Record<MetricId, MetricDifference>;
  for (const def of METRICS) {
    // Pairs where either side has no value (a mean over nobody) are left out; n counts the rest.
    const pairs = a.map((r, i) => [r.summary[def.id], b[i]!.summary[def.id]] as const).filter((p): p is readonly [number, number] => p[0] !== null && p[1] !== null);
    const d = pairedDifference(pairs.map((p) => p[0]), pairs.map((p) => p[1])); // b − a
    metrics[def.id] = { unit: def.unit, mean: d.mean, ci95: [d.ci95[0], d.ci95[1]], sd: d.sd, n: d.n };
  }
  return { scenario: other.scenario, reference: reference.scenario, reps: a.length, seed: a[0]?.seed ?? NaN, metrics };
}
