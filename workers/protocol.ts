/**
 * The protocol between a host (browser page or Node CLI) and a simulation worker.
 * One worker API, exposed with comlink both in a browser Web Worker and in a Node
 * worker thread, so the CLI and the browser run exactly the same code path.
 *
 * Cancellation is by terminating the worker: a replication is a tight synchronous
 * loop, and terminating is the only way to stop it promptly. Hosts restart workers.
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

export type RunOutcome = { readonly ok: true; readonly result: ReplicationResult } | ({ readonly ok: false } & RunFailure);

/** What a worker exposes. */
export interface SimWorkerApi {
  runReplication(req: RunRequest, onProgress?: (p: Progress) => void): Promise<RunOutcome>;
}
