/**
 * The protocol between a host (browser page or Node CLI) and a simulation worker.
 * One worker API, exposed with comlink both in a browser Web Worker and in a Node
 * worker thread, so the CLI and the browser run exactly the same code path.
 *
 * Cancellation is cooperative first: a replication returns to the worker's event loop every
 * few milliseconds of simulation, where a {@link SimWorkerApi.cancel} for its job ends it, so
 * the worker stays loaded for the next job. A host that gets no answer in time, or that stops
 * everything, terminates the worker instead (and starts a fresh one when needed).
 */
import type { ReplicationResult } from '../sim/model/result.ts';

/** One replication to run. */
export interface RunRequest {
  /** Scenario input as JSON data (validated inside the worker). */
  readonly scenario: unknown;
  readonly seed: number;
  /** Replication index; with the seed it fixes the random streams. */
  readonly replication: number;
  /** Horizon in days; defaults to the scenario's. */
  readonly days?: number;
  /** If set, progress reports carry a partial result every this many simulated days. */
  readonly partialEveryDays?: number;
  /**
   * If set, progress reports carry a partial result on the first simulated day and then at
   * most once per this many milliseconds of computing (a picture that keeps up with the run,
   * whatever its speed, without a snapshot every day).
   */
  readonly partialEveryMs?: number;
  /**
   * If set, progress is reported after the first simulated day, at the horizon, with every
   * partial result, and otherwise at most once per this many milliseconds of computing;
   * unset, after every simulated day. Each report is a message to the host (and, through a
   * comlink callback, one back): a host on the same cores as its workers, such as a page,
   * needs a report a few times a second, not hundreds.
   */
  readonly progressEveryMs?: number;
}

/** Progress of the running replication. Advisory: it may arrive after the result. */
export interface Progress {
  readonly replication: number;
  readonly day: number;
  readonly days: number;
  readonly events: number;
  readonly partial?: ReplicationResult;
}

/** A failed replication, reported with what is needed to reproduce it alone. */
export interface RunFailure {
  readonly error: string;
  readonly replication: number;
  readonly seed: number;
}

export type RunOutcome = { readonly ok: true; readonly result: ReplicationResult } | ({ readonly ok: false; readonly cancelled?: true } & RunFailure);

/** What a worker exposes. */
export interface SimWorkerApi {
  /**
   * Runs one replication. `job` names the run for {@link cancel}: a host that may cancel it
   * gives each run its own number.
   */
  runReplication(req: RunRequest, onProgress?: (p: Progress) => void, job?: number): Promise<RunOutcome>;
  /**
   * Ends the running job `job` at its next return to the event loop; it resolves as a failure
   * with `cancelled: true`. A job that is not running is ignored.
   */
  cancel(job: number): void;
}
