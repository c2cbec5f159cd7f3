/**
 * One replication of the border model: create, advance in slices (each slice ends at a
 * simulated day), snapshot. Slicing is exact: advancing to day 100 then 365 gives the same
 * result, bit for bit, as advancing to 365 at once.
 */
import { World } from './engine/world.ts';
import type { ReplicationResult } from './result.ts';
import { horizonProblem, type Scenario } from './schema/scenarioSchema.ts';
import { summarize } from './summarize.ts';

export interface ReplicationOptions {
  /** Scenario seed (a safe integer); with `replication` it names every random stream. */
  seed: number;
  /** Replication index, 0-based. */
  replication: number;
  /** Days to simulate; default `scenario.days`. */
  days?: number;
}

export interface Replication {
  /**
   * Simulates up to day `toDay` (clamped to the horizon); may be called repeatedly with
   * increasing days. A fractional `toDay` runs the events before that time and leaves its day
   * open (a caller can then check for a cancel within a long day); the result is the same, bit
   * for bit, however the days are sliced. Snapshot at whole days: a snapshot within a day counts
   * that day's events so far.
   */
  advance(toDay: number): void;
  /** Days simulated so far. */
  readonly day: number;
  /** Kernel events processed so far (cheap to read, for progress reports). */
  readonly events: number;
  /** The result so far (a full result once `day` equals the horizon). */
  snapshot(): ReplicationResult;
}

/** Creates a replication of `scenario` (a validated Scenario, see `validateScenario`). */
export function createReplication(scenario: Scenario, opts: ReplicationOptions): Replication {
  const days = opts.days ?? scenario.days;
  if (!Number.isInteger(days) || days < 1) throw new RangeError(`invalid days: ${days} (expected an integer >= 1)`);
  // A horizon given apart from the scenario (a link's or the command line's) gets the checks
  // the scenario's own horizon got when it was validated: the longest horizon and the work bound.
  const problem = days === scenario.days ? null : horizonProblem(scenario, days);
  if (problem) throw new RangeError(`invalid days: ${days} (${problem})`);
  const world = new World(scenario, opts.seed, opts.replication, days);
  let day = 0;
  return {
    advance(toDay: number): void {
      if (Number.isNaN(toDay)) throw new RangeError(`invalid day: ${toDay} (expected a number)`);
      const to = Math.min(days, toDay);
      if (!(to > world.env.now)) return;
      world.env.run({ until: to });
      world.runTickAt(to);
      day = Math.floor(to);
    },
    get day() { return day; },
    get events() { return world.env.eventCount; },
    snapshot: () => summarize(world, opts.seed, opts.replication),
  };
}

/** Runs one replication to its horizon and returns its result. */
export function runReplication(scenario: Scenario, opts: ReplicationOptions): ReplicationResult {
  const r = createReplication(scenario, opts);
  r.advance(opts.days ?? scenario.days);
  return r.snapshot();
}
