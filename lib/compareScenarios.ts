/** Comparing scenarios with common random numbers from a script or notebook. */
import { compareResults, type ScenarioComparison } from '../sim/report/index.ts';
import { loadScenario } from './loadScenario.ts';
import { runLoaded, type RunScenarioOptions, type ScenarioRun } from './runScenario.ts';

/** The outcome of {@link compareScenarios}. */
export interface ScenarioComparisonRun {
  /** Each scenario's run, in the order given; the first is the reference. */
  readonly runs: readonly ScenarioRun[];
  /** For each scenario after the first: every metric's difference from the first, with a paired 95% CI. */
  readonly comparisons: readonly ScenarioComparison[];
}

/**
 * Runs each scenario with the same seed and replication indices (common random numbers)
 * and compares every scenario after the first with the first: per metric, the mean of
 * the per-replication differences (scenario − first) with a paired Student-t 95% CI.
 *
 * @param sources two or more preset names, scenario file paths or scenario data.
 * @throws RangeError with fewer than two scenarios; ScenarioError for an invalid one;
 *   ReplicationFailedError if a replication fails.
 * @example
 * ```ts
 * const { comparisons } = await compareScenarios(['baseline', 'my-policy.json'], { reps: 8 });
 * const d = comparisons[0].metrics['bp.occupancy.mean']; // d.mean, d.ci95
 * ```
 */
export async function compareScenarios(sources: readonly (string | object)[], options: RunScenarioOptions = {}): Promise<ScenarioComparisonRun> {
  if (sources.length < 2) throw new RangeError(`compareScenarios needs at least two scenarios (got ${sources.length})`);
  const loaded = sources.map((s, i) => loadScenario(s, typeof s === 'string' ? undefined : `scenario${i + 1}`));
  const runs = await runLoaded(loaded, options);
  const [reference, ...others] = runs;
  const comparisons = others.map((o) =>
    compareResults({ scenario: reference.scenario.label, results: reference.results }, { scenario: o.scenario.label, results: o.results }),
  );
  return { runs, comparisons };
}
