/**
 * Runs many replications on a pool of Node worker threads and returns them in job
 * order, so the results (and every aggregate of them) are the same whatever the number
 * of workers. The first failure stops the other workers and is reported with the
 * replication and seed that failed.
 */
import type { ReplicationResult } from '../sim/model/result.ts';
import { NodePool, PoolTerminatedError, defaultWorkerCount } from '../workers/node/nodePool.ts';
import type { RunRequest } from '../workers/protocol.ts';

/** Progress of a batch, as reported while it runs. */
export interface BatchProgress {
  /** Replications finished. */
  readonly done: number;
  /** Replications in the batch. */
  readonly total: number;
  /** Finished replications plus the simulated fraction of running ones (0..total). */
  readonly fraction: number;
  /** Kernel events processed so far, over all replications. */
  readonly events: number;
}

/** Options of {@link runBatch}. */
export interface BatchOptions {
  /** Worker threads (default: one per core). */
  readonly workers?: number;
  /** Called as replications advance (about once per simulated day per running replication). */
  readonly onProgress?: (p: BatchProgress) => void;
  /** Aborting stops every worker at once; the promise then rejects with the signal's reason. */
  readonly signal?: AbortSignal;
  /** Worker module to run (default: the simulation worker over the real model); see NodePoolOptions. */
  readonly workerEntry?: string;
}

/** A replication failed; `replication` and `seed` reproduce it alone. */
export class ReplicationFailedError extends Error {
  readonly replication: number;
  readonly seed: number;
  /** Position of the failed job in the batch. */
  readonly job: number;
  readonly detail: string;
  constructor(job: number, replication: number, seed: number, detail: string) {
    super(`replication ${replication} (seed ${seed}) failed: ${detail}`);
    this.name = 'ReplicationFailedError';
    this.job = job;
    this.replication = replication;
    this.seed = seed;
    this.detail = detail;
  }
}

/**
 * Runs every request and resolves with the results in request order.
 *
 * @throws ReplicationFailedError on the first failed replication (the others are stopped).
 */
export async function runBatch(requests: readonly RunRequest[], options: BatchOptions = {}): Promise<ReplicationResult[]> {
  const { onProgress, signal } = options;
  signal?.throwIfAborted();
  const size = Math.max(1, Math.min(options.workers ?? defaultWorkerCount(), requests.length));
  const pool = new NodePool(size, { entry: options.workerEntry });
  const share = new Float64Array(requests.length);
  const events = new Float64Array(requests.length);
  let done = 0;
  const report = () => {
    if (!onProgress) return;
    let fraction = 0;
    let ev = 0;
    for (let i = 0; i < share.length; i++) {
      fraction += share[i];
      ev += events[i];
    }
    onProgress({ done, total: requests.length, fraction, events: ev });
  };
  let stop: ((e: unknown) => void) | undefined;
  const stopped = new Promise<never>((_, reject) => (stop = reject));
  stopped.catch(() => {});
  const onAbort = () => {
    stop!(signal!.reason);
    void pool.terminate();
  };
  signal?.addEventListener('abort', onAbort, { once: true });
  const jobs = requests.map(async (req, i) => {
    const outcome = await pool.run(req, (p) => {
      if (share[i] >= 1) return; // progress can arrive after the result
      share[i] = p.days > 0 ? Math.min(p.day / p.days, 0.999) : 0;
      events[i] = p.events;
      report();
    });
    if (!outcome.ok) {
      const error = new ReplicationFailedError(i, outcome.replication, outcome.seed, outcome.error);
      stop!(error);
      void pool.terminate();
      throw error;
    }
    share[i] = 1;
    events[i] = outcome.result.events;
    done++;
    report();
    return outcome.result;
  });
  try {
    return await Promise.race([Promise.all(jobs), stopped]);
  } catch (error) {
    if (error instanceof PoolTerminatedError) throw signal?.reason ?? error;
    throw error;
  } finally {
    signal?.removeEventListener('abort', onAbort);
    for (const j of jobs) j.catch(() => {});
    await pool.close();
  }
}
