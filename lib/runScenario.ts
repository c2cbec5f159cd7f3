/** Running one scenario from a script or notebook. */
import type { ReplicationResult, ScenarioSummary } from '../sim/model/result.ts';
import type { SeriesId } from '../sim/model/series.ts';
import { horizonProblem } from '../sim/model/schema/scenarioSchema.ts';
import { dailyBands, summarizeScenario, type DailyBand } from '../sim/report/index.ts';
import { DEFAULT_REPS, DEFAULT_SEED } from './defaults.ts';
import { loadScenario, ScenarioError, type LoadedScenario } from './loadScenario.ts';
import { runBatch, type BatchProgress } from './runBatch.ts';

/** Options of {@link runScenario} and {@link compareScenarios}. */
export interface RunScenarioOptions {
  /** Replications (default 10). */
  readonly reps?: number;
  /** Seed shared by all replications; replication k uses (seed, k) (default 1). */
  readonly seed?: number;
  /** Horizon in days (default: the scenario's). */
  readonly days?: number;
  /** Worker threads (default: one per core). The results do not depend on it. */
  readonly workers?: number;
  /** Progress callback, about once per simulated day per running replication. */
  readonly onProgress?: (p: BatchProgress) => void;
  /** Aborting stops the workers at once and rejects with the signal's reason. */
  readonly signal?: AbortSignal;
}

/** The outcome of {@link runScenario}. */
export interface ScenarioRun {
  /** The scenario as run (validated, fully resolved). */
  readonly scenario: LoadedScenario;
  /** Mean, 95% CI, sd and n of every summary metric (the CLI's `summary.json`). */
  readonly summary: ScenarioSummary;
  /** Every replication, in replication order. */
  readonly results: readonly ReplicationResult[];
  /** Daily mean and 95% band of every series. */
  readonly bands: Record<SeriesId, DailyBand>;
}

/** Checks a count option (reps, workers, days) and returns it. */
export function positiveInteger(name: string, value: number): number {
  if (!Number.isInteger(value) || value < 1) throw new RangeError(`invalid ${name}: ${value} (expected a positive integer)`);
  return value;
}

/** Checks a seed option: an integer from 0 to 2^32 − 1. */
export function seedValue(value: number): number {
  if (!Number.isInteger(value) || value < 0 || value > 0xffffffff) throw new RangeError(`invalid seed: ${value} (expected an integer from 0 to 4294967295)`);
  return value;
}

/**
 * Runs replications of one scenario in parallel on worker threads and summarizes them.
 * For a given scenario, seed, reps and days the result is identical whatever the number
 * of workers, and identical to the CLI's and the browser's.
 *
 * @param source a preset name, a path to a scenario JSON file, or scenario data.
 * @throws ScenarioError for an invalid scenario (or one too large to simulate over `days`);
 *   ReplicationFailedError if a replication fails.
 * @example
 * ```ts
 * const run = await runScenario('baseline', { reps: 4, days: 30 });
 * console.log(run.summary.metrics['bp.occupancy.mean']);
 * ```
 */
export async function runScenario(source: string | object, options: RunScenarioOptions = {}): Promise<ScenarioRun> {
  const scenario = loadScenario(source);
  const [run] = await runLoaded([scenario], options);
  return run;
}

/** Runs already loaded scenarios with common random numbers (same seed and replication indices). */
export async function runLoaded(scenarios: readonly LoadedScenario[], options: RunScenarioOptions): Promise<ScenarioRun[]> {
  const reps = positiveInteger('reps', options.reps ?? DEFAULT_REPS);
  const seed = seedValue(options.seed ?? DEFAULT_SEED);
  const days = options.days === undefined ? undefined : positiveInteger('days', options.days);
  const workers = options.workers === undefined ? undefined : positiveInteger('workers', options.workers);
  if (days !== undefined) {
    // The scenario's own horizon passed the work bound when it was validated; a horizon given here must too.
    for (const s of scenarios) {
      const problem = horizonProblem(s.scenario, days);
      if (problem) throw new ScenarioError(s.source, `scenario '${s.source}' cannot run over days: ${days}: ${problem}`);
    }
  }
  const requests = scenarios.flatMap((s) => Array.from({ length: reps }, (_, replication) => ({ scenario: s.scenario, seed, replication, days })));
  const results = await runBatch(requests, { workers, onProgress: options.onProgress, signal: options.signal });
  return scenarios.map((s, k) => {
    const mine = results.slice(k * reps, (k + 1) * reps);
    return { scenario: s, summary: summarizeScenario(s.label, seed, mine), results: mine, bands: dailyBands(mine) };
  });
}
