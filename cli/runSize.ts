/**
 * How much a run holds, estimated before it starts. A run keeps every replication's result
 * (its daily series feed timeseries.csv, and `merge` needs them all), and a shard writes its
 * results into one part file; a run whose results would not fit is refused up front with the
 * estimate, instead of dying of V8's out-of-memory error after minutes.
 */
import { formatBytes } from '../lib/formatBytes.ts';

export { formatBytes };

/** Estimated memory of one replication's result: the summary, the custody histogram and the diagnostics, plus the daily series. */
export function resultBytes(days: number): number {
  return 8_192 + 256 * days;
}

/** Estimated size of one replication's result in a part file (numbers as text). */
export function partResultBytes(days: number): number {
  return 5_120 + 256 * days;
}

/** Most memory the results of one run may take (a merge holds the results of every shard). */
export const MAX_RESULT_BYTES = 1e9;

/** Largest part file a shard may write, and `merge` read (well below V8's longest string). */
export const MAX_PART_BYTES = 250e6;

/** Units of work of a run: `units` replications of `days` days each (summed over the scenarios of a plan). */
export interface RunSize {
  readonly replications: number;
  readonly resultBytes: number;
}

/** The size of `reps` replications of each of scenarios of the given horizons. */
export function runSize(reps: number, horizons: readonly number[]): RunSize {
  return {
    replications: reps * horizons.length,
    resultBytes: horizons.reduce((a, days) => a + reps * resultBytes(days), 0),
  };
}

/**
 * Why a run of this size cannot be held, or null.
 *
 * @param what describes the run, e.g. `4 grid points x 10 replications of 365 days`.
 */
export function sizeProblem(size: RunSize, what: string): string | null {
  if (size.resultBytes <= MAX_RESULT_BYTES) return null;
  return `${what} would hold about ${formatBytes(size.resultBytes)} of results in memory; expected at most ${formatBytes(MAX_RESULT_BYTES)}: use fewer replications or grid points, or a shorter --days`;
}
